/**
 * The relay as a fastify app, without a port: main.ts listens, tests may use it directly. Reads as the flow:
 * PBX webhooks in (/pbx), agents out (/agent), and the admin API that sets up contacts and agents (/admin).
 */
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { AppDeps, RelayDeps } from './deps.ts';
import { requireAdmin } from './http/admin-auth.ts';
import { requireAgent } from './http/agent-auth.ts';
import { extensionCors } from './http/cors.ts';
import { apiErrorHandler } from './http/error-handler.ts';
import { loggerOptions, type LogStream } from './log.ts';
import { createRelayMetrics } from './metrics.ts';
import { adminAgentRoutes } from './routes/admin-agents.ts';
import { adminContactRoutes } from './routes/admin-contacts.ts';
import { agentCommandRoutes } from './routes/agent-commands.ts';
import { agentEventRoutes } from './routes/agent-events.ts';
import { operationsRoutes } from './routes/operations.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { providerWebhookRoutes } from './routes/provider-webhooks.ts';

/** Webhooks and agent requests are small; a bigger body is a mistake or an attack (the CSV import has its own). */
export const BODY_LIMIT = 64 * 1024;

export interface AppOptions {
  /** A pino level ('info', 'warn'…); undefined = no log (tests). */
  logLevel?: string;
  /** Where the JSON log lines go; stdout when not given (tests capture them). */
  logStream?: LogStream;
}

export async function buildApp(relayDeps: RelayDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const deps: AppDeps = { ...relayDeps, metrics: relayDeps.metrics ?? createRelayMetrics(relayDeps.hub) };
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    // JSON lines; phone numbers masked and secrets never written (./log.ts).
    logger: options.logLevel ? loggerOptions(options.logLevel, options.logStream) : false,
    // Thousands of webhooks and long polls a minute: per-request lines would drown what matters (the metrics count them).
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.setErrorHandler(apiErrorHandler);

  await app.register(async (ops) => operationsRoutes(ops, deps));

  await app.register(async (pbx) => webhookRoutes(pbx, deps));
  await app.register(async (pbx) => providerWebhookRoutes(pbx, deps));

  await app.register(
    async (agent) => {
      extensionCors(agent);
      requireAgent(agent, deps.store.agents);
      await agentEventRoutes(agent, deps);
      await agentCommandRoutes(agent, deps);
    },
    { prefix: '/agent' },
  );

  await app.register(
    async (admin) => {
      requireAdmin(admin, deps.config.adminToken);
      await adminContactRoutes(admin, deps);
      await adminAgentRoutes(admin, deps);
    },
    { prefix: '/admin' },
  );

  // Held long polls end now (empty), so closing the server does not wait up to 30 s for them.
  app.addHook('preClose', async () => deps.hub.close());
  return app;
}
