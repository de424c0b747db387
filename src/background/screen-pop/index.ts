/** Screen pop: relay events → cards → shown in the active tab or as a notification, the CRM opened if asked. */
import browser from 'webextension-polyfill';
import type { CallEvent } from '../../core/call-event.ts';
import { crmLink } from '../../core/settings.ts';
import type { Card } from '../../core/call-card.ts';
import { getSettings } from '../../storage/settings.ts';
import { applyEvents, cards } from './cards.ts';
import { broadcast, popCard } from './present.ts';
import { ensurePolling, relayReady, restartPolling } from './poller.ts';

async function onEvents(events: CallEvent[]): Promise<void> {
  const settings = await getSettings();
  for (const { card, pop, previous } of await applyEvents(events)) {
    if (!card) continue;
    if (pop) await popCard(card);
    broadcast(card);
    const autoOpen = (settings.openCrmOn === 'ring' && pop && card.direction === 'in') || (settings.openCrmOn === 'answer' && card.state === 'answered' && previous !== 'answered');
    if (autoOpen) await openCrm(card);
  }
}

export async function openCrm(card: Card): Promise<boolean> {
  const url = crmLink((await getSettings()).crmUrlTemplate, card.phone);
  if (!url) return false;
  await browser.tabs.create({ url });
  return true;
}

export async function findCard(callId: string): Promise<Card | undefined> {
  return (await cards()).find((c) => c.callId === callId);
}

/** Called on every wake of the background and whenever something may need events. */
export const startScreenPop = () => ensurePolling(onEvents);
export const restartScreenPop = () => restartPolling(onEvents);

/** Content scripts keep a presence port only while the relay is in use (see src/content/presence.ts). */
export async function publishPresence(): Promise<void> {
  await browser.storage.local.set({ presence: relayReady(await getSettings()) });
}
