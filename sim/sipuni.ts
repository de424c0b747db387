/**
 * Sipuni (spec §3) as the PBX plays it, under `/sipuni/api/…`: form POST (or GET), `user` = account number,
 * `hash` = md5 of the sent values sorted by name, '+'-joined, '+secret' — verified with node:crypto, independently
 * of the adapter's own MD5. Errors are `{"success":false,"message":…}` with HTTP 200. Its event webhooks (1 start,
 * 3 answer, 2 hang-up, 4 secondary hang-up) with the real traffic's quirks are played by scenarios.
 */
import { createHash, randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ItoolabsPbx } from './itoolabs.ts';
import { ProviderSim, deliver, formFields, json, text, type Delivery, type Parsed, type SimReply, type SimRequest } from './provider-sim.ts';
import type { ProviderScenarioRequest, ProviderScenarioResult } from './provider-scenarios.ts';
import { ScenarioError } from './scenarios.ts';

export const SIPUNI_SIM = { account: '078332', secret: 'sim-sipuni-secret' } as const;
/** workplace/setUserStatus: 0 free, 1 break, 4 away. */
const STATUSES = ['0', '1', '4'];

export class SipuniSim extends ProviderSim {
  readonly provider = 'sipuni';
  readonly prefix = '/sipuni/api';
  calls: Array<{ sipnumber: string; phone: string; reverse: string; antiaon: string; callId: string }> = [];
  statuses = new Map<string, string>();

  constructor(
    log: ItoolabsPbx,
    readonly config: { account: string; secret: string } = { ...SIPUNI_SIM },
  ) {
    super(log);
  }

  reset(): void {
    this.calls = [];
    this.statuses = new Map();
    this.clearFaults();
  }

  hashOf(fields: Record<string, string>): string {
    const names = Object.keys(fields).filter((k) => k !== 'hash').sort();
    return createHash('md5').update([...names.map((k) => fields[k]), this.config.secret].join('+'), 'utf8').digest('hex');
  }

  hasSipnumber(sip: string): boolean {
    return this.log.fixtures.accounts.some((a) => String(a.ext ?? '') === sip);
  }

  protected parse(request: SimRequest): Parsed {
    return { cmd: request.path.replace(/^\/+|\/+$/g, ''), transport: request.method === 'GET' ? 'query' : 'form', fields: formFields(request) };
  }

  protected answer(request: SimRequest, parsed: Parsed): SimReply {
    const f = parsed.fields;
    const routes = ['callback/call_number', 'workplace/setUserStatus', 'statistic/operators'];
    if (!routes.includes(parsed.cmd)) return text(404, 'Not Found');
    if (f['user'] !== this.config.account) return fail('Invalid user');
    if (!f['hash'] || f['hash'].toLowerCase() !== this.hashOf(f)) return fail('Invalid hash');
    switch (parsed.cmd) {
      case 'callback/call_number': {
        for (const key of ['antiaon', 'phone', 'reverse', 'sipnumber']) if (!f[key]) return fail(`Parameter ${key} is required`);
        if (!/^[01]$/.test(f['antiaon']!) || !/^[01]$/.test(f['reverse']!)) return fail('Invalid antiaon/reverse');
        if (!/^\d{3,15}$/.test(f['phone']!)) return fail('Invalid phone');
        if (!this.hasSipnumber(f['sipnumber']!)) return fail('Sipnumber not found');
        const callId = `${Date.now()}.${randomInt(1e6)}`;
        this.calls.push({ sipnumber: f['sipnumber']!, phone: f['phone']!, reverse: f['reverse']!, antiaon: f['antiaon']!, callId });
        return json(200, { success: true, callId });
      }
      case 'workplace/setUserStatus': {
        if (!f['sipnumber'] || !this.hasSipnumber(f['sipnumber'])) return fail('Sipnumber not found');
        if (!STATUSES.includes(f['status'] ?? '')) return fail('Invalid status');
        this.statuses.set(f['sipnumber'], f['status']!);
        return json(200, { success: true });
      }
      default:
        return json(200, {
          success: true,
          operators: this.log.fixtures.accounts.map((a) => ({ name: a.realName, sipnumber: String(a.ext ?? '') })),
        });
    }
  }
}

const fail = (message: string) => json(200, { success: false, message });

/**
 * Sipuni's event webhooks for one call, to `crmUrl` by GET query or POST form. `dst_num` carries the `_id…`
 * suffix real traffic shows; event 1 may come twice and event 2 may be missing, on request.
 */
export async function playSipuniScenario(sim: SipuniSim, request: ProviderScenarioRequest, signal?: AbortSignal): Promise<ProviderScenarioResult> {
  const callId = request.callId ?? `${Math.floor(sim.log.now().getTime() / 1000)}.${randomInt(1e5)}`;
  const phone = (request.phone ?? '79101234567').replace(/\D/g, '');
  const ext = request.user ?? '708';
  for (const e of [ext, ...(request.users ?? [])]) if (!sim.hasSipnumber(e)) throw new ScenarioError(`unknown sipnumber: ${e}`);
  const ts = () => String(Math.floor(sim.log.now().getTime() / 1000));
  const tree = { treeName: 'Входящая схема', treeNumber: sim.log.fixtures.line, user_id: sim.config.account };
  const incoming = (event: string, who: string, extra: Record<string, string> = {}) => ({
    event, call_id: callId, src_num: phone, src_type: '1', dst_num: `${sim.config.account}${who}_id265648`, dst_type: '2',
    short_src_num: '', short_dst_num: who, timestamp: ts(), ...tree, ...extra,
  });
  const outgoing = (event: string, extra: Record<string, string> = {}) => ({
    event, call_id: callId, src_num: ext, src_type: '2', dst_num: `${phone}_id265648`, dst_type: '1',
    short_src_num: ext, short_dst_num: '', timestamp: ts(), ...tree, ...extra,
  });
  const record = { call_record_link: `https://sipuni.com/api/crm/record?id=${callId}` };
  let hooks: Record<string, string>[];
  switch (request.scenario) {
    case 'answered-incoming':
      hooks = [incoming('1', ext), incoming('3', ext), incoming('2', ext, { status: 'ANSWER', ...record })];
      break;
    case 'missed':
      hooks = [incoming('1', ext), incoming('2', ext, { status: 'NOANSWER', call_record_link: '' })];
      break;
    case 'outgoing':
      hooks = [outgoing('1'), outgoing('3'), outgoing('2', { status: 'ANSWER', ...record })];
      break;
    case 'group-ring': {
      const others = (request.users ?? ['705']).filter((u) => u !== ext);
      hooks = [
        ...[ext, ...others].map((u) => incoming('1', u)),
        incoming('3', ext),
        ...others.map((u) => incoming('4', u, { status: 'CANCEL', call_record_link: '' })),
        incoming('2', ext, { status: 'ANSWER', ...record }),
      ];
      break;
    }
  }
  if (request.duplicateStart) hooks.splice(1, 0, { ...hooks[0]! });
  if (request.dropHangup) hooks = hooks.filter((h) => h['event'] !== '2');
  const sent: Delivery[] = [];
  for (const [i, fields] of hooks.entries()) {
    if (i > 0 && request.delayMs) await sleep(request.delayMs, undefined, { signal });
    const query = new URLSearchParams(fields);
    sent.push(
      request.method === 'GET'
        ? await deliver(`${request.crmUrl}${request.crmUrl.includes('?') ? '&' : '?'}${query}`, { method: 'GET' }, fields, signal)
        : await deliver(request.crmUrl, { method: 'POST', body: query }, fields, signal),
    );
  }
  return { provider: 'sipuni', scenario: request.scenario, callId, sent };
}
