/** Feedback where no page can show it (context menu, keyboard): a system notification. */
import browser from 'webextension-polyfill';
import type { Messages } from '../core/messages.ts';
import { formatPhone } from '../core/phone.ts';
import { errorText, t } from '../ui/shared/i18n.ts';

export function notifyResult(result: Messages['call']['response']): void {
  const message = result.ok ? t('callPlaced', formatPhone(result.digits)) : errorText(result.error);
  void browser.notifications.create({ type: 'basic', iconUrl: '/icons/icon-128.png', title: t('extName'), message });
}
