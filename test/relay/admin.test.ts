// @vitest-environment node
/** The admin API (contacts, agents) behind ADMIN_TOKEN, pairing links the extension accepts, and CORS. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePairingLink } from '../../src/core/settings.ts';
import { agentKeyHash, pairingLink } from '../../relay/agents/keys.ts';
import { ADMIN_TOKEN, request, startRelay, type TestRelay } from './helpers.ts';

let relay: TestRelay;

beforeAll(async () => {
  relay = await startRelay();
});
afterAll(() => relay.close());

describe('admin guard', () => {
  it.each([{}, { authorization: 'Bearer wrong' }, { authorization: ADMIN_TOKEN }])('refuses %j with 401', async (headers) => {
    for (const [method, path] of [['GET', '/admin/agents'], ['POST', '/admin/agents'], ['GET', '/admin/contacts/79101234567']] as const) {
      const reply = await request(relay.url + path, method, headers as Record<string, string>, method === 'POST' ? { user: 'andy' } : undefined);
      expect(reply.status).toBe(401);
      expect(reply.json).toEqual({ error: 'Invalid admin token' });
    }
    expect(await relay.store.agents.list()).toEqual([]);
  });
});

describe('contacts', () => {
  it('put, get (any spelling of the number), delete', async () => {
    const put = await relay.admin('PUT', '/admin/contacts/8-910-123-45-67', { name: ' Иван ', company: 'ООО Ромашка' });
    expect(put.json).toEqual({ phone: '79101234567', name: 'Иван', company: 'ООО Ромашка' });
    expect((await relay.admin('GET', '/admin/contacts/+79101234567')).json).toEqual(put.json);
    expect((await relay.admin('PUT', '/admin/contacts/79101234567', { company: 'no name' })).status).toBe(400);
    expect((await relay.admin('PUT', '/admin/contacts/abc', { name: 'x' })).status).toBe(400);
    expect((await relay.admin('DELETE', '/admin/contacts/79101234567')).status).toBe(204);
    expect((await relay.admin('GET', '/admin/contacts/79101234567')).status).toBe(404);
    expect((await relay.admin('DELETE', '/admin/contacts/79101234567')).status).toBe(404);
  });

  it('imports CSV: quotes, semicolons, BOM, any column order; bad rows are reported by line', async () => {
    const csv = '\uFEFFName;Phone;Responsible;Company\r\n"Петров, Иван";+7 (916) 000-00-01;andy;"ООО ""Рога"""\r\nБез номера;нет;;\r\nСидоров;8 916 000 00 02;;\r\n';
    const reply = await relay.admin('POST', '/admin/contacts?replace=true', csv, 'text/csv');
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ imported: 2, skipped: 1, total: 2, errors: [{ line: 3 }] });
    expect((await relay.admin('GET', '/admin/contacts/79160000001')).json).toEqual({ phone: '79160000001', name: 'Петров, Иван', company: 'ООО "Рога"', responsible: 'andy' });
    expect((await relay.admin('GET', '/admin/contacts/79160000002')).json).toEqual({ phone: '79160000002', name: 'Сидоров' });
    expect((await relay.admin('POST', '/admin/contacts', 'foo,bar\n1,2', 'text/csv')).json['error']).toBe('bad-csv');
  });

  it('reads numbers without a country code as RELAY_REGION says: a Belarus relay keys a Minsk number as +375', async () => {
    const minsk = await startRelay({ region: 'BY' });
    try {
      const csv = 'phone,name\n(029) 614-32-95,Ирина\n8 (495) 123-45-67,Иван\n';
      expect((await minsk.admin('POST', '/admin/contacts', csv, 'text/csv')).json).toMatchObject({ imported: 2, skipped: 0 });
      expect((await minsk.admin('GET', '/admin/contacts/375296143295')).json).toEqual({ phone: '375296143295', name: 'Ирина' });
      expect((await minsk.admin('GET', '/admin/contacts/(029) 614-32-95')).json).toMatchObject({ name: 'Ирина' });
      expect((await minsk.admin('GET', '/admin/contacts/74951234567')).json).toMatchObject({ name: 'Иван' });
      // The same file on a relay left at Russia: the Minsk row keeps its bare digits, and the PBX's +375 misses it.
      await relay.admin('POST', '/admin/contacts', csv, 'text/csv');
      expect((await relay.admin('GET', '/admin/contacts/375296143295')).status).toBe(404);
    } finally {
      await minsk.close();
    }
  });
});

describe('agents', () => {
  it('issues a key once, stores only its hash, and a pairing link the extension reads', async () => {
    const reply = await relay.admin('POST', '/admin/agents', { user: 'andy', name: 'Андрей' });
    expect(reply.status).toBe(201);
    const key = reply.json['key'] as string;
    expect(key).toMatch(/^[\w-]{43}$/);
    expect(reply.json).toMatchObject({ user: 'andy', name: 'Андрей', pairingLink: `pbxrelay://${new URL(relay.url).host}/?key=${key}` });
    expect(parsePairingLink(reply.json['pairingLink'] as string)).toEqual({ relayUrl: relay.url, agentKey: key });
    expect(await relay.store.agents.byKeyHash(agentKeyHash(key))).toMatchObject({ user: 'andy' });
    expect(JSON.stringify((await relay.admin('GET', '/admin/agents')).json)).not.toContain(key);
    expect((await relay.agent(key, 'GET', '/agent/me')).json).toMatchObject({ user: 'andy', name: 'Андрей' });

    // Issuing again replaces the key: the old one stops working.
    const again = await relay.admin('POST', '/admin/agents', { user: 'ANDY' });
    expect((await relay.agent(key, 'GET', '/agent/me')).status).toBe(401);
    expect((await relay.agent(again.json['key'] as string, 'GET', '/agent/me')).status).toBe(200);
    expect((await relay.admin('DELETE', '/admin/agents/nobody')).status).toBe(404);
  });

  it('pairing links: pbxrelay:// for https and loopback, an explicit http:// URL otherwise', () => {
    expect(pairingLink('https://relay.example.ru', 'k')).toBe('pbxrelay://relay.example.ru/?key=k');
    expect(parsePairingLink(pairingLink('https://relay.example.ru:8443', 'k'))).toEqual({ relayUrl: 'https://relay.example.ru:8443', agentKey: 'k' });
    expect(parsePairingLink(pairingLink('http://10.0.0.5:8790', 'k'))).toEqual({ relayUrl: 'http://10.0.0.5:8790', agentKey: 'k' });
  });
});

describe('health and CORS', () => {
  it('GET /healthz is {ok:true}', async () => {
    const reply = await request(`${relay.url}/healthz`, 'GET', {});
    expect([reply.status, reply.json]).toEqual([200, { ok: true }]);
  });

  it('allows extension origins by name, never *, and nobody else', async () => {
    for (const origin of ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://0b7c1d52-5a7e-4f0e-9b2c-2f1d3e4a5b6c']) {
      const pre = await fetch(`${relay.url}/agent/events`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
      expect(pre.headers.get('access-control-allow-headers')).toContain('authorization');
    }
    const evil = await fetch(`${relay.url}/agent/events`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const refused = await fetch(`${relay.url}/agent/me`, { headers: { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnopabcdefghijklmnop');
  });
});
