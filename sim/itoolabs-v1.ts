/**
 * ITooLabs `crmapi/v1` (spec §1.3) as the PBX plays it, under `/crmapi/v1/…`: `X-API-KEY` (the same PBX key as
 * crm_api.wcgp), JSON both ways, errors `{message}`. Its own DND and subscription state; history from the fixtures.
 * Its webhooks are the classic form ones, so its scenarios are sim/scenarios.ts.
 */
import { randomUUID } from 'node:crypto';
import type { SimAccount } from './fixtures.ts';
import { HISTORY_TYPES, PERIODS, parseCompactUtc, periodRange, selectHistory, type HistoryFilter, type HistoryTypeFilter, type Period } from './history.ts';
import { ProviderSim, flatFields, header, json, readJsonBody, type Parsed, type SimReply, type SimRequest } from './provider-sim.ts';

export class ItoolabsV1Sim extends ProviderSim {
  readonly provider = 'itoolabs-v1';
  readonly prefix = '/crmapi/v1';
  calls: Array<{ callid: string; user: string; phone: string; clid?: string }> = [];
  dnd = new Map<string, boolean>();
  subs = new Map<string, Set<string>>();

  reset(): void {
    this.calls = [];
    this.dnd = new Map();
    this.subs = new Map(this.log.fixtures.accounts.map((a) => [a.name, new Set(this.log.groupsOf(a.name).map((g) => g.id))]));
    this.clearFaults();
  }

  protected parse(request: SimRequest): Parsed {
    const body = readJsonBody(request.body);
    // `users/{login}/dnd` → `users/dnd`: the log groups commands by what they do, the login is in fields
    const m = /^\/users\/([^/]+)\/(\w+)$/.exec(request.path);
    return {
      cmd: m ? `users/${m[2]}` : request.path.replace(/^\/+|\/+$/g, ''),
      transport: request.body ? 'json' : 'query',
      fields: { 'x-api-key': header(request, 'x-api-key') ?? '', ...Object.fromEntries(request.query), ...(m ? { login: decodeURIComponent(m[1]!) } : {}), ...flatFields(body) },
      ...(body !== undefined ? { json: body } : {}),
    };
  }

  protected answer(request: SimRequest, parsed: Parsed): SimReply {
    if (header(request, 'x-api-key') !== this.log.config.token) return json(401, { message: 'Invalid API key' });
    const b = (typeof parsed.json === 'object' && parsed.json !== null ? parsed.json : {}) as Record<string, unknown>;
    if (request.body.trim() && parsed.json === undefined) return json(400, { message: 'Invalid JSON' });
    const route = `${request.method} ${parsed.cmd}`;
    const q = request.query;
    switch (route) {
      case 'POST makecall': {
        const account = this.log.findUser(String(b['user'] ?? ''));
        const phone = b['phone'];
        if (typeof phone !== 'string' || !/^\d{3,20}$/.test(phone)) return json(400, { message: 'Invalid parameters: phone' });
        if (!account) return json(404, { message: 'User not found' });
        const callid = randomUUID();
        this.calls.push({ callid, user: account.name, phone, ...(typeof b['clid'] === 'string' ? { clid: b['clid'] } : {}) });
        return json(200, { callid });
      }
      case 'GET users':
        return json(200, { items: this.log.fixtures.accounts.map(toUser) });
      case 'GET groups': {
        const user = q.get('user');
        const account = user ? this.log.findUser(user) : undefined;
        if (user && !account) return json(404, { message: 'User not found' });
        const groups = account ? this.log.groupsOf(account.name) : this.log.fixtures.groups;
        return json(200, { items: groups.map((g) => ({ id: g.id, name: g.realName, ...(g.ext !== undefined ? { ext: String(g.ext) } : {}) })) });
      }
      case 'GET history/json':
        return this.history(q);
    }
    if (parsed.cmd === 'users/dnd' || parsed.cmd === 'users/subscription') {
      const account = this.log.findUser(parsed.fields['login'] ?? '');
      if (!account) return json(404, { message: 'User not found' });
      if (parsed.cmd === 'users/dnd') {
        if (request.method === 'POST' || request.method === 'DELETE') this.dnd.set(account.name, request.method === 'POST');
        else if (request.method !== 'GET') return json(405, { message: 'Method not allowed' });
        return json(200, { state: this.dnd.get(account.name) ?? false });
      }
      const groups = this.subs.get(account.name) ?? new Set<string>();
      const groupId = q.get('group_id');
      const mine = this.log.groupsOf(account.name).map((g) => g.id);
      if (groupId !== null && !mine.includes(groupId)) return json(400, { message: 'Invalid parameters: group_id' });
      if (request.method === 'GET') {
        if (groupId === null) return json(400, { message: 'Invalid parameters: group_id' });
        return json(200, { status: groups.has(groupId) ? 'on' : 'off' });
      }
      if (request.method !== 'POST' && request.method !== 'DELETE') return json(405, { message: 'Method not allowed' });
      for (const id of groupId !== null ? [groupId] : mine) {
        if (request.method === 'POST') groups.add(id);
        else groups.delete(id);
      }
      this.subs.set(account.name, groups);
      return json(200, {});
    }
    return json(404, { message: 'Not found' });
  }

  private history(q: URLSearchParams): SimReply {
    const filter: HistoryFilter = { type: 'all' };
    const period = q.get('period');
    if (period !== null) {
      if (!(PERIODS as readonly string[]).includes(period)) return json(400, { message: 'Invalid parameters: period' });
      Object.assign(filter, periodRange(period as Period, this.log.now()));
    } else {
      const start = q.get('start');
      const end = q.get('end');
      if (start !== null && !(filter.from = parseCompactUtc(start))) return json(400, { message: 'Invalid parameters: start' });
      if (end !== null && !(filter.to = parseCompactUtc(end))) return json(400, { message: 'Invalid parameters: end' });
    }
    const type = q.get('type');
    if (type !== null) {
      if (!(HISTORY_TYPES as readonly string[]).includes(type)) return json(400, { message: 'Invalid parameters: type' });
      filter.type = type as HistoryTypeFilter;
    }
    const limit = q.get('limit');
    if (limit !== null) {
      if (!/^\d+$/.test(limit) || Number(limit) < 1) return json(400, { message: 'Invalid parameters: limit' });
      filter.limit = Number(limit);
    }
    return json(
      200,
      selectHistory(this.log.fixtures.history, filter).map((r) => ({
        uid: r.uid, type: r.type, client: r.client, account: r.account, via: r.via, start: r.start.toISOString(),
        wait: r.wait, duration: r.duration, ...(r.record ? { record: r.record } : {}),
      })),
    );
  }
}

function toUser(a: SimAccount) {
  return {
    login: a.name,
    name: a.realName,
    ...(a.ext !== undefined ? { ext: String(a.ext) } : {}),
    ...(a.telnum ? { telnum: a.telnum, mobile: a.telnum } : {}),
    ...(a.email ? { email: a.email } : {}),
    role: 'user',
  };
}
