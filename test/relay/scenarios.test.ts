// @vitest-environment node
/**
 * Call scenarios played by the PBX simulator as real webhooks to the relay → the neutral events each agent gets.
 * Each agent sees only his own legs; a group ring a colleague answered is "taken", not "missed".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallEvent } from '../../src/core/call-event.ts';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import type { ScenarioRequest } from '../../sim/scenarios.ts';
import { CRM_TOKEN, shape, startRelay, type TestRelay } from './helpers.ts';

let sim: Simulator;
let relay: TestRelay;
const keys: Record<string, string> = {};

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  relay = await startRelay({ sim });
  for (const user of ['andy', 'daria']) keys[user] = await relay.addAgent(user);
  await relay.admin('PUT', '/admin/contacts/79101234567', { name: 'Сидоров Пётр', company: 'ЗАО Рога и копыта' });
});
afterAll(async () => {
  await relay.close();
  await sim.close();
});

async function play(request: Omit<ScenarioRequest, 'crmUrl' | 'crmToken'>) {
  const result = await sim.playScenario({ crmUrl: relay.crmUrl, crmToken: CRM_TOKEN, ...request });
  // Every webhook was accepted: the PBX got exactly what it expects.
  expect(result.sent.map((w) => w.status)).toEqual(result.sent.map(() => 200));
  return result;
}

const of = async (user: string, ...callIds: (string | undefined)[]): Promise<CallEvent[]> =>
  (await relay.events(keys[user]!)).filter((e) => callIds.includes(e.callId));

describe('scenarios → neutral events', () => {
  it('answered incoming: ringing, answered, ended, history — with the contact, line and record', async () => {
    const { callId } = await play({ scenario: 'answered-incoming', user: 'andy' });
    const events = await of('andy', callId);
    expect(shape(events)).toEqual([
      { kind: 'ringing', direction: 'in', user: 'andy' },
      { kind: 'answered', direction: 'in', user: 'andy' },
      { kind: 'ended', direction: 'in', user: 'andy' },
      { kind: 'history', direction: 'in', user: 'andy', status: 'success' },
    ]);
    for (const e of events) {
      expect(e).toMatchObject({ callId, provider: 'itoolabs', phone: '79101234567', line: '74951234567', contactName: 'Сидоров Пётр', company: 'ЗАО Рога и копыта' });
      expect(e.id).toBe(String(e.seq));
    }
    expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => a - b));
    expect(events[2]!.durationS).toBeGreaterThanOrEqual(0);
    expect(events[3]).toMatchObject({ durationS: 42, recordUrl: `https://records.demo.megapbx.ru/${callId}.mp3` });
    expect(await of('daria', callId)).toEqual([]);
  });

  it('missed: ringing, then missed without answeredBy, then history "missed"', async () => {
    const { callId } = await play({ scenario: 'missed', user: 'daria', phone: '+79031112233' });
    const events = await of('daria', callId);
    expect(shape(events)).toEqual([
      { kind: 'ringing', direction: 'in', user: 'daria' },
      { kind: 'missed', direction: 'in', user: 'daria' },
      { kind: 'history', direction: 'in', user: 'daria', status: 'missed' },
    ]);
    expect(events[0]).toMatchObject({ phone: '79031112233' });
    expect(events[0]!.contactName).toBeUndefined();
    expect(events[2]!.recordUrl).toBeUndefined();
  });

  it('group ring answered by a colleague: each agent gets only his own legs; the other one sees who took it', async () => {
    const { callId } = await play({ scenario: 'group-ring', users: ['andy', 'daria', 'mike'], user: 'daria' });
    const andy = await of('andy', callId);
    const daria = await of('daria', callId);
    expect(shape(andy)).toEqual([
      { kind: 'ringing', direction: 'in', user: 'andy' },
      { kind: 'missed', direction: 'in', user: 'andy', answeredBy: 'daria' },
    ]);
    expect(shape(daria)).toEqual([
      { kind: 'ringing', direction: 'in', user: 'daria' },
      { kind: 'answered', direction: 'in', user: 'daria' },
      { kind: 'ended', direction: 'in', user: 'daria' },
      { kind: 'history', direction: 'in', user: 'daria', status: 'success' },
    ]);
    expect([...andy, ...daria].every((e) => e.group === 'Отдел продаж')).toBe(true);
    // mike has no agent: his legs were seen (and counted for answeredBy) but delivered to nobody.
    expect([...andy, ...daria].some((e) => e.user === 'mike')).toBe(false);
  });

  it('outgoing: outgoing, answered, ended, history — all "out", no line', async () => {
    const { callId } = await play({ scenario: 'outgoing', user: 'andy', phone: '79101234567' });
    const events = await of('andy', callId);
    expect(shape(events)).toEqual([
      { kind: 'outgoing', direction: 'out', user: 'andy' },
      { kind: 'answered', direction: 'out', user: 'andy' },
      { kind: 'ended', direction: 'out', user: 'andy' },
      { kind: 'history', direction: 'out', user: 'andy', status: 'success' },
    ]);
    expect(events.every((e) => e.line === undefined && e.contactName === 'Сидоров Пётр')).toBe(true);
  });

  it('transfer: the first manager ends with "transferred", the second gets the new leg from ringing to history', async () => {
    const { callId, secondCallId } = await play({ scenario: 'transfer', users: ['andy', 'daria'] });
    expect(shape(await of('andy', callId, secondCallId))).toEqual([
      { kind: 'ringing', direction: 'in', user: 'andy' },
      { kind: 'answered', direction: 'in', user: 'andy' },
      { kind: 'transferred', direction: 'in', user: 'andy' },
    ]);
    const daria = await of('daria', callId, secondCallId);
    expect(shape(daria)).toEqual([
      { kind: 'ringing', direction: 'in', user: 'daria' },
      { kind: 'answered', direction: 'in', user: 'daria' },
      { kind: 'ended', direction: 'in', user: 'daria' },
      { kind: 'history', direction: 'in', user: 'daria', status: 'success' },
    ]);
    expect(daria[0]!.callId).toBe(secondCallId);
    // The history row names the whole call (the PBX sends the first call id).
    expect(daria[3]!.callId).toBe(callId);
  });
});

describe('agent isolation', () => {
  it('a wrong, absent or revoked agent key is 401 {"error":"Invalid agent key"}', async () => {
    for (const auth of [{ authorization: 'Bearer nope' }, {}, { authorization: `Basic ${keys['andy']}` }] as Array<Record<string, string>>) {
      const r = await fetch(`${relay.url}/agent/events?after=0&wait=0`, { headers: auth });
      expect(r.status).toBe(401);
      expect(await r.text()).toBe('{"error":"Invalid agent key"}');
    }
    const key = await relay.addAgent('serg');
    expect((await relay.agent(key, 'GET', '/agent/me')).json).toMatchObject({ user: 'serg', name: 'Чижиков Сергей', provider: 'itoolabs' });
    expect((await relay.admin('DELETE', '/admin/agents/serg')).status).toBe(204);
    expect((await relay.agent(key, 'GET', '/agent/me')).status).toBe(401);
  });

  it('agent A never receives agent B\'s events, even for the same call', async () => {
    await play({ scenario: 'group-ring', users: ['andy', 'daria'], user: 'andy' });
    const andy = await relay.events(keys['andy']!);
    const daria = await relay.events(keys['daria']!);
    expect(andy.length).toBeGreaterThan(0);
    expect(daria.length).toBeGreaterThan(0);
    expect(andy.every((e) => e.user === 'andy')).toBe(true);
    expect(daria.every((e) => e.user === 'daria')).toBe(true);
    const seqs = new Set(andy.map((e) => e.seq));
    expect(daria.some((e) => seqs.has(e.seq))).toBe(false);
  });
});
