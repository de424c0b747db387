// @vitest-environment node
/** The CRM URL as the PBX sees it (spec §1.2): exact error bodies, the contact answer, bad bodies, unknown users. */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_TOKEN, percentile, startRelay, type TestRelay } from './helpers.ts';

let relay: TestRelay;
let andyKey: string;

beforeAll(async () => {
  relay = await startRelay();
  andyKey = await relay.addAgent('andy');
  await relay.admin('PUT', '/admin/contacts/+7 (910) 123-45-67', { name: 'Сидоров Пётр', company: 'ЗАО Рога и копыта', responsible: 'andy' });
});
afterAll(() => relay.close());

const event = (extra: Record<string, string> = {}) => ({
  cmd: 'event', type: 'INCOMING', phone: '79101234567', user: 'andy', callid: `c-${Math.random()}`, direction: 'in', crm_token: CRM_TOKEN, ...extra,
});

describe('errors the PBX reads', () => {
  it('a wrong or missing crm_token is 401 {"error":"Invalid token"}, whatever else is wrong', async () => {
    for (const fields of [event({ crm_token: 'wrong' }), { cmd: 'event', crm_token: `${CRM_TOKEN}x` }, { cmd: 'event', type: 'INCOMING' }, {}] as Array<Record<string, string>>) {
      const reply = await relay.webhook(fields);
      expect(reply.status).toBe(401);
      expect(reply.text).toBe('{"error":"Invalid token"}');
    }
  });

  it.each([
    ['event without user', { cmd: 'event', type: 'INCOMING', phone: '79101234567', callid: 'c1' }],
    ['event without callid', { cmd: 'event', type: 'INCOMING', phone: '79101234567', user: 'andy' }],
    ['event without type', { cmd: 'event', phone: '79101234567', user: 'andy', callid: 'c1' }],
    ['history without status', { cmd: 'history', type: 'in', phone: '79101234567', user: 'andy', start: '20260318T090000Z', duration: '5', callid: 'c1' }],
    ['history with a non-numeric duration', { cmd: 'history', type: 'in', status: 'Success', phone: '7910', user: 'andy', start: '20260318T090000Z', duration: 'five', callid: 'c1' }],
    ['contact without phone', { cmd: 'contact', callid: 'c1' }],
    ['rating without rating', { cmd: 'rating', callid: 'c1' }],
    ['an unknown cmd', { cmd: 'hello' }],
    ['no cmd', {}],
  ])('%s is 400 {"error":"Invalid parameters"}', async (_name, fields) => {
    const reply = await relay.webhook({ ...fields, crm_token: CRM_TOKEN });
    expect(reply.status).toBe(400);
    expect(reply.text).toBe('{"error":"Invalid parameters"}');
  });
});

describe('cmd=contact', () => {
  it('answers a known number, however the PBX writes it, with contact_name and responsible', async () => {
    for (const phone of ['79101234567', '+79101234567', '89101234567']) {
      const reply = await relay.webhook({ cmd: 'contact', phone, callid: 'c1', crm_token: CRM_TOKEN, diversion: '74951234567' });
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual({ contact_name: 'Сидоров Пётр, ЗАО Рога и копыта', responsible: 'andy' });
    }
  });

  it('answers {} for an unknown number', async () => {
    const reply = await relay.webhook({ cmd: 'contact', phone: '79990000000', callid: 'c2', crm_token: CRM_TOKEN });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('{}');
  });

  it('stays fast with 100,000 contacts (p99 of 200 lookups over HTTP under 20 ms)', async () => {
    const lines = ['phone,name,company,responsible'];
    for (let i = 0; i < 100_000; i++) lines.push(`7916${String(i).padStart(7, '0')},Клиент ${i},"ООО ""Ромашка ${i % 50}"", филиал",andy`);
    const imported = await relay.admin('POST', '/admin/contacts', lines.join('\r\n'), 'text/csv');
    expect(imported.status).toBe(200);
    expect(imported.json).toMatchObject({ imported: 100_000, skipped: 0 });

    const times: number[] = [];
    for (let i = 0; i < 220; i++) {
      const n = (i * 7919) % 100_000;
      const t0 = performance.now();
      const reply = await relay.webhook({ cmd: 'contact', phone: `+7916${String(n).padStart(7, '0')}`, callid: `t${i}`, crm_token: CRM_TOKEN });
      const dt = performance.now() - t0;
      expect(reply.json['contact_name']).toBe(`Клиент ${n}, ООО "Ромашка ${n % 50}", филиал`);
      if (i >= 20) times.push(dt); // the first requests warm up the JIT and the connection
    }
    times.sort((a, b) => a - b);
    expect(percentile(times, 99)).toBeLessThan(20);
  }, 60_000);
});

describe('bad bodies', () => {
  it('answers a body over 64 KB with 413 and keeps serving', async () => {
    const reply = await relay.webhook({ ...event(), junk: 'x'.repeat(70_000) });
    expect(reply.status).toBe(413);
    expect((await relay.webhook({ cmd: 'contact', phone: '79101234567', callid: 'c', crm_token: CRM_TOKEN })).status).toBe(200);
  });

  it('answers broken JSON, an unknown content type and repeated fields with 4xx and keeps serving', async () => {
    const post = (body: string, contentType: string) =>
      fetch(relay.crmUrl, { method: 'POST', body, headers: { 'content-type': contentType } }).then(async (r) => ({ status: r.status, text: await r.text() }));
    expect((await post('{"cmd":', 'application/json')).status).toBe(400);
    expect((await post('<xml/>', 'application/xml')).status).toBe(415);
    const repeated = await post(`cmd=event&cmd=history&crm_token=${CRM_TOKEN}&type=INCOMING&phone=1&user=andy&callid=x`, 'application/x-www-form-urlencoded');
    expect(repeated).toEqual({ status: 400, text: '{"error":"Invalid parameters"}' });
    expect((await relay.agent(andyKey, 'GET', '/healthz')).status).toBe(200);
  });

  it('survives a client that sends half a request and hangs up', async () => {
    const port = Number(new URL(relay.url).port);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /pbx/itoolabs HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ncmd=ev');
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
      socket.on('error', reject);
    });
    expect((await relay.webhook({ cmd: 'contact', phone: '79101234567', callid: 'c', crm_token: CRM_TOKEN })).status).toBe(200);
  });
});

describe('what gets stored', () => {
  it('a webhook for a PBX user without an agent is answered 200 and stored for nobody', async () => {
    const before = await relay.store.events.latestSeq();
    const reply = await relay.webhook(event({ user: 'mike' }));
    expect(reply.status).toBe(200);
    expect(await relay.store.events.latestSeq()).toBe(before);
  });

  it('older servers without `direction`: ACCEPTED and COMPLETED take the direction of the leg', async () => {
    const callid = 'no-direction-1';
    const common = { phone: '79101234567', user: 'andy', callid, crm_token: CRM_TOKEN, cmd: 'event' };
    for (const type of ['OUTGOING', 'ACCEPTED', 'COMPLETED']) expect((await relay.webhook({ ...common, type })).status).toBe(200);
    const mine = (await relay.events(andyKey)).filter((e) => e.callId === callid);
    expect(mine.map((e) => [e.kind, e.direction])).toEqual([['outgoing', 'out'], ['answered', 'out'], ['ended', 'out']]);
  });

  it('history status is compared case-insensitively and stored lower case', async () => {
    const callid = 'history-case';
    await relay.webhook({ cmd: 'history', type: 'in', status: 'MISSED', phone: '89101234567', user: 'ANDY', start: '20260318T090000Z', duration: '0', callid, crm_token: CRM_TOKEN });
    const [h] = (await relay.events(andyKey)).filter((e) => e.callId === callid);
    expect(h).toMatchObject({ kind: 'history', status: 'missed', durationS: 0, phone: '79101234567', contactName: 'Сидоров Пётр', company: 'ЗАО Рога и копыта' });
  });

  it('an unknown event type is accepted (200) and not delivered', async () => {
    const reply = await relay.webhook(event({ type: 'HOLD', callid: 'hold-1' }));
    expect(reply.status).toBe(200);
    expect((await relay.events(andyKey)).some((e) => e.callId === 'hold-1')).toBe(false);
  });

  it('cmd=rating is stored', async () => {
    const reply = await relay.webhook({ cmd: 'rating', callid: 'rated-1', rating: '5', phone: '79101234567', user: 'andy', ext: '708', crm_token: CRM_TOKEN });
    expect(reply.status).toBe(200);
    expect(await relay.store.ratings.forCall('rated-1')).toMatchObject([{ callId: 'rated-1', rating: '5', user: 'andy' }]);
  });

  it('a webhook the PBX resends (same fields) is delivered once', async () => {
    const fields = event({ callid: 'retried-1' });
    for (let i = 0; i < 3; i++) expect((await relay.webhook(fields)).status).toBe(200);
    expect((await relay.events(andyKey)).filter((e) => e.callId === 'retried-1')).toHaveLength(1);
  });
});
