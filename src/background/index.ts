/**
 * The background: a Chrome service worker or a Firefox event page. Both are stopped when idle, so every
 * listener is registered synchronously at the top level — that is what wakes it for the next click or call.
 */
import browser from 'webextension-polyfill';
import { markStarted } from './lifecycle.ts';
import { onMessage } from './router.ts';
import { createMenu, onMenuClick } from './context-menu.ts';
import { cachedDnd, getDnd, showDnd } from './dnd.ts';
import { publishPresence, restartScreenPop, startScreenPop } from './screen-pop/index.ts';
import { PRESENCE_PORT } from '../core/messages.ts';
import { onShortcut } from './shortcuts.ts';
import { publishDetection } from './detection.ts';
import { injectIntoOpenTabs } from './reinject.ts';
import { settingsChanged } from '../storage/settings.ts';
import { wokeFromSleep } from './wake.ts';
import { useAbroad } from '../core/phone.ts';
import * as abroadTables from '../core/phone-abroad.ts';

markStarted();
// (A selection called from the context menu may be a number written the way another country writes it.)
useAbroad(abroadTables);
browser.runtime.onMessage.addListener(onMessage);
browser.contextMenus.onClicked.addListener(onMenuClick);
browser.commands.onCommand.addListener((command) => void onShortcut(command));

browser.runtime.onInstalled.addListener(({ reason }) => {
  createMenu();
  void publishPresence();
  void publishDetection();
  // Pages open since before this install or update get the content script now, not at their next reload.
  if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  // A new user gets the step-by-step setup (ending in a test call) rather than the full options page.
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/ui/setup/index.html') });
});

browser.runtime.onStartup.addListener(() => {
  createMenu();
  // Show the last known DND at once, then ask the PBX (it may have been changed from a phone or the cabinet).
  void cachedDnd().then(showDnd).then(() => getDnd());
});

// Screen pop. Whatever woke this background (a tab's presence port reconnecting after the browser stopped
// us, the alarm, a click), the event loop resumes from the saved cursor.
browser.runtime.onConnect.addListener((port) => {
  if (port.name === PRESENCE_PORT) startScreenPop();
});
browser.alarms.onAlarm.addListener(() => {
  startScreenPop();
  // After a sleep the icon may show a DND state the PBX no longer holds; ask it once (the poller re-polls itself).
  void wokeFromSleep().then((woke) => {
    if (woke) void getDnd();
  });
});
void browser.alarms.create('screen-pop', { periodInMinutes: 1 });
browser.storage.onChanged.addListener((changes, area) => {
  if (!settingsChanged(changes, area)) return;
  void publishPresence();
  void publishDetection();
  restartScreenPop();
});
startScreenPop();
