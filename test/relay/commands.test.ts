// @vitest-environment node
/** Relay-mode commands: the relay's own PBX key, always as the agent's own PBX user, PBX failures as clear errors. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { NOW } from '../unit/providers/helpers.ts';
import { startRelay, type TestRelay } from './helpers.ts';

let sim: Simulator;
let relay: TestRelay;
let andy: string;
let daria: string;

beforeAll(async () => {
  // (The PBX's clock fixed, as the adapters' tests fix it: see NOW.)
  sim = await startSimulator({ port: 0, now: () => NOW });
  relay = await startRelay({ sim });
  andy = await relay.addAgent('andy');
  daria = await relay.addAgent('daria');
});
afterAll(async () => {
  await relay.close();
  await sim.close();
});
beforeEach(() => sim.reset());

describe('POST /agent/call', () => {
  it('calls as the agent\'s own PBX user with the normalised number, whatever the body says', async () => {
    const since = sim.cursor;
    const reply = await relay.agent(andy, 'POST', '/agent/call', { phone: '8 (910) 123-45-67', user: 'daria', token: 'x' });
    expect(reply.status).toBe(200);
    expect(reply.json['phone']).toBe('79101234567');
    expect(typeof reply.json['callId']).toBe('string');
    const calls = sim.commands({ cmd: 'makeCall', since });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.fields).toMatchObject({ user: 'andy', phone: '79101234567', token: sim.token });
    expect(sim.state().calls.map((c) => c.user)).toEqual(['andy']);
  });

  it('refuses what is not a phone number without calling the PBX', async () => {
    const since = sim.cursor;
    const reply = await relay.agent(daria, 'POST', '/agent/call', { phone: 'привет' });
    expect(reply.status).toBe(400);
    expect(reply.json['error']).toBe('bad-params');
    expect(sim.commands({ cmd: 'makeCall', since })).toEqual([]);
  });
});

describe('DND, groups, history', () => {
  it('DND is read and set for the agent\'s own user only', async () => {
    const since = sim.cursor;
    expect((await relay.agent(daria, 'PUT', '/agent/dnd', { on: true, user: 'andy' })).json).toEqual({ on: true });
    expect(sim.commands({ cmd: 'set_dnd', since }).map((c) => c.fields)).toMatchObject([{ user: 'daria', state: 'true' }]);
    expect(sim.state().dnd).toMatchObject({ daria: true, andy: false });
    expect((await relay.agent(daria, 'GET', '/agent/dnd')).json).toEqual({ on: true });
    expect((await relay.agent(andy, 'GET', '/agent/dnd')).json).toEqual({ on: false });
    expect((await relay.agent(andy, 'PUT', '/agent/dnd', { on: 'yes' })).status).toBe(400);
  });

  it('groups are the agent\'s own groups', async () => {
    const reply = await relay.agent(daria, 'GET', '/agent/groups');
    expect(reply.json).toEqual({ groups: [{ id: 'sales', name: 'Отдел продаж', ext: '701' }, { id: 'support', name: 'Техподдержка', ext: '703' }] });
    expect(sim.commands({ cmd: 'groups' }).at(-1)!.fields['user']).toBe('daria');
  });

  it('history keeps only the agent\'s own rows', async () => {
    const reply = await relay.agent(andy, 'GET', '/agent/history?period=this_month&type=all&limit=50');
    expect(reply.status).toBe(200);
    const records = reply.json['records'] as Array<{ account: string; start: string }>;
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.account.startsWith('andy@'))).toBe(true);
    expect(Number.isNaN(Date.parse(records[0]!.start))).toBe(false);
    expect(sim.commands({ cmd: 'history' }).at(-1)!.fields).toMatchObject({ period: 'this_month', type: 'all' });
    expect((await relay.agent(andy, 'GET', '/agent/history?period=forever')).status).toBe(400);
  });
});

describe('PBX failures', () => {
  it('a PBX 401 is the relay\'s configuration, not the agent\'s key: 502 pbx-bad-token', async () => {
    sim.inject({ status: 401, body: '{"error":"Invalid token"}', contentType: 'application/json', cmd: 'makeCall' });
    const reply = await relay.agent(andy, 'POST', '/agent/call', { phone: '79101234567' });
    expect(reply.status).toBe(502);
    expect(reply.json['error']).toBe('pbx-bad-token');
    expect(reply.json['message']).toMatch(/PBX_TOKEN/);
  });

  it('a PBX 500 is 502 server; a PBX 400 is 400 bad-params', async () => {
    sim.inject({ status: 500, body: '<html>oops</html>', cmd: 'get_dnd' });
    expect((await relay.agent(andy, 'GET', '/agent/dnd')).json['error']).toBe('server');
    sim.inject({ status: 400, body: '{"error":"Invalid parameters"}', cmd: 'makeCall' });
    const bad = await relay.agent(andy, 'POST', '/agent/call', { phone: '79101234567' });
    expect([bad.status, bad.json['error']]).toEqual([400, 'bad-params']);
  });

  it('an unreachable PBX is 502 unreachable; a relay without a PBX is 503 not-configured', async () => {
    const deadSim = await startSimulator({ port: 0 });
    const dead = await startRelay({ sim: deadSim });
    await deadSim.close();
    const key = await dead.addAgent('andy');
    const reply = await dead.agent(key, 'POST', '/agent/call', { phone: '79101234567' });
    expect([reply.status, reply.json['error']]).toEqual([502, 'unreachable']);
    await dead.close();

    const bare = await startRelay();
    const k = await bare.addAgent('andy');
    const none = await bare.agent(k, 'GET', '/agent/dnd');
    expect([none.status, none.json['error']]).toEqual([503, 'not-configured']);
    await bare.close();
  });
});
