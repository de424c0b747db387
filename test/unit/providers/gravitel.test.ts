// @vitest-environment node
/** The Gravitel adapter against the simulator's Gravitel API over real HTTP (spec §2.1). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGravitelProvider, type GravitelProvider } from '../../../src/providers/gravitel/client.ts';
import { createProvider } from '../../../src/providers/index.ts';
import { GRAVITEL_SIM } from '../../../sim/gravitel.ts';
import { startSimulator, type Simulator } from '../../../sim/server.ts';
import { NOW, failure } from './helpers.ts';

let sim: Simulator;
let pbx: GravitelProvider;
const config = () => ({ url: `${sim.url}/gravitel`, token: GRAVITEL_SIM.key, timeoutMs: 2000, extra: { domain: GRAVITEL_SIM.domain } });

beforeAll(async () => {
  sim = await startSimulator({ port: 0, now: () => NOW });
  pbx = createGravitelProvider(config());
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const last = () => sim.commands({ provider: 'gravitel' }).at(-1);

describe('gravitel makecall', () => {
  it('POSTs {extension, number, clid} as JSON with X-API-KEY, as the seed example does; 201 is success', async () => {
    await expect(pbx.makeCall('708', '+7 (999) 123-45-67', { clid: '74951234567' })).resolves.toEqual({});
    expect(last()).toMatchObject({
      provider: 'gravitel', method: 'POST', cmd: 'makecall', status: 201, transport: 'json',
      json: { extension: '708', number: '79991234567', clid: '74951234567' },
      fields: { 'x-api-key': GRAVITEL_SIM.key },
    });
    expect(sim.apis.gravitel.calls).toEqual([{ extension: '708', number: '79991234567', clid: '74951234567', via: '74951234567' }]);
  });

  it.each(['from', 'user'] as const)('sends the caller as `%s` when configured, and the PBX takes it', async (field) => {
    const p = createGravitelProvider({ ...config(), extra: { domain: GRAVITEL_SIM.domain, callerField: field } });
    await p.makeCall('705', '79991234567');
    expect(last()?.json).toEqual({ [field]: '705', number: '79991234567' });
    expect(last()?.status).toBe(201);
  });

  it('maps every documented error: 401 key, 404 employee, 405 validation, 400 params', async () => {
    const wrongKey = createGravitelProvider({ ...config(), token: 'wrong' });
    expect((await failure(wrongKey.makeCall('708', '79991234567'))).code).toBe('bad-token');
    expect(last()?.status).toBe(401);
    expect(await failure(pbx.makeCall('999', '79991234567'))).toMatchObject({ code: 'not-found', status: 404 });
    expect(await failure(pbx.makeCall('708', '79991234567', { clid: '70000000000' }))).toMatchObject({ code: 'bad-params', status: 405 });
    expect(await failure(pbx.makeCall('708', ''))).toMatchObject({ code: 'bad-params', status: 400 });
  });

  it('a wrong domain is a wrong address; a 5xx is a server error', async () => {
    const other = createGravitelProvider({ ...config(), extra: { domain: 'nope' } });
    expect((await failure(other.accounts())).code).toBe('bad-address');
    sim.apis.gravitel.inject({ status: 502, body: '<html>Bad gateway</html>' });
    expect((await failure(pbx.accounts())).code).toBe('server');
  });

  it('needs its domain; the caller field must be one of extension/from/user', () => {
    expect(() => createGravitelProvider({ url: '', token: 't' })).toThrow(/not-configured: domain/);
    expect(() => createGravitelProvider({ ...config(), extra: { domain: 'd', callerField: 'phone' } })).toThrow(/callerField/);
  });
});

describe('gravitel lists, caller id, balance', () => {
  it('accounts: the extension is the login', async () => {
    const accounts = await pbx.accounts();
    expect(accounts[0]).toEqual({ login: '708', name: 'Петров Андрей', ext: '708' });
    expect(accounts.map((a) => a.login)).toEqual(['708', '705', '702', '709']);
  });

  it('groups: numeric ids become strings', async () => {
    expect((await pbx.groups())[0]).toEqual({ id: '111', name: 'Отдел продаж', ext: '701' });
  });

  it('numbers: our lines', async () => {
    expect(await pbx.numbers()).toEqual([
      { number: '74951234567', name: 'Основной номер' },
      { number: '74952302344', name: 'Отдел продаж' },
    ]);
  });

  it('history: POST {period,type,limit} → records', async () => {
    const rows = await pbx.history({ period: 'today', type: 'all', limit: 2 });
    expect(last()).toMatchObject({ cmd: 'history', method: 'POST', json: { period: 'today', type: 'all', limit: 2 } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: 'a252179d-fa9b-4b2a-9f4a-05c61af0639f', type: 'out', account: '708', client: '79002445949', durationS: 11 });
    expect(rows[0]!.start).toBeInstanceOf(Date);
    expect((await failure(pbx.history({ type: 'bogus' as 'all' }))).code).toBe('bad-params');
  });

  it('callerid: POST sets, DELETE removes; the next call goes out with it', async () => {
    await pbx.setCallerId('708', '74952302344');
    expect(last()).toMatchObject({ method: 'POST', cmd: 'callerid', json: { extension: '708', number: '74952302344' }, status: 200 });
    await pbx.makeCall('708', '79991234567');
    expect(sim.apis.gravitel.calls.at(-1)?.via).toBe('74952302344');
    await pbx.clearCallerId('708');
    expect(last()).toMatchObject({ method: 'DELETE', cmd: 'callerid', json: { extension: '708' }, status: 200 });
    expect(sim.apis.gravitel.callerIds.size).toBe(0);
    expect((await failure(pbx.setCallerId('999', '74952302344'))).code).toBe('bad-params');
  });

  it('callerid through the Provider interface: callerIds are the lines, an empty choice is DELETE (the PBX default)', async () => {
    const generic = createProvider('gravitel', config());
    expect(generic.capabilities.callerId).toBe(true);
    expect(await generic.callerIds!()).toEqual(await pbx.numbers());
    await generic.setCallerId!('708', '+7 (495) 230-23-44');
    expect(last()).toMatchObject({ method: 'POST', cmd: 'callerid', json: { extension: '708', number: '74952302344' } });
    await generic.setCallerId!('708', '');
    expect(last()).toMatchObject({ method: 'DELETE', cmd: 'callerid', json: { extension: '708' }, status: 200 });
    expect(sim.apis.gravitel.callerIds.has('708')).toBe(false);
  });

  it('balance: once per 10 minutes, then 429 → rate-limited', async () => {
    expect(await pbx.balance()).toEqual({ balance: 1234.56, credit: 0 });
    expect(await failure(pbx.balance())).toMatchObject({ code: 'rate-limited', status: 429 });
  });

  it('has no DND: both directions throw `unsupported` with the UI key, and the PBX is never asked', async () => {
    const before = sim.cursor;
    expect(await failure(pbx.getDnd('708'))).toMatchObject({ code: 'unsupported', detail: 'dndAbsent_gravitel' });
    expect(await failure(pbx.setDnd('708', true))).toMatchObject({ code: 'unsupported', detail: 'dndAbsent_gravitel' });
    expect(sim.commands({ since: before })).toEqual([]);
    expect(pbx.capabilities).toMatchObject({ dnd: 'no', dndNote: 'dndAbsent_gravitel', callerId: true });
  });

  it('is in the registry', () => {
    expect(createProvider('gravitel', config()).id).toBe('gravitel');
  });
});
