/**
 * webhook → store → delivery, for the webhooks that are call events. The event is in the store before this
 * resolves (so before the PBX gets its 200), and only then are the agent's waiting long polls woken.
 */
import type { CallEvent } from '../../src/core/call-event.ts';
import type { DeliveryHub } from '../delivery/hub.ts';
import { dedupeKey, legUpdate, toCallEvent, type WebhookBody } from '../providers/itoolabs-webhook.ts';
import type { RelayStore } from '../store/types.ts';

export interface IngestDeps {
  store: RelayStore;
  hub: DeliveryHub;
  now?: () => number;
}

export type IngestResult =
  | { outcome: 'stored'; event: CallEvent }
  | { outcome: 'duplicate' | 'unknown-user' | 'not-an-event' };

export async function ingestWebhook(deps: IngestDeps, body: WebhookBody): Promise<IngestResult> {
  const { store, hub } = deps;
  const at = (deps.now ?? Date.now)();
  // Legs are recorded for every user, agent or not: a colleague without the extension still "answers" a group ring.
  const leg = legUpdate(body, at);
  if (leg) await store.calls.record(leg);
  const legs = body.callid ? await store.calls.legs(body.callid) : [];
  const draft = toCallEvent(body, legs, at);
  if (!draft) return { outcome: 'not-an-event' };

  const agent = await store.agents.byUser(draft.user);
  if (!agent) return { outcome: 'unknown-user' };

  const contact = draft.phone ? await store.contacts.get(draft.phone) : undefined;
  if (contact) {
    draft.contactName = contact.name;
    if (contact.company) draft.company = contact.company;
  }
  const event = await store.events.append(agent.user, dedupeKey(body), draft);
  if (!event) return { outcome: 'duplicate' };
  hub.notify(agent.user);
  return { outcome: 'stored', event };
}
