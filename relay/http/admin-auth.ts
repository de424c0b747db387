/** The admin API's guard: `Authorization: Bearer ADMIN_TOKEN`, compared in constant time. */
import type { FastifyInstance } from 'fastify';
import { bearer, secretEquals } from './secrets.ts';

export function requireAdmin(app: FastifyInstance, adminToken: string): void {
  app.addHook('onRequest', async (request, reply) => {
    const token = bearer(request.headers.authorization);
    if (!token || !secretEquals(token, adminToken)) return reply.code(401).send({ error: 'Invalid admin token' });
  });
}
