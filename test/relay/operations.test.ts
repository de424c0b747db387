// @vitest-environment node
/** What the people running the relay rely on: /healthz that really checks the store, guarded Prometheus metrics. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../relay/config.ts';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { CRM_TOKEN, request, startRelay, type TestRelay } from './helpers.ts';

const METRICS_TOKEN = 'metrics-secret-token-0123';

let sim: Simulator;
let relay: TestRelay;
let andy: string;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  relay = await startRelay({ sim });
  andy = await relay.addAgent('andy');
});
afterAll(async () => {
  await relay.close();
  await sim.close();
});

const metrics = async (target: TestRelay = relay, headers: Record<string, string> = {}) => request(`${target.url}/metrics`, 'GET', headers);

/** The value of one sample line (`name{labels} value`), 0 when absent. */
const sample = (text: string, series: string): number => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
};

describe('GET /healthz', () => {
  it('is 200 while the store answers', async () => {
    const reply = await request(`${relay.url}/healthz`, 'GET', {});
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ ok: true });
  });

  it('is 503 with a reason when the store cannot answer', async () => {
    const broken = await startRelay();
    try {
      await broken.store.close();
      const reply = await request(`${broken.url}/healthz`, 'GET', {});
      expect(reply.status).toBe(503);
      expect(reply.json['ok']).toBe(false);
      expect(String(reply.json['reason'])).toMatch(/^store unavailable: .+/);
    } finally {
      await broken.close();
    }
  });
});

describe('GET /metrics', () => {
  it('counts webhooks by cmd and status, contact look-ups, PBX commands and deliveries', async () => {
    const before = (await metrics()).text;
    await relay.webhook({ cmd: 'contact', phone: '79101234567', callid: 'm1', crm_token: CRM_TOKEN });
    await relay.webhook({ cmd: 'contact', phone: '79101234567', callid: 'm1', crm_token: 'wrong' });
    await relay.webhook({ cmd: 'nonsense', crm_token: CRM_TOKEN });

    // A held long poll, then the event that wakes it: the gauge sees it waiting, the latency histogram its delivery.
    const cursor = ((await relay.agent(andy, 'GET', '/agent/events?wait=0')).json['cursor']) as number;
    const held = relay.agent(andy, 'GET', `/agent/events?after=${cursor}&wait=10`);
    await expect.poll(() => relay.hub.size).toBe(1);
    expect(sample((await metrics()).text, 'relay_long_polls_waiting')).toBe(1);
    await relay.webhook({ cmd: 'event', type: 'INCOMING', phone: '79101234567', user: 'andy', callid: 'm2', direction: 'in', crm_token: CRM_TOKEN });
    expect(((await held).json['events'] as unknown[]).length).toBe(1);

    await relay.agent(andy, 'POST', '/agent/call', { phone: '89101234567' });
    sim.inject({ status: 500, body: '<html>oops</html>', cmd: 'get_dnd' });
    expect((await relay.agent(andy, 'GET', '/agent/dnd')).status).toBe(502);

    const after = (await metrics()).text;
    const grew = (series: string) => sample(after, series) - sample(before, series);
    expect(grew('relay_webhooks_total{provider="itoolabs",cmd="contact",status="200"}')).toBe(1);
    expect(grew('relay_webhooks_total{provider="itoolabs",cmd="contact",status="401"}')).toBe(1);
    expect(grew('relay_webhooks_total{provider="itoolabs",cmd="invalid",status="400"}')).toBe(1);
    expect(grew('relay_webhooks_total{provider="itoolabs",cmd="event",status="200"}')).toBe(1);
    expect(grew('relay_contact_lookup_seconds_count')).toBe(1);
    expect(grew('relay_events_delivered_total')).toBe(1);
    expect(grew('relay_delivery_latency_seconds_count')).toBe(1);
    expect(sample(after, 'relay_delivery_latency_seconds_sum')).toBeLessThan(1);
    expect(grew('relay_pbx_commands_total{command="call",outcome="ok"}')).toBe(1);
    expect(grew('relay_pbx_commands_total{command="get_dnd",outcome="server"}')).toBe(1);
    expect(sample(after, 'relay_long_polls_waiting')).toBe(0);
    expect(after).toContain('process_resident_memory_bytes');
    expect(after).toContain('nodejs_eventloop_lag_seconds');
  });

  it('without METRICS_TOKEN answers loopback only, and not what a reverse proxy forwarded', async () => {
    expect((await metrics()).status).toBe(200);
    expect((await metrics(relay, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(403);
    expect((await metrics(relay, { forwarded: 'for=203.0.113.7' })).status).toBe(403);
  });

  it('METRICS_TOKEN comes from the environment and must not be guessable', () => {
    const base = { CRM_TOKEN: 'c', ADMIN_TOKEN: 'admin-token-0123456789' };
    expect(loadConfig(base).metricsToken).toBeUndefined();
    expect(loadConfig({ ...base, METRICS_TOKEN: METRICS_TOKEN }).metricsToken).toBe(METRICS_TOKEN);
    expect(() => loadConfig({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('with METRICS_TOKEN wants it as a bearer token', async () => {
    const guarded = await startRelay({ metricsToken: METRICS_TOKEN });
    try {
      expect((await metrics(guarded)).status).toBe(401);
      expect((await metrics(guarded, { authorization: 'Bearer wrong-token' })).status).toBe(401);
      const ok = await metrics(guarded, { authorization: `Bearer ${METRICS_TOKEN}`, 'x-forwarded-for': '203.0.113.7' });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(ok.text).toContain('# TYPE relay_webhooks_total counter');
    } finally {
      await guarded.close();
    }
  });
});
