// @vitest-environment node
/** Long polling: held until an event arrives (pushed by the hub, not polled), cursor-exact, time-bounded. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallEvent } from '../../src/core/call-event.ts';
import { CRM_TOKEN, startRelay, type TestRelay } from './helpers.ts';

let relay: TestRelay;
let key: string;
let other: string;

beforeAll(async () => {
  relay = await startRelay();
  key = await relay.addAgent('andy');
  other = await relay.addAgent('daria');
});
afterAll(() => relay.close());

const ring = (callid: string, user = 'andy') =>
  relay.webhook({ cmd: 'event', type: 'INCOMING', phone: '79101234567', user, callid, direction: 'in', crm_token: CRM_TOKEN });

type Batch = { events: CallEvent[]; cursor: number };
const poll = async (query: string, agentKey = key): Promise<Batch> => {
  const reply = await relay.agent(agentKey, 'GET', `/agent/events?${query}`);
  expect(reply.status).toBe(200);
  return reply.json as unknown as Batch;
};

describe('GET /agent/events', () => {
  it('without `after` delivers only what comes next, and the cursor is where "now" was', async () => {
    await ring('before-1');
    const now = await poll('wait=0');
    expect(now.events).toEqual([]);
    expect(now.cursor).toBe(await relay.store.events.latestSeq());
    await ring('after-1');
    const next = await poll(`after=${now.cursor}&wait=0`);
    expect(next.events.map((e) => e.callId)).toEqual(['after-1']);
    expect(next.cursor).toBe(next.events[0]!.seq);
  });

  it('holds the request until an event for this agent arrives, then answers at once', async () => {
    const { cursor } = await poll('wait=0');
    const t0 = Date.now();
    const waiting = poll(`after=${cursor}&wait=10`);
    await new Promise((r) => setTimeout(r, 200));
    expect(relay.hub.size).toBe(1);
    await ring('for-daria', 'daria'); // another agent's event must not wake andy's request
    await new Promise((r) => setTimeout(r, 100));
    expect(relay.hub.size).toBe(1);
    await ring('held-1');
    const batch = await waiting;
    const elapsed = Date.now() - t0;
    expect(batch.events.map((e) => e.callId)).toEqual(['held-1']);
    expect(elapsed).toBeGreaterThanOrEqual(300);
    expect(elapsed).toBeLessThan(2000);
    expect(relay.hub.size).toBe(0);
  });

  it('answers with no events and the same cursor when `wait` passes', async () => {
    const { cursor } = await poll('wait=0');
    const t0 = Date.now();
    const batch = await poll(`after=${cursor}&wait=1`);
    expect(batch).toEqual({ events: [], cursor });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
  });

  it('delivers strictly after the cursor: nothing twice, nothing skipped, oldest first', async () => {
    const { cursor } = await poll('wait=0');
    for (let i = 0; i < 5; i++) await ring(`seq-${i}`);
    const first = await poll(`after=${cursor}&wait=0`);
    expect(first.events.map((e) => e.callId)).toEqual(['seq-0', 'seq-1', 'seq-2', 'seq-3', 'seq-4']);
    const again = await poll(`after=${first.events[2]!.seq}&wait=0`);
    expect(again.events.map((e) => e.callId)).toEqual(['seq-3', 'seq-4']);
    expect((await poll(`after=${first.cursor}&wait=0`)).events).toEqual([]);
  });

  it('wakes every request of the same agent (two browsers) and forgets a request whose client went away', async () => {
    const { cursor } = await poll('wait=0');
    const a = poll(`after=${cursor}&wait=10`);
    const b = poll(`after=${cursor}&wait=10`);
    const gone = new AbortController();
    const abandoned = fetch(`${relay.url}/agent/events?after=${cursor}&wait=10`, { headers: { authorization: `Bearer ${other}` }, signal: gone.signal }).catch(() => 'aborted');
    await new Promise((r) => setTimeout(r, 200));
    expect(relay.hub.size).toBe(3);
    gone.abort();
    expect(await abandoned).toBe('aborted');
    await new Promise((r) => setTimeout(r, 100));
    expect(relay.hub.size).toBe(2);
    await ring('both-1');
    expect((await a).events.map((e) => e.callId)).toEqual(['both-1']);
    expect((await b).events.map((e) => e.callId)).toEqual(['both-1']);
  });

  it('refuses a wait over 30 s and a negative cursor', async () => {
    expect((await relay.agent(key, 'GET', '/agent/events?wait=31')).status).toBe(400);
    expect((await relay.agent(key, 'GET', '/agent/events?after=-1')).status).toBe(400);
    expect((await relay.agent(key, 'GET', '/agent/events?after=abc')).json).toMatchObject({ error: 'bad-params' });
  });

  it('a cursor from a relay whose data was reset starts from now instead of waiting forever', async () => {
    const latest = await relay.store.events.latestSeq();
    const ahead = latest + 1000;
    await ring('after-reset');
    const batch = await poll(`after=${ahead}&wait=0`);
    expect(batch.events.map((e) => e.callId)).toEqual([]);
    expect(batch.cursor).toBe(latest + 1);
  });

  it('on shutdown, held requests are answered (empty) so the relay closes at once', async () => {
    const r2 = await startRelay();
    const k2 = await r2.addAgent('andy');
    const held = fetch(`${r2.url}/agent/events?wait=30`, { headers: { authorization: `Bearer ${k2}` } }).then((r) => r.json());
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    await r2.close();
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(await held).toEqual({ events: [], cursor: 0 });
  });
});
