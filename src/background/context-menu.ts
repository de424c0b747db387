/**
 * "Call “…”" on selected text: the selection is the person's own, so the click is trusted by definition.
 * "Not a phone number" on a selection: that number is no longer found on this site.
 */
import browser from 'webextension-polyfill';
import { normalisePhone } from '../core/phone.ts';
import { frameSite, markNotPhone } from '../core/settings.ts';
import { t } from '../ui/shared/i18n.ts';
import { placeCall } from './calls.ts';
import { notifyResult } from './notify.ts';
import { getSettings, saveSettings } from '../storage/settings.ts';

const MENU_ID = 'call-selection';
const NOT_PHONE_ID = 'not-a-phone';

export function createMenu(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menuCall'), contexts: ['selection', 'link'] });
    browser.contextMenus.create({ id: NOT_PHONE_ID, title: t('menuNotPhone'), contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'] });
  });
}

export function onMenuClick(info: browser.Menus.OnClickData): void {
  if (info.menuItemId === NOT_PHONE_ID) {
    void markSelection(info);
    return;
  }
  if (info.menuItemId !== MENU_ID) return;
  const text = info.selectionText || (info.linkUrl?.replace(/^(tel|callto|sip):/i, '') ?? '');
  void placeCall(decodeURIComponent(text)).then(notifyResult);
}

/** Stored per host of the frame the selection was in; the content scripts there drop the match live. */
async function markSelection(info: browser.Menus.OnClickData): Promise<void> {
  const settings = await getSettings();
  const digits = normalisePhone(info.selectionText ?? '', settings.region);
  const host = frameSite(info.frameUrl, info.pageUrl);
  if (!digits || !host) return;
  await saveSettings(markNotPhone(settings, host, digits));
}
