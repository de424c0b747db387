/**
 * Relay benchmark, loopback only, stops by itself: `npx tsx test/bench/relay.ts`.
 *  1. held long polls: 2,000 → 5,000 → 10,000 agents waiting at once from this one process (undici Agent);
 *  2. webhooks/s sustained with the delivery latency (webhook sent → the agent's long poll has it), p50/p95/p99,
 *     for RELAY_DURABILITY=full (default) and normal;
 *  3. the contact webhook's reply time with 100,000 contacts.
 * The relay runs as its own process (`node --import tsx relay/main.ts`), as in production.
 * Knobs: HOLD_STEPS=2000,5000,10000  RATE_SECONDS=8  RATE_AGENTS=200  RATE_CONCURRENCY=16
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setMaxListeners } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { agentKeyHash } from '../../relay/agents/keys.ts';
import { createSqliteStore } from '../../relay/store/sqlite/index.ts';
import { quantile } from './stats.ts';
import { freePort } from '../free-port.ts';

const HOLD_STEPS = (process.env.HOLD_STEPS ?? '2000,5000,10000').split(',').map(Number);
const RATE_SECONDS = Number(process.env.RATE_SECONDS ?? 8);
const RATE_AGENTS = Number(process.env.RATE_AGENTS ?? 200);
const RATE_CONCURRENCY = Number(process.env.RATE_CONCURRENCY ?? 16);
const CRM_TOKEN = 'bench-crm-token';
const ADMIN_TOKEN = 'bench-admin-token-0123456789';
const ROOT = join(import.meta.dirname, '../..');
const MAX_AGENTS = Math.max(...HOLD_STEPS, RATE_AGENTS);

const dispatcher = new Agent({ connections: MAX_AGENTS + 200, pipelining: 1, headersTimeout: 60_000, bodyTimeout: 60_000, connect: { timeout: 30_000 } });

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const stats = (xs: number[]) => `median ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))}, p99 ${ms(quantile(xs, 0.99))}, max ${ms(Math.max(...xs))} (n=${xs.length})`;

/** Agents written straight into the data folder (thousands over the admin API would only measure setup). */
async function seedAgents(dataDir: string, n: number): Promise<string[]> {
  const store = createSqliteStore(dataDir, { durability: 'normal' });
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const key = `bench-key-${i}-${Math.random().toString(36).slice(2)}`;
    await store.agents.upsert({ user: `agent${i}`, createdAt: Date.now() }, agentKeyHash(key));
    keys.push(key);
  }
  await store.close();
  return keys;
}

interface Relay {
  url: string;
  child: ChildProcess;
  rssMb(): number;
  stop(): Promise<void>;
}

async function startRelay(dataDir: string, durability: string): Promise<Relay> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, CRM_TOKEN, ADMIN_TOKEN, RELAY_DATA: dataDir, RELAY_PORT: String(port), RELAY_LOG_LEVEL: 'warn', RELAY_DURABILITY: durability },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (i > 200) throw new Error('relay did not start');
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      await sleep(50);
    }
  }
  return {
    url,
    child,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function admin(url: string, method: 'GET' | 'POST', path: string, body?: string, contentType?: string) {
  const r = await request(url + path, { method, body, dispatcher, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(contentType ? { 'content-type': contentType } : {}) } });
  return (await r.body.json()) as Record<string, number>;
}

function webhook(url: string, user: string, callid: string) {
  const body = new URLSearchParams({ cmd: 'event', type: 'INCOMING', phone: '79101234567', user, callid, direction: 'in', crm_token: CRM_TOKEN }).toString();
  return request(`${url}/pbx/itoolabs`, { method: 'POST', body, dispatcher, headers: { 'content-type': 'application/x-www-form-urlencoded' } }).then(async (r) => {
    await r.body.text();
    if (r.statusCode !== 200) throw new Error(`webhook ${r.statusCode}`);
  });
}

type Batch = { events: Array<{ callId: string }>; cursor: number };
async function longPoll(url: string, key: string, after: number | undefined, waitS: number, signal?: AbortSignal): Promise<Batch> {
  const query = after === undefined ? `wait=${waitS}` : `after=${after}&wait=${waitS}`;
  const r = await request(`${url}/agent/events?${query}`, { dispatcher, headers: { authorization: `Bearer ${key}` }, signal });
  if (r.statusCode !== 200) throw new Error(`poll ${r.statusCode}: ${await r.body.text()}`);
  return (await r.body.json()) as Batch;
}

/** 1. How many long polls one relay holds, and what waking them costs. */
async function holdBench(url: string, relay: Relay, keys: string[]) {
  console.log('\n1. Held long polls (one agent each, wait=30 s)');
  for (const n of HOLD_STEPS) {
    const t0 = performance.now();
    const abort = new AbortController();
    setMaxListeners(0, abort.signal); // one signal ends all n requests
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const errors: string[] = [];
    const polls: Promise<void>[] = [];
    // Opened in waves: the listen backlog (511) drops a burst of 10,000 SYNs and the kernel retries them a second later.
    for (let i = 0; i < n; i++) {
      polls.push(
        longPoll(url, keys[i]!, undefined, 30, abort.signal).then(
          (b) => {
            const at = sentAt.get(b.events[0]?.callId ?? '');
            if (at !== undefined) latencies.push(performance.now() - at);
          },
          (e: unknown) => void (abort.signal.aborted || errors.push(String(e))),
        ),
      );
      if (i % 500 === 499) await sleep(20);
    }
    let held = 0;
    for (let i = 0; i < 400 && held < n; i++) {
      held = (await admin(url, 'GET', '/admin/stats'))['waiting'] ?? 0;
      if (held < n) await sleep(50);
    }
    const openMs = performance.now() - t0;
    const rss = relay.rssMb();
    // Wake 200 of them with a webhook each: delivery latency while the relay holds n requests.
    const wake = Math.min(200, n);
    for (let i = 0; i < wake; i++) {
      const callid = `hold-${n}-${i}`;
      sentAt.set(callid, performance.now());
      await webhook(url, `agent${Math.floor((i * n) / wake)}`, callid);
    }
    for (let i = 0; i < 100 && latencies.length < wake; i++) await sleep(20);
    abort.abort();
    await Promise.allSettled(polls);
    console.log(
      `  ${String(n).padStart(6)} requested: ${held} held by the relay after ${ms(openMs)}; relay RSS ${rss.toFixed(0)} MB; ` +
        `${errors.length} errors${errors[0] ? ` (${errors[0]})` : ''}\n         delivery while holding them: ${latencies.length ? stats(latencies) : 'none'}`,
    );
    await sleep(500); // let aborted sockets close before the next step
  }
}

/** 2. Webhooks/s sustained, with every agent long-polling in a loop and the latency each event took. */
async function rateBench(url: string, keys: string[], label: string) {
  const agents = keys.slice(0, RATE_AGENTS);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let stop = false;
  const cursors = await Promise.all(agents.map(async (k) => (await longPoll(url, k, undefined, 0)).cursor));
  const pollers = agents.map(async (key, i) => {
    let cursor = cursors[i]!;
    while (!stop) {
      const batch = await longPoll(url, key, cursor, 2);
      const now = performance.now();
      for (const e of batch.events) {
        const at = sentAt.get(e.callId);
        if (at !== undefined) latencies.push(now - at);
      }
      cursor = batch.cursor;
    }
  });
  await sleep(300);

  let sent = 0;
  const t0 = performance.now();
  const end = t0 + RATE_SECONDS * 1000;
  const senders = Array.from({ length: RATE_CONCURRENCY }, async () => {
    while (performance.now() < end) {
      const i = sent++;
      const callid = `${label}-${i}`;
      sentAt.set(callid, performance.now());
      await webhook(url, `agent${i % agents.length}`, callid);
    }
  });
  await Promise.all(senders);
  const seconds = (performance.now() - t0) / 1000;
  for (let i = 0; i < 150 && latencies.length < sent; i++) await sleep(20);
  stop = true;
  await Promise.allSettled(pollers);
  console.log(
    `  durability=${label}: ${sent} webhooks in ${seconds.toFixed(1)} s = ${(sent / seconds).toFixed(0)}/s sustained ` +
      `(${RATE_CONCURRENCY} in flight, ${agents.length} agents polling); delivered ${latencies.length}/${sent}\n` +
      `         delivery latency: ${stats(latencies)}`,
  );
}

/** 3. The contact webhook with 100,000 contacts in the directory. */
async function contactBench(url: string) {
  const lines = ['phone,name,company,responsible'];
  for (let i = 0; i < 100_000; i++) lines.push(`7916${String(i).padStart(7, '0')},Клиент ${i},ООО Ромашка,agent${i % 100}`);
  const t0 = performance.now();
  const imported = await admin(url, 'POST', '/admin/contacts', lines.join('\n'), 'text/csv');
  console.log(`\n3. Contact webhook: imported ${imported['imported']} contacts over the admin API in ${ms(performance.now() - t0)}`);
  const times: number[] = [];
  for (let i = 0; i < 1100; i++) {
    const n = (i * 7919) % 120_000; // one in six unknown
    const body = new URLSearchParams({ cmd: 'contact', phone: `+7916${String(n).padStart(7, '0')}`, callid: `c${i}`, crm_token: CRM_TOKEN }).toString();
    const s = performance.now();
    const r = await request(`${url}/pbx/itoolabs`, { method: 'POST', body, dispatcher, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const reply = (await r.body.json()) as { contact_name?: string };
    if (i >= 100) times.push(performance.now() - s);
    if ((n < 100_000) !== (reply.contact_name === `Клиент ${n}, ООО Ромашка`)) throw new Error(`wrong contact for ${n}: ${JSON.stringify(reply)}`);
  }
  console.log(`  reply time (request sent → JSON read, sequential): ${stats(times)}`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'relay-bench-'));
let relay: Relay | undefined;
try {
  console.log(`Relay benchmark on ${process.version}, data in ${dataDir}`);
  const keys = await seedAgents(dataDir, MAX_AGENTS);
  relay = await startRelay(dataDir, 'full');
  await holdBench(relay.url, relay, keys);

  console.log('\n2. Webhooks → long polls');
  await rateBench(relay.url, keys, 'full');
  await relay.stop();
  relay = await startRelay(dataDir, 'normal');
  await rateBench(relay.url, keys, 'normal');

  await contactBench(relay.url);
} finally {
  await relay?.stop();
  await dispatcher.close();
  rmSync(dataDir, { recursive: true, force: true });
}
