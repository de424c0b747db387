/**
 * ITooLabs webhooks (spec §1.2) → the neutral call event (src/core/call-event.ts). All of this PBX's wire quirks
 * live here: which fields each `cmd` requires (as a JSON schema fastify checks at the edge), older servers without
 * `direction`, status words in any case, and what a CANCELLED means in a group ring.
 */
import { createHash } from 'node:crypto';
import type { CallEventDraft, CallEventKind } from '../../src/core/call-event.ts';
import { phoneKey } from '../contacts/phone-key.ts';
import type { CallLeg, Contact } from '../store/types.ts';

export const PROVIDER = 'itoolabs';

/** Every field arrives as a string (form-encoded); unknown fields are kept and ignored. */
export type WebhookBody = { cmd: 'event' | 'history' | 'contact' | 'rating'; crm_token: string } & Partial<Record<WebhookField, string>>;

type WebhookField =
  | 'type' | 'phone' | 'user' | 'callid' | 'direction' | 'diversion' | 'groupRealName' | 'ext' | 'telnum'
  | 'second_callid' | 'status' | 'start' | 'duration' | 'link' | 'wait' | 'rating';

const text = { type: 'string', maxLength: 1000 } as const;
const requires = (cmd: string, fields: string[]) => ({
  if: { properties: { cmd: { const: cmd } } },
  then: { required: fields, properties: Object.fromEntries(fields.map((f) => [f, { ...text, minLength: f === 'phone' ? 0 : 1 }])) },
});

/** Required fields per `cmd`; `crm_token` is checked before this (a wrong token is a 401, not a 400). */
export const webhookBodySchema = {
  type: 'object',
  required: ['cmd', 'crm_token'],
  properties: {
    cmd: { type: 'string', enum: ['event', 'history', 'contact', 'rating'] },
    crm_token: text,
    type: text, phone: text, user: text, callid: text, direction: text, diversion: text, groupRealName: text,
    ext: text, telnum: text, second_callid: text, status: text, start: text, link: text, wait: text, rating: text,
    duration: { type: 'string', pattern: '^\\d{1,9}$' },
  },
  allOf: [
    requires('event', ['type', 'phone', 'user', 'callid']),
    requires('history', ['type', 'status', 'phone', 'user', 'start', 'duration', 'callid']),
    requires('contact', ['phone', 'callid']),
    requires('rating', ['callid', 'rating']),
  ],
} as const;

const EVENT_KINDS: Record<string, CallEventKind> = {
  INCOMING: 'ringing',
  OUTGOING: 'outgoing',
  ACCEPTED: 'answered',
  COMPLETED: 'ended',
  CANCELLED: 'missed',
  TRANSFERRED: 'transferred',
};

const directionOf = (value: string | undefined): 'in' | 'out' | undefined => {
  const v = value?.trim().toLowerCase();
  return v === 'in' || v === 'out' ? v : undefined;
};

/** What an `event` webhook tells about this manager's leg, to remember for the webhooks that follow. */
export function legUpdate(body: WebhookBody, at: number): CallLeg | undefined {
  if (body.cmd !== 'event' || !body.callid || !body.user) return undefined;
  const type = body.type?.toUpperCase();
  const direction = directionOf(body.direction) ?? (type === 'OUTGOING' ? 'out' : type === 'INCOMING' ? 'in' : undefined);
  return {
    callId: body.callid,
    user: body.user,
    ...(direction ? { direction } : {}),
    ...(type === 'ACCEPTED' ? { answeredAt: at } : {}),
    updatedAt: at,
  };
}

/**
 * The neutral event for an `event` or `history` webhook, given every leg of the call seen so far (this one
 * included). Undefined for a `cmd` or event type that is not a call event.
 */
export function toCallEvent(body: WebhookBody, legs: readonly CallLeg[], at: number): CallEventDraft | undefined {
  if ((body.cmd !== 'event' && body.cmd !== 'history') || !body.callid || !body.user || body.phone === undefined) return undefined;
  const user = body.user;
  const own = legs.find((l) => sameUser(l.user, user));
  const base = {
    callId: body.callid,
    provider: PROVIDER,
    phone: phoneKey(body.phone) ?? '',
    user,
    ...(body.diversion ? { line: phoneKey(body.diversion) ?? body.diversion } : {}),
    ...(body.groupRealName ? { group: body.groupRealName } : {}),
    at,
  };

  if (body.cmd === 'history') {
    const durationS = Number(body.duration);
    return {
      ...base,
      kind: 'history',
      direction: directionOf(body.type) ?? own?.direction ?? 'in',
      status: (body.status ?? '').trim().toLowerCase(),
      ...(Number.isFinite(durationS) ? { durationS } : {}),
      ...(body.link && /^https?:\/\//i.test(body.link) ? { recordUrl: body.link } : {}),
    };
  }

  const type = (body.type ?? '').trim().toUpperCase();
  const kind = EVENT_KINDS[type];
  if (!kind) return undefined;
  const direction = directionOf(body.direction) ?? own?.direction ?? (kind === 'outgoing' ? 'out' : 'in');
  const event: CallEventDraft = { ...base, kind, direction };
  if (kind === 'ended' && own?.answeredAt !== undefined) event.durationS = Math.max(0, Math.round((at - own.answeredAt) / 1000));
  if (kind === 'missed') {
    // A group ring cancels every manager who did not pick up: if a colleague's ACCEPTED came for this call,
    // the call was not missed, it was taken (the card says who took it).
    const taker = legs.find((l) => !sameUser(l.user, user) && l.answeredAt !== undefined);
    if (taker) event.answeredBy = taker.user;
  }
  return event;
}

/** `{"contact_name","responsible"}` for a known number, `{}` otherwise (spec §1.2). */
export function contactReply(contact: Contact | undefined): Record<string, string> {
  if (!contact) return {};
  const name = contact.company && contact.company !== contact.name ? `${contact.name}, ${contact.company}` : contact.name;
  return { contact_name: name, ...(contact.responsible ? { responsible: contact.responsible } : {}) };
}

/**
 * Identifies a webhook for retries: the same fields again (a PBX resending after a lost 200) is the same event.
 * The token is left out so that rotating it does not duplicate a retried event.
 */
export function dedupeKey(body: WebhookBody): string {
  const fields = Object.entries(body)
    .filter(([k]) => k !== 'crm_token')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url');
}

const sameUser = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
