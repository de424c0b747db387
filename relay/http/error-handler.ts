/**
 * One error shape for the agent and admin APIs, `{error, message}`: schema failures are the caller's 400s, PBX
 * failures are mapped (./pbx-errors.ts), body-parser errors keep their 4xx, and anything else is a logged 500
 * that shows no internals.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { pbxErrorReply } from './pbx-errors.ts';

export function apiErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.validation) return reply.code(400).send({ error: 'bad-params', message: error.message });
  const pbx = pbxErrorReply(error);
  if (pbx) {
    request.log.warn({ route: request.routeOptions.url, code: pbx.body.error }, 'PBX command failed');
    return reply.code(pbx.status).send(pbx.body);
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return reply.code(status).send({ error: clientErrorCode(status), message: error.message });
  request.log.error(error);
  return reply.code(500).send({ error: 'server', message: 'Relay error' });
}

function clientErrorCode(status: number): string {
  if (status === 413) return 'too-large';
  if (status === 415) return 'unsupported-media-type';
  if (status === 404) return 'not-found';
  return 'bad-request';
}
