// @vitest-environment node
/**
 * Gravitel, Sipuni and Mango call scenarios played by the simulator as each PBX's real webhooks to the relay →
 * the neutral events the agent gets; and each PBX's way of refusing a wrong key or signature.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { CallEvent } from '../../src/core/call-event.ts';
import { buildApp } from '../../relay/app.ts';
import { DeliveryHub } from '../../relay/delivery/hub.ts';
import { createSqliteStore } from '../../relay/store/sqlite/index.ts';
import type { RelayStore } from '../../relay/store/types.ts';
import { MANGO_SIM, mangoSimSign } from '../../sim/mango.ts';
import type { ProviderScenarioRequest } from '../../sim/provider-scenarios.ts';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { loadConfig } from '../../relay/config.ts';
import { ADMIN_TOKEN, CRM_TOKEN, request, shape, startRelay } from './helpers.ts';

const GRAVITEL_KEY = 'gravitel-webhook-key-123';
const SIPUNI_TOKEN = 'sipuni-url-token';
const RING_TIMEOUT_MS = 300;

let sim: Simulator;
let app: FastifyInstance;
let store: RelayStore;
let url = '';
let dataDir = '';
const keys: Record<string, string> = {};

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  dataDir = mkdtempSync(join(tmpdir(), 'relay-providers-'));
  store = createSqliteStore(dataDir, { durability: 'normal' });
  const config = {
    crmToken: CRM_TOKEN,
    adminToken: ADMIN_TOKEN,
    publicUrl: '',
    providers: { gravitelKey: GRAVITEL_KEY, mangoKey: MANGO_SIM.key, mangoSalt: MANGO_SIM.salt, sipuniToken: SIPUNI_TOKEN, sipuniRingTimeoutMs: RING_TIMEOUT_MS, mangoReorderMs: 200 },
  };
  app = await buildApp({ config, store, hub: new DeliveryHub() });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  config.publicUrl = url; // pairing links name the port the relay really got
  // Gravitel, Sipuni and Mango name managers by extension: the agents are created by it.
  for (const user of ['708', '705']) {
    const reply = await request(`${url}/admin/agents`, 'POST', { authorization: `Bearer ${ADMIN_TOKEN}` }, { user });
    if (reply.status !== 201) throw new Error(`agent ${user}: ${reply.status} ${reply.text}`);
    keys[user] = reply.json.key as string;
  }
  await request(`${url}/admin/contacts/79101234567`, 'PUT', { authorization: `Bearer ${ADMIN_TOKEN}` }, { name: 'Сидоров Пётр', company: 'ЗАО Рога и копыта', responsible: '708' });
});
afterAll(async () => {
  await app.close();
  await store.close();
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const crm = {
  gravitel: () => `${url}/pbx/gravitel`,
  sipuni: () => `${url}/pbx/sipuni?token=${SIPUNI_TOKEN}`,
  mango: () => `${url}/pbx/mango`,
};

async function play(request: Omit<ProviderScenarioRequest, 'crmUrl'>) {
  const result = await sim.playScenario({ crmUrl: crm[request.provider](), crmToken: GRAVITEL_KEY, ...request });
  expect(result.sent.map((s) => s.status)).toEqual(result.sent.map(() => 200));
  return result;
}

async function events(user: string, callId: string): Promise<CallEvent[]> {
  const reply = await request(`${url}/agent/events?after=0&wait=0`, 'GET', { authorization: `Bearer ${keys[user]}` });
  if (!reply.json.events) throw new Error(`events: ${reply.status} ${reply.text}`);
  return (reply.json.events as CallEvent[]).filter((e) => e.callId === callId);
}

describe('gravitel → neutral events', () => {
  it('answered incoming: ringing, answered, ended, history — contact, line, record', async () => {
    const { callId, sent } = await play({ provider: 'gravitel', scenario: 'answered-incoming', user: '708' });
    // /client was answered from the directory: name and the responsible manager's extension
    expect(JSON.parse(sent[0]!.body)).toEqual({ name: 'Сидоров Пётр, ЗАО Рога и копыта', manager: '708' });
    const got = await events('708', callId);
    expect(shape(got)).toEqual([
      { kind: 'ringing', direction: 'in', user: '708' },
      { kind: 'answered', direction: 'in', user: '708' },
      { kind: 'ended', direction: 'in', user: '708' },
      { kind: 'history', direction: 'in', user: '708', status: 'success' },
    ]);
    for (const e of got) expect(e).toMatchObject({ provider: 'gravitel', phone: '79101234567', line: '74951234567', contactName: 'Сидоров Пётр', company: 'ЗАО Рога и копыта' });
    expect(got[3]).toMatchObject({ durationS: 42, recordUrl: `https://records.gravitel.ru/demo/${callId}.mp3` });
    expect(await events('705', callId)).toEqual([]);
  });

  it('missed: released without talking is missed; "Out" is outgoing', async () => {
    const missed = await play({ provider: 'gravitel', scenario: 'missed', user: '705', phone: '79031112233' });
    expect(shape(await events('705', missed.callId))).toEqual([
      { kind: 'ringing', direction: 'in', user: '705' },
      { kind: 'missed', direction: 'in', user: '705' },
      { kind: 'history', direction: 'in', user: '705', status: 'missed' },
    ]);
    const out = await play({ provider: 'gravitel', scenario: 'outgoing', user: '708' });
    expect(shape(await events('708', out.callId)).map((e) => `${e.kind}/${e.direction}`)).toEqual(['outgoing/out', 'answered/out', 'ended/out', 'history/out']);
  });

  it('a wrong or missing key is 401, in X-API-KEY or Authorization: Bearer; the right Bearer works', async () => {
    const body = { id: 'x1', client: '79101234567', phone: '74951234567' };
    expect((await request(`${url}/pbx/gravitel/client`, 'POST', { 'x-api-key': 'wrong' }, body)).status).toBe(401);
    expect((await request(`${url}/pbx/gravitel/client`, 'POST', {}, body)).status).toBe(401);
    expect((await request(`${url}/pbx/gravitel/event`, 'POST', { authorization: 'Bearer wrong' }, body)).status).toBe(401);
    const ok = await request(`${url}/pbx/gravitel/client`, 'POST', { authorization: `Bearer ${GRAVITEL_KEY}` }, body);
    expect([ok.status, ok.json]).toEqual([200, { name: 'Сидоров Пётр, ЗАО Рога и копыта', manager: '708' }]);
    const unknown = await request(`${url}/pbx/gravitel/client`, 'POST', { 'x-api-key': GRAVITEL_KEY }, { id: 'x2', client: '70000000000' });
    expect(unknown.json).toEqual({});
    expect((await request(`${url}/pbx/gravitel/event`, 'POST', { 'x-api-key': GRAVITEL_KEY }, { client: '1' })).status).toBe(400);
    expect((await request(`${url}/pbx/gravitel/campaign/report`, 'POST', { 'x-api-key': GRAVITEL_KEY }, { id: 'c', final: true, result: 'Success', vars: {} })).status).toBe(200);
  });
});

describe('sipuni → neutral events', () => {
  it('answered incoming by POST, event 1 twice: one ringing; the _id suffix and short number are understood', async () => {
    const { callId, sent } = await play({ provider: 'sipuni', scenario: 'answered-incoming', user: '708', duplicateStart: true });
    expect(sent).toHaveLength(4);
    for (const s of sent) expect(JSON.parse(s.body)).toEqual({ success: true });
    const got = await events('708', callId);
    expect(shape(got)).toEqual([
      { kind: 'ringing', direction: 'in', user: '708' },
      { kind: 'answered', direction: 'in', user: '708' },
      { kind: 'ended', direction: 'in', user: '708', status: 'answer' },
    ]);
    expect(got[0]).toMatchObject({ provider: 'sipuni', phone: '79101234567', line: '74951234567', contactName: 'Сидоров Пётр' });
    expect(got[2]?.recordUrl).toMatch(/^https:\/\/sipuni\.com\//);
  });

  it('by GET too; missed (NOANSWER) and outgoing (dst_num with _id suffix → the client)', async () => {
    const missed = await play({ provider: 'sipuni', scenario: 'missed', user: '705', method: 'GET' });
    expect(shape(await events('705', missed.callId))).toEqual([
      { kind: 'ringing', direction: 'in', user: '705' },
      { kind: 'missed', direction: 'in', user: '705', status: 'noanswer' },
    ]);
    const out = await play({ provider: 'sipuni', scenario: 'outgoing', user: '708', phone: '79031112233' });
    const got = await events('708', out.callId);
    expect(got.map((e) => `${e.kind}/${e.direction}`)).toEqual(['outgoing/out', 'answered/out', 'ended/out']);
    expect(got[0]?.phone).toBe('79031112233');
  });

  it('group ring: the colleague\'s event 4 is "taken by 708", not missed', async () => {
    const { callId } = await play({ provider: 'sipuni', scenario: 'group-ring', user: '708', users: ['705'] });
    expect(shape(await events('705', callId))).toEqual([
      { kind: 'ringing', direction: 'in', user: '705' },
      { kind: 'missed', direction: 'in', user: '705', answeredBy: '708', status: 'cancel' },
    ]);
  });

  it('a missing hang-up: the ringing leg is closed as missed after the ring timeout', async () => {
    const { callId } = await play({ provider: 'sipuni', scenario: 'missed', user: '705', dropHangup: true });
    expect(shape(await events('705', callId))).toEqual([{ kind: 'ringing', direction: 'in', user: '705' }]);
    await sleep(RING_TIMEOUT_MS * 3);
    expect(shape(await events('705', callId))).toEqual([
      { kind: 'ringing', direction: 'in', user: '705' },
      { kind: 'missed', direction: 'in', user: '705', status: 'timeout' },
    ]);
  });

  it('without the URL token configured for it: 401', async () => {
    const reply = await request(`${url}/pbx/sipuni?event=1&call_id=1&token=wrong`, 'GET', {});
    expect([reply.status, reply.json]).toEqual([401, { success: false, message: 'Invalid token' }]);
  });
});

describe('mango → neutral events', () => {
  it('answered incoming, events shuffled: delivered in seq order; IVR leg ignored; summary → history', async () => {
    const { callId, sent } = await play({ provider: 'mango', scenario: 'answered-incoming', user: '708' });
    expect(sent.map((s) => (s.sent as { seq?: number }).seq)).toEqual([2, 1, 4, 3, undefined]);
    const got = await events('708', callId);
    expect(shape(got)).toEqual([
      { kind: 'ringing', direction: 'in', user: '708' },
      { kind: 'answered', direction: 'in', user: '708' },
      { kind: 'ended', direction: 'in', user: '708' },
      { kind: 'history', direction: 'in', user: '708', status: 'success' },
    ]);
    for (const e of got) expect(e).toMatchObject({ provider: 'mango', phone: '79101234567', line: '74951234567', contactName: 'Сидоров Пётр' });
    expect(got[3]?.durationS).toBe(42);
  });

  it('missed (odd count: the last one waits for nothing) and outgoing', async () => {
    const missed = await play({ provider: 'mango', scenario: 'missed', user: '705' });
    expect(shape(await events('705', missed.callId))).toEqual([
      { kind: 'ringing', direction: 'in', user: '705' },
      { kind: 'missed', direction: 'in', user: '705' },
      { kind: 'history', direction: 'in', user: '705', status: 'missed' },
    ]);
    const out = await play({ provider: 'mango', scenario: 'outgoing', user: '708', inOrder: true });
    expect((await events('708', out.callId)).map((e) => `${e.kind}/${e.direction}`)).toEqual(['outgoing/out', 'answered/out', 'ended/out', 'history/out']);
  });

  it('an event whose predecessor never comes is released after the hold time', async () => {
    const json = JSON.stringify({ entry_id: 'lost-1', call_id: 'c', seq: 2, call_state: 'Appeared', location: 'abonent', from: { number: '79101234567' }, to: { extension: '708', line_number: '74951234567' } });
    const form = new URLSearchParams({ vpbx_api_key: MANGO_SIM.key, sign: mangoSimSign(MANGO_SIM.key, json, MANGO_SIM.salt), json });
    expect((await request(`${url}/pbx/mango/events/call`, 'POST', {}, form.toString(), 'application/x-www-form-urlencoded')).status).toBe(200);
    expect(await events('708', 'lost-1')).toEqual([]);
    await sleep(500);
    expect(shape(await events('708', 'lost-1'))).toEqual([{ kind: 'ringing', direction: 'in', user: '708' }]);
  });

  it('wrong sign → HTTP 420 {"code":3102}; wrong key → 3105; nothing stored', async () => {
    const { sent, callId } = await sim.playScenario({ provider: 'mango', scenario: 'missed', crmUrl: crm.mango(), signSalt: 'wrong' });
    expect(sent.map((s) => [s.status, JSON.parse(s.body)])).toEqual(sent.map(() => [420, { code: 3102 }]));
    expect(await events('708', callId)).toEqual([]);
    const json = '{"entry_id":"x","seq":1,"call_state":"Appeared"}';
    const form = new URLSearchParams({ vpbx_api_key: 'other', sign: mangoSimSign('other', json, MANGO_SIM.salt), json });
    const reply = await request(`${url}/pbx/mango/events/call`, 'POST', {}, form.toString(), 'application/x-www-form-urlencoded');
    expect([reply.status, reply.json]).toEqual([420, { code: 3105 }]);
  });
});

describe('provider webhook settings', () => {
  const base = { CRM_TOKEN: 'c', ADMIN_TOKEN: ADMIN_TOKEN };
  it('come from the environment', () => {
    const config = loadConfig({ ...base, GRAVITEL_WEBHOOK_KEY: 'g', MANGO_API_KEY: 'k', MANGO_API_SALT: 's', SIPUNI_WEBHOOK_TOKEN: 't', SIPUNI_RING_TIMEOUT_S: '90', MANGO_REORDER_MS: '500' });
    expect(config.providers).toEqual({ gravitelKey: 'g', mangoKey: 'k', mangoSalt: 's', sipuniToken: 't', sipuniRingTimeoutMs: 90_000, mangoReorderMs: 500 });
    expect(loadConfig(base).providers).toEqual({});
  });

  it('a Mango key without its salt, or a bad timeout, stops the relay with a reason', () => {
    expect(() => loadConfig({ ...base, MANGO_API_KEY: 'k' })).toThrow(/MANGO_API_KEY and MANGO_API_SALT go together/);
    expect(() => loadConfig({ ...base, SIPUNI_RING_TIMEOUT_S: 'soon' })).toThrow(/SIPUNI_RING_TIMEOUT_S/);
  });

  it('without a secret, Gravitel and Mango routes answer 503 rather than accept anyone', async () => {
    const bare = await startRelay();
    try {
      expect((await request(`${bare.url}/pbx/gravitel/event`, 'POST', { 'x-api-key': 'x' }, { id: '1', stage: 'alerting' })).status).toBe(503);
      expect((await request(`${bare.url}/pbx/mango/events/call`, 'POST', {}, 'json=%7B%7D', 'application/x-www-form-urlencoded')).status).toBe(503);
    } finally {
      await bare.close();
    }
  });
});
