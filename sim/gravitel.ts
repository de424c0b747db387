/**
 * Gravitel REST API v1 (spec §2) as the PBX plays it, under `/gravitel/v1/{domain}/…`: `X-API-KEY`, JSON bodies,
 * the document's statuses (makecall 201/400/401/404/405, balance 429 more than once per 10 minutes), `makecall`
 * accepting `extension`, `from` and `user`; and its webhooks (`/client`, `/event`, `/history`) for scenarios.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SimAccount } from './fixtures.ts';
import { PERIODS, HISTORY_TYPES, periodRange, selectHistory, type HistoryFilter, type Period, type HistoryTypeFilter } from './history.ts';
import type { ItoolabsPbx } from './itoolabs.ts';
import { ProviderSim, deliver, flatFields, header, json, readJsonBody, text, type Delivery, type Parsed, type SimReply, type SimRequest } from './provider-sim.ts';
import type { ProviderScenarioRequest, ProviderScenarioResult } from './provider-scenarios.ts';
import { ScenarioError } from './scenarios.ts';

export const GRAVITEL_SIM = { domain: 'demo', key: 'sim-gravitel-key' } as const;
const BALANCE_EVERY_MS = 10 * 60_000;

export class GravitelSim extends ProviderSim {
  readonly provider = 'gravitel';
  readonly prefix = '/gravitel';
  calls: Array<{ extension: string; number: string; clid?: string; via: string }> = [];
  callerIds = new Map<string, string>();
  private lastBalance?: number;

  constructor(
    log: ItoolabsPbx,
    readonly config: { domain: string; key: string } = { ...GRAVITEL_SIM },
  ) {
    super(log);
  }

  reset(): void {
    this.calls = [];
    this.callerIds = new Map();
    this.lastBalance = undefined;
    this.clearFaults();
  }

  get numbers() {
    return [
      { number: this.log.fixtures.line, name: 'Основной номер' },
      { number: '74952302344', name: 'Отдел продаж' },
    ];
  }

  findExtension(ext: string): SimAccount | undefined {
    return this.log.fixtures.accounts.find((a) => String(a.ext ?? '') === ext);
  }

  protected parse(request: SimRequest): Parsed {
    const m = /^\/v1\/([^/]+)\/(.+?)\/?$/.exec(request.path);
    const body = readJsonBody(request.body);
    return {
      cmd: m?.[2] ?? request.path,
      transport: request.body ? 'json' : 'query',
      fields: { 'x-api-key': header(request, 'x-api-key') ?? '', ...flatFields(body) },
      ...(body !== undefined ? { json: body } : {}),
    };
  }

  protected answer(request: SimRequest, parsed: Parsed): SimReply {
    const m = /^\/v1\/([^/]+)\/(.+?)\/?$/.exec(request.path);
    if (!m || decodeURIComponent(m[1] ?? '') !== this.config.domain) return json(404, { error: 'Not found' });
    if (header(request, 'x-api-key') !== this.config.key) return json(401, { error: 'Unauthorized' });
    const body = parsed.json;
    if (request.body.trim() && body === undefined) return json(400, { error: 'Bad request' });
    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const route = `${request.method} ${m[2]}`;
    switch (route) {
      case 'POST makecall':
        return this.makeCall(b);
      case 'POST sms':
        return typeof b['number'] === 'string' && typeof b['text'] === 'string' ? text(200, '') : json(400, { error: 'Bad request' });
      case 'POST history':
      case 'GET history':
        return this.history(request.method === 'GET' ? Object.fromEntries(request.query) : b);
      case 'GET accounts':
        return json(200, this.log.fixtures.accounts.map((a) => ({ extension: String(a.ext ?? ''), name: a.realName })));
      case 'GET groups':
        return json(200, this.log.fixtures.groups.map((g, i) => ({ id: 111 + i, extension: String(g.ext ?? ''), name: g.realName })));
      case 'GET numbers':
        return json(200, this.numbers);
      case 'POST callerid': {
        const ext = str(b['extension']);
        const number = str(b['number']);
        if (!ext || !number || !this.findExtension(ext) || !/^\d{5,15}$/.test(number)) return json(400, { error: 'Bad request' });
        this.callerIds.set(ext, number);
        return text(200, '');
      }
      case 'DELETE callerid': {
        const ext = str(b['extension']);
        if (!ext || !this.findExtension(ext)) return json(400, { error: 'Bad request' });
        this.callerIds.delete(ext);
        return text(200, '');
      }
      case 'GET balance': {
        const now = this.log.now().getTime();
        if (this.lastBalance !== undefined && now - this.lastBalance < BALANCE_EVERY_MS) return json(429, { error: 'Too many requests' });
        this.lastBalance = now;
        return json(200, { balance: 1234.56, credit: 0 });
      }
      default:
        return json(404, { error: 'Not found' });
    }
  }

  private makeCall(b: Record<string, unknown>): SimReply {
    // The document disagrees with itself: its example says `extension`, its table `from`; `user` is seen too.
    const ext = str(b['extension']) ?? str(b['from']) ?? str(b['user']);
    const number = str(b['number']);
    if (!ext || !number) return json(400, { error: 'Bad request' });
    if (!/^\d{3,15}$/.test(number)) return json(405, { error: 'Validation error: number' });
    const clid = str(b['clid']);
    if (clid !== undefined && !this.numbers.some((n) => n.number === clid)) return json(405, { error: 'Validation error: clid' });
    if (!this.findExtension(ext)) return json(404, { error: 'Employee not found' });
    const via = clid ?? this.callerIds.get(ext) ?? this.log.fixtures.line;
    this.calls.push({ extension: ext, number, ...(clid ? { clid } : {}), via });
    return text(201, '');
  }

  private history(b: Record<string, unknown>): SimReply {
    const filter: HistoryFilter = { type: 'all' };
    const period = str(b['period']);
    if (period !== undefined) {
      if (!(PERIODS as readonly string[]).includes(period)) return json(400, { error: 'Bad request: period' });
      Object.assign(filter, periodRange(period as Period, this.log.now()));
    } else {
      const start = str(b['start']);
      const end = str(b['end']);
      if (start !== undefined && Number.isNaN((filter.from = new Date(start)).getTime())) return json(400, { error: 'Bad request: start' });
      if (end !== undefined && Number.isNaN((filter.to = new Date(end)).getTime())) return json(400, { error: 'Bad request: end' });
    }
    const type = str(b['type']);
    if (type !== undefined) {
      if (!(HISTORY_TYPES as readonly string[]).includes(type)) return json(400, { error: 'Bad request: type' });
      filter.type = type as HistoryTypeFilter;
    }
    const limit = b['limit'];
    if (limit !== undefined) {
      if (!(Number(limit) >= 1)) return json(400, { error: 'Bad request: limit' });
      filter.limit = Number(limit);
    }
    const extOf = (account: string) => {
      const login = account.split('@')[0] ?? '';
      const found = this.log.fixtures.accounts.find((a) => a.name === login);
      return found ? String(found.ext ?? '') : account;
    };
    return json(
      200,
      selectHistory(this.log.fixtures.history, filter).map((r) => ({
        id: r.uid,
        type: r.type,
        account: extOf(r.account),
        client: r.client.replace(/\D/g, ''),
        via: r.via.replace(/\D/g, ''),
        start: r.start.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        wait: r.wait,
        duration: r.duration,
        ...(r.record ? { record: r.record } : {}),
      })),
    );
  }
}

const str = (v: unknown): string | undefined =>
  typeof v === 'number' ? String(v) : typeof v === 'string' && v.trim() ? v.trim() : undefined;

/**
 * Gravitel's webhooks for one call: `/client` while it rings, `/event` per stage, `/history` at the end, each a
 * JSON POST to `{crmUrl}/<name>` with the key in `X-API-KEY`.
 */
export async function playGravitelScenario(sim: GravitelSim, request: ProviderScenarioRequest, signal?: AbortSignal): Promise<ProviderScenarioResult> {
  const callId = request.callId ?? randomUUID().replace(/-/g, '').slice(0, 16);
  const ext = request.user ?? '708';
  if (!sim.findExtension(ext)) throw new ScenarioError(`unknown extension: ${ext}`);
  const client = (request.phone ?? '79101234567').replace(/\D/g, '');
  const line = sim.log.fixtures.line;
  const when = Math.floor(sim.log.now().getTime() / 1000);
  const base = request.crmUrl.replace(/\/+$/, '');
  const hooks: Array<[string, Record<string, unknown>]> = [];
  const event = (direction: string, stage: string) => ['event', { id: callId, when, direction, stage, client, extension: ext, phone: line }] as [string, Record<string, unknown>];
  const history = (direction: string, result: string, duration: number, provision: number) =>
    ['history', { id: callId, when, direction, result, duration, provision, client, extension: ext, phone: line, ...(duration > 0 ? { record: `https://records.gravitel.ru/${sim.config.domain}/${callId}.mp3` } : {}) }] as [string, Record<string, unknown>];
  switch (request.scenario) {
    case 'answered-incoming':
      hooks.push(['client', { id: callId, client, phone: line }], event('in', 'alerting'), event('in', 'talking'), event('in', 'released'), history('in', 'Success', 42, 6));
      break;
    case 'missed':
      hooks.push(['client', { id: callId, client, phone: line }], event('in', 'alerting'), event('in', 'released'), history('in', 'missed', 0, 18));
      break;
    case 'outgoing':
      // "Out", capitalised, as the document's own example sends it
      hooks.push(event('Out', 'alerting'), event('Out', 'talking'), event('Out', 'released'), history('Out', 'Success', 73, 8));
      break;
    default:
      throw new ScenarioError(`gravitel has no ${request.scenario} scenario`);
  }
  const sent: Delivery[] = [];
  for (const [i, [name, body]] of hooks.entries()) {
    if (i > 0 && request.delayMs) await sleep(request.delayMs, undefined, { signal });
    sent.push(
      await deliver(`${base}/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': request.crmToken ?? '' }, body: JSON.stringify(body) }, body, signal),
    );
  }
  return { provider: 'gravitel', scenario: request.scenario, callId, sent };
}
