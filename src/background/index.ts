/**
 * The background: a Chrome service worker or a Firefox event page. Both are stopped when idle, so every
 * listener is registered synchronously at the top level — that is what wakes it for the next click.
 */
import browser from 'webextension-polyfill';
import { markStarted } from './lifecycle.ts';
import { onMessage } from './router.ts';
import { createMenu, onMenuClick } from './context-menu.ts';
import { cachedDnd, getDnd, showDnd } from './dnd.ts';

markStarted();
browser.runtime.onMessage.addListener(onMessage);
browser.contextMenus.onClicked.addListener(onMenuClick);

browser.runtime.onInstalled.addListener(({ reason }) => {
  createMenu();
  if (reason === 'install') void browser.runtime.openOptionsPage();
});

browser.runtime.onStartup.addListener(() => {
  createMenu();
  // Show the last known DND at once, then ask the PBX (it may have been changed from a phone or the cabinet).
  void cachedDnd().then(showDnd).then(() => getDnd());
});
