/**
 * webhook → store → delivery for the PBXs whose webhooks are mapped by relay/providers/<pbx>-webhook.ts
 * (Gravitel, Sipuni, Mango): the same steps as ingest.ts — the leg first, then the event from every leg seen,
 * the contact's name, the store, the agent's long polls woken — with the mapping passed in.
 */
import type { CallEvent, CallEventDraft } from '../../src/core/call-event.ts';
import type { DeliveryHub } from '../delivery/hub.ts';
import type { CallLeg, RelayStore } from '../store/types.ts';

export interface IngestDeps {
  store: RelayStore;
  hub: DeliveryHub;
  now?: () => number;
}

/** One webhook, already read by its provider's mapper. */
export interface MappedWebhook {
  /** What it says about one manager's leg (direction, answered), to remember before mapping. */
  leg?: (at: number) => CallLeg | undefined;
  /** The neutral event, given every leg of the call seen so far; undefined = not a call event for an agent. */
  draft: (legs: readonly CallLeg[], at: number) => CallEventDraft | undefined;
  /** The same webhook again (a retry, Sipuni's doubled event 1) has the same key. */
  dedupeKey: string;
  callId: string;
}

export type IngestResult = { outcome: 'stored'; event: CallEvent } | { outcome: 'duplicate' | 'unknown-user' | 'not-an-event' };

export async function ingestMapped(deps: IngestDeps, webhook: MappedWebhook): Promise<IngestResult> {
  const { store, hub } = deps;
  const at = (deps.now ?? Date.now)();
  const leg = webhook.leg?.(at);
  if (leg) await store.calls.record(leg);
  const legs = webhook.callId ? await store.calls.legs(webhook.callId) : [];
  const draft = webhook.draft(legs, at);
  if (!draft) return { outcome: 'not-an-event' };
  const agent = await store.agents.byUser(draft.user);
  if (!agent) return { outcome: 'unknown-user' };
  const contact = draft.phone ? await store.contacts.get(draft.phone) : undefined;
  if (contact) {
    draft.contactName = contact.name;
    if (contact.company) draft.company = contact.company;
  }
  const event = await store.events.append(agent.user, webhook.dedupeKey, draft);
  if (!event) return { outcome: 'duplicate' };
  hub.notify(agent.user);
  return { outcome: 'stored', event };
}

/** Ended for a leg that was answered (with its talk time), else missed — taken by a colleague when one answered. */
export function endOfLeg(base: Omit<CallEventDraft, 'kind'>, legs: readonly CallLeg[], at: number): CallEventDraft {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const own = legs.find((l) => same(l.user, base.user));
  if (own?.answeredAt !== undefined) return { ...base, kind: 'ended', durationS: Math.max(0, Math.round((at - own.answeredAt) / 1000)) };
  // An outgoing call the client did not pick up is over, not missed: nobody missed anything.
  if (base.direction === 'out') return { ...base, kind: 'ended', durationS: 0 };
  const taker = legs.find((l) => !same(l.user, base.user) && l.answeredAt !== undefined);
  return { ...base, kind: 'missed', ...(taker ? { answeredBy: taker.user } : {}) };
}
