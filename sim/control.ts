/**
 * The simulator's own JSON API under `/__sim/`, for browser tests and demos: what the PBX received,
 * its state, reply variants and faults, and call scenarios. Never part of the PBX protocol.
 */
import type { Fault, ItoolabsPbx, SimConfig } from './itoolabs.ts';
import { ScenarioError, parseScenarioRequest, playScenario } from './scenarios.ts';
import { isProviderScenario, parseProviderScenarioRequest, type ProviderScenarioRequest } from './provider-scenarios.ts';

export interface ControlReply {
  status: number;
  body: unknown;
}

export const CONTROL_ROUTES = [
  'GET    /__sim/                      this list, the endpoint and the token',
  'GET    /__sim/commands?cmd=&since=&provider=  commands received by any PBX API (since = index or ms)',
  'DELETE /__sim/commands              forget them',
  'GET    /__sim/state                 DND per user, subscriptions, placed calls, config; gravitel: calls, callerIds per extension',
  'POST   /__sim/config                {token, makeCallReply, dndField, badParamsReply, historyRating, faults}',
  'POST   /__sim/reset                 back to the fixtures',
  'POST   /__sim/scenario              {scenario, crmUrl, crmToken, phone?, user?, users?, diversion?,',
  '                                     groupRealName?, delayMs?, callId?}  plays webhooks to crmUrl',
  'POST   /__sim/scenario              {provider: gravitel|sipuni|mango, scenario, crmUrl, crmToken?, user?,',
  '                                     phone?, method?, duplicateStart?, dropHangup?, inOrder?}  that PBX\'s webhooks',
];

/** A control request we cannot act on: 400 with the reason. */
class BadRequest extends Error {}

const VARIANTS: Record<string, readonly unknown[]> = {
  makeCallReply: ['empty', 'text', 'uuid', 'CallID'],
  dndField: ['state', 'status'],
  badParamsReply: ['json', 'text'],
  historyRating: [true, false],
};

export async function handleControl(
  pbx: ItoolabsPbx,
  info: {
    endpoint: string;
    reset?: () => void;
    playProviderScenario?: (request: ProviderScenarioRequest) => Promise<unknown>;
    /** What the other PBX APIs hold (Gravitel's caller ids and calls), beside the ITooLabs state. */
    providerState?: () => Record<string, unknown>;
  },
  method: string,
  url: URL,
  body: string,
  signal?: AbortSignal,
): Promise<ControlReply> {
  const route = `${method} ${url.pathname.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'GET /__sim':
        return ok({ endpoint: info.endpoint, token: pbx.config.token, routes: CONTROL_ROUTES });
      case 'GET /__sim/commands': {
        const cmd = url.searchParams.get('cmd') ?? undefined;
        const sinceText = url.searchParams.get('since');
        const since = sinceText === null || sinceText === '' ? undefined : Number(sinceText);
        if (since !== undefined && !Number.isFinite(since)) return fail(400, 'since must be a number');
        const provider = url.searchParams.get('provider') ?? undefined;
        return ok({ commands: pbx.commands({ cmd, since, provider }), cursor: pbx.cursor });
      }
      case 'DELETE /__sim/commands':
        return ok({ cleared: pbx.clearCommands(), cursor: pbx.cursor });
      case 'GET /__sim/state':
        return ok({ ...pbx.state(), ...info.providerState?.() });
      case 'POST /__sim/config': {
        const config = pbx.configure(parseConfig(readJson(body)));
        return ok({ config, pendingFaults: pbx.state().pendingFaults });
      }
      case 'POST /__sim/reset':
        (info.reset ?? (() => pbx.reset()))();
        return ok({ reset: true });
      case 'POST /__sim/scenario': {
        const request = readJson(body);
        if (isProviderScenario(request) && info.playProviderScenario) {
          return ok(await info.playProviderScenario(parseProviderScenarioRequest(request)));
        }
        return ok(await playScenario(pbx, parseScenarioRequest(request), { signal }));
      }
      default:
        return fail(404, `no such control route: ${route}`);
    }
  } catch (e) {
    if (e instanceof ScenarioError || e instanceof BadRequest) return fail(400, e.message);
    throw e;
  }
}

function ok(body: unknown): ControlReply {
  return { status: 200, body };
}

function fail(status: number, error: string): ControlReply {
  return { status, body: { error } };
}

function readJson(body: string): unknown {
  try {
    return body.trim() ? JSON.parse(body) : {};
  } catch {
    throw new BadRequest('body must be JSON');
  }
}

/** Only known keys with known values: a typo in a test should fail loudly, not be ignored. */
function parseConfig(value: unknown): Partial<SimConfig> & { faults?: Fault[] } {
  if (typeof value !== 'object' || value === null) throw new BadRequest('config must be a JSON object');
  const patch: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'token') {
      if (typeof v !== 'string' || !v) throw new BadRequest('token must be a non-empty string');
    } else if (key === 'faults') {
      if (!Array.isArray(v)) throw new BadRequest('faults must be a list');
      v.forEach(checkFault);
    } else if (key in VARIANTS) {
      if (!VARIANTS[key]?.includes(v)) throw new BadRequest(`${key} must be one of ${VARIANTS[key]?.join(', ')}`);
    } else {
      throw new BadRequest(`unknown config key: ${key}`);
    }
    patch[key] = v;
  }
  return patch;
}

function checkFault(fault: unknown): void {
  if (typeof fault !== 'object' || fault === null) throw new BadRequest('a fault must be an object');
  const f = fault as Record<string, unknown>;
  const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  const status = f['status'];
  if (status !== undefined && !(isInt(status) && status >= 100 && status < 600)) {
    throw new BadRequest('fault.status must be an HTTP status');
  }
  for (const key of ['delayMs', 'times']) {
    if (f[key] !== undefined && !isInt(f[key])) throw new BadRequest(`fault.${key} must be a whole number`);
  }
  for (const key of ['body', 'contentType', 'cmd']) {
    if (f[key] !== undefined && typeof f[key] !== 'string') throw new BadRequest(`fault.${key} must be a string`);
  }
}
