/**
 * Keyboard shortcuts (browser `commands`, changeable in the browser's shortcut settings): toggle DND, call the
 * selected text, bring back the current call's card. Feedback goes to a notification: no page may be in front.
 */
import browser from 'webextension-polyfill';
import type { ContentCommand } from '../core/messages.ts';
import { errorText, t } from '../ui/shared/i18n.ts';
import { placeCall } from './calls.ts';
import { getDnd, setDnd } from './dnd.ts';
import { notifyResult } from './notify.ts';
import { currentCard } from './screen-pop/cards.ts';
import { popCard } from './screen-pop/present.ts';

export async function onShortcut(command: string): Promise<void> {
  if (command === 'toggle-dnd') return toggleDnd();
  if (command === 'call-selection') return callSelection();
  if (command === 'show-card') {
    const card = await currentCard();
    if (card) await popCard(card);
  }
}

async function toggleDnd(): Promise<void> {
  const now = await getDnd();
  const result = now.ok ? await setDnd(!now.on) : now;
  const message = result.ok ? (result.on ? t('dndOnHint') : t('dndOffHint')) : errorText(result.error);
  void browser.notifications.create('dnd', { type: 'basic', iconUrl: '/icons/icon-128.png', title: t('dnd'), message });
}

async function callSelection(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return;
  const ask: ContentCommand = { type: 'selection:get' };
  const selection = (await browser.tabs.sendMessage(tab.id, ask, { frameId: 0 }).catch(() => '')) as string;
  if (selection.trim()) notifyResult(await placeCall(selection));
}
