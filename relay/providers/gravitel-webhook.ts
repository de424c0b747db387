/**
 * Gravitel webhooks (spec §2.2), JSON POSTs to `{crm_url}/<name>` → the neutral call event. Quirks kept here:
 * `direction` in any case ("Out"), `stage`/`result` in any case, the manager named by his extension (the relay's
 * agents for Gravitel are created by extension), `phone` being our line and `client` the client.
 */
import type { CallEventDraft, CallEventKind } from '../../src/core/call-event.ts';
import { phoneKey } from '../contacts/phone-key.ts';
import { endOfLeg, type MappedWebhook } from '../pipeline/ingest-draft.ts';
import type { Contact } from '../store/types.ts';

export const PROVIDER = 'gravitel';

// fastify's ajv coerces numbers (`when`, `duration`) to strings here: one type, no unions.
const text = { type: 'string', maxLength: 1000 } as const;
export const gravitelEventSchema = {
  type: 'object',
  required: ['id', 'stage'],
  properties: { id: text, when: text, direction: text, stage: text, client: text, extension: text, phone: text },
} as const;
export const gravitelHistorySchema = {
  type: 'object',
  required: ['id', 'result'],
  properties: { id: text, when: text, direction: text, result: text, duration: text, provision: text, client: text, extension: text, phone: text, record: text },
} as const;
export const gravitelClientSchema = { type: 'object', required: ['id'], properties: { id: text, client: text, phone: text } } as const;

export type GravitelEvent = Partial<Record<'id' | 'when' | 'direction' | 'stage' | 'client' | 'extension' | 'phone', string | number>>;
export type GravitelHistory = Partial<Record<'id' | 'when' | 'direction' | 'result' | 'duration' | 'provision' | 'client' | 'extension' | 'phone' | 'record', string | number>>;

const s = (v: string | number | undefined) => (v === undefined ? '' : String(v).trim());
const direction = (v: string | number | undefined): 'in' | 'out' => (s(v).toLowerCase() === 'out' ? 'out' : 'in');

function base(body: GravitelEvent | GravitelHistory, at: number) {
  return {
    callId: s(body.id),
    provider: PROVIDER,
    phone: phoneKey(s(body.client)) ?? '',
    user: s(body.extension),
    direction: direction(body.direction),
    ...(s(body.phone) ? { line: phoneKey(s(body.phone)) ?? s(body.phone) } : {}),
    at,
  };
}

export function mapGravitelEvent(body: GravitelEvent): MappedWebhook {
  const stage = s(body.stage).toLowerCase();
  const callId = s(body.id);
  const user = s(body.extension);
  return {
    callId,
    dedupeKey: `gravitel|event|${callId}|${user}|${stage}`,
    leg: (at) =>
      user && callId
        ? { callId, user, direction: direction(body.direction), ...(stage === 'talking' ? { answeredAt: at } : {}), updatedAt: at }
        : undefined,
    draft: (legs, at): CallEventDraft | undefined => {
      if (!user || !callId) return undefined;
      const b = base(body, at);
      const kinds: Record<string, CallEventKind> = { alerting: b.direction === 'out' ? 'outgoing' : 'ringing', talking: 'answered' };
      if (stage === 'released') return endOfLeg(b, legs, at);
      const kind = kinds[stage];
      return kind ? { ...b, kind } : undefined;
    },
  };
}

export function mapGravitelHistory(body: GravitelHistory): MappedWebhook {
  const callId = s(body.id);
  return {
    callId,
    dedupeKey: `gravitel|history|${callId}|${s(body.extension)}`,
    draft: (_legs, at) => {
      if (!s(body.extension) || !callId) return undefined;
      const durationS = Number(s(body.duration));
      const record = s(body.record);
      return {
        ...base(body, at),
        kind: 'history',
        status: s(body.result).toLowerCase(),
        ...(Number.isFinite(durationS) && s(body.duration) ? { durationS } : {}),
        ...(/^https?:\/\//i.test(record) ? { recordUrl: record } : {}),
      };
    },
  };
}

/** `/client` reply: `{"name","manager"}` (manager = the responsible's extension), `{}` for an unknown number. */
export function gravitelClientReply(contact: Contact | undefined): Record<string, string> {
  if (!contact) return {};
  const name = contact.company && contact.company !== contact.name ? `${contact.name}, ${contact.company}` : contact.name;
  return { name, ...(contact.responsible ? { manager: contact.responsible } : {}) };
}
