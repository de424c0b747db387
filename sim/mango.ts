/**
 * Mango Office VPBX API (spec §4) as the PBX plays it, under `/mango/vpbx/…`: form POST of `vpbx_api_key`, `sign`,
 * `json`, with sign = sha256(key + json + salt) verified (node:crypto) over the json string exactly as received.
 * Errors: HTTP 420 `{"code":NNNN}` — 3105 wrong key, 3102 wrong sign, 3104 bad parameters, 3310 unknown extension.
 * Scenarios send `/events/call` (signed, shuffled by `seq`) and `/events/summary`.
 */
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ItoolabsPbx } from './itoolabs.ts';
import { ProviderSim, deliver, formFields, json, text, type Delivery, type Parsed, type SimReply, type SimRequest } from './provider-sim.ts';
import type { ProviderScenarioRequest, ProviderScenarioResult } from './provider-scenarios.ts';
import { ScenarioError } from './scenarios.ts';

export const MANGO_SIM = { key: 'sim-mango-key', salt: 'sim-mango-salt' } as const;

export const mangoSimSign = (key: string, json: string, salt: string) => createHash('sha256').update(key + json + salt, 'utf8').digest('hex');

export class MangoSim extends ProviderSim {
  readonly provider = 'mango';
  readonly prefix = '/mango/vpbx';
  calls: Array<{ commandId: string; extension: string; toNumber: string; lineNumber?: string }> = [];

  constructor(
    log: ItoolabsPbx,
    readonly config: { key: string; salt: string } = { ...MANGO_SIM },
  ) {
    super(log);
  }

  reset(): void {
    this.calls = [];
    this.clearFaults();
  }

  hasExtension(ext: string): boolean {
    return this.log.fixtures.accounts.some((a) => String(a.ext ?? '') === ext);
  }

  protected parse(request: SimRequest): Parsed {
    const fields = formFields(request);
    let body: unknown;
    try {
      body = fields['json'] !== undefined ? JSON.parse(fields['json']) : undefined;
    } catch {
      body = undefined;
    }
    return { cmd: request.path.replace(/^\/+|\/+$/g, ''), transport: 'form', fields, ...(body !== undefined ? { json: body } : {}) };
  }

  protected answer(request: SimRequest, parsed: Parsed): SimReply {
    const routes = ['commands/callback', 'config/users/request'];
    if (!routes.includes(parsed.cmd)) return text(404, 'Not Found');
    if (request.method !== 'POST') return err(3104);
    const f = parsed.fields;
    if (f['vpbx_api_key'] !== this.config.key) return err(3105);
    if (f['json'] === undefined || f['sign'] !== mangoSimSign(this.config.key, f['json'], this.config.salt)) return err(3102);
    const body = parsed.json;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return err(3104);
    const b = body as Record<string, unknown>;
    if (parsed.cmd === 'config/users/request') {
      return json(200, {
        users: this.log.fixtures.accounts.map((a) => ({
          general: { name: a.realName, ...(a.email ? { email: a.email } : {}) },
          telephony: { extension: String(a.ext ?? ''), numbers: a.telnum ? [{ number: a.telnum, protocol: 'tel' }] : [] },
        })),
      });
    }
    const from = b['from'];
    const extension = typeof from === 'object' && from !== null ? (from as Record<string, unknown>)['extension'] : undefined;
    const toNumber = b['to_number'];
    if (typeof b['command_id'] !== 'string' || typeof extension !== 'string' || typeof toNumber !== 'string' || !/^\d{3,15}$/.test(toNumber)) return err(3104);
    if (!this.hasExtension(extension)) return err(3310);
    const line = b['line_number'];
    this.calls.push({ commandId: b['command_id'], extension, toNumber, ...(typeof line === 'string' ? { lineNumber: line } : {}) });
    return json(200, { result: 1000 });
  }
}

const err = (code: number) => json(420, { code });

/** Mango's call events for one call, signed; by default sent out of `seq` order, as the PBX may. */
export async function playMangoScenario(sim: MangoSim, request: ProviderScenarioRequest, signal?: AbortSignal): Promise<ProviderScenarioResult> {
  const entryId = request.callId ?? randomUUID().replace(/-/g, '');
  const callId = `${entryId}-1`;
  const phone = (request.phone ?? '79101234567').replace(/\D/g, '');
  const ext = request.user ?? '708';
  if (!sim.hasExtension(ext)) throw new ScenarioError(`unknown extension: ${ext}`);
  const line = sim.log.fixtures.line;
  const t0 = Math.floor(sim.log.now().getTime() / 1000);
  let seq = 0;
  const ev = (call_state: string, location: string, from: Record<string, string>, to: Record<string, string>, extra: Record<string, unknown> = {}) => ({
    entry_id: entryId, call_id: callId, timestamp: t0 + seq, seq: ++seq, call_state, location, from, to, ...extra,
  });
  const caller = { number: phone };
  const us = { extension: ext, number: `sip:${ext}@demo.mangosip.ru`, line_number: line };
  let events: Record<string, unknown>[];
  let summary: Record<string, unknown>;
  switch (request.scenario) {
    case 'answered-incoming':
      events = [
        ev('Appeared', 'ivr', caller, { number: line, line_number: line }),
        ev('Appeared', 'abonent', caller, us),
        ev('Connected', 'abonent', caller, us),
        ev('Disconnected', 'abonent', caller, us, { disconnect_reason: 1110 }),
      ];
      summary = { entry_id: entryId, call_direction: 1, from: caller, to: { extension: ext, number: line }, line_number: line, create_time: t0, forward_time: t0 + 2, talk_time: t0 + 6, end_time: t0 + 48, entry_result: 1, disconnect_reason: 1110 };
      break;
    case 'missed':
      events = [
        ev('Appeared', 'ivr', caller, { number: line, line_number: line }),
        ev('Appeared', 'abonent', caller, us),
        ev('Disconnected', 'abonent', caller, us, { disconnect_reason: 1120 }),
      ];
      summary = { entry_id: entryId, call_direction: 1, from: caller, to: { extension: ext, number: line }, line_number: line, create_time: t0, forward_time: t0 + 2, talk_time: 0, end_time: t0 + 20, entry_result: 0, disconnect_reason: 1120 };
      break;
    case 'outgoing': {
      const me = { extension: ext, number: `sip:${ext}@demo.mangosip.ru` };
      const them = { number: phone, line_number: line };
      events = [ev('Appeared', 'abonent', me, them), ev('Connected', 'abonent', me, them), ev('Disconnected', 'abonent', me, them, { disconnect_reason: 1110 })];
      summary = { entry_id: entryId, call_direction: 2, from: me, to: { number: phone }, line_number: line, create_time: t0, forward_time: t0, talk_time: t0 + 8, end_time: t0 + 81, entry_result: 1, disconnect_reason: 1110 };
      break;
    }
    default:
      throw new ScenarioError(`mango has no ${request.scenario} scenario`);
  }
  // A fixed shuffle, so a failing test fails the same way every time: each pair of neighbours swapped.
  const order = request.inOrder ? events : events.flatMap((_, i) => (i % 2 === 0 ? [events[i + 1], events[i]] : [])).filter((e) => e !== undefined);
  const base = request.crmUrl.replace(/\/+$/, '');
  const salt = request.signSalt ?? sim.config.salt;
  const post = async (path: string, payload: unknown) => {
    const jsonText = JSON.stringify(payload);
    const form = new URLSearchParams({ vpbx_api_key: sim.config.key, sign: mangoSimSign(sim.config.key, jsonText, salt), json: jsonText });
    return deliver(`${base}${path}`, { method: 'POST', body: form }, payload, signal);
  };
  const sent: Delivery[] = [];
  for (const [i, event] of order.entries()) {
    if (i > 0 && request.delayMs) await sleep(request.delayMs, undefined, { signal });
    sent.push(await post('/events/call', event));
  }
  sent.push(await post('/events/summary', summary));
  return { provider: 'mango', scenario: request.scenario, callId: entryId, sent };
}
