// @vitest-environment node
/** The relay's log: JSON lines with phone numbers masked and no token, agent key or admin token, ever. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { maskPhone, maskPhonesInText } from '../../relay/log.ts';
import { ADMIN_TOKEN, CRM_TOKEN, startRelay, type TestRelay } from './helpers.ts';

describe('maskPhone', () => {
  it.each([
    ['79101234567', '7910*****67'],
    ['+7 (910) 123-45-67', '7910*****67'],
    ['89101234567', '8910*****67'],
    ['4951234', '*****34'],
    ['101', '*01'],
    ['7', '*'],
    ['7910*****67', '7910*****67'],
  ])('%s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it('masks numbers inside free text and leaves short numbers, addresses and ports alone', () => {
    expect(maskPhonesInText('Server listening at http://127.0.0.1:18790, 1500 ms, v1.2.3')).toBe('Server listening at http://127.0.0.1:18790, 1500 ms, v1.2.3');
    expect(maskPhonesInText('makeCall 8 (910) 123-45-67 failed: 500')).toBe('makeCall 8910*****67 failed: 500');
    expect(maskPhonesInText('user=79101234567&x=1')).toBe('user=7910*****67&x=1');
  });
});

describe('what a webhook and a call leave in the log', () => {
  const lines: string[] = [];
  let sim: Simulator;
  let relay: TestRelay;
  let key: string;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    relay = await startRelay({ sim, logLevel: 'trace', logStream: { write: (line) => void lines.push(line) } });
    key = await relay.addAgent('andy');
    await relay.admin('PUT', '/admin/contacts/79101234567', { name: 'Сидоров Пётр' });

    const call = { phone: '+7 (910) 123-45-67', callid: 'log-1', crm_token: CRM_TOKEN, diversion: '74951234567' };
    await relay.webhook({ cmd: 'contact', ...call });
    await relay.webhook({ cmd: 'event', type: 'INCOMING', user: 'andy', direction: 'in', ...call });
    await relay.webhook({ cmd: 'event', type: 'INCOMING', user: 'nobody', direction: 'in', ...call });
    await relay.webhook({ cmd: 'event', type: 'RINGING 79101234567', user: 'andy', direction: 'in', ...call });
    await relay.webhook({ cmd: 'history', type: 'in', status: 'Success', user: 'andy', start: '20260318T090000Z', duration: '12', ...call });
    await relay.webhook({ ...call, cmd: 'event', crm_token: `${CRM_TOKEN}-old` });
    await relay.agent(key, 'POST', '/agent/call', { phone: '8 (910) 123-45-67' });
    sim.inject({ status: 500, body: '<html>79101234567</html>', cmd: 'makeCall' });
    await relay.agent(key, 'POST', '/agent/call', { phone: '8 (910) 123-45-67' });
    await relay.agent(key, 'GET', '/agent/events?after=0&wait=0');
    await relay.agent('not-a-key', 'GET', '/agent/me');
    // An error whose message quotes user input: pino makes the message the line's msg, and prints the stack.
    relay.app.log.error(new Error('could not store 79101234567'));
    relay.app.log.info({ body: { crm_token: CRM_TOKEN, phone: '79101234567' }, headers: { authorization: `Bearer ${key}` } }, 'a careless log line');
  });
  afterAll(async () => {
    await relay.close();
    await sim.close();
  });

  it('logs what happened, as JSON lines', () => {
    const entries = lines.map((l) => JSON.parse(l) as { msg?: string });
    const messages = entries.map((e) => e.msg);
    expect(messages).toEqual(expect.arrayContaining(['contact look-up', 'event stored', 'webhook for a PBX user without an agent: not stored', 'call requested', 'PBX command failed']));
    expect(messages).toContain('webhook with a wrong crm_token: refused');
  });

  it('has no full phone number, only the masked form', () => {
    const log = lines.join('');
    for (const full of ['79101234567', '9101234567', '1234567', '123-45-67', '74951234567', '4951234567']) expect(log).not.toContain(full);
    expect(log).toContain('7910*****67');
  });

  it('has no token, agent key or admin token', () => {
    const log = lines.join('');
    for (const secret of [CRM_TOKEN, ADMIN_TOKEN, key, sim.token, 'not-a-key']) expect(log).not.toContain(secret);
    expect(log.toLowerCase()).not.toContain('bearer');
  });
});
