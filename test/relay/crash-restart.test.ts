// @vitest-environment node
/**
 * The relay process killed with SIGKILL in the middle of 1,000 webhooks and started again on the same data folder:
 * every webhook that got its 200 reaches the agent's long poll, none twice. The sender retries what failed
 * during the outage, as a PBX would, and a client long-polls with its cursor throughout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import type { CallEvent } from '../../src/core/call-event.ts';
import { ADMIN_TOKEN, CRM_TOKEN } from './helpers.ts';
import { freePort } from '../free-port.ts';

const TOTAL = 1000;
const KILL_AFTER = 300;
const SENDERS = 8;

const dataDir = mkdtempSync(join(tmpdir(), 'relay-crash-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** `node --import tsx`, not the tsx CLI: SIGKILL must hit the relay itself, not a wrapper that leaves it running. */
function relayProcess(args: string[], port: number): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts', ...args], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, CRM_TOKEN, ADMIN_TOKEN, RELAY_DATA: dataDir, RELAY_PORT: String(port), RELAY_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Always drained (a full pipe would stall the relay); kept for the failure message.
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d));
  child.stderr!.on('data', (d: Buffer) => (text += d));
  outputs.set(child, () => text);
  children.push(child);
  return child;
}

const outputs = new WeakMap<ChildProcess, () => string>();

async function output(child: ChildProcess): Promise<string> {
  await new Promise((r) => child.once('exit', r));
  return outputs.get(child)?.() ?? '';
}

async function waitHealthy(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error('relay did not start');
}

it('loses nothing and repeats nothing across a SIGKILL in the middle of 1,000 webhooks', async () => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  // The CLI issues the agent key straight into the data folder.
  const cli = relayProcess(['add-agent', 'andy'], port);
  const printed = await output(cli);
  const key = /pbxrelay:\/\/[^\s]+\?key=([\w-]+)/.exec(printed)?.[1];
  expect(key, printed).toBeTruthy();

  let relay = relayProcess([], port);
  await waitHealthy(url);

  // The agent's browser: long polls with its cursor, retries whatever fails while the relay is down.
  const received: CallEvent[] = [];
  let stop = false;
  const client = (async () => {
    let cursor: number | undefined;
    while (!stop) {
      try {
        const query = cursor === undefined ? 'after=0&wait=2' : `after=${cursor}&wait=2`;
        const r = await fetch(`${url}/agent/events?${query}`, { headers: { authorization: `Bearer ${key}` } });
        if (!r.ok) throw new Error(String(r.status));
        const batch = (await r.json()) as { events: CallEvent[]; cursor: number };
        received.push(...batch.events);
        cursor = batch.cursor;
      } catch {
        await sleep(50);
      }
    }
  })();

  // The PBX: 1,000 webhooks from 8 concurrent senders, each retried until it gets its 200.
  let acked = 0;
  let retries = 0;
  let next = 0;
  let killed: Promise<void> | undefined;
  const send = async (i: number) => {
    const body = new URLSearchParams({ cmd: 'event', type: 'INCOMING', phone: '79101234567', user: 'andy', callid: `call-${i}`, direction: 'in', crm_token: CRM_TOKEN });
    for (;;) {
      try {
        const r = await fetch(`${url}/pbx/itoolabs`, { method: 'POST', body, signal: AbortSignal.timeout(3000) });
        if (r.status === 200) return;
        expect(r.status).toBeGreaterThanOrEqual(500); // only a closing relay may refuse
      } catch {
        // connection refused or reset: the relay is down
      }
      retries++;
      await sleep(20);
    }
  };
  const senders = Array.from({ length: SENDERS }, async () => {
    while (next < TOTAL) {
      const i = next++;
      await send(i);
      if (++acked === KILL_AFTER) {
        // Mid-stream: the other senders have requests in flight right now.
        const dead = relay;
        dead.kill('SIGKILL');
        killed = new Promise<void>((r) => dead.once('exit', () => r())).then(async () => {
          relay = relayProcess([], port);
          await waitHealthy(url);
        });
      }
    }
  });
  await Promise.all(senders);
  await killed;
  expect(acked).toBe(TOTAL);
  expect(retries).toBeGreaterThan(0); // the outage really happened while webhooks were being sent

  const deadline = Date.now() + 20_000;
  while (new Set(received.map((e) => e.callId)).size < TOTAL && Date.now() < deadline) await sleep(50);
  stop = true;
  await client;

  const ids = received.map((e) => e.callId);
  expect(new Set(ids).size).toBe(TOTAL);
  expect(ids.length).toBe(TOTAL); // none twice
  const seqs = received.map((e) => e.seq);
  expect(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!)).toBe(true);

  relay.kill('SIGTERM');
  expect(await new Promise((r) => relay.once('exit', (code) => r(code)))).toBe(0);
}, 90_000);
