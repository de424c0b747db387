/** `GET /agent/events?after=&wait=` (long poll, see ../delivery/long-poll.ts) and `GET /agent/me`. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { poll } from '../delivery/long-poll.ts';
import { pbxInfo } from './pbx-info.ts';

export const MAX_WAIT_S = 30;

interface EventsQuery {
  after?: number;
  wait?: number;
}

const eventsQuerySchema = {
  type: 'object',
  properties: {
    after: { type: 'integer', minimum: 0 },
    wait: { type: 'number', minimum: 0, maximum: MAX_WAIT_S, default: 25 },
  },
  additionalProperties: false,
} as const;

export async function agentEventRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // Who this agent is, and which PBX the relay speaks for him with what it can do: the extension shows only that.
  app.get('/me', async (request) => {
    const { user, name } = request.agent;
    return { user, ...(name ? { name } : {}), ...pbxInfo(deps.pbx) };
  });

  app.get<{ Querystring: EventsQuery }>('/events', { schema: { querystring: eventsQuerySchema } }, async (request, reply) => {
    // The browser gave up (background killed, tab closed): stop holding a slot for it.
    const gone = new AbortController();
    reply.raw.once('close', () => gone.abort());
    const result = await poll(deps.store.events, deps.hub, {
      user: request.agent.user,
      after: request.query.after,
      waitMs: (request.query.wait ?? 25) * 1000,
      signal: gone.signal,
      onWokenDelivery: (seconds) => deps.metrics.deliveryLatency(seconds),
    });
    deps.metrics.delivered(result.events.length);
    return result;
  });
}
