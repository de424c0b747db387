// @vitest-environment node
/**
 * The relay speaks whichever PBX PBX_PROVIDER names, through the extension's own adapters: an agent's click-to-call
 * reaches the simulator as that PBX's exact command for that agent's PBX user; that PBX's webhooks reach only that
 * agent; /agent/me says which PBX it is and what it can do; what it lacks answers `unsupported` with the reason.
 * Plus the provider-neutral agent ↔ PBX user mapping (an ITooLabs login reached by extension-named webhooks).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { loadConfig } from '../../relay/config.ts';
import { GRAVITEL_SIM } from '../../sim/gravitel.ts';
import { SIPUNI_SIM } from '../../sim/sipuni.ts';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { NOW } from '../unit/providers/helpers.ts';
import { gravitelCapabilities } from '../../src/providers/gravitel/fields.ts';
import { sipuniCapabilities } from '../../src/providers/sipuni/fields.ts';
import { itoolabsCapabilities } from '../../src/providers/itoolabs/fields.ts';
import { createRelayClient } from '../../src/providers/relay/client.ts';
import type { PbxError } from '../../src/providers/errors.ts';
import { CRM_TOKEN, shape, startRelay, type TestRelay } from './helpers.ts';

const GRAVITEL_KEY = 'gravitel-webhook-key-pbx';
const SIPUNI_TOKEN = 'sipuni-url-token-pbx';
const md5 = (s: string) => createHash('md5').update(s, 'utf8').digest('hex');

let sim: Simulator;
beforeAll(async () => {
  // (The PBX's clock fixed, as the adapters' tests fix it: see NOW.)
  sim = await startSimulator({ port: 0, now: () => NOW });
});
afterAll(async () => {
  await sim.close();
});

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as PbxError;
  }
  throw new Error('expected a failure');
};

describe('PBX_PROVIDER=gravitel', () => {
  let relay: TestRelay;
  let a708: string;
  let b705: string;
  beforeAll(async () => {
    relay = await startRelay({
      pbx: { provider: 'gravitel', url: `${sim.url}/gravitel`, token: GRAVITEL_SIM.key, extra: { domain: GRAVITEL_SIM.domain } },
      providers: { gravitelKey: GRAVITEL_KEY },
    });
    a708 = await relay.addAgent('708');
    b705 = await relay.addAgent('705');
  });
  afterAll(() => relay.close());

  it('agents are the PBX users Gravitel names: the extension, with the name from its account list', async () => {
    const list = (await relay.admin('GET', '/admin/agents')).json['agents'] as Array<{ user: string; name?: string }>;
    expect(list.map((a) => [a.user, a.name])).toEqual([['705', 'Иванова Дарья'], ['708', 'Петров Андрей']]);
  });

  it("click-to-call reaches the PBX as Gravitel's exact makecall for that agent's extension", async () => {
    sim.reset();
    const since = sim.cursor;
    const reply = await relay.agent(a708, 'POST', '/agent/call', { phone: '8 (910) 123-45-67', user: '705' });
    expect(reply.status).toBe(200);
    const sent = sim.commands({ provider: 'gravitel', since });
    expect(sent.map((c) => c.cmd)).toEqual(['makecall']);
    expect(sent[0]).toMatchObject({ method: 'POST', transport: 'json', status: 201, fields: { 'x-api-key': GRAVITEL_SIM.key } });
    expect(sent[0]!.json).toEqual({ extension: '708', number: '79101234567' });
    expect(sim.commands({ provider: 'itoolabs', since })).toEqual([]); // nothing went to ITooLabs
    expect(sim.apis.gravitel.calls).toEqual([{ extension: '708', number: '79101234567', via: sim.apis.gravitel.log.fixtures.line }]);
  });

  it("Gravitel's webhooks for extension 708 go to that agent only", async () => {
    const result = await sim.playScenario({ provider: 'gravitel', scenario: 'answered-incoming', crmUrl: `${relay.url}/pbx/gravitel`, crmToken: GRAVITEL_KEY, user: '708', phone: '79101230001' });
    expect(result.sent.map((s) => s.status).every((s) => s === 200)).toBe(true);
    expect(shape(await relay.events(a708))).toEqual([
      { kind: 'ringing', direction: 'in', user: '708' },
      { kind: 'answered', direction: 'in', user: '708' },
      { kind: 'ended', direction: 'in', user: '708' },
      { kind: 'history', direction: 'in', user: '708', status: 'success' },
    ]);
    expect(await relay.events(b705)).toEqual([]);
  });

  it('/agent/me names the PBX and its capabilities; the relay client reads them', async () => {
    const me = await relay.agent(a708, 'GET', '/agent/me');
    expect(me.json).toEqual({ user: '708', name: 'Петров Андрей', provider: 'gravitel', capabilities: gravitelCapabilities });
    const client = createRelayClient({ url: relay.url, agentKey: a708 });
    expect(await client.me()).toEqual({ user: '708', name: 'Петров Андрей', provider: 'gravitel', capabilities: gravitelCapabilities });
  });

  it('DND is unsupported with the same reason direct mode gives, and the PBX is not asked', async () => {
    const since = sim.cursor;
    const reply = await relay.agent(a708, 'PUT', '/agent/dnd', { on: true });
    expect(reply.status).toBe(501);
    expect(reply.json).toMatchObject({ error: 'unsupported', reason: 'dndAbsent_gravitel' });
    const e = await failure(createRelayClient({ url: relay.url, agentKey: a708 }).getDnd('ignored'));
    expect([e.code, e.detail]).toEqual(['unsupported', 'dndAbsent_gravitel']);
    expect(sim.commands({ provider: 'gravitel', since })).toEqual([]);
  });

  it("caller id: our lines from GET numbers, the choice as Gravitel's exact callerid for the agent's extension", async () => {
    sim.reset();
    const client = createRelayClient({ url: relay.url, agentKey: b705 });
    expect(await client.callerIds!()).toEqual([
      { number: sim.apis.gravitel.log.fixtures.line, name: 'Основной номер' },
      { number: '74952302344', name: 'Отдел продаж' },
    ]);
    const since = sim.cursor;
    await client.setCallerId!('708', '+7 495 230-23-44');
    const set = sim.commands({ provider: 'gravitel', cmd: 'callerid', since });
    expect(set.map((c) => [c.method, c.json, c.status])).toEqual([['POST', { extension: '705', number: '74952302344' }, 200]]);
    expect(sim.apis.gravitel.callerIds.get('705')).toBe('74952302344');
    await client.setCallerId!('705', '');
    expect(sim.commands({ provider: 'gravitel', cmd: 'callerid', since }).map((c) => [c.method, c.json])).toEqual([
      ['POST', { extension: '705', number: '74952302344' }],
      ['DELETE', { extension: '705' }],
    ]);
    expect(sim.apis.gravitel.callerIds.has('705')).toBe(false);
    expect((await relay.agent(b705, 'PUT', '/agent/callerid', { number: 'abc' })).status).toBe(400);
  });

  it('history keeps the rows Gravitel writes by extension for this agent', async () => {
    const reply = await relay.agent(a708, 'GET', '/agent/history?period=this_month&type=all');
    const records = reply.json['records'] as Array<{ account: string }>;
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.account === '708')).toBe(true);
  });
});

describe('PBX_PROVIDER=sipuni', () => {
  let relay: TestRelay;
  let a708: string;
  let b709: string;
  beforeAll(async () => {
    relay = await startRelay({
      pbx: { provider: 'sipuni', url: `${sim.url}/sipuni/api`, token: SIPUNI_SIM.secret, extra: { account: SIPUNI_SIM.account } },
      providers: { sipuniToken: SIPUNI_TOKEN },
    });
    a708 = await relay.addAgent('708');
    b709 = await relay.addAgent('709');
  });
  afterAll(() => relay.close());

  it("click-to-call reaches the PBX as Sipuni's exact, hashed call_number for that agent's short number", async () => {
    const since = sim.cursor;
    expect((await relay.agent(b709, 'POST', '/agent/call', { phone: '+7 910 123-45-67' })).status).toBe(200);
    const sent = sim.commands({ provider: 'sipuni', since });
    expect(sent.map((c) => c.cmd)).toEqual(['callback/call_number']);
    expect(sent[0]!.fields).toEqual({
      antiaon: '0', phone: '79101234567', reverse: '0', sipnumber: '709', user: SIPUNI_SIM.account,
      hash: md5(`0+79101234567+0+709+${SIPUNI_SIM.account}+${SIPUNI_SIM.secret}`),
    });
  });

  it("Sipuni's webhooks for short number 708 go to that agent only", async () => {
    const result = await sim.playScenario({ provider: 'sipuni', scenario: 'answered-incoming', crmUrl: `${relay.url}/pbx/sipuni?token=${SIPUNI_TOKEN}`, user: '708', phone: '79101230002' });
    expect(result.sent.every((s) => s.status === 200)).toBe(true);
    const kinds = (await relay.events(a708)).map((e) => e.kind);
    expect(kinds.slice(0, 3)).toEqual(['ringing', 'answered', 'ended']);
    expect(await relay.events(b709)).toEqual([]);
  });

  it('/agent/me says Sipuni: DND approximate (set-only), no history, with their reasons', async () => {
    expect((await relay.agent(a708, 'GET', '/agent/me')).json).toMatchObject({ provider: 'sipuni', capabilities: sipuniCapabilities });
    expect(sipuniCapabilities).toMatchObject({ dnd: 'approximate', dndNote: 'dndApprox_sipuni', history: false, historyNote: 'historyAbsent_sipuni' });
    const since = sim.cursor;
    expect((await relay.agent(a708, 'PUT', '/agent/dnd', { on: true })).status).toBe(200);
    expect(sim.commands({ provider: 'sipuni', cmd: 'workplace/setUserStatus', since })[0]!.fields).toMatchObject({ sipnumber: '708', status: '1' });
    expect((await relay.agent(a708, 'GET', '/agent/history')).json).toMatchObject({ error: 'unsupported', reason: 'historyAbsent_sipuni' });
    expect((await relay.agent(a708, 'GET', '/agent/numbers')).json).toMatchObject({ error: 'unsupported', reason: 'callerIdAbsent' });
  });
});

describe('agent ↔ PBX user mapping across PBXs', () => {
  let relay: TestRelay;
  let andy: string;
  let daria: string;
  beforeAll(async () => {
    // An ITooLabs PBX for commands, while Gravitel and Sipuni webhooks name the same people by extension.
    relay = await startRelay({ sim, providers: { gravitelKey: GRAVITEL_KEY, sipuniToken: SIPUNI_TOKEN } });
    andy = await relay.addAgent('708');
    daria = await relay.addAgent('daria');
  });
  afterAll(() => relay.close());

  it('an agent added by extension acts as the ITooLabs login and keeps the extension and number as aliases', async () => {
    const list = (await relay.admin('GET', '/admin/agents')).json['agents'] as Array<{ user: string; aliases?: string[] }>;
    expect(list.map((a) => [a.user, a.aliases])).toEqual([['andy', ['708', '79261234567']], ['daria', ['705', '79261234568']]]);
    const since = sim.cursor;
    await relay.agent(andy, 'POST', '/agent/call', { phone: '79101234567' });
    expect(sim.commands({ cmd: 'makeCall', since })[0]!.fields).toMatchObject({ user: 'andy' });
    expect((await relay.agent(andy, 'GET', '/agent/me')).json).toMatchObject({ user: 'andy', provider: 'itoolabs', capabilities: itoolabsCapabilities });
  });

  it("ITooLabs' webhooks (by login) and Gravitel's and Sipuni's (by extension) all reach that agent, and only him", async () => {
    await relay.webhook({ cmd: 'event', type: 'INCOMING', phone: '79101230003', user: 'andy', callid: 'mix-1', direction: 'in', crm_token: CRM_TOKEN });
    await sim.playScenario({ provider: 'gravitel', scenario: 'missed', crmUrl: `${relay.url}/pbx/gravitel`, crmToken: GRAVITEL_KEY, user: '708', phone: '79101230004' });
    await sim.playScenario({ provider: 'sipuni', scenario: 'missed', crmUrl: `${relay.url}/pbx/sipuni?token=${SIPUNI_TOKEN}`, user: '708', phone: '79101230005' });
    const events = await relay.events(andy);
    expect(new Set(events.map((e) => e.provider))).toEqual(new Set(['itoolabs', 'gravitel', 'sipuni']));
    expect(events.filter((e) => e.kind === 'ringing').map((e) => e.phone)).toEqual(['79101230003', '79101230004', '79101230005']);
    expect(await relay.events(daria)).toEqual([]);
  });

  it('an explicit alias from the admin API routes too; an alias moves to the agent created last with it', async () => {
    const created = await relay.admin('POST', '/admin/agents', { user: 'serg', aliases: ['8809'] });
    expect(created.json).toMatchObject({ user: 'serg', aliases: ['709', '8809'] });
    const serg = created.json['key'] as string;
    await sim.playScenario({ provider: 'gravitel', scenario: 'missed', crmUrl: `${relay.url}/pbx/gravitel`, crmToken: GRAVITEL_KEY, user: '709', phone: '79101230006' });
    expect((await relay.events(serg)).map((e) => e.phone)).toContain('79101230006');
    await relay.admin('POST', '/admin/agents', { user: 'mike', aliases: ['8809'] });
    expect((await relay.store.agents.byUser('8809'))?.user).toBe('mike');
    expect((await relay.store.agents.byUser('709'))?.user).toBe('serg');
    expect((await relay.admin('DELETE', '/admin/agents/serg')).status).toBe(204);
    expect(await relay.store.agents.byUser('709')).toBeUndefined();
  });
});

describe('PBX_PROVIDER and its settings', () => {
  const base = { CRM_TOKEN: 'c', ADMIN_TOKEN: 'admin-token-0123456789' };

  it('come from the provider field descriptors: PBX_URL, PBX_TOKEN, PBX_<extra>', () => {
    expect(loadConfig({ ...base, PBX_PROVIDER: 'gravitel', PBX_TOKEN: 'k', PBX_DOMAIN: 'acme', PBX_CALLER_FIELD: 'from' }).pbx).toEqual({
      provider: 'gravitel', url: '', token: 'k', extra: { domain: 'acme', callerField: 'from' },
    });
    expect(loadConfig({ ...base, PBX_URL: 'https://vats.megapbx.ru', PBX_TOKEN: 't' }).pbx).toEqual({ provider: 'itoolabs', url: 'https://vats.megapbx.ru', token: 't', extra: {} });
    expect(loadConfig(base, { 'pbx-provider': 'mango', 'pbx-token': 'k', 'pbx-salt': 's' }).pbx).toMatchObject({ provider: 'mango', extra: { salt: 's' } });
    expect(loadConfig({ ...base, PBX_PROVIDER: 'sipuni' }).pbx).toBeUndefined(); // webhooks only
  });

  it("Mango's webhooks are verified with the command key and salt when no separate MANGO_API_KEY/SALT is given", () => {
    const mango = { ...base, PBX_PROVIDER: 'mango', PBX_TOKEN: 'vpbx-key', PBX_SALT: 'vpbx-salt' };
    expect(loadConfig(mango).providers).toMatchObject({ mangoKey: 'vpbx-key', mangoSalt: 'vpbx-salt' });
    // Given separately, the webhook pair wins; another PBX's token is never taken for Mango's.
    expect(loadConfig({ ...mango, MANGO_API_KEY: 'hook-key', MANGO_API_SALT: 'hook-salt' }).providers).toMatchObject({ mangoKey: 'hook-key', mangoSalt: 'hook-salt' });
    expect(loadConfig({ ...base, PBX_PROVIDER: 'gravitel', PBX_TOKEN: 'k', PBX_DOMAIN: 'd' }).providers?.mangoKey).toBeUndefined();
  });

  it('a wrong or half configuration stops the relay naming what is missing', () => {
    expect(() => loadConfig({ ...base, PBX_PROVIDER: 'asterisk' })).toThrow(/PBX_PROVIDER must be one of itoolabs, itoolabs-v1, gravitel, sipuni, mango/);
    expect(() => loadConfig({ ...base, PBX_PROVIDER: 'gravitel', PBX_TOKEN: 'k' })).toThrow(/PBX_PROVIDER=gravitel needs PBX_DOMAIN/);
    expect(() => loadConfig({ ...base, PBX_PROVIDER: 'sipuni', PBX_TOKEN: 'k' })).toThrow(/needs PBX_ACCOUNT/);
    expect(() => loadConfig({ ...base, PBX_URL: 'https://vats.megapbx.ru' })).toThrow(/needs PBX_TOKEN/);
    expect(() => loadConfig({ ...base, PBX_PROVIDER: 'gravitel', PBX_TOKEN: 'k', PBX_DOMAIN: 'd', PBX_CALLER_FIELD: 'who' })).toThrow(/PBX_CALLER_FIELD must be one of/);
  });

  it('a relay without a PBX says so in /agent/me: cards yes, commands no', async () => {
    const bare = await startRelay();
    try {
      const key = await bare.addAgent('708');
      expect((await bare.agent(key, 'GET', '/agent/me')).json).toMatchObject({ user: '708', provider: null, capabilities: { call: false, dnd: 'no', dndNote: 'relayNoPbx', screenPop: true } });
    } finally {
      await bare.close();
    }
  });
});
