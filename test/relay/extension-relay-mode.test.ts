// @vitest-environment node
/**
 * The extension's background in relay mode against a real relay whose PBX is Gravitel (PBX_PROVIDER=gravitel) and
 * the simulator: the popup's `status` carries the relay's PBX and its capabilities (no DND, with Gravitel's reason;
 * caller id yes), remembered when the relay is out of reach; "call from" goes through typed messages → relay →
 * Gravitel's exact `callerid`; content scripts cannot reach it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GRAVITEL_SIM } from '../../sim/gravitel.ts';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { gravitelCapabilities } from '../../src/providers/gravitel/fields.ts';
import { RELAY_FALLBACK_CAPABILITIES } from '../../src/providers/relay/client.ts';
import type { Status } from '../../src/core/messages.ts';
import { startRelay, type TestRelay } from './helpers.ts';
import { EXT, storage } from '../fakes/browser.ts';

vi.mock('webextension-polyfill', () => import('../fakes/browser.ts'));

const { onMessage } = await import('../../src/background/router.ts');
const popup = { id: 'abcdef', url: `${EXT}src/ui/popup/index.html` } as never;
const page = { id: 'abcdef', url: 'https://crm.example.ru/deals', tab: { id: 1 } } as never;
const ask = (type: string, payload: object = {}, from = popup) => onMessage({ type, payload }, from) as Promise<Record<string, unknown>>;

let sim: Simulator;
let relay: TestRelay;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  relay = await startRelay({ pbx: { provider: 'gravitel', url: `${sim.url}/gravitel`, token: GRAVITEL_SIM.key, extra: { domain: GRAVITEL_SIM.domain } } });
  const agentKey = await relay.addAgent('708');
  storage['settings'] = { version: 4, mode: 'relay', relayUrl: relay.url, agentKey, user: '708', userName: 'Петров Андрей' };
});
afterAll(async () => {
  await relay.close();
  await sim.close();
});

describe('relay mode with a Gravitel relay', () => {
  it("the options' check names the relay's PBX and what it can do", async () => {
    const s = storage['settings'] as { relayUrl: string; agentKey: string };
    const r = await ask('pbx:check', { mode: 'relay', provider: 'itoolabs', url: s.relayUrl, key: s.agentKey });
    expect(r).toEqual({ ok: true, accounts: [{ login: '708', name: 'Петров Андрей' }], relayPbx: { provider: 'gravitel', capabilities: gravitelCapabilities } });
  });

  it('status gives the popup Gravitel and its capabilities: no DND (with the reason), caller id yes', async () => {
    const status = (await ask('status')) as unknown as Status;
    expect(status).toMatchObject({ configured: true, provider: 'gravitel', capabilities: gravitelCapabilities });
    expect(status.capabilities).toMatchObject({ dnd: 'no', dndNote: 'dndAbsent_gravitel', callerId: true });
    expect(await ask('dnd:set', { on: true })).toEqual({ ok: false, error: { code: 'unsupported', detail: 'dndAbsent_gravitel' } });
  });

  it('"call from": the lines from the PBX, the choice sent as Gravitel\'s exact callerid, remembered for the next open', async () => {
    expect(await ask('callerid:get')).toEqual({
      ok: true,
      numbers: [{ number: '74951234567', name: 'Основной номер' }, { number: '74952302344', name: 'Отдел продаж' }],
      current: null,
    });
    const since = sim.cursor;
    expect(await ask('callerid:set', { number: '74952302344' })).toEqual({ ok: true, number: '74952302344' });
    expect(sim.commands({ provider: 'gravitel', cmd: 'callerid', since }).map((c) => [c.method, c.json, c.status])).toEqual([
      ['POST', { extension: '708', number: '74952302344' }, 200],
    ]);
    expect(await ask('callerid:get')).toMatchObject({ ok: true, current: '74952302344' });
    expect(await ask('callerid:set', { number: '' })).toEqual({ ok: true, number: '' });
    expect(sim.commands({ provider: 'gravitel', cmd: 'callerid', since }).at(-1)).toMatchObject({ method: 'DELETE', json: { extension: '708' } });
    expect(await ask('callerid:get')).toMatchObject({ current: '' });
  });

  it('a page script (content script) cannot list or set the caller id', () => {
    expect(onMessage({ type: 'callerid:get', payload: {} }, page)).toBeUndefined();
    expect(onMessage({ type: 'callerid:set', payload: { number: '74952302344' } }, page)).toBeUndefined();
  });

  it('with the relay out of reach the popup still knows its PBX (remembered); another relay is not assumed to be it', async () => {
    const s = storage['settings'] as Record<string, unknown>;
    storage['settings'] = { ...s, relayUrl: 'http://127.0.0.1:9' };
    // settings are cached in memory by the background: a fresh module graph reads them again
    vi.resetModules();
    const fresh = await import('../../src/background/router.ts');
    const other = (await fresh.onMessage({ type: 'status', payload: {} }, popup)) as Status;
    expect(other).toMatchObject({ provider: 'relay', capabilities: RELAY_FALLBACK_CAPABILITIES });
    storage['settings'] = s;
    await relay.app.close(); // the same relay, now down
    vi.resetModules();
    const again = await import('../../src/background/router.ts');
    expect(await again.onMessage({ type: 'status', payload: {} }, popup)).toMatchObject({ provider: 'gravitel', capabilities: gravitelCapabilities });
  });
});
