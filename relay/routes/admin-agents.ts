/** Agents over the admin API: create (key shown once), list, revoke; plus the relay's counters. */
import type { FastifyInstance } from 'fastify';
import { createAgent } from '../agents/create-agent.ts';
import type { RelayDeps } from '../deps.ts';

const agentSchema = {
  type: 'object',
  required: ['user'],
  properties: {
    user: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' },
    name: { type: 'string', maxLength: 200 },
    // Other identities of the same person in webhooks, beyond what the PBX's account list says (extension, number).
    aliases: { type: 'array', maxItems: 10, items: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' } },
  },
  additionalProperties: false,
} as const;

export async function adminAgentRoutes(app: FastifyInstance, deps: RelayDeps): Promise<void> {
  const { agents } = deps.store;

  app.post<{ Body: { user: string; name?: string; aliases?: string[] } }>('/agents', { schema: { body: agentSchema } }, async (request, reply) => {
    const created = await createAgent(deps.store, request.body, deps.config.publicUrl, deps.pbx);
    request.log.info({ user: created.agent.user }, 'agent key issued');
    return reply.code(201).send({ ...created.agent, key: created.key, pairingLink: created.pairingLink, relayUrl: created.relayUrl });
  });

  app.get('/agents', async () => ({ agents: await agents.list() }));

  app.delete<{ Params: { user: string } }>('/agents/:user', async (request, reply) => {
    const deleted = await agents.delete(request.params.user);
    if (!deleted) return reply.code(404).send({ error: 'not-found', message: 'no such agent' });
    // Long polls already held finish on their own timeout; every new request with the old key gets a 401.
    return reply.code(204).send();
  });

  app.get('/stats', async () => ({
    waiting: deps.hub.size,
    agents: (await agents.list()).length,
    contacts: await deps.store.contacts.count(),
    latestSeq: await deps.store.events.latestSeq(),
  }));
}
