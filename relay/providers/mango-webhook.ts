/**
 * Mango Office webhooks (spec §4): form POSTs of `vpbx_api_key`, `sign`, `json` to `/events/call` and
 * `/events/summary` → the neutral call event. Quirks kept here: the signature over the json string exactly as
 * received, events out of order (MangoSequencer puts each call's events back in `seq` order), the manager
 * named by his extension on the `abonent` leg only (IVR and queue legs are not a manager's phone ringing).
 */
import { createHash } from 'node:crypto';
import type { CallEventDraft } from '../../src/core/call-event.ts';
import { phoneKey } from '../contacts/phone-key.ts';
import { secretEquals } from '../http/secrets.ts';
import { endOfLeg, type MappedWebhook } from '../pipeline/ingest-draft.ts';

export const PROVIDER = 'mango';

export interface MangoParty {
  extension?: string;
  number?: string;
  line_number?: string;
}

export interface MangoCallEvent {
  entry_id: string;
  call_id?: string;
  timestamp?: number;
  seq: number;
  call_state: string;
  location?: string;
  from?: MangoParty;
  to?: MangoParty;
  disconnect_reason?: number;
}

export interface MangoSummary {
  entry_id: string;
  call_direction?: number;
  from?: MangoParty;
  to?: MangoParty;
  line_number?: string;
  create_time?: number;
  forward_time?: number;
  talk_time?: number;
  end_time?: number;
  entry_result?: number;
  disconnect_reason?: number;
}

/** Mango's error codes for a webhook it would itself refuse (HTTP 420). */
export const MANGO_BAD_SIGN = 3102;
export const MANGO_BAD_KEY = 3105;
export const MANGO_BAD_PARAMS = 3104;

/** The parsed json of a correctly signed webhook, or the Mango error code to answer with. */
export function verifyMango(form: Record<string, unknown>, key: string, salt: string): { json: unknown } | { code: number } {
  const given = form['vpbx_api_key'];
  const sign = form['sign'];
  const json = form['json'];
  if (typeof given !== 'string' || !secretEquals(given, key)) return { code: MANGO_BAD_KEY };
  if (typeof json !== 'string' || typeof sign !== 'string') return { code: MANGO_BAD_SIGN };
  const expected = createHash('sha256').update(key + json + salt, 'utf8').digest('hex');
  if (!secretEquals(sign.toLowerCase(), expected)) return { code: MANGO_BAD_SIGN };
  try {
    return { json: JSON.parse(json) };
  } catch {
    return { code: MANGO_BAD_PARAMS };
  }
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
/** `sip:708@x.mangosip.ru` is a manager's SIP address, not a phone. */
const phoneOf = (v: unknown) => phoneKey(str(v).replace(/^sip:.*$/, '')) ?? '';

export function isMangoCallEvent(v: unknown): v is MangoCallEvent {
  const o = v as Record<string, unknown> | null;
  return typeof o === 'object' && o !== null && str(o['entry_id']) !== '' && Number.isFinite(Number(o['seq'])) && typeof o['call_state'] === 'string';
}

/** Who the event is about: the manager on our side (in: `to`, out: `from`) and the client on the other. */
function parties(e: { from?: MangoParty; to?: MangoParty }): { user: string; phone: string; direction: 'in' | 'out'; line?: string } | undefined {
  const fromExt = str(e.from?.extension);
  const toExt = str(e.to?.extension);
  if (toExt && !fromExt) return { user: toExt, phone: phoneOf(e.from?.number), direction: 'in', line: str(e.to?.line_number) };
  if (fromExt && !toExt) return { user: fromExt, phone: phoneOf(e.to?.number), direction: 'out', line: str(e.to?.line_number) };
  return undefined; // an internal call, or a leg not at a manager yet
}

export function mapMangoCall(e: MangoCallEvent): MappedWebhook {
  const callId = str(e.entry_id);
  const p = e.location === undefined || e.location === 'abonent' ? parties(e) : undefined;
  const state = e.call_state.toLowerCase();
  return {
    callId,
    dedupeKey: `mango|call|${callId}|${str(e.call_id)}|${e.seq}`,
    leg: (at) => (p ? { callId, user: p.user, direction: p.direction, ...(state === 'connected' ? { answeredAt: at } : {}), updatedAt: at } : undefined),
    draft: (legs, at): CallEventDraft | undefined => {
      if (!p) return undefined;
      const line = phoneKey(p.line ?? '');
      const base = { callId, provider: PROVIDER, phone: p.phone, user: p.user, direction: p.direction, ...(line ? { line } : {}), at };
      if (state === 'appeared') return { ...base, kind: p.direction === 'out' ? 'outgoing' : 'ringing' };
      if (state === 'connected') return { ...base, kind: 'answered' };
      if (state === 'disconnected') return endOfLeg(base, legs, at);
      return undefined; // OnHold: the card has nothing to show for it
    },
  };
}

export function mapMangoSummary(s: MangoSummary): MappedWebhook {
  const callId = str(s.entry_id);
  const p = parties({ from: s.from ?? {}, to: s.to ?? {} });
  return {
    callId,
    dedupeKey: `mango|summary|${callId}`,
    draft: (_legs, at) => {
      if (!p || !callId) return undefined;
      const direction = s.call_direction === 2 ? 'out' : s.call_direction === 1 ? 'in' : p.direction;
      const talk = Number(s.talk_time ?? 0);
      const end = Number(s.end_time ?? 0);
      const line = phoneKey(str(s.line_number));
      return {
        callId, provider: PROVIDER, phone: p.phone, user: p.user, direction, ...(line ? { line } : {}), at,
        kind: 'history',
        status: Number(s.entry_result) === 1 ? 'success' : 'missed',
        durationS: talk > 0 && end >= talk ? end - talk : 0,
      };
    },
  };
}

interface CallQueue {
  next: number;
  waiting: Map<number, MangoCallEvent>;
  timer?: ReturnType<typeof setTimeout>;
  seen: number;
}

/**
 * Puts each call's events back in `seq` order. An event whose predecessors have come is released at once with any
 * that were waiting for it; one that came early waits up to `holdMs` for them, then goes anyway (a lost webhook
 * must not hold a card back forever). An event older than one already released is dropped: too late to matter.
 */
export class MangoSequencer {
  private calls = new Map<string, CallQueue>();

  constructor(
    private readonly holdMs: number,
    /** Events released by the timer, outside any request. */
    private readonly onLate: (events: MangoCallEvent[]) => void,
    /** Mango numbers a call's events from 1. */
    private readonly first = 1,
  ) {}

  push(event: MangoCallEvent, now: number): MangoCallEvent[] {
    // Keyed by leg (call_id) within the call (entry_id): if seq counted per entry instead, a leg that starts past
    // 1 only waits holdMs; keyed by entry, per-leg counters would collide and drop events.
    const id = `${str(event.entry_id)}|${str(event.call_id)}`;
    const seq = Number(event.seq);
    const call: CallQueue = this.calls.get(id) ?? { next: this.first, waiting: new Map(), seen: now };
    this.calls.set(id, call);
    call.seen = now;
    if (seq < call.next || call.waiting.has(seq)) return [];
    call.waiting.set(seq, event);
    const ready = this.drain(call);
    if (call.waiting.size && !call.timer) {
      call.timer = setTimeout(() => {
        call.timer = undefined;
        // Give up on the gap: release what waits, in order.
        const late = [...call.waiting.keys()].sort((a, b) => a - b).map((k) => call.waiting.get(k)!);
        call.waiting.clear();
        const last = late.at(-1);
        if (last) call.next = Number(last.seq) + 1;
        this.onLate(late);
      }, this.holdMs);
      call.timer.unref?.();
    }
    if (!call.waiting.size && call.timer) {
      clearTimeout(call.timer);
      call.timer = undefined;
    }
    this.forget(now);
    return ready;
  }

  close(): void {
    for (const call of this.calls.values()) if (call.timer) clearTimeout(call.timer);
    this.calls.clear();
  }

  private drain(call: { next: number; waiting: Map<number, MangoCallEvent> }): MangoCallEvent[] {
    const out: MangoCallEvent[] = [];
    for (let e = call.waiting.get(call.next); e; e = call.waiting.get(call.next)) {
      call.waiting.delete(call.next);
      out.push(e);
      call.next++;
    }
    return out;
  }

  /** Calls quiet for an hour are over: their bookkeeping goes. */
  private forget(now: number): void {
    if (this.calls.size < 1000) return;
    for (const [id, call] of this.calls) if (now - call.seen > 3600_000 && !call.waiting.size) this.calls.delete(id);
  }
}
