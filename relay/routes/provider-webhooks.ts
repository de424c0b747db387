/**
 * The CRM URLs of the PBXs beside ITooLabs (crmapi/v1 uses the ITooLabs form webhooks at /pbx/itoolabs):
 *   Gravitel  POST /pbx/gravitel/{event,history,client,campaign/report}   key in X-API-KEY or Authorization: Bearer
 *   Sipuni    GET|POST /pbx/sipuni                                          always `{"success": true}` (else it stops)
 *   Mango     POST /pbx/mango/events/{call,summary}, /pbx/mango/result/*   sign verified, HTTP 420 `{"code"}` if not
 * Each provider answers 503 until its secret is configured (relay/providers/webhook-config.ts).
 */
import formbody from '@fastify/formbody';
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RelayDeps } from '../deps.ts';
import { bearer, secretEquals } from '../http/secrets.ts';
import { phoneKey } from '../contacts/phone-key.ts';
import { ingestMapped, type MappedWebhook } from '../pipeline/ingest-draft.ts';
import {
  gravitelClientReply, gravitelClientSchema, gravitelEventSchema, gravitelHistorySchema, mapGravitelEvent, mapGravitelHistory,
  type GravitelEvent, type GravitelHistory,
} from '../providers/gravitel-webhook.ts';
import { OpenSipuniLegs, mapSipuniEvent, type SipuniEvent } from '../providers/sipuni-webhook.ts';
import { MANGO_BAD_PARAMS, MangoSequencer, isMangoCallEvent, mapMangoCall, mapMangoSummary, verifyMango, type MangoCallEvent, type MangoSummary } from '../providers/mango-webhook.ts';
import type { ProviderWebhookConfig } from '../providers/webhook-config.ts';

export const GRAVITEL_WEBHOOK_PREFIX = '/pbx/gravitel';
export const SIPUNI_WEBHOOK_PATH = '/pbx/sipuni';
export const MANGO_WEBHOOK_PREFIX = '/pbx/mango';

const RING_TIMEOUT_MS = 180_000;
const TALK_TIMEOUT_MS = 4 * 3600_000;
const MANGO_REORDER_MS = 2000;

export async function providerWebhookRoutes(app: FastifyInstance, deps: RelayDeps & { config: { providers?: ProviderWebhookConfig } }): Promise<void> {
  await app.register(formbody);
  const cfg: ProviderWebhookConfig = deps.config.providers ?? {};
  const now = () => (deps.now ?? Date.now)();

  async function ingest(log: FastifyBaseLogger, provider: string, mapped: MappedWebhook): Promise<void> {
    const result = await ingestMapped(deps, mapped);
    if (result.outcome === 'unknown-user') log.info({ provider, callId: mapped.callId }, 'webhook for a PBX user without an agent: not stored');
  }

  // ── Gravitel ────────────────────────────────────────────────────────────────────────────────────────────
  await app.register(
    async (g) => {
      g.setErrorHandler((error: FastifyError, request, reply) => {
        if (error.validation) return reply.code(400).send({ error: 'Bad request' });
        const status = error.statusCode ?? 500;
        if (status >= 400 && status < 500) return reply.code(status).send({ error: 'Bad request' });
        request.log.error(error);
        return reply.code(500).send({ error: 'Internal error' });
      });
      // Before the body is read: a caller without the key learns nothing about what we accept.
      g.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        if (!cfg.gravitelKey) return reply.code(503).send({ error: 'GRAVITEL_WEBHOOK_KEY is not set on the relay' });
        const header = request.headers['x-api-key'];
        const given = (Array.isArray(header) ? header[0] : header) ?? bearer(request.headers.authorization);
        if (!given || !secretEquals(given, cfg.gravitelKey)) {
          request.log.warn({ ip: request.ip }, 'gravitel webhook with a wrong key: refused');
          return reply.code(401).send({ error: 'Unauthorized' });
        }
      });
      g.post<{ Body: GravitelEvent }>('/event', { schema: { body: gravitelEventSchema } }, async (request) => {
        await ingest(request.log, 'gravitel', mapGravitelEvent(request.body));
        return {};
      });
      g.post<{ Body: GravitelHistory }>('/history', { schema: { body: gravitelHistorySchema } }, async (request) => {
        await ingest(request.log, 'gravitel', mapGravitelHistory(request.body));
        return {};
      });
      // Asked while the call rings: one primary-key look-up; the PBX shows `name` and may route to `manager`.
      g.post<{ Body: { client?: string | number } }>('/client', { schema: { body: gravitelClientSchema } }, async (request) => {
        const key = phoneKey(String(request.body.client ?? ''));
        return gravitelClientReply(key ? await deps.store.contacts.get(key) : undefined);
      });
      // Robot-dialling reports: this product has no use for them yet; accepted so the PBX does not retry.
      g.post('/campaign/report', async (request) => {
        request.log.info({ provider: 'gravitel' }, 'campaign report received');
        return {};
      });
    },
    { prefix: GRAVITEL_WEBHOOK_PREFIX },
  );

  // ── Sipuni ──────────────────────────────────────────────────────────────────────────────────────────────
  const open = new OpenSipuniLegs(cfg.sipuniRingTimeoutMs ?? RING_TIMEOUT_MS, cfg.sipuniTalkTimeoutMs ?? TALK_TIMEOUT_MS);
  const closeExpired = async (log: FastifyBaseLogger) => {
    for (const mapped of open.expired(now())) await ingest(log, 'sipuni', mapped);
  };
  const sweep = setInterval(() => void closeExpired(app.log).catch((e: unknown) => app.log.error(e)), Math.min(30_000, Math.max(50, (cfg.sipuniRingTimeoutMs ?? RING_TIMEOUT_MS) / 4)));
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));

  const sipuni = async (request: FastifyRequest, reply: FastifyReply) => {
    const fields: SipuniEvent = {};
    for (const source of [request.query, request.body]) {
      if (typeof source !== 'object' || source === null) continue;
      for (const [k, v] of Object.entries(source)) if (typeof v === 'string' || typeof v === 'number') fields[k as keyof SipuniEvent] = String(v);
    }
    if (cfg.sipuniToken && !(fields.token && secretEquals(fields.token, cfg.sipuniToken))) {
      return reply.code(401).send({ success: false, message: 'Invalid token' });
    }
    open.track(fields, now());
    await ingest(request.log, 'sipuni', mapSipuniEvent(fields));
    await closeExpired(request.log);
    // Anything else and Sipuni stops sending: even an event we ignore is a success.
    return { success: true };
  };
  app.get(SIPUNI_WEBHOOK_PATH, sipuni);
  app.post(SIPUNI_WEBHOOK_PATH, sipuni);

  // ── Mango ───────────────────────────────────────────────────────────────────────────────────────────────
  const sequencer = new MangoSequencer(cfg.mangoReorderMs ?? MANGO_REORDER_MS, (late) => {
    void (async () => {
      for (const e of late) await ingest(app.log, 'mango', mapMangoCall(e));
    })().catch((e: unknown) => app.log.error(e));
  });
  app.addHook('onClose', async () => sequencer.close());

  const mangoVerified = (request: FastifyRequest, reply: FastifyReply): unknown => {
    if (!cfg.mangoKey || !cfg.mangoSalt) {
      void reply.code(503).send({ error: 'MANGO_API_KEY/MANGO_API_SALT are not set on the relay' });
      return undefined;
    }
    const result = verifyMango((request.body ?? {}) as Record<string, unknown>, cfg.mangoKey, cfg.mangoSalt);
    if ('code' in result) {
      request.log.warn({ ip: request.ip, code: result.code }, 'mango webhook refused');
      void reply.code(420).send({ code: result.code });
      return undefined;
    }
    return result.json;
  };

  app.post(`${MANGO_WEBHOOK_PREFIX}/events/call`, async (request, reply) => {
    const json = mangoVerified(request, reply);
    if (json === undefined) return reply;
    if (!isMangoCallEvent(json)) return reply.code(420).send({ code: MANGO_BAD_PARAMS });
    for (const event of sequencer.push(json as MangoCallEvent, now())) await ingest(request.log, 'mango', mapMangoCall(event));
    return {};
  });
  app.post(`${MANGO_WEBHOOK_PREFIX}/events/summary`, async (request, reply) => {
    const json = mangoVerified(request, reply);
    if (json === undefined) return reply;
    if (typeof json !== 'object' || json === null || !('entry_id' in json)) return reply.code(420).send({ code: MANGO_BAD_PARAMS });
    await ingest(request.log, 'mango', mapMangoSummary(json as MangoSummary));
    return {};
  });
  // Results of our commands (callback…): verified and acknowledged; the agent already got his answer.
  app.post(`${MANGO_WEBHOOK_PREFIX}/result/:command`, async (request, reply) => {
    if (mangoVerified(request, reply) === undefined) return reply;
    return {};
  });
}
