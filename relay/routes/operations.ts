/**
 * For the people who run the relay: `GET /healthz` (load balancers, systemd/container health checks) and
 * `GET /metrics` (Prometheus). See docs/relay-operations.md.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { bearer, secretEquals } from '../http/secrets.ts';

export async function operationsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // Healthy = the store answers a query. Unauthenticated and without details beyond the reason.
  app.get('/healthz', async (request, reply) => {
    try {
      await deps.store.check();
      return { ok: true };
    } catch (e) {
      request.log.error({ err: e }, 'health check: the store does not answer');
      return reply.code(503).send({ ok: false, reason: `store unavailable: ${e instanceof Error ? e.message : String(e)}` });
    }
  });

  app.get('/metrics', async (request, reply) => {
    const denied = metricsAccessDenied(request, deps.config.metricsToken);
    if (denied) return reply.code(denied.status).send({ error: denied.error, message: denied.message });
    reply.header('content-type', deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  });
}

/**
 * With METRICS_TOKEN: `Authorization: Bearer METRICS_TOKEN` only. Without: only a scraper on this machine talking
 * to the relay directly — a request a reverse proxy forwarded also comes from loopback, so one carrying proxy
 * headers is refused too (the proxy should not route /metrics at all; this is the second lock).
 */
export function metricsAccessDenied(request: FastifyRequest, token: string | undefined): { status: number; error: string; message: string } | undefined {
  if (token) {
    const given = bearer(request.headers.authorization);
    return given && secretEquals(given, token) ? undefined : { status: 401, error: 'unauthorized', message: 'Invalid metrics token' };
  }
  const proxied = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined || request.headers['x-real-ip'] !== undefined;
  if (isLoopback(request.socket.remoteAddress) && !proxied) return undefined;
  return { status: 403, error: 'forbidden', message: 'Metrics are served to loopback only; set METRICS_TOKEN to scrape from elsewhere' };
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
