// @vitest-environment node
/** The ITooLabs client against the real simulator over real HTTP. */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createItoolabsProvider, itoolabsEndpoint } from '../../src/providers/itoolabs/client.ts';
import { PbxError } from '../../src/providers/errors.ts';
import type { Provider } from '../../src/providers/provider.ts';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { NOW, failure } from './providers/helpers.ts';

let sim: Simulator;
let pbx: Provider;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, now: () => NOW });
  pbx = createItoolabsProvider({ url: sim.url, token: sim.token, timeoutMs: 2000 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const lastCommand = () => sim.commands().at(-1);

describe('itoolabsEndpoint', () => {
  it.each([
    ['vats1.megapbx.ru', 'https://vats1.megapbx.ru/sys/crm_api.wcgp'],
    ['  vats1.megapbx.ru  ', 'https://vats1.megapbx.ru/sys/crm_api.wcgp'],
    ['https://vats1.megapbx.ru', 'https://vats1.megapbx.ru/sys/crm_api.wcgp'],
    ['https://vats1.megapbx.ru/', 'https://vats1.megapbx.ru/sys/crm_api.wcgp'],
    ['https://vats1.megapbx.ru/sys/crm_api.wcgp', 'https://vats1.megapbx.ru/sys/crm_api.wcgp'],
    ['vats1.megapbx.ru/sys/crm_api.wcgp?x=1#top', 'https://vats1.megapbx.ru/sys/crm_api.wcgp'],
    ['https://VATS1.megapbx.ru/admin/users', 'https://vats1.megapbx.ru/sys/crm_api.wcgp'],
    ['http://127.0.0.1:8765', 'http://127.0.0.1:8765/sys/crm_api.wcgp'],
    ['http://localhost:8765/', 'http://localhost:8765/sys/crm_api.wcgp'],
    ['https://pbx.example.ru:8443', 'https://pbx.example.ru:8443/sys/crm_api.wcgp'],
  ])('%s → %s', (input, expected) => {
    expect(itoolabsEndpoint(input)).toBe(expected);
  });

  it.each(['', '   ', 'hello', 'vats1 megapbx.ru', 'ftp://vats1.megapbx.ru', 'https://', 'https://user:pw@vats1.megapbx.ru', 'http://[::1'])(
    'rejects %j as bad-address',
    (input) => {
      expect(() => itoolabsEndpoint(input)).toThrow(PbxError);
      try {
        itoolabsEndpoint(input);
      } catch (e) {
        expect((e as PbxError).code).toBe('bad-address');
      }
    },
  );

  it('is applied by the provider: a bare origin reaches the endpoint', async () => {
    await pbx.accounts();
    expect(lastCommand()?.cmd).toBe('accounts');
    expect(lastCommand()?.status).toBe(200);
  });
});

describe('what goes over the wire', () => {
  it('sends a form-urlencoded POST with cmd and token', async () => {
    let seen: { method?: string; contentType?: string | null; body?: string; redirect?: string } = {};
    const spy = createItoolabsProvider({
      url: sim.url,
      token: sim.token,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen = {
          method: request.method,
          contentType: request.headers.get('content-type'),
          body: await request.clone().text(),
          redirect: init?.redirect,
        };
        return fetch(request);
      },
    });
    await spy.getDnd('andy');
    expect(seen.method).toBe('POST');
    expect(seen.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(seen.redirect).toBe('manual');
    expect(Object.fromEntries(new URLSearchParams(seen.body))).toEqual({ cmd: 'get_dnd', token: 'sim-token', user: 'andy' });
    expect(lastCommand()?.transport).toBe('form');
  });
});

describe('makeCall', () => {
  it.each([
    ['uuid', true],
    ['CallID', true],
    ['text', true],
    ['empty', false],
  ] as const)('reads the %s reply', async (variant, hasId) => {
    sim.configure({ makeCallReply: variant });
    const result = await pbx.makeCall('andy', '79101234567');
    const placed = sim.state().calls.at(-1);
    expect(placed?.user).toBe('andy');
    expect(result.callId).toBe(hasId ? placed?.callId : undefined);
  });

  it('strips the leading + and punctuation before sending', async () => {
    await pbx.makeCall('andy', '+7 (910) 123-45-67');
    expect(lastCommand()?.fields['phone']).toBe('79101234567');
    expect(lastCommand()?.status).toBe(200);
  });

  it('sends clid only when given', async () => {
    await pbx.makeCall('708', '79101234567', { clid: '74951234567' });
    expect(lastCommand()?.fields).toMatchObject({ cmd: 'makeCall', user: '708', clid: '74951234567' });
    await pbx.makeCall('andy', '79101234567');
    expect(lastCommand()?.fields).not.toHaveProperty('clid');
  });

  it('the PBX itself refuses a leading + (which is why the client strips it)', async () => {
    const response = await fetch(sim.endpoint, {
      method: 'POST',
      body: new URLSearchParams({ cmd: 'makeCall', token: sim.token, user: 'andy', phone: '+79101234567' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Invalid parameters' });
  });

  it('an unknown user is bad-params with the JSON error text', async () => {
    const e = await failure(pbx.makeCall('nobody', '79101234567'));
    expect(e.code).toBe('bad-params');
    expect(e.status).toBe(400);
    expect(e.detail).toBe('Invalid parameters');
  });

  it('an unknown user is bad-params with the plain-text error text', async () => {
    sim.configure({ badParamsReply: 'text' });
    const e = await failure(pbx.makeCall('nobody', '79101234567'));
    expect(e.code).toBe('bad-params');
    expect(e.detail).toBe('Invalid parameters: [user]');
  });

  it('an HTML page with 200 is bad-reply (not a PBX)', async () => {
    sim.inject({ status: 200, contentType: 'text/html', body: '<html><body>Welcome to nginx!</body></html>' });
    expect((await failure(pbx.makeCall('andy', '79101234567'))).code).toBe('bad-reply');
  });

  it('an OK text reply means placed without an id', async () => {
    sim.inject({ status: 200, body: 'OK' });
    expect(await pbx.makeCall('andy', '79101234567')).toEqual({});
  });
});

describe('accounts and groups', () => {
  it('maps accounts, stringifying a numeric ext', async () => {
    const accounts = await pbx.accounts();
    expect(accounts.map((a) => a.login)).toEqual(sim.pbx.fixtures.accounts.map((a) => a.name));
    expect(accounts[0]).toEqual({
      login: 'andy',
      name: 'Петров Андрей',
      ext: '708',
      telnum: '79261234567',
      email: 'andy@example.ru',
    });
    const mike = accounts.find((a) => a.login === 'mike');
    expect(mike?.ext).toBe('702');
    expect(typeof sim.pbx.fixtures.accounts.find((a) => a.name === 'mike')?.ext).toBe('number');
    expect(accounts.find((a) => a.login === 'serg')).toEqual({ login: 'serg', name: 'Чижиков Сергей', ext: '709' });
  });

  it('lists all groups, with a numeric ext as a string', async () => {
    const groups = await pbx.groups();
    expect(groups.map((g) => g.id)).toEqual(['sales', 'support', 'gr001']);
    expect(groups[0]).toEqual({ id: 'sales', name: 'Отдел продаж', ext: '701' });
    expect(lastCommand()?.fields).not.toHaveProperty('user');
  });

  it("lists only one user's groups", async () => {
    expect((await pbx.groups('andy')).map((g) => g.id)).toEqual(['sales']);
    expect((await pbx.groups('serg')).map((g) => g.id)).toEqual(['support', 'gr001']);
    expect(lastCommand()?.fields['user']).toBe('serg');
  });

  it('a JSON object where a list is expected is bad-reply', async () => {
    sim.inject({ status: 200, contentType: 'application/json', body: '{"items":[]}' });
    expect((await failure(pbx.accounts())).code).toBe('bad-reply');
  });

  it('a 200 with a non-JSON body is bad-reply', async () => {
    sim.inject({ status: 200, contentType: 'text/html', body: '<html>cabinet login</html>' });
    expect((await failure(pbx.groups())).code).toBe('bad-reply');
  });
});

describe('DND', () => {
  it('set_dnd then get_dnd round-trips through the PBX', async () => {
    expect(await pbx.getDnd('andy')).toBe(false);
    await pbx.setDnd('andy', true);
    expect(lastCommand()?.fields).toMatchObject({ cmd: 'set_dnd', user: 'andy', state: 'true' });
    expect(sim.state().dnd['andy']).toBe(true);
    expect(await pbx.getDnd('andy')).toBe(true);
    expect(await pbx.getDnd('daria')).toBe(false);
    await pbx.setDnd('andy', false);
    expect(lastCommand()?.fields['state']).toBe('false');
    expect(await pbx.getDnd('andy')).toBe(false);
  });

  it('reads the `status` field as well as `state`', async () => {
    sim.configure({ dndField: 'status' });
    await pbx.setDnd('daria', true);
    expect(lastCommand()?.reply).toBe('{}');
    expect(await pbx.getDnd('daria')).toBe(true);
    expect(lastCommand()?.reply).toBe('{"status":true}');
  });

  it.each([
    ['{"state":"true"}', true],
    ['{"state":"on"}', true],
    ['{"status":"off"}', false],
    ['{"status":"false"}', false],
  ])('accepts %s', async (body, expected) => {
    sim.inject({ status: 200, contentType: 'application/json', body });
    expect(await pbx.getDnd('andy')).toBe(expected);
  });

  it('an unreadable flag is bad-reply', async () => {
    sim.inject({ status: 200, contentType: 'application/json', body: '{"state":"maybe"}' });
    expect((await failure(pbx.getDnd('andy'))).code).toBe('bad-reply');
  });
});

describe('group subscriptions', () => {
  it('subscribeOnCalls off/on for one group, read back by subscriptionStatus', async () => {
    expect(await pbx.subscriptionStatus('andy', 'sales')).toBe(true);
    expect(lastCommand()?.cmd).toBe('subscriptionStatus');
    await pbx.subscribeOnCalls('andy', false, 'sales');
    expect(lastCommand()?.fields).toMatchObject({ cmd: 'subscribeOnCalls', user: 'andy', status: 'off', group_id: 'sales' });
    expect(lastCommand()?.reply).toBe('OK');
    expect(await pbx.subscriptionStatus('andy', 'sales')).toBe(false);
    await pbx.subscribeOnCalls('andy', true, 'sales');
    expect(await pbx.subscriptionStatus('andy', 'sales')).toBe(true);
  });

  it('without group_id applies to every group of the user', async () => {
    await pbx.subscribeOnCalls('serg', false);
    expect(lastCommand()?.fields).not.toHaveProperty('group_id');
    expect(sim.state().subscriptions['serg']).toEqual({ support: false, gr001: false });
    expect(await pbx.subscriptionStatus('serg', 'gr001')).toBe(false);
  });

  it('a group the user is not in is bad-params', async () => {
    expect((await failure(pbx.subscriptionStatus('andy', 'support'))).code).toBe('bad-params');
  });
});

describe('history', () => {
  it('reads the CSV and sends period/type/limit', async () => {
    const records = await pbx.history({ period: 'this_month', type: 'in', limit: 5 });
    expect(lastCommand()?.fields).toMatchObject({ cmd: 'history', period: 'this_month', type: 'in', limit: '5' });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.type === 'in')).toBe(true);
    const fixture = sim.pbx.fixtures.history.find((r) => r.uid === records[0]?.id);
    expect(fixture).toBeDefined();
    expect(records[0]?.start.getTime()).toBe(Math.floor(fixture!.start.getTime() / 1000) * 1000);
  });

  it('period wins: start/end are not sent with it', async () => {
    await pbx.history({ period: 'today', start: new Date(0), end: new Date() });
    expect(lastCommand()?.fields).not.toHaveProperty('start');
    expect(lastCommand()?.fields).not.toHaveProperty('end');
  });

  it('sends start/end as YYYYmmddTHHMMSSZ in UTC', async () => {
    const start = new Date(Date.UTC(2024, 2, 1, 6, 5, 9, 500));
    const end = new Date(Date.UTC(2024, 2, 31, 21, 0, 0));
    expect(await pbx.history({ start, end })).toEqual([]);
    expect(lastCommand()?.fields).toMatchObject({ start: '20240301T060509Z', end: '20240331T210000Z' });
    expect(lastCommand()?.status).toBe(200);
  });

  it('a call placed with makeCall shows up afterwards', async () => {
    sim.configure({ makeCallReply: 'uuid' });
    const { callId } = await pbx.makeCall('daria', '+79031234567');
    const records = await pbx.history({ period: 'today', type: 'out' });
    const row = records.find((r) => r.id === callId);
    expect(row).toMatchObject({ type: 'out', client: '+79031234567', account: 'daria@demo.megapbx.ru' });
  });

  it('ignores the rating column', async () => {
    sim.configure({ historyRating: true });
    const records = await pbx.history({ limit: 2 });
    expect(lastCommand()?.reply.split('\r\n')[0]?.split(',')).toHaveLength(10);
    expect(records).toHaveLength(2);
    expect(records.every((r) => !Number.isNaN(r.start.getTime()))).toBe(true);
  });

  it('a JSON or HTML reply is bad-reply', async () => {
    sim.inject({ status: 200, contentType: 'application/json', body: '{"error":"oops"}' });
    expect((await failure(pbx.history({}))).code).toBe('bad-reply');
  });
});

describe('errors', () => {
  it('401 with a wrong token is bad-token', async () => {
    const wrong = createItoolabsProvider({ url: sim.url, token: 'wrong' });
    const e = await failure(wrong.accounts());
    expect(e.code).toBe('bad-token');
    expect(e.status).toBe(401);
    expect(e.detail).toBe('Invalid token');
  });

  it('a token changed on the PBX side turns into bad-token', async () => {
    sim.configure({ token: 'rotated' });
    expect((await failure(pbx.getDnd('andy'))).code).toBe('bad-token');
  });

  it('5xx with an HTML body is server', async () => {
    sim.inject({ status: 502, contentType: 'text/html', body: '<html><h1>502 Bad Gateway</h1></html>' });
    const e = await failure(pbx.accounts());
    expect(e.code).toBe('server');
    expect(e.status).toBe(502);
    expect(e.detail).not.toContain('<html>');
  });

  it('a wrong path on the PBX host (301) is bad-address', async () => {
    const wrongPath = createItoolabsProvider({ url: `${sim.url}/crm/crm_api.wcgp`, token: sim.token });
    const e = await failure(wrongPath.accounts());
    expect(e.code).toBe('bad-address');
    expect(e.status).toBe(301);
  });

  it('an opaque redirect (what browsers return with redirect:manual) is bad-address', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers(), text: async () => '' } as unknown as Response;
    const browserLike = createItoolabsProvider({ url: sim.url, token: sim.token, fetch: async () => opaque });
    expect((await failure(browserLike.accounts())).code).toBe('bad-address');
  });

  it.each([
    [404, 'bad-address'],
    [429, 'rate-limited'],
    [418, 'server'],
    [302, 'bad-address'],
  ] as const)('HTTP %i is %s', async (status, code) => {
    sim.inject({ status, body: 'nope' });
    const e = await failure(pbx.accounts());
    expect(e.code).toBe(code);
    expect(e.status).toBe(status);
  });

  it('no answer in time is timeout', async () => {
    sim.inject({ delayMs: 1500 });
    const slow = createItoolabsProvider({ url: sim.url, token: sim.token, timeoutMs: 150 });
    const started = Date.now();
    const e = await failure(slow.accounts());
    expect(e.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1200);
  });

  it('a port nobody listens on is unreachable', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const nowhere = createItoolabsProvider({ url: `http://127.0.0.1:${port}`, token: 'x' });
    expect((await failure(nowhere.accounts())).code).toBe('unreachable');
  });

  it('a garbage address fails at creation with bad-address', () => {
    expect(() => createItoolabsProvider({ url: 'not a pbx', token: 'x' })).toThrow(/bad-address/);
  });
});

describe('other transports the PBX accepts', () => {
  it('multipart/form-data', async () => {
    const body = new FormData();
    body.set('cmd', 'get_dnd');
    body.set('token', sim.token);
    body.set('user', 'mike');
    const response = await fetch(sim.endpoint, { method: 'POST', body });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ state: false });
    expect(lastCommand()).toMatchObject({ transport: 'multipart', cmd: 'get_dnd', fields: { user: 'mike' } });
  });

  it('GET with a query string', async () => {
    const query = new URLSearchParams({ cmd: 'groups', token: sim.token, user: 'daria' });
    const response = await fetch(`${sim.endpoint}?${query}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }[]).map((g) => g.id)).toEqual(['sales', 'support']);
    expect(lastCommand()).toMatchObject({ transport: 'query', method: 'GET', cmd: 'groups' });
  });
});
