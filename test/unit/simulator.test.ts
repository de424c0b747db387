// @vitest-environment node
/** The simulator's own contract: what a client of the real PBX would see, plus the /__sim control API. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import type { CommandRecord, SimState } from '../../sim/itoolabs.ts';
import type { ScenarioResult } from '../../sim/scenarios.ts';

// A fixed PBX clock: Wednesday 18 March 2026, 12:00 Moscow.
const NOW = new Date('2026-03-18T12:00:00+03:00');
const CRM_TOKEN = 'crm-secret';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, now: () => NOW });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

async function post(fields: Record<string, string>, path = '/sys/crm_api.wcgp') {
  const response = await fetch(sim.url + path, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
  return { status: response.status, body: await response.text(), headers: response.headers };
}
const pbx = (cmd: string, fields: Record<string, string> = {}) => post({ cmd, token: sim.token, ...fields });

async function control<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T; headers: Headers }> {
  const response = await fetch(`${sim.url}/__sim/${path}`, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
  });
  return { status: response.status, json: (await response.json()) as T, headers: response.headers };
}

describe('the PBX endpoint', () => {
  it('answers a wrong token with exactly 401 {"error":"Invalid token"}', async () => {
    const reply = await post({ cmd: 'accounts', token: 'wrong' });
    expect(reply.status).toBe(401);
    expect(reply.body).toBe('{"error":"Invalid token"}');
    expect((await post({ cmd: 'accounts' })).status).toBe(401);
  });

  it('answers bad fields with exactly 400 {"error":"Invalid parameters"}', async () => {
    const cases: Record<string, string>[] = [
      { cmd: 'nosuchcmd' },
      { cmd: 'makeCall', user: 'andy' },
      { cmd: 'makeCall', user: 'ghost', phone: '79101234567' },
      { cmd: 'set_dnd', user: 'andy', state: 'yes' },
      { cmd: 'history', period: 'forever' },
      { cmd: 'history', start: '2024-03-01' },
      { cmd: 'history', limit: '0' },
      { cmd: 'subscribeOnCalls', user: 'andy', status: 'maybe' },
    ];
    for (const fields of cases) {
      const reply = await pbx(fields['cmd'] ?? '', fields);
      expect({ fields, status: reply.status, body: reply.body }).toEqual({
        fields,
        status: 400,
        body: '{"error":"Invalid parameters"}',
      });
    }
  });

  it('can answer 400 in the `Invalid parameters: [field]` style', async () => {
    sim.configure({ badParamsReply: 'text' });
    expect((await pbx('makeCall', { user: 'andy', phone: '+79101234567' })).body).toBe('Invalid parameters: [phone]');
    expect((await pbx('bogus')).body).toBe('Invalid parameters: [cmd]');
  });

  it('matches cmd case-insensitively but rejects the documented typo', async () => {
    expect((await pbx('ACCOUNTS')).status).toBe(200);
    expect((await pbx('subscribeoncalls', { user: 'andy', status: 'off' })).body).toBe('OK');
    expect((await pbx('SubscriptionStatus', { user: 'andy', group_id: 'sales' })).body).toBe('{"status":"off"}');
    const typo = await pbx('subscribtionstatus', { user: 'andy', group_id: 'sales' });
    expect(typo.status).toBe(400);
  });

  it('makeCall takes digits only and login, extension or direct number as user', async () => {
    expect((await pbx('makeCall', { user: 'andy', phone: '+79101234567' })).status).toBe(400);
    expect((await pbx('makeCall', { user: 'andy', phone: '7 910 123' })).status).toBe(400);
    for (const user of ['andy', '708', '79261234567']) {
      expect((await pbx('makeCall', { user, phone: '79101234567' })).status).toBe(200);
    }
    expect(sim.state().calls.map((c) => c.user)).toEqual(['andy', 'andy', 'andy']);
  });

  it.each([
    ['empty', (body: string, id: string) => body === '' && id.length > 0],
    ['text', (body: string, id: string) => body === id],
    ['uuid', (body: string, id: string) => body === JSON.stringify({ uuid: id })],
    ['CallID', (body: string, id: string) => body === JSON.stringify({ CallID: id })],
  ] as const)('makeCall replies in the %s variant', async (variant, check) => {
    sim.configure({ makeCallReply: variant });
    const reply = await pbx('makeCall', { user: 'daria', phone: '79101234567' });
    const callId = sim.state().calls.at(-1)?.callId ?? '';
    expect(reply.status).toBe(200);
    expect(check(reply.body, callId)).toBe(true);
  });

  it('keeps DND per user while it runs', async () => {
    expect((await pbx('set_dnd', { user: 'mike', state: 'true' })).body).toBe('{}');
    expect((await pbx('get_dnd', { user: 'mike' })).body).toBe('{"state":true}');
    expect((await pbx('get_dnd', { user: 'andy' })).body).toBe('{"state":false}');
    sim.configure({ dndField: 'status' });
    expect((await pbx('get_dnd', { user: '702' })).body).toBe('{"status":true}');
    const { json } = await control<SimState>('GET', 'state');
    expect(json.dnd).toEqual({ andy: false, daria: false, mike: true, serg: false });
  });

  it('keeps group subscriptions per user and group', async () => {
    await pbx('subscribeOnCalls', { user: 'daria', status: 'off', group_id: 'support' });
    expect((await pbx('subscriptionStatus', { user: 'daria', group_id: 'support' })).body).toBe('{"status":"off"}');
    expect((await pbx('subscriptionStatus', { user: 'daria', group_id: 'sales' })).body).toBe('{"status":"on"}');
    expect((await pbx('subscriptionStatus', { user: 'daria' })).status).toBe(400);
    expect(sim.state().subscriptions['daria']).toEqual({ sales: true, support: false });
  });

  it('filters groups by user', async () => {
    const all = JSON.parse((await pbx('groups')).body) as { id: string; ext?: unknown }[];
    expect(all.map((g) => g.id)).toEqual(['sales', 'support', 'gr001']);
    expect(all[0]?.ext).toBe(701);
    const mine = JSON.parse((await pbx('groups', { user: 'mike' })).body) as { id: string }[];
    expect(mine.map((g) => g.id)).toEqual(['sales']);
    expect((await pbx('groups', { user: 'ghost' })).status).toBe(400);
  });

  it('accepts multipart and query-string requests and records how they came', async () => {
    const form = new FormData();
    form.set('cmd', 'get_dnd');
    form.set('token', sim.token);
    form.set('user', 'serg');
    expect((await fetch(sim.endpoint, { method: 'POST', body: form })).status).toBe(200);
    expect((await fetch(`${sim.endpoint}?cmd=accounts&token=${sim.token}`)).status).toBe(200);
    expect(sim.commands().map((c) => [c.transport, c.method, c.cmd])).toEqual([
      ['multipart', 'POST', 'get_dnd'],
      ['query', 'GET', 'accounts'],
    ]);
  });

  it('redirects every other path with a 301, like a wrong PBX host', async () => {
    for (const path of ['/', '/sys/', '/crm_api.wcgp', '/sys/crm_api.wcgp/x']) {
      const reply = await post({ cmd: 'accounts', token: sim.token }, path);
      expect([path, reply.status, reply.headers.get('location')]).toEqual([path, 301, '/__sim/']);
    }
    expect(sim.commands()).toEqual([]);
  });

  it('sends no CORS headers from the PBX endpoint, and permissive ones from /__sim/', async () => {
    const reply = await pbx('accounts');
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(sim.endpoint, { method: 'OPTIONS', headers: { origin: 'chrome-extension://x' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const { headers } = await control('GET', 'state');
    expect(headers.get('access-control-allow-origin')).toBe('*');
    const controlPreflight = await fetch(`${sim.url}/__sim/config`, { method: 'OPTIONS' });
    expect(controlPreflight.status).toBe(204);
    expect(controlPreflight.headers.get('access-control-allow-methods')).toContain('POST');
  });
});

describe('history', () => {
  const rows = async (fields: Record<string, string>) => {
    const reply = await pbx('history', fields);
    expect(reply.status).toBe(200);
    return reply.body;
  };
  const ids = (csv: string) => csv.split('\r\n').filter(Boolean).map((l) => l.split(',')[0]);

  it('is CSV with no header, CRLF line ends, 9 columns and a +03:00 start', async () => {
    const csv = await rows({});
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(sim.pbx.fixtures.history.length);
    expect(lines[0]).not.toMatch(/^UID,/);
    for (const line of lines) {
      const cols = line.split(',');
      expect(cols).toHaveLength(9);
      expect(cols[5]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
    }
    expect(lines.some((l) => l.endsWith(','))).toBe(true);
    expect(lines.some((l) => /,https:\/\/\S+\.mp3$/.test(l))).toBe(true);
    // 20 minutes before the fixed clock, written in Moscow time
    expect(lines[0]).toBe(
      'a252179d-fa9b-4b2a-9f4a-05c61af0639f,out,+79002445949,andy@demo.megapbx.ru,+74951234567,2026-03-18T11:40:00+03:00,0,11,',
    );
  });

  it('adds a 10th rating column when configured', async () => {
    sim.configure({ historyRating: true });
    const lines = (await rows({})).split('\r\n').filter(Boolean);
    expect(lines.every((l) => l.split(',').length === 10)).toBe(true);
    expect(lines.some((l) => l.endsWith(',5'))).toBe(true);
  });

  it('honours period, type and limit', async () => {
    const fixture = sim.pbx.fixtures.history;
    const today = await rows({ period: 'today' });
    expect(ids(today)).toEqual(fixture.slice(0, 3).map((r) => r.uid));
    expect(ids(await rows({ period: 'yesterday' }))).toEqual(fixture.slice(3, 5).map((r) => r.uid));
    // Wednesday: this week has today and yesterday; the row 6 days ago was last week's Thursday
    expect(ids(await rows({ period: 'this_week' }))).toHaveLength(5);
    expect(ids(await rows({ period: 'last_week' }))).toEqual([fixture[5]?.uid, fixture[6]?.uid]);
    expect(ids(await rows({ type: 'missed' }))).toEqual(fixture.filter((r) => r.type === 'missed').map((r) => r.uid));
    expect(ids(await rows({ limit: '2' }))).toEqual(fixture.slice(0, 2).map((r) => r.uid));
    // period wins over start/end
    expect(ids(await rows({ period: 'today', start: '20000101T000000Z', end: '20000102T000000Z' }))).toHaveLength(3);
  });

  it('filters by start/end in UTC', async () => {
    // 11:00–12:00 Moscow = 08:00–09:00 UTC: only the row 20 minutes ago
    expect(ids(await rows({ start: '20260318T080000Z', end: '20260318T090000Z' }))).toEqual([
      'a252179d-fa9b-4b2a-9f4a-05c61af0639f',
    ]);
  });

  it('shows calls placed with makeCall', async () => {
    sim.configure({ makeCallReply: 'text' });
    const callId = (await pbx('makeCall', { user: 'serg', phone: '74992001020', clid: '74951234567' })).body;
    const line = (await rows({ type: 'out', limit: '1' })).split('\r\n')[0];
    expect(line).toBe(`${callId},out,+74992001020,serg@demo.megapbx.ru,+74951234567,2026-03-18T12:00:00+03:00,0,0,`);
  });
});

describe('recording and the control API', () => {
  it('records every command with time, fields, transport and status', async () => {
    await pbx('get_dnd', { user: 'andy' });
    await post({ cmd: 'accounts', token: 'bad' });
    const [first, second] = sim.commands();
    expect(first).toMatchObject({
      cmd: 'get_dnd',
      method: 'POST',
      transport: 'form',
      fields: { cmd: 'get_dnd', token: 'sim-token', user: 'andy' },
      status: 200,
      reply: '{"state":false}',
      at: NOW.getTime(),
      time: NOW.toISOString(),
    });
    expect(second).toMatchObject({ cmd: 'accounts', status: 401 });
    expect(second!.index).toBe(first!.index + 1);
  });

  it('serves the log over HTTP, filtered by cmd and since, and clears it', async () => {
    await pbx('accounts');
    const cursor = sim.cursor;
    await pbx('makeCall', { user: 'andy', phone: '79101234567' });
    await pbx('accounts');
    type Log = { commands: CommandRecord[]; cursor: number };
    const calls = await control<Log>('GET', 'commands?cmd=makecall');
    expect(calls.json.commands.map((c) => c.fields['phone'])).toEqual(['79101234567']);
    const since = await control<Log>('GET', `commands?since=${cursor}`);
    expect(since.json.commands.map((c) => c.cmd)).toEqual(['makeCall', 'accounts']);
    expect(since.json.cursor).toBe(cursor + 2);
    const byTime = await control<Log>('GET', `commands?since=${NOW.getTime() + 1}`);
    expect(byTime.json.commands).toEqual([]);
    expect((await control<{ cleared: number }>('DELETE', 'commands')).json.cleared).toBe(3);
    expect((await control<Log>('GET', 'commands')).json.commands).toEqual([]);
    await pbx('accounts');
    expect(sim.commands()[0]?.index).toBe(cursor + 2);
  });

  it('injects faults over HTTP for the next N requests', async () => {
    const set = await control<{ pendingFaults: unknown[] }>('POST', 'config', {
      faults: [{ status: 500, contentType: 'text/html', body: '<h1>Internal Server Error</h1>', times: 2 }],
    });
    expect(set.status).toBe(200);
    expect(set.json.pendingFaults).toHaveLength(1);
    for (let i = 0; i < 2; i++) {
      const reply = await pbx('accounts');
      expect([reply.status, reply.body]).toEqual([500, '<h1>Internal Server Error</h1>']);
    }
    expect((await pbx('accounts')).status).toBe(200);
    expect(sim.commands().map((c) => [c.status, c.fault ?? false])).toEqual([
      [500, true],
      [500, true],
      [200, false],
    ]);
  });

  it('can target a fault at one cmd and delay a reply', async () => {
    sim.inject({ cmd: 'get_dnd', delayMs: 300 });
    const quick = Date.now();
    await pbx('accounts');
    expect(Date.now() - quick).toBeLessThan(250);
    const slow = Date.now();
    expect((await pbx('get_dnd', { user: 'andy' })).body).toBe('{"state":false}');
    expect(Date.now() - slow).toBeGreaterThanOrEqual(280);
  });

  it('changes the token and reply variants over HTTP, and rejects unknown keys', async () => {
    const ok = await control<{ config: { token: string; makeCallReply: string } }>('POST', 'config', {
      token: 'new-token',
      makeCallReply: 'CallID',
    });
    expect(ok.json.config).toMatchObject({ token: 'new-token', makeCallReply: 'CallID' });
    expect((await post({ cmd: 'accounts', token: 'sim-token' })).status).toBe(401);
    expect((await post({ cmd: 'accounts', token: 'new-token' })).status).toBe(200);
    expect(sim.token).toBe('new-token');
    expect((await control('POST', 'config', { makeCallReply: 'xml' })).status).toBe(400);
    expect((await control('POST', 'config', { tokn: 'x' })).status).toBe(400);
    expect((await control('POST', 'config', { faults: [{ status: 99 }] })).status).toBe(400);
    expect((await control('GET', 'nothing-here')).status).toBe(404);
  });

  it('resets to the fixtures over HTTP', async () => {
    await pbx('set_dnd', { user: 'andy', state: 'true' });
    sim.configure({ token: 'other' });
    expect((await control('POST', 'reset')).status).toBe(200);
    expect(sim.state().dnd['andy']).toBe(false);
    expect(sim.token).toBe('sim-token');
  });
});

describe('call scenarios', () => {
  type Hit = Record<string, string>;
  let receiver: Server;
  let crmUrl: string;
  let hits: Hit[] = [];

  beforeAll(async () => {
    // A tiny CRM: records each webhook's form fields, answers like spec §1.2.
    receiver = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      const fields = Object.fromEntries(new URLSearchParams(body));
      hits.push({ ...fields, '@contentType': req.headers['content-type'] ?? '' });
      res.setHeader('content-type', 'application/json');
      if (fields['crm_token'] !== CRM_TOKEN) return res.writeHead(401).end('{"error":"Invalid token"}');
      if (fields['cmd'] === 'contact') return res.end('{"contact_name":"ЗАО Рога и копыта","responsible":"andy"}');
      res.end('{}');
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    crmUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/crm`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
  beforeEach(() => {
    hits = [];
  });

  const summary = () => hits.map((h) => [h['cmd'], h['type'], h['user']].filter(Boolean).join(' '));

  it('answered-incoming: contact, INCOMING, ACCEPTED, COMPLETED, history Success', async () => {
    const result = await sim.playScenario({ scenario: 'answered-incoming', crmUrl, crmToken: CRM_TOKEN });
    expect(summary()).toEqual(['contact', 'event INCOMING andy', 'event ACCEPTED andy', 'event COMPLETED andy', 'history in andy']);
    const callid = result.callId;
    expect(hits[0]).toEqual({
      cmd: 'contact',
      phone: '79101234567',
      callid,
      diversion: '74951234567',
      crm_token: CRM_TOKEN,
      '@contentType': 'application/x-www-form-urlencoded;charset=UTF-8',
    });
    expect(hits[1]).toMatchObject({ '@contentType': expect.stringMatching(/^application\/x-www-form-urlencoded/) });
    const { '@contentType': _, ...incoming } = hits[1]!;
    expect(incoming).toEqual({
      cmd: 'event',
      type: 'INCOMING',
      phone: '79101234567',
      user: 'andy',
      callid,
      direction: 'in',
      diversion: '74951234567',
      ext: '708',
      telnum: '79261234567',
      crm_token: CRM_TOKEN,
    });
    expect(hits[4]).toMatchObject({
      cmd: 'history',
      type: 'in',
      status: 'Success',
      phone: '79101234567',
      user: 'andy',
      start: '20260318T090000Z',
      duration: '42',
      callid,
      crm_token: CRM_TOKEN,
      link: `https://records.demo.megapbx.ru/${callid}.mp3`,
    });
    expect(result.sent.map((s) => s.status)).toEqual([200, 200, 200, 200, 200]);
    expect(JSON.parse(result.sent[0]!.body)).toEqual({ contact_name: 'ЗАО Рога и копыта', responsible: 'andy' });
    // …and the PBX's own history now has the call
    const csv = (await pbx('history', { period: 'today', type: 'in' })).body;
    expect(csv.split('\r\n').find((l) => l.startsWith(callid))).toBe(
      `${callid},in,+79101234567,andy@demo.megapbx.ru,+74951234567,2026-03-18T12:00:00+03:00,6,42,https://records.demo.megapbx.ru/${callid}.mp3`,
    );
  });

  it('missed: contact, INCOMING, CANCELLED, history Missed', async () => {
    const result = await sim.playScenario({ scenario: 'missed', crmUrl, crmToken: CRM_TOKEN, user: 'daria', phone: '+79031112233' });
    expect(summary()).toEqual(['contact', 'event INCOMING daria', 'event CANCELLED daria', 'history in daria']);
    expect(hits[3]).toMatchObject({ status: 'Missed', duration: '0', phone: '+79031112233' });
    expect(hits[3]).not.toHaveProperty('link');
    expect(result.history).toMatchObject({ type: 'missed', client: '+79031112233', duration: 0 });
  });

  it('group-ring: everybody rings, one answers, the others get CANCELLED', async () => {
    const result = await sim.playScenario({ scenario: 'group-ring', crmUrl, crmToken: CRM_TOKEN, user: 'daria' });
    expect(summary()).toEqual([
      'contact',
      'event INCOMING andy',
      'event INCOMING daria',
      'event INCOMING mike',
      'event ACCEPTED daria',
      'event CANCELLED andy',
      'event CANCELLED mike',
      'event COMPLETED daria',
      'history in daria',
    ]);
    expect(hits.slice(1).every((h) => h['groupRealName'] === 'Отдел продаж')).toBe(true);
    expect(new Set(hits.map((h) => h['callid']))).toEqual(new Set([result.callId]));
    expect(hits.find((h) => h['user'] === 'mike')).toMatchObject({ ext: '702' });
  });

  it('outgoing: OUTGOING, ACCEPTED, COMPLETED, history out', async () => {
    await sim.playScenario({ scenario: 'outgoing', crmUrl, crmToken: CRM_TOKEN, user: 'mike', phone: '74992223344' });
    expect(summary()).toEqual(['event OUTGOING mike', 'event ACCEPTED mike', 'event COMPLETED mike', 'history out mike']);
    expect(hits.slice(0, 3).every((h) => h['direction'] === 'out' && !('diversion' in h))).toBe(true);
    expect(hits[3]).toMatchObject({ type: 'out', status: 'Success', duration: '73' });
  });

  it('transfer: TRANSFERRED carries second_callid, the second leg uses it', async () => {
    const result = await sim.playScenario({ scenario: 'transfer', crmUrl, crmToken: CRM_TOKEN, users: ['andy', 'serg'] });
    expect(summary()).toEqual([
      'contact',
      'event INCOMING andy',
      'event ACCEPTED andy',
      'event TRANSFERRED andy',
      'event INCOMING serg',
      'event ACCEPTED serg',
      'event COMPLETED serg',
      'history in serg',
    ]);
    expect(result.secondCallId).toBeDefined();
    expect(result.secondCallId).not.toBe(result.callId);
    expect(hits[3]).toMatchObject({ callid: result.callId, second_callid: result.secondCallId });
    expect(hits.slice(4, 7).every((h) => h['callid'] === result.secondCallId)).toBe(true);
    expect(hits[7]?.['callid']).toBe(result.callId);
  });

  it('runs over HTTP and reports each webhook reply status', async () => {
    const reply = await control<ScenarioResult>('POST', 'scenario', {
      scenario: 'missed',
      crmUrl,
      crmToken: 'not-the-crm-token',
      phone: '79850001122',
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    expect(reply.json.sent.map((s) => [s.cmd, s.fields['type'] ?? '', s.status])).toEqual([
      ['contact', '', 401],
      ['event', 'INCOMING', 401],
      ['event', 'CANCELLED', 401],
      ['history', 'in', 401],
    ]);
    expect(hits.map((h) => h['crm_token'])).toEqual(Array(4).fill('not-the-crm-token'));
  });

  it('rejects a bad scenario request with 400', async () => {
    expect((await control('POST', 'scenario', { scenario: 'karaoke', crmUrl, crmToken: CRM_TOKEN })).status).toBe(400);
    expect((await control('POST', 'scenario', { scenario: 'missed', crmUrl: 'ftp://x', crmToken: CRM_TOKEN })).status).toBe(400);
    expect((await control('POST', 'scenario', { scenario: 'missed', crmUrl, crmToken: CRM_TOKEN, user: 'ghost' })).status).toBe(400);
    expect(hits).toEqual([]);
  });

  it('reports an unreachable CRM as status 0 and still sends every webhook', async () => {
    const result = await sim.playScenario({ scenario: 'outgoing', crmUrl: 'http://127.0.0.1:9/crm', crmToken: CRM_TOKEN });
    expect(result.sent).toHaveLength(4);
    expect(result.sent.every((s) => s.status === 0 && typeof s.error === 'string')).toBe(true);
  });
});
