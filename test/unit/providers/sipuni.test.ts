// @vitest-environment node
/** The Sipuni adapter against the simulator's Sipuni API over real HTTP (spec §3), and the hash the spec describes. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSipuniProvider, sipuniHash, sipuniHashSource } from '../../../src/providers/sipuni/client.ts';
import type { Provider } from '../../../src/providers/provider.ts';
import { SIPUNI_SIM } from '../../../sim/sipuni.ts';
import { startSimulator, type Simulator } from '../../../sim/server.ts';
import { NOW, failure } from './helpers.ts';

let sim: Simulator;
let pbx: Provider;
const config = () => ({ url: `${sim.url}/sipuni/api`, token: SIPUNI_SIM.secret, timeoutMs: 2000, extra: { account: SIPUNI_SIM.account } });

beforeAll(async () => {
  sim = await startSimulator({ port: 0, now: () => NOW });
  pbx = createSipuniProvider(config());
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const last = () => sim.commands({ provider: 'sipuni' }).at(-1);
const md5 = (s: string) => createHash('md5').update(s, 'utf8').digest('hex');

describe('sipuni hash (spec §3)', () => {
  it('call_number: antiaon+phone+reverse+sipnumber+user+secret, md5', () => {
    const params = { user: '078332', phone: '79161234567', sipnumber: '201', reverse: '0', antiaon: '0' };
    expect(sipuniHashSource(params, 'secret')).toBe('0+79161234567+0+201+078332+secret');
    expect(sipuniHash(params, 'secret')).toBe(md5('0+79161234567+0+201+078332+secret'));
  });

  it('call_external and call_tree: sorted by name too; hash itself is never hashed', () => {
    const external = { user: '078332', phoneTo: '7499123456', sipnumber2: '100003', phoneFrom: '7916123456', sipnumber: '100001', hash: 'x' };
    expect(sipuniHashSource(external, 's')).toBe('7916123456+7499123456+100001+100003+078332+s');
    const tree = { tree: '000-1', user: '078332', phone: '7916', sipnumber: '201', reverse: '1' };
    expect(sipuniHashSource(tree, 's')).toBe('7916+1+201+000-1+078332+s');
  });

  it('the hand-written MD5 agrees with node:crypto, Cyrillic included', () => {
    for (const s of ['', 'abc', 'Ключ+секрет', 'x'.repeat(119)]) expect(sipuniHash({}, s)).toBe(md5(s));
  });
});

describe('sipuni commands', () => {
  it('makeCall → callback/call_number with exactly antiaon, phone, reverse, sipnumber, user, hash (verified by the PBX)', async () => {
    const result = await pbx.makeCall('708', '+7 916 123-45-67');
    const cmd = last()!;
    expect(cmd).toMatchObject({ provider: 'sipuni', cmd: 'callback/call_number', method: 'POST', transport: 'form', status: 200 });
    expect(Object.keys(cmd.fields).sort()).toEqual(['antiaon', 'hash', 'phone', 'reverse', 'sipnumber', 'user']);
    expect(cmd.fields).toMatchObject({ antiaon: '0', phone: '79161234567', reverse: '0', sipnumber: '708', user: SIPUNI_SIM.account });
    expect(cmd.fields['hash']).toBe(md5(`0+79161234567+0+708+${SIPUNI_SIM.account}+${SIPUNI_SIM.secret}`));
    expect(result.callId).toBe(sim.apis.sipuni.calls[0]?.callId);
  });

  it('a wrong secret is a wrong key; a wrong account too', async () => {
    const wrong = createSipuniProvider({ ...config(), token: 'nope' });
    expect(await failure(wrong.makeCall('708', '79161234567'))).toMatchObject({ code: 'bad-token', detail: 'Invalid hash' });
    expect(JSON.parse(last()!.reply)).toEqual({ success: false, message: 'Invalid hash' });
    const other = createSipuniProvider({ ...config(), extra: { account: '000001' } });
    expect((await failure(other.makeCall('708', '79161234567'))).code).toBe('bad-params');
  });

  it('{success:false, message} for a bad field is bad-params with the message', async () => {
    expect(await failure(pbx.makeCall('999', '79161234567'))).toMatchObject({ code: 'bad-params', detail: 'Sipnumber not found' });
    expect(await failure(pbx.makeCall('708', ''))).toMatchObject({ code: 'bad-params' });
  });

  it('404 is a wrong address, 5xx a server error, a non-JSON 200 a bad reply', async () => {
    const wrongBase = createSipuniProvider({ ...config(), url: `${sim.url}/sipuni/other` });
    expect((await failure(wrongBase.makeCall('708', '79161234567'))).code).toBe('bad-address');
    sim.apis.sipuni.inject({ status: 503, body: 'down' });
    expect((await failure(pbx.makeCall('708', '79161234567'))).code).toBe('server');
    sim.apis.sipuni.inject({ status: 200, body: '<html>' });
    expect((await failure(pbx.makeCall('708', '79161234567'))).code).toBe('bad-reply');
  });

  it('DND is approximate: setUserStatus 1 (break) on, 0 (free) off; it cannot be read back', async () => {
    await pbx.setDnd('705', true);
    expect(last()).toMatchObject({ cmd: 'workplace/setUserStatus', status: 200 });
    expect(last()!.fields).toMatchObject({ sipnumber: '705', status: '1', user: SIPUNI_SIM.account });
    expect(last()!.fields['hash']).toBe(md5(`705+1+${SIPUNI_SIM.account}+${SIPUNI_SIM.secret}`));
    expect(sim.apis.sipuni.statuses.get('705')).toBe('1');
    await pbx.setDnd('705', false);
    expect(sim.apis.sipuni.statuses.get('705')).toBe('0');
    expect(await failure(pbx.getDnd('705'))).toMatchObject({ code: 'unsupported', detail: 'dndReadAbsent_sipuni' });
    expect(pbx.capabilities).toMatchObject({ dnd: 'approximate', dndNote: 'dndApprox_sipuni' });
  });

  it('accounts from statistic/operators: the sipnumber is the login', async () => {
    expect((await pbx.accounts())[0]).toEqual({ login: '708', name: 'Петров Андрей', ext: '708' });
  });

  it('groups and history are not in its API: unsupported, the PBX never asked', async () => {
    const before = sim.cursor;
    expect((await failure(pbx.groups())).detail).toBe('groupsAbsent_sipuni');
    expect((await failure(pbx.history({ period: 'today' }))).detail).toBe('historyAbsent_sipuni');
    expect(sim.commands({ since: before })).toEqual([]);
  });

  it('needs the account number', () => {
    expect(() => createSipuniProvider({ url: '', token: 's' })).toThrow(/not-configured: account/);
  });
});
