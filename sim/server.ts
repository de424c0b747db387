/**
 * The PBX simulator as a real HTTP server (node:http): the ITooLabs endpoint at `/sys/crm_api.wcgp`,
 * the control API at `/__sim/`, and a 301 for every other path, like a wrong PBX host.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { handleControl } from './control.ts';
import { demoFixtures, type Fixtures } from './fixtures.ts';
import {
  ItoolabsPbx,
  type CommandFilter,
  type CommandRecord,
  type Fault,
  type SimConfig,
  type SimState,
  type Transport,
} from './itoolabs.ts';
import { playScenario, type ScenarioRequest, type ScenarioResult } from './scenarios.ts';
import { GravitelSim, playGravitelScenario } from './gravitel.ts';
import { SipuniSim, playSipuniScenario } from './sipuni.ts';
import { MangoSim, playMangoScenario } from './mango.ts';
import { ItoolabsV1Sim } from './itoolabs-v1.ts';
import { isProviderScenario, type ProviderScenarioRequest, type ProviderScenarioResult } from './provider-scenarios.ts';
import type { ProviderSim } from './provider-sim.ts';

export const ENDPOINT_PATH = '/sys/crm_api.wcgp';
const MAX_BODY = 1024 * 1024;

export interface SimulatorOptions {
  /** 0 = any free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** PBX key; default `sim-token`. */
  token?: string;
  /** Replaces parts of the demo data. */
  fixtures?: Partial<Fixtures>;
  config?: Partial<SimConfig>;
  /** The PBX clock (periods in `history`, timestamps in the log). */
  now?: () => Date;
  /** Keys of the other simulated PBX APIs (defaults: GRAVITEL_SIM, SIPUNI_SIM, MANGO_SIM). */
  providers?: {
    gravitel?: { domain: string; key: string };
    sipuni?: { account: string; secret: string };
    mango?: { key: string; salt: string };
  };
}

/** The other PBX APIs on the same server, each under its own path prefix; crmapi/v1 shares the ITooLabs key. */
export interface ProviderApis {
  gravitel: GravitelSim;
  sipuni: SipuniSim;
  mango: MangoSim;
  'itoolabs-v1': ItoolabsV1Sim;
}

export interface Simulator {
  /** Origin, e.g. http://127.0.0.1:8765 */
  readonly url: string;
  /** The full crm_api URL. */
  readonly endpoint: string;
  /** The current PBX key. */
  readonly token: string;
  readonly pbx: ItoolabsPbx;
  /** Gravitel (`/gravitel/v1/{domain}/…`), Sipuni (`/sipuni/api/…`), Mango (`/mango/vpbx/…`), crmapi/v1 (`/crmapi/v1/…`). */
  readonly apis: ProviderApis;
  /** Index the next command will get: `commands({since: sim.cursor})` later shows only what came after. */
  readonly cursor: number;
  commands(filter?: CommandFilter): CommandRecord[];
  clearCommands(): number;
  state(): SimState;
  configure(patch: Partial<SimConfig> & { faults?: Fault[] }): SimConfig;
  inject(fault: Fault): void;
  reset(): void;
  /** ITooLabs (and crmapi/v1, same webhooks) scenarios, or another PBX's with `provider`. */
  playScenario(request: ScenarioRequest & { provider?: 'itoolabs' | 'itoolabs-v1' }): Promise<ScenarioResult>;
  playScenario(request: ProviderScenarioRequest): Promise<ProviderScenarioResult>;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const now = options.now ?? (() => new Date());
  const fixtures = { ...demoFixtures(now()), ...options.fixtures };
  const pbx = new ItoolabsPbx(fixtures, { ...options.config, ...(options.token ? { token: options.token } : {}) }, now);
  const closing = new AbortController();
  let endpoint = '';
  const apis: ProviderApis = {
    gravitel: new GravitelSim(pbx, options.providers?.gravitel),
    sipuni: new SipuniSim(pbx, options.providers?.sipuni),
    mango: new MangoSim(pbx, options.providers?.mango),
    'itoolabs-v1': new ItoolabsV1Sim(pbx),
  };
  const mounted: ProviderSim[] = Object.values(apis);
  const providerState = () => ({
    gravitel: { calls: [...apis.gravitel.calls], callerIds: Object.fromEntries(apis.gravitel.callerIds) },
  });
  const resetAll = () => {
    pbx.reset();
    for (const api of mounted) api.reset();
  };
  resetAll();
  const playProviderScenario = (request: ProviderScenarioRequest): Promise<ProviderScenarioResult> => {
    const signal = closing.signal;
    if (request.provider === 'gravitel') return playGravitelScenario(apis.gravitel, request, signal);
    if (request.provider === 'sipuni') return playSipuniScenario(apis.sipuni, request, signal);
    return playMangoScenario(apis.mango, request, signal);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (closing.signal.aborted) return res.destroy();
      console.error('[sim]', e);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'simulator error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim.local');
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    if (body === undefined) return send(res, 413, 'text/plain; charset=utf-8', 'too large');

    if (url.pathname === '/__sim' || url.pathname.startsWith('/__sim/')) {
      // Permissive CORS only here, so browser tests can drive the simulator from any page.
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
        'access-control-allow-headers': 'content-type',
      };
      if (method === 'OPTIONS') return send(res, 204, undefined, '', cors);
      const reply = await handleControl(pbx, { endpoint, reset: resetAll, playProviderScenario, providerState }, method, url, body.toString('utf8'), closing.signal);
      return send(res, reply.status, 'application/json; charset=utf-8', JSON.stringify(reply.body, null, 1), cors);
    }

    const api = mounted.find((a) => url.pathname.startsWith(`${a.prefix}/`));
    if (api) {
      const reply = api.handle({
        method,
        path: url.pathname.slice(api.prefix.length),
        query: url.searchParams,
        headers: req.headers,
        contentType: (req.headers['content-type'] ?? '').toLowerCase(),
        body: body.toString('utf8'),
      });
      return send(res, reply.status, reply.contentType, reply.body);
    }

    if (url.pathname !== ENDPOINT_PATH) {
      // A wrong path on a real PBX host answers with a redirect, not a 404.
      return send(res, 301, 'text/html; charset=utf-8', '<html><body>Moved</body></html>', { location: '/__sim/' });
    }
    if (method !== 'GET' && method !== 'POST') {
      return send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed', { allow: 'GET, POST' });
    }

    const parsed = await readFields(url, req.headers['content-type'], body);
    if (!parsed) return send(res, 400, 'application/json; charset=utf-8', '{"error":"Invalid parameters"}');
    const reply = pbx.handle({ method, ...parsed });
    if (reply.delayMs) await sleep(reply.delayMs, undefined, { signal: closing.signal });
    send(res, reply.status, reply.contentType, reply.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  endpoint = url + ENDPOINT_PATH;

  return {
    url,
    endpoint,
    get token() {
      return pbx.config.token;
    },
    pbx,
    apis,
    get cursor() {
      return pbx.cursor;
    },
    commands: (filter) => pbx.commands(filter),
    clearCommands: () => pbx.clearCommands(),
    state: () => pbx.state(),
    configure: (patch) => pbx.configure(patch),
    inject: (fault) => pbx.inject(fault),
    reset: resetAll,
    playScenario: ((request: (ScenarioRequest & { provider?: string }) | ProviderScenarioRequest) =>
      isProviderScenario(request)
        ? playProviderScenario(request as ProviderScenarioRequest)
        : playScenario(pbx, request as ScenarioRequest, { signal: closing.signal })) as Simulator['playScenario'],
    close: () =>
      new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The whole body, or undefined past the size limit. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Query string and body fields, merged (body wins), with how they came. Form-urlencoded and multipart are
 * parsed by the WHATWG Request; a body without a content type is read as form-urlencoded, like PHP-era servers.
 * Undefined for a body that claims to be a form and is not.
 */
async function readFields(
  url: URL,
  contentType: string | undefined,
  body: Buffer,
): Promise<{ transport: Transport; fields: Record<string, string> } | undefined> {
  const fields: Record<string, string> = Object.fromEntries(url.searchParams);
  const type = (contentType ?? '').toLowerCase();
  const multipart = type.startsWith('multipart/form-data');
  if (body.length === 0 || !(multipart || type === '' || type.startsWith('application/x-www-form-urlencoded'))) {
    return { transport: 'query', fields };
  }
  try {
    const request = new Request(url, {
      method: 'POST',
      headers: { 'content-type': contentType || 'application/x-www-form-urlencoded' },
      body: new Uint8Array(body),
    });
    for (const [key, value] of await request.formData()) if (typeof value === 'string') fields[key] = value;
  } catch {
    return undefined;
  }
  return { transport: multipart ? 'multipart' : 'form', fields };
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string | undefined,
  body: string,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed) return;
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...(contentType ? { 'content-type': contentType } : {}),
    'content-length': String(bytes.length),
    ...headers,
  });
  res.end(bytes);
}
