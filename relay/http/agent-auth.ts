/**
 * The agent API's guard: `Authorization: Bearer <agent key>` → the agent (one PBX user). Everything behind it
 * acts as `request.agent.user` only; no route takes a user from the request.
 */
import type { FastifyInstance } from 'fastify';
import { agentKeyHash } from '../agents/keys.ts';
import type { Agent, AgentRepository } from '../store/types.ts';
import { bearer } from './secrets.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requireAgent for every route of the agent API. */
    agent: Agent;
  }
}

export function requireAgent(app: FastifyInstance, agents: AgentRepository): void {
  app.decorateRequest('agent', undefined as unknown as Agent);
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS') return; // CORS preflights carry no credentials
    const key = bearer(request.headers.authorization);
    const agent = key ? await agents.byKeyHash(agentKeyHash(key)) : undefined;
    if (!agent) return reply.code(401).send({ error: 'Invalid agent key' });
    request.agent = agent;
  });
}
