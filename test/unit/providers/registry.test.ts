// @vitest-environment node
/**
 * Meta-test: every registered provider has an adapter, settings, capabilities, a simulated PBX that records its
 * click-to-call, webhook scenarios the simulator can play, and its own adapter test file.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider } from '../../../src/providers/index.ts';
import { providerCapabilities, providerFields, providerIds } from '../../../src/providers/ids.ts';
import type { ProviderConfig, ProviderId } from '../../../src/providers/provider.ts';
import { GRAVITEL_SIM } from '../../../sim/gravitel.ts';
import { MANGO_SIM } from '../../../sim/mango.ts';
import { SIPUNI_SIM } from '../../../sim/sipuni.ts';
import { startSimulator, type Simulator } from '../../../sim/server.ts';

let sim: Simulator;
const received: Array<{ path: string; method: string }> = [];
let crmUrl = '';
const crm = createServer((req, res) => {
  received.push({ path: new URL(req.url ?? '/', 'http://x').pathname, method: req.method ?? '' });
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}');
});

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve));
  crmUrl = `http://127.0.0.1:${(crm.address() as AddressInfo).port}/crm`;
});
afterAll(async () => {
  await sim.close();
  await new Promise((resolve) => crm.close(resolve));
});

/** How each provider is pointed at the simulator: this table must grow with the registry. */
const simConfig: Record<ProviderId, () => ProviderConfig> = {
  itoolabs: () => ({ url: sim.url, token: sim.token }),
  'itoolabs-v1': () => ({ url: sim.url, token: sim.token }),
  gravitel: () => ({ url: `${sim.url}/gravitel`, token: GRAVITEL_SIM.key, extra: { domain: GRAVITEL_SIM.domain } }),
  sipuni: () => ({ url: `${sim.url}/sipuni/api`, token: SIPUNI_SIM.secret, extra: { account: SIPUNI_SIM.account } }),
  mango: () => ({ url: `${sim.url}/mango/vpbx`, token: MANGO_SIM.key, extra: { salt: MANGO_SIM.salt } }),
};

const testFile: Record<ProviderId, string> = {
  itoolabs: 'test/unit/itoolabs-client.test.ts',
  'itoolabs-v1': 'test/unit/providers/itoolabs-v1.test.ts',
  gravitel: 'test/unit/providers/gravitel.test.ts',
  sipuni: 'test/unit/providers/sipuni.test.ts',
  mango: 'test/unit/providers/mango.test.ts',
};

describe.each(providerIds.map((id) => [id]))('%s', (id) => {
  it('is registered with its fields and capabilities, and the adapter declares the same capabilities', () => {
    const provider = createProvider(id, simConfig[id]());
    expect(provider.id).toBe(id);
    expect(provider.capabilities).toEqual(providerCapabilities[id]);
    expect(providerFields[id].some((f) => f.key === 'token' && f.secret)).toBe(true);
    const caps = provider.capabilities;
    if (caps.dnd !== 'yes') expect(caps.dndNote).toMatch(new RegExp(`^dnd\\w+_${id.replace('-', '')}$`));
  });

  it('declares caller id exactly when it implements it (the popup shows "call from" from the capability)', () => {
    const provider = createProvider(id, simConfig[id]());
    expect(typeof provider.callerIds === 'function' && typeof provider.setCallerId === 'function').toBe(provider.capabilities.callerId);
    if (!provider.capabilities.history && id !== 'itoolabs') expect(provider.capabilities.historyNote).toBe(`historyAbsent_${id}`);
  });

  it('has its adapter test file', () => {
    expect(existsSync(testFile[id])).toBe(true);
  });

  it('click-to-call reaches the simulated PBX and lands in the shared command log', async () => {
    const before = sim.cursor;
    await createProvider(id, simConfig[id]()).makeCall(id === 'itoolabs' || id === 'itoolabs-v1' ? 'andy' : '708', '79101234567');
    const commands = sim.commands({ since: before, provider: id });
    expect(commands).toHaveLength(1);
    expect(commands[0]!.status).toBeLessThan(300);
  });

  it('the simulator plays its webhooks for a call', async () => {
    received.length = 0;
    const base = { scenario: 'answered-incoming' as const, crmUrl };
    if (id === 'itoolabs' || id === 'itoolabs-v1') await sim.playScenario({ ...base, crmToken: 't', provider: id });
    else await sim.playScenario({ ...base, provider: id, crmToken: 't' });
    expect(received.length).toBeGreaterThanOrEqual(3);
  });
});
