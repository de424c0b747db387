// @vitest-environment node
/** The ITooLabs crmapi/v1 adapter against the simulator's /crmapi/v1 over real HTTP (spec §1.3). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createItoolabsV1Provider } from '../../../src/providers/itoolabs-v1/client.ts';
import type { Provider } from '../../../src/providers/provider.ts';
import { startSimulator, type Simulator } from '../../../sim/server.ts';
import { NOW, failure } from './helpers.ts';

let sim: Simulator;
let pbx: Provider;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, now: () => NOW });
  pbx = createItoolabsV1Provider({ url: sim.url, token: sim.token, timeoutMs: 2000 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const last = () => sim.commands({ provider: 'itoolabs-v1' }).at(-1);

describe('crmapi/v1', () => {
  it('makeCall → POST /makecall {user, phone, clid} with X-API-KEY → {callid}', async () => {
    const { callId } = await pbx.makeCall('andy', '+7 910 123-45-67', { clid: '+74951234567' });
    expect(last()).toMatchObject({
      provider: 'itoolabs-v1', method: 'POST', cmd: 'makecall', status: 200, transport: 'json',
      json: { user: 'andy', phone: '79101234567', clid: '74951234567' }, fields: { 'x-api-key': sim.token },
    });
    expect(callId).toBe(sim.apis['itoolabs-v1'].calls[0]?.callid);
  });

  it('errors as {message}: 401 key, 404 user, 400 params', async () => {
    const wrong = createItoolabsV1Provider({ url: sim.url, token: 'nope' });
    expect(await failure(wrong.accounts())).toMatchObject({ code: 'bad-token', detail: 'Invalid API key' });
    expect(await failure(pbx.makeCall('nobody', '79101234567'))).toMatchObject({ code: 'not-found', detail: 'User not found' });
    expect(await failure(pbx.makeCall('andy', ''))).toMatchObject({ code: 'bad-params', detail: 'Invalid parameters: phone' });
    expect((await failure(pbx.getDnd('nobody'))).code).toBe('not-found');
  });

  it('users → accounts (mobile stands in for telnum)', async () => {
    expect((await pbx.accounts())[0]).toEqual({ login: 'andy', name: 'Петров Андрей', ext: '708', telnum: '79261234567', email: 'andy@example.ru' });
  });

  it('groups, all or one user\'s', async () => {
    expect((await pbx.groups()).map((g) => g.id)).toEqual(['sales', 'support', 'gr001']);
    expect(await pbx.groups('serg')).toEqual([
      { id: 'support', name: 'Техподдержка', ext: '703' },
      { id: 'gr001', name: 'Бухгалтерия', ext: '704' },
    ]);
  });

  it('DND: POST on, DELETE off, GET reads', async () => {
    await pbx.setDnd('andy', true);
    expect(last()).toMatchObject({ method: 'POST', cmd: 'users/dnd', fields: { login: 'andy' } });
    expect(await pbx.getDnd('andy')).toBe(true);
    await pbx.setDnd('andy', false);
    expect(last()?.method).toBe('DELETE');
    expect(await pbx.getDnd('andy')).toBe(false);
  });

  it('subscriptions per group', async () => {
    await pbx.subscribeOnCalls('andy', false, 'sales');
    expect(last()).toMatchObject({ method: 'DELETE', cmd: 'users/subscription', fields: { group_id: 'sales' } });
    expect(await pbx.subscriptionStatus('andy', 'sales')).toBe(false);
    await pbx.subscribeOnCalls('andy', true);
    expect(await pbx.subscriptionStatus('andy', 'sales')).toBe(true);
    expect((await failure(pbx.subscriptionStatus('andy', 'support'))).code).toBe('bad-params');
  });

  it('history/json with period, type, limit', async () => {
    const rows = await pbx.history({ period: 'today', type: 'in' });
    expect(last()).toMatchObject({ method: 'GET', cmd: 'history/json', fields: { period: 'today', type: 'in' } });
    expect(rows.map((r) => r.id)).toEqual(['0d8f6c1e-3b7a-4c55-9a0e-6f1f2d7c9b01']);
    expect(rows[0]).toMatchObject({ client: '+79101234567', account: 'daria@demo.megapbx.ru', durationS: 184, waitS: 7 });
  });

  it('a host without crmapi/v1 is a wrong address; 5xx a server error', async () => {
    const elsewhere = createItoolabsV1Provider({ url: `${sim.url}/sys`, token: sim.token });
    expect(elsewhere).toBeDefined();
    sim.apis['itoolabs-v1'].inject({ status: 500, body: '<html>' });
    expect((await failure(pbx.accounts())).code).toBe('server');
    sim.apis['itoolabs-v1'].inject({ status: 404, body: '' });
    expect((await failure(pbx.accounts())).code).toBe('bad-address');
  });
});
