// @vitest-environment node
/** The Mango Office adapter against the simulator's VPBX API over real HTTP (spec §4), and the sign it describes. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMangoProvider, mangoErrorCode, mangoForm, mangoSign } from '../../../src/providers/mango/client.ts';
import type { Provider } from '../../../src/providers/provider.ts';
import { MANGO_SIM } from '../../../sim/mango.ts';
import { startSimulator, type Simulator } from '../../../sim/server.ts';
import { NOW, failure } from './helpers.ts';

let sim: Simulator;
let pbx: Provider;
const config = () => ({ url: `${sim.url}/mango/vpbx`, token: MANGO_SIM.key, timeoutMs: 2000, extra: { salt: MANGO_SIM.salt } });

beforeAll(async () => {
  sim = await startSimulator({ port: 0, now: () => NOW });
  pbx = createMangoProvider(config());
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const last = () => sim.commands({ provider: 'mango' }).at(-1);
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('mango sign (spec §4)', () => {
  it('sign = hex(sha256(vpbx_api_key + json + vpbx_api_salt)) over the exact compact JSON sent', async () => {
    const payload = { command_id: 'cb-1', from: { extension: '101' }, to_number: '79101234567' };
    const json = '{"command_id":"cb-1","from":{"extension":"101"},"to_number":"79101234567"}';
    const form = await mangoForm('key', 'salt', payload);
    expect(form.get('json')).toBe(json);
    expect(form.get('vpbx_api_key')).toBe('key');
    expect(form.get('sign')).toBe(sha256(`key${json}salt`));
    expect(await mangoSign('ключ', json, 'соль')).toBe(sha256(`ключ${json}соль`));
  });

  it('error codes: 3102/3105 key or sign, 31xx parameters, 33xx not found', () => {
    expect([3102, 3105, 3104, 3310, 4000].map(mangoErrorCode)).toEqual(['bad-token', 'bad-token', 'bad-params', 'not-found', 'server']);
  });
});

describe('mango commands', () => {
  it('makeCall → commands/callback {command_id, from:{extension}, to_number, line_number}; result 1000', async () => {
    const { callId } = await pbx.makeCall('708', '+7 910 123-45-67', { clid: '74951234567' });
    const cmd = last()!;
    expect(cmd).toMatchObject({ provider: 'mango', cmd: 'commands/callback', method: 'POST', transport: 'form', status: 200, reply: '{"result":1000}' });
    expect(Object.keys(cmd.fields).sort()).toEqual(['json', 'sign', 'vpbx_api_key']);
    expect(cmd.json).toEqual({ command_id: callId, from: { extension: '708' }, to_number: '79101234567', line_number: '74951234567' });
    expect(cmd.fields['sign']).toBe(sha256(MANGO_SIM.key + cmd.fields['json']! + MANGO_SIM.salt));
    expect(sim.apis.mango.calls).toEqual([{ commandId: callId, extension: '708', toNumber: '79101234567', lineNumber: '74951234567' }]);
  });

  it('HTTP 420 {code}: wrong salt → 3102, wrong key → 3105, unknown extension → 33xx, bad number → 31xx', async () => {
    const badSalt = createMangoProvider({ ...config(), extra: { salt: 'nope' } });
    expect(await failure(badSalt.makeCall('708', '79101234567'))).toMatchObject({ code: 'bad-token', status: 420, detail: 'commands/callback: 3102' });
    const badKey = createMangoProvider({ ...config(), token: 'nope' });
    expect(await failure(badKey.accounts())).toMatchObject({ code: 'bad-token', detail: 'config/users/request: 3105' });
    expect(await failure(pbx.makeCall('999', '79101234567'))).toMatchObject({ code: 'not-found', status: 420 });
    expect(await failure(pbx.makeCall('708', ''))).toMatchObject({ code: 'bad-params', status: 420 });
  });

  it('a 200 whose result is not 1000 is still a failure; 5xx is a server error', async () => {
    sim.apis.mango.inject({ status: 200, body: '{"result":3104}', contentType: 'application/json' });
    expect((await failure(pbx.makeCall('708', '79101234567'))).code).toBe('bad-params');
    sim.apis.mango.inject({ status: 500, body: 'oops' });
    expect((await failure(pbx.makeCall('708', '79101234567'))).code).toBe('server');
  });

  it('accounts from config/users/request: extension is the login', async () => {
    const accounts = await pbx.accounts();
    expect(last()?.json).toEqual({});
    expect(accounts[0]).toEqual({ login: '708', name: 'Петров Андрей', ext: '708', email: 'andy@example.ru' });
  });

  it('no DND, groups or history in API v1.10: unsupported with the UI key, the PBX never asked', async () => {
    const before = sim.cursor;
    expect(await failure(pbx.setDnd('708', true))).toMatchObject({ code: 'unsupported', detail: 'dndAbsent_mango' });
    expect(await failure(pbx.getDnd('708'))).toMatchObject({ code: 'unsupported', detail: 'dndAbsent_mango' });
    expect((await failure(pbx.history({}))).code).toBe('unsupported');
    expect((await failure(pbx.groups())).code).toBe('unsupported');
    expect(sim.commands({ since: before })).toEqual([]);
  });

  it('needs its salt', () => {
    expect(() => createMangoProvider({ url: '', token: 'k' })).toThrow(/not-configured: salt/);
  });
});
