/**
 * Puts a card in front of the person once: in the active tab of the focused window (inside a frame of the
 * extension's own origin, which the page cannot read), or as a system notification when there is no page to
 * show it in or the browser is not in front. Open card frames and the popup get every later change.
 */
import browser from 'webextension-polyfill';
import type { Card } from '../../core/call-card.ts';
import type { CardUpdate, ContentCommand } from '../../core/messages.ts';
import { formatPhone } from '../../core/phone.ts';
import { t } from '../../ui/shared/i18n.ts';

export async function popCard(card: Card): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const win = tab ? await browser.windows.get(tab.windowId!).catch(() => undefined) : undefined;
  let shown = false;
  if (tab?.id !== undefined) {
    const command: ContentCommand = { type: 'card:show' };
    // Only the top frame shows cards; a tab without our content script (browser pages) throws.
    shown = await browser.tabs.sendMessage(tab.id, command, { frameId: 0 }).then(() => true, () => false);
  }
  if (!shown || !win?.focused) notify(card);
}

export function broadcast(card: Card): void {
  const update: CardUpdate = { type: 'card:update', card };
  browser.runtime.sendMessage(update).catch(() => {}); // nobody listening: no card frame or popup is open
}

export async function hideCards(): Promise<void> {
  const tabs = await browser.tabs.query({});
  const command: ContentCommand = { type: 'card:hide' };
  for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, command, { frameId: 0 }).catch(() => {});
}

function notify(card: Card): void {
  // Notification text is plain text: a contact name can't inject markup here either.
  const who = card.contactName ? `${card.contactName} · ${formatPhone(card.phone)}` : `${formatPhone(card.phone)} · ${t('unknownNumber')}`;
  const where = [card.group, card.line && t('onLine', formatPhone(card.line))].filter(Boolean).join(' · ');
  void browser.notifications.create(`call:${card.callId}`, {
    type: 'basic',
    iconUrl: '/icons/icon-128.png',
    title: card.direction === 'out' ? t('cardOutgoing') : t('cardRinging'),
    message: [who, where].filter(Boolean).join('\n'),
  });
}
