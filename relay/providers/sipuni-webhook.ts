/**
 * Sipuni event webhooks (spec §3), GET or POST form → the neutral call event. Quirks kept here: event 1 doubled
 * (deduplicated by call, event and manager), event 2 missing (OpenSipuniLegs closes such legs after a timeout),
 * `dst_num` with an `_id…` suffix, the manager found by his short number.
 */
import type { CallEventDraft } from '../../src/core/call-event.ts';
import { phoneKey } from '../contacts/phone-key.ts';
import { endOfLeg, type MappedWebhook } from '../pipeline/ingest-draft.ts';
import type { CallLeg } from '../store/types.ts';

export const PROVIDER = 'sipuni';

export type SipuniEvent = Partial<Record<
  | 'event' | 'call_id' | 'src_num' | 'src_type' | 'dst_num' | 'dst_type' | 'short_src_num' | 'short_dst_num'
  | 'timestamp' | 'treeName' | 'treeNumber' | 'user_id' | 'status' | 'call_record_link' | 'token',
  string
>>;

/** `998783337125_id265648` → `998783337125`. */
export const stripSipuniSuffix = (num: string | undefined) => (num ?? '').trim().replace(/_id\d*$/i, '');

/** Who this event is about and the call's other side. Internal src (type 2) = the manager is calling out. */
export function sipuniParties(body: SipuniEvent): { user: string; phone: string; direction: 'in' | 'out' } {
  if (body.src_type === '2' && body.dst_type !== '2') {
    return { user: (body.short_src_num || stripSipuniSuffix(body.src_num)).trim(), phone: stripSipuniSuffix(body.dst_num), direction: 'out' };
  }
  return { user: (body.short_dst_num || stripSipuniSuffix(body.dst_num)).trim(), phone: stripSipuniSuffix(body.src_num), direction: 'in' };
}

export function sipuniBase(body: SipuniEvent, at: number): Omit<CallEventDraft, 'kind'> {
  const { user, phone, direction } = sipuniParties(body);
  const line = phoneKey(body.treeNumber ?? '');
  return { callId: body.call_id ?? '', provider: PROVIDER, phone: phoneKey(phone) ?? '', user, direction, ...(line ? { line } : {}), at };
}

export function mapSipuniEvent(body: SipuniEvent): MappedWebhook {
  const callId = (body.call_id ?? '').trim();
  const event = (body.event ?? '').trim();
  const { user, direction } = sipuniParties(body);
  return {
    callId,
    // No timestamp in the key: the doubled event 1 may carry another one.
    dedupeKey: `sipuni|${callId}|${event}|${user}`,
    leg: (at): CallLeg | undefined =>
      callId && user ? { callId, user, direction, ...(event === '3' ? { answeredAt: at } : {}), updatedAt: at } : undefined,
    draft: (legs, at) => {
      if (!callId || !user) return undefined;
      const base = sipuniBase(body, at);
      const record = body.call_record_link?.trim() ?? '';
      switch (event) {
        case '1':
          return { ...base, kind: direction === 'out' ? 'outgoing' : 'ringing' };
        case '3':
          return { ...base, kind: 'answered' };
        case '2':
        case '4': {
          const end = endOfLeg(base, legs, at);
          return { ...end, ...(body.status ? { status: body.status.toLowerCase() } : {}), ...(/^https?:\/\//i.test(record) ? { recordUrl: record } : {}) };
        }
        default:
          return undefined;
      }
    },
  };
}

interface OpenLeg {
  base: Omit<CallEventDraft, 'kind' | 'at'>;
  answered: boolean;
  since: number;
}

/**
 * Legs that started (event 1) and have not ended (event 2/4). Sipuni sometimes never sends the hang-up; `expired`
 * hands back the legs silent for too long so the relay can close the card. In memory: a relay restart forgets them.
 */
export class OpenSipuniLegs {
  private legs = new Map<string, OpenLeg>();

  constructor(
    private readonly ringTimeoutMs: number,
    private readonly talkTimeoutMs: number,
  ) {}

  get size(): number {
    return this.legs.size;
  }

  /** Follows one webhook. */
  track(body: SipuniEvent, at: number): void {
    const { user } = sipuniParties(body);
    const key = `${body.call_id ?? ''}|${user}`;
    if (!body.call_id || !user) return;
    const event = body.event?.trim();
    if (event === '2' || event === '4') this.legs.delete(key);
    else if (event === '1' && !this.legs.has(key)) {
      const { at: _at, ...base } = sipuniBase(body, at);
      this.legs.set(key, { base, answered: false, since: at });
    } else if (event === '3') {
      const leg = this.legs.get(key);
      if (leg) Object.assign(leg, { answered: true, since: at });
    }
  }

  /** The legs past their timeout, removed, as the webhooks that would have closed them. */
  expired(now: number): MappedWebhook[] {
    const out: MappedWebhook[] = [];
    for (const [key, leg] of this.legs) {
      if (now - leg.since < (leg.answered ? this.talkTimeoutMs : this.ringTimeoutMs)) continue;
      this.legs.delete(key);
      out.push({
        callId: leg.base.callId,
        dedupeKey: `sipuni|${leg.base.callId}|timeout|${leg.base.user}`,
        draft: (legs, at) => ({ ...endOfLeg({ ...leg.base, at }, legs, at), status: 'timeout' }),
      });
    }
    return out;
  }
}
