/**
 * The client card's state, driven only by neutral call events (./call-event.ts). Pure: the background keeps the
 * list, the card page and the popup render it. Applying an event twice changes nothing (delivery may repeat).
 */
import type { CallEvent } from './call-event.ts';

export type CardState = 'ringing' | 'outgoing' | 'answered' | 'ended' | 'missed' | 'taken' | 'transferred';

export interface Card {
  callId: string;
  phone: string;
  direction: 'in' | 'out';
  state: CardState;
  contactName?: string;
  company?: string;
  line?: string;
  group?: string;
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
  durationS?: number;
  answeredBy?: string;
  transferredTo?: string;
  recordUrl?: string;
  /** Missed calls count on the badge until the person has seen them. */
  seen: boolean;
}

export const MAX_CARDS = 30;

export interface Applied {
  cards: Card[];
  /** The card this event created or changed, if any. */
  card?: Card;
  /** True when this event should bring the card in front of the person (a new ring or outgoing call). */
  pop: boolean;
  /** The card's state before this event. */
  previous?: CardState;
}

/** Cards newest first. */
export function applyEvent(cards: readonly Card[], e: CallEvent): Applied {
  const existing = cards.find((c) => c.callId === e.callId);
  const next = existing ? update(existing, e) : create(e);
  if (!next) return { cards: [...cards], pop: false };
  const rest = cards.filter((c) => c.callId !== e.callId);
  return { cards: [next, ...rest].slice(0, MAX_CARDS), card: next, previous: existing?.state, pop: !existing && (e.kind === 'ringing' || e.kind === 'outgoing') };
}

function create(e: CallEvent): Card | undefined {
  if (e.kind === 'history') return undefined; // a call we never saw ring: the popup's history shows it
  const base: Card = {
    callId: e.callId,
    phone: e.phone,
    direction: e.direction,
    state: 'ringing',
    contactName: e.contactName,
    company: e.company,
    line: e.line,
    group: e.group,
    startedAt: e.at,
    seen: true,
  };
  return update(base, e) ?? base;
}

function update(card: Card, e: CallEvent): Card | undefined {
  const c: Card = { ...card, contactName: e.contactName ?? card.contactName, company: e.company ?? card.company, line: e.line ?? card.line, group: e.group ?? card.group };
  switch (e.kind) {
    case 'ringing':
      return card.state === 'ringing' ? c : card; // a repeated ring never reopens a finished call
    case 'outgoing':
      return { ...c, state: card.state === 'ringing' ? 'outgoing' : card.state, direction: 'out' };
    case 'answered':
      return isFinal(card.state) ? card : { ...c, state: 'answered', answeredAt: card.answeredAt ?? e.at };
    case 'ended': {
      if (isFinal(card.state)) return card;
      const durationS = e.durationS ?? (card.answeredAt ? Math.round((e.at - card.answeredAt) / 1000) : 0);
      return { ...c, state: card.answeredAt ? 'ended' : card.direction === 'in' ? 'missed' : 'ended', endedAt: e.at, durationS, seen: !!card.answeredAt || card.direction === 'out' };
    }
    case 'missed':
      if (e.answeredBy) return isFinal(card.state) ? card : { ...c, state: 'taken', answeredBy: e.answeredBy, endedAt: e.at };
      return card.state === 'ringing' ? { ...c, state: 'missed', endedAt: e.at, seen: false } : card;
    case 'transferred':
      return { ...c, state: 'transferred', transferredTo: e.transferredTo, endedAt: e.at };
    case 'history':
      return {
        ...c,
        recordUrl: e.recordUrl ?? card.recordUrl,
        durationS: e.durationS ?? card.durationS,
        ...(card.state === 'ringing' && /miss|cancel|noanswer/.test(e.status ?? '') ? { state: 'missed' as const, seen: false, endedAt: e.at } : {}),
      };
  }
}

const isFinal = (s: CardState) => s === 'ended' || s === 'missed' || s === 'taken' || s === 'transferred';

export const isLive = (c: Card) => c.state === 'ringing' || c.state === 'outgoing' || c.state === 'answered';

export const unseenMissed = (cards: readonly Card[]) => cards.filter((c) => c.state === 'missed' && !c.seen).length;

/** `m:ss` or `h:mm:ss`, for timers and durations. */
export function clock(totalS: number): string {
  const s = Math.max(0, Math.floor(totalS));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
