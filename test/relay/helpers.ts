/**
 * A real relay for tests: fastify listening on a loopback port, SQLite in a temp folder, the PBX played by the
 * simulator. Everything goes over HTTP, as the PBX and the extension would talk to it.
 */
import type { PhoneRegion } from '../../src/core/phone.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { CallEvent } from '../../src/core/call-event.ts';
import { createItoolabsProvider } from '../../src/providers/itoolabs/client.ts';
import { createRelayPbx, type PbxSettings } from '../../relay/pbx-config.ts';
import { buildApp } from '../../relay/app.ts';
import type { LogStream } from '../../relay/log.ts';
import { DeliveryHub } from '../../relay/delivery/hub.ts';
import { createSqliteStore } from '../../relay/store/sqlite/index.ts';
import type { RelayStore } from '../../relay/store/types.ts';
import type { Simulator } from '../../sim/server.ts';
import type { ProviderWebhookConfig } from '../../relay/providers/webhook-config.ts';

export const CRM_TOKEN = 'crm-secret-token';
export const ADMIN_TOKEN = 'admin-secret-token-0123456789';

export interface TestRelay {
  url: string;
  crmUrl: string;
  dataDir: string;
  store: RelayStore;
  hub: DeliveryHub;
  app: FastifyInstance;
  /** Creates an agent over the admin API; returns its key. */
  addAgent(user: string): Promise<string>;
  admin(method: string, path: string, body?: unknown, contentType?: string): Promise<Reply>;
  agent(key: string, method: string, path: string, body?: unknown): Promise<Reply>;
  webhook(fields: Record<string, string>): Promise<Reply>;
  /** Everything delivered to this agent so far (after=0, no wait). */
  events(key: string): Promise<CallEvent[]>;
  close(): Promise<void>;
}

export interface Reply {
  status: number;
  text: string;
  /** The parsed JSON body ({} when empty or not JSON). */
  json: Record<string, unknown>;
  headers: Headers;
}

export interface RelayOptions {
  sim?: Simulator;
  durability?: 'full' | 'normal';
  metricsToken?: string;
  /** Log at this level into `logStream` (no log by default). */
  logLevel?: string;
  logStream?: LogStream;
  /** The relay's PBX for commands as PBX_PROVIDER & co. configure it (wins over `sim`, which means ITooLabs). */
  pbx?: PbxSettings;
  /** Gravitel, Sipuni and Mango webhook secrets (their routes answer 503 without them). */
  providers?: ProviderWebhookConfig;
  /** A fixed port (the README screenshots use the demo's); any free one by default. */
  port?: number;
  /** RELAY_REGION: how admin-typed numbers without a country code read (Russia's by default). */
  region?: PhoneRegion;
}

export async function startRelay(options: RelayOptions = {}): Promise<TestRelay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'relay-test-'));
  const store = createSqliteStore(dataDir, { durability: options.durability ?? 'normal' });
  const hub = new DeliveryHub();
  const pbx = options.pbx
    ? createRelayPbx(options.pbx, 3000)
    : options.sim
      ? createItoolabsProvider({ url: options.sim.url, token: options.sim.token, timeoutMs: 3000 })
      : undefined;
  const config = {
    crmToken: CRM_TOKEN,
    adminToken: ADMIN_TOKEN,
    publicUrl: '',
    ...(options.metricsToken ? { metricsToken: options.metricsToken } : {}),
    ...(options.providers ? { providers: options.providers } : {}),
    ...(options.region ? { region: options.region } : {}),
  };
  const app = await buildApp(
    {
      config,
      store,
      hub,
      ...(pbx ? { pbx } : {}),
    },
    {
      ...(options.logLevel ? { logLevel: options.logLevel } : {}),
      ...(options.logStream ? { logStream: options.logStream } : {}),
    },
  );
  try {
    await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  } catch (e) {
    // A fixed port in use: leave nothing behind for the caller's fallback.
    await app.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  config.publicUrl = url; // read per request: pairing links name the port the relay really got

  const admin = (method: string, path: string, body?: unknown, contentType = 'application/json') =>
    request(url + path, method, { authorization: `Bearer ${ADMIN_TOKEN}` }, body, contentType);
  const agent = (key: string, method: string, path: string, body?: unknown) =>
    request(url + path, method, { authorization: `Bearer ${key}` }, body, 'application/json');

  return {
    url,
    crmUrl: `${url}/pbx/itoolabs`,
    dataDir,
    store,
    hub,
    app,
    admin,
    agent,
    async addAgent(user) {
      const reply = await admin('POST', '/admin/agents', { user });
      if (reply.status !== 201) throw new Error(`addAgent ${user}: ${reply.status} ${reply.text}`);
      return reply.json.key as string;
    },
    webhook: (fields) => request(`${url}/pbx/itoolabs`, 'POST', {}, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded'),
    async events(key) {
      const reply = await agent(key, 'GET', '/agent/events?after=0&wait=0');
      if (reply.status !== 200) throw new Error(`events: ${reply.status} ${reply.text}`);
      return reply.json.events as CallEvent[];
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function request(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: unknown,
  contentType = 'application/json',
): Promise<Reply> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = contentType;
  }
  const response = await fetch(url, init);
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    // not JSON: tests look at `text`
  }
  return { status: response.status, text, json, headers: response.headers };
}

/** Neutral events without the fields that differ per run, for comparing sequences. */
export const shape = (events: CallEvent[]) =>
  events.map(({ kind, direction, user, answeredBy, status }) => ({ kind, direction, user, ...(answeredBy ? { answeredBy } : {}), ...(status ? { status } : {}) }));

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
