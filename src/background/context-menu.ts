/** "Call “…”" on selected text: the selection is the person's own, so the click is trusted by definition. */
import browser from 'webextension-polyfill';
import { t } from '../ui/shared/i18n.ts';
import { placeCall } from './calls.ts';
import { notifyResult } from './notify.ts';

const MENU_ID = 'call-selection';

export function createMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: t('menuCall'), contexts: ['selection', 'link'] }),
  );
}

export function onMenuClick(info: browser.Menus.OnClickData): void {
  if (info.menuItemId !== MENU_ID) return;
  const text = info.selectionText || (info.linkUrl?.replace(/^(tel|callto|sip):/i, '') ?? '');
  void placeCall(decodeURIComponent(text)).then(notifyResult);
}
