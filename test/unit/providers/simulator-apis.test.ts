// @vitest-environment node
/** The other PBX APIs through the simulator's control API: one command log with `provider`, scenarios, reset. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGravitelProvider } from '../../../src/providers/gravitel/client.ts';
import { GRAVITEL_SIM } from '../../../sim/gravitel.ts';
import { startSimulator, type Simulator } from '../../../sim/server.ts';

let sim: Simulator;
const got: string[] = [];
let crmUrl = '';
const crm = createServer((req, res) => {
  got.push(`${req.method} ${req.url}`);
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}');
});

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve));
  crmUrl = `http://127.0.0.1:${(crm.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await sim.close();
  await new Promise((resolve) => crm.close(resolve));
});

const control = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(sim.url + path, { method, ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
};

describe('simulator control API with several PBXs', () => {
  it('GET /__sim/commands shows every PBX\'s commands with their provider, filterable', async () => {
    await fetch(sim.endpoint, { method: 'POST', body: new URLSearchParams({ cmd: 'accounts', token: sim.token }) });
    await createGravitelProvider({ url: `${sim.url}/gravitel`, token: GRAVITEL_SIM.key, extra: { domain: GRAVITEL_SIM.domain } }).makeCall('708', '79101234567');
    const all = (await control('GET', '/__sim/commands')).json.commands as Array<{ provider: string; cmd: string }>;
    expect(all.map((c) => `${c.provider}:${c.cmd}`)).toEqual(['itoolabs:accounts', 'gravitel:makecall']);
    const only = (await control('GET', '/__sim/commands?provider=gravitel&cmd=makecall')).json.commands as Array<{ json: unknown }>;
    expect(only).toHaveLength(1);
    expect(only[0]?.json).toEqual({ extension: '708', number: '79101234567' });
  });

  it('POST /__sim/scenario with a provider plays that PBX\'s webhooks (Sipuni by GET here)', async () => {
    got.length = 0;
    const reply = await control('POST', '/__sim/scenario', { provider: 'sipuni', scenario: 'missed', crmUrl, method: 'GET', duplicateStart: true });
    expect(reply.status).toBe(200);
    expect(got).toHaveLength(3);
    expect(got.every((line) => line.startsWith('GET /hook?event='))).toBe(true);
    expect(got[2]).toMatch(/event=2&.*status=NOANSWER/);
    expect((await control('POST', '/__sim/scenario', { provider: 'gravitel', scenario: 'nope', crmUrl })).status).toBe(400);
  });

  it("GET /__sim/state shows Gravitel's caller id per extension: set by callerid, refused for an unknown number format", async () => {
    const pbx = createGravitelProvider({ url: `${sim.url}/gravitel`, token: GRAVITEL_SIM.key, extra: { domain: GRAVITEL_SIM.domain } });
    await pbx.setCallerId('705', '74952302344');
    await expect(pbx.setCallerId('705', '12')).rejects.toMatchObject({ code: 'bad-params' });
    const state = (await control('GET', '/__sim/state')).json as { gravitel: { callerIds: Record<string, string> } };
    expect(state.gravitel.callerIds).toEqual({ '705': '74952302344' });
    await pbx.setCallerId('705', '');
    expect(((await control('GET', '/__sim/state')).json as typeof state).gravitel.callerIds).toEqual({});
  });

  it('POST /__sim/reset resets every PBX API', async () => {
    expect(sim.apis.gravitel.calls).toHaveLength(1);
    await control('POST', '/__sim/reset');
    expect(sim.apis.gravitel.calls).toHaveLength(0);
  });
});
