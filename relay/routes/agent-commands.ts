/**
 * PBX commands for the agent's own PBX user. The relay holds the PBX key (PBX_PROVIDER's adapter); the user always comes from the
 * agent key, never from the request (a `user` in the body is dropped by the schema).
 */
import type { FastifyInstance } from 'fastify';
import { PbxError } from '../../src/providers/errors.ts';
import type { HistoryPeriod, HistoryRecord, HistoryType, Provider } from '../../src/providers/provider.ts';
import type { Agent } from '../store/types.ts';
import { phoneKey } from '../contacts/phone-key.ts';
import type { AppDeps } from '../deps.ts';
import { maskPhone } from '../log.ts';
import type { PbxCommand } from '../metrics.ts';

interface CallBody {
  phone: string;
  clid?: string;
}

interface HistoryQuery {
  period?: HistoryPeriod;
  type?: HistoryType;
  limit?: number;
}

const callSchema = {
  type: 'object',
  required: ['phone'],
  properties: { phone: { type: 'string', minLength: 1, maxLength: 64 }, clid: { type: 'string', pattern: '^\\+?\\d{3,20}$' } },
  additionalProperties: false, // with fastify's removeAdditional, a `user` in the body is dropped, not obeyed
} as const;
const dndSchema = { type: 'object', required: ['on'], properties: { on: { type: 'boolean' } } } as const;
// '' = back to the PBX's default caller id
const callerIdSchema = {
  type: 'object',
  required: ['number'],
  properties: { number: { type: 'string', pattern: '^(\\+?\\d{3,20})?$' } },
  additionalProperties: false,
} as const;
const historyQuerySchema = {
  type: 'object',
  properties: {
    period: { type: 'string', enum: ['today', 'yesterday', 'this_week', 'last_week', 'this_month', 'last_month'], default: 'today' },
    type: { type: 'string', enum: ['all', 'in', 'out', 'missed'] },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
  },
  additionalProperties: false,
} as const;

export async function agentCommandRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  /** The PBX for one command, counted and timed by outcome (a relay without PBX_URL counts `not-configured`). */
  const command = <T>(name: PbxCommand, run: (pbx: Provider) => Promise<T>): Promise<T> =>
    deps.metrics.pbxCommand(name, async () => {
      if (!deps.pbx) throw new PbxError('not-configured');
      return run(deps.pbx);
    });

  app.post<{ Body: CallBody }>('/call', { schema: { body: callSchema } }, async (request, reply) => {
    const phone = phoneKey(request.body.phone, deps.config.region);
    if (!phone) return reply.code(400).send({ error: 'bad-params', message: `not a phone number: ${request.body.phone}` });
    request.log.info({ user: request.agent.user, phone: maskPhone(phone) }, 'call requested');
    const clid = request.body.clid;
    const result = await command('call', (pbx) => pbx.makeCall(request.agent.user, phone, clid ? { clid } : undefined));
    return result.callId ? { callId: result.callId, phone } : { phone };
  });

  app.get('/dnd', async (request) => ({ on: await command('get_dnd', (pbx) => pbx.getDnd(request.agent.user)) }));

  app.put<{ Body: { on: boolean } }>('/dnd', { schema: { body: dndSchema } }, async (request) => {
    await command('set_dnd', (pbx) => pbx.setDnd(request.agent.user, request.body.on));
    return { on: request.body.on };
  });

  app.get('/groups', async (request) => ({ groups: await command('groups', (pbx) => pbx.groups(request.agent.user)) }));

  app.get<{ Querystring: HistoryQuery }>('/history', { schema: { querystring: historyQuerySchema } }, async (request) => {
    const { period, type, limit = 100 } = request.query;
    // The PBX's history has no user filter and its limit counts everybody's rows: filter here, then cut.
    const rows = await command('history', (pbx) => pbx.history({ ...(period ? { period } : {}), ...(type ? { type } : {}) }));
    const records = rows.filter((r) => isOwnRow(r, request.agent)).slice(0, limit);
    return { records: records.map((r) => ({ ...r, start: r.start.toISOString() })) };
  });

  // Caller id ("call from"): our lines, and the agent's choice among them, on a PBX that has it (capabilities.callerId).
  app.get('/numbers', async () => ({
    numbers: await command('numbers', (pbx) => (pbx.callerIds ? pbx.callerIds() : unsupported())),
  }));

  app.put<{ Body: { number: string } }>('/callerid', { schema: { body: callerIdSchema } }, async (request) => {
    const number = request.body.number.replace(/\D/g, '');
    request.log.info({ user: request.agent.user, number: number ? maskPhone(number) : 'default' }, 'caller id set');
    await command('callerid', (pbx) => (pbx.setCallerId ? pbx.setCallerId(request.agent.user, number) : unsupported()));
    return { number };
  });
}

const unsupported = (): never => {
  throw new PbxError('unsupported', 'callerIdAbsent');
};

/**
 * `account` is `login@domain` (ITooLabs) or the extension (Gravitel) for a manager's row, so it may be any of the
 * agent's identities; group (`g_…`), ivr and fax rows belong to nobody.
 */
function isOwnRow(row: HistoryRecord, agent: Agent): boolean {
  const login = (row.account.split('@')[0] ?? '').toLowerCase();
  return [agent.user, ...(agent.aliases ?? [])].some((id) => id.toLowerCase() === login);
}
