/**
 * The CRM URL the PBX admin configures: `POST /pbx/itoolabs`, form-encoded (spec §1.2). Replies are exactly what
 * the PBX expects: 401 `{"error":"Invalid token"}`, 400 `{"error":"Invalid parameters"}`, 200 otherwise, and the
 * contact card for `cmd=contact`.
 */
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { secretEquals } from '../http/secrets.ts';
import { phoneKey } from '../contacts/phone-key.ts';
import { logText, maskPhone } from '../log.ts';
import { ingestWebhook } from '../pipeline/ingest.ts';
import { contactReply, webhookBodySchema, type WebhookBody } from '../providers/itoolabs-webhook.ts';

export const ITOOLABS_WEBHOOK_PATH = '/pbx/itoolabs';

export async function webhookRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(formbody);

  // Every answer counts, the 400s and 401s too (a PBX with a stale key shows up as a stream of 401s).
  app.addHook('onResponse', async (request, reply) => {
    deps.metrics.webhook((request.body as { cmd?: unknown } | undefined)?.cmd, reply.statusCode);
  });

  // This PBX reads only these bodies; keep them exact whatever went wrong (bad form, too large, wrong type).
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) return reply.code(400).send({ error: 'Invalid parameters' });
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send({ error: status === 413 ? 'Payload too large' : 'Invalid parameters' });
    request.log.error(error);
    return reply.code(500).send({ error: 'Server error' });
  });

  // Before schema validation: a caller without the token learns nothing about which fields we want.
  const checkToken = async (request: FastifyRequest, reply: FastifyReply) => {
    const token = (request.body as { crm_token?: unknown } | undefined)?.crm_token;
    if (typeof token !== 'string' || !secretEquals(token, deps.config.crmToken)) {
      request.log.warn({ ip: request.ip, tokenGiven: typeof token === 'string' }, 'webhook with a wrong crm_token: refused');
      return reply.code(401).send({ error: 'Invalid token' });
    }
  };

  app.post<{ Body: WebhookBody }>(ITOOLABS_WEBHOOK_PATH, { schema: { body: webhookBodySchema }, preValidation: checkToken }, async (request) => {
    const body = request.body;
    switch (body.cmd) {
      case 'contact': {
        // Answered while the call rings: one primary-key lookup.
        const key = phoneKey(body.phone ?? '');
        const contact = key ? await deps.metrics.contactLookup(() => deps.store.contacts.get(key)) : undefined;
        request.log.debug({ phone: maskPhone(body.phone), callId: logText(body.callid), found: !!contact }, 'contact look-up');
        return contactReply(contact);
      }
      case 'rating':
        await deps.store.ratings.add({ callId: body.callid ?? '', rating: body.rating ?? '', phone: body.phone, user: body.user, at: (deps.now ?? Date.now)() });
        return {};
      case 'event':
      case 'history': {
        const result = await ingestWebhook(deps, body);
        const about = { cmd: body.cmd, type: logText(body.type), user: logText(body.user), phone: maskPhone(body.phone), callId: logText(body.callid) };
        if (result.outcome === 'stored') request.log.debug({ ...about, seq: result.event.seq }, 'event stored');
        if (result.outcome === 'unknown-user') request.log.info(about, 'webhook for a PBX user without an agent: not stored');
        if (result.outcome === 'not-an-event') request.log.info(about, 'event type this relay does not know: ignored');
        return {};
      }
    }
  });
}
