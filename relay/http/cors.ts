/**
 * CORS for the agent API. The extension normally needs none (its host permission covers the relay), but a
 * Firefox event page or a stricter browser may send an Origin: only browser-extension origins are allowed,
 * each echoed back (never `*`), with the Authorization header the agent key travels in.
 */
import type { FastifyInstance } from 'fastify';

const EXTENSION_ORIGIN = /^(chrome|moz|safari-web|ms-browser)-extension:\/\/[a-z0-9-]{1,64}$/i;

export const isExtensionOrigin = (origin: string | undefined): origin is string => !!origin && EXTENSION_ORIGIN.test(origin);

export function extensionCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    reply.header('vary', 'Origin');
    if (!isExtensionOrigin(origin)) return;
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-allow-headers', 'authorization, content-type');
    reply.header('access-control-allow-methods', 'GET, POST, PUT, DELETE');
    reply.header('access-control-max-age', '600');
  });
  // Preflights end here: 204 with the headers above for an extension, without them (so refused) for others.
  app.options('/*', async (_request, reply) => reply.code(204).send());
}
