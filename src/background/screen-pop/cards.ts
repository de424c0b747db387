/**
 * The cards the person has seen pop, kept in session storage so a restarted background still knows them,
 * and the toolbar badge that counts missed calls until they are seen.
 */
import browser from 'webextension-polyfill';
import { applyEvent, unseenMissed, type Applied, type Card } from '../../core/call-card.ts';
import type { CallEvent } from '../../core/call-event.ts';

const KEY = 'cards';
let cache: Card[] | undefined;

async function load(): Promise<Card[]> {
  cache ??= ((await browser.storage.session.get(KEY))[KEY] as Card[] | undefined) ?? [];
  return cache;
}

async function store(cards: Card[]): Promise<void> {
  cache = cards;
  await browser.storage.session.set({ [KEY]: cards });
  await showBadge(cards);
}

export async function applyEvents(events: CallEvent[]): Promise<Applied[]> {
  let cards = await load();
  const results: Applied[] = [];
  for (const e of events) {
    const r = applyEvent(cards, e);
    cards = r.cards;
    results.push(r);
  }
  await store(cards);
  return results;
}

export async function cards(): Promise<Card[]> {
  return load();
}

/** The card the card frame shows: the newest live one, else the newest. */
export async function currentCard(): Promise<Card | null> {
  const list = await load();
  return list.find((c) => c.state === 'ringing' || c.state === 'answered' || c.state === 'outgoing') ?? list[0] ?? null;
}

export async function markAllSeen(): Promise<Card[]> {
  const list = (await load()).map((c) => (c.seen ? c : { ...c, seen: true }));
  await store(list);
  return list;
}

async function showBadge(list: Card[]): Promise<void> {
  const missed = unseenMissed(list);
  await browser.action.setBadgeBackgroundColor({ color: '#c62828' });
  await browser.action.setBadgeText({ text: missed ? String(missed) : '' });
}
