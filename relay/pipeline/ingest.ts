/**
 * webhook → store → delivery for ITooLabs' form webhooks: its mapping (relay/providers/itoolabs-webhook.ts) fed to
 * the one ingest pipeline every PBX shares (./ingest-draft.ts). The event is in the store before this resolves
 * (so before the PBX gets its 200), and only then are the agent's waiting long polls woken.
 */
import { dedupeKey, legUpdate, toCallEvent, type WebhookBody } from '../providers/itoolabs-webhook.ts';
import { ingestMapped, type IngestDeps, type IngestResult } from './ingest-draft.ts';

export type { IngestDeps, IngestResult } from './ingest-draft.ts';

export function ingestWebhook(deps: IngestDeps, body: WebhookBody): Promise<IngestResult> {
  return ingestMapped(deps, {
    // Legs are recorded for every user, agent or not: a colleague without the extension still "answers" a group ring.
    leg: (at) => legUpdate(body, at),
    draft: (legs, at) => toCallEvent(body, legs, at),
    dedupeKey: dedupeKey(body),
    callId: body.callid ?? '',
  });
}
