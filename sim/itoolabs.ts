/**
 * The PBX side of the ITooLabs CRM API (spec §1.1), without HTTP: a request's fields in, a reply out.
 * Keeps per-user DND and group subscriptions, the call history, and a log of every command received.
 * Reply variants and injected faults let tests see every answer the spec says real servers give.
 */
import { randomUUID } from 'node:crypto';
import type { Fixtures, SimAccount, SimGroup, SimHistoryRow } from './fixtures.ts';
import {
  HISTORY_TYPES,
  PERIODS,
  historyCsv,
  parseCompactUtc,
  periodRange,
  selectHistory,
  type HistoryFilter,
  type HistoryTypeFilter,
  type Period,
} from './history.ts';

export type Transport = 'form' | 'multipart' | 'query' | 'json';

export interface PbxRequest {
  method: string;
  transport: Transport;
  /** Query string and body merged (body wins). */
  fields: Record<string, string>;
}

export interface PbxReply {
  status: number;
  contentType: string;
  body: string;
  /** Wait this long before answering (an injected slow reply). */
  delayMs?: number;
}

export interface SimConfig {
  token: string;
  /** makeCall's 200 body: empty, the bare call id, `{"uuid":…}` or `{"CallID":…}`. */
  makeCallReply: 'empty' | 'text' | 'uuid' | 'CallID';
  /** get_dnd's field name: the document says `state`, one client reads `status`. */
  dndField: 'state' | 'status';
  /** 400 body: `{"error":"Invalid parameters"}` or `Invalid parameters: [field]`. */
  badParamsReply: 'json' | 'text';
  /** Add the 10th (rating) column to history CSV. */
  historyRating: boolean;
}

/** Replaces (or delays) the reply to the next `times` requests, optionally only those with this `cmd`. */
export interface Fault {
  status?: number;
  body?: string;
  contentType?: string;
  delayMs?: number;
  times?: number;
  cmd?: string;
}

export interface CommandRecord {
  /** Which PBX API received it: `itoolabs` (crm_api.wcgp), `itoolabs-v1`, `gravitel`, `sipuni`, `mango`. */
  provider: string;
  /** Grows for the simulator's lifetime, also across clears: a stable `since` cursor. */
  index: number;
  /** ms since epoch. */
  at: number;
  time: string;
  method: string;
  transport: Transport;
  cmd: string;
  /** Every field received, token included. */
  fields: Record<string, string>;
  status: number;
  reply: string;
  fault?: boolean;
  /** The parsed JSON the command carried (Gravitel and crmapi/v1 bodies, Mango's `json` field). */
  json?: unknown;
}

export interface CommandFilter {
  cmd?: string;
  provider?: string;
  /** A command index (below 1e12) or a time in ms. */
  since?: number;
}

export interface PlacedCall {
  callId: string;
  user: string;
  phone: string;
  clid?: string;
  at: string;
}

export interface SimState {
  dnd: Record<string, boolean>;
  subscriptions: Record<string, Record<string, boolean>>;
  calls: PlacedCall[];
  historyRows: number;
  config: SimConfig;
  pendingFaults: Fault[];
}

export const DEFAULT_CONFIG: SimConfig = {
  token: 'sim-token',
  makeCallReply: 'uuid',
  dndField: 'state',
  badParamsReply: 'json',
  historyRating: false,
};

const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';

/** A validation failure inside a command handler; becomes a 400. */
class BadParams extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

export class ItoolabsPbx {
  config: SimConfig;
  private readonly initialConfig: SimConfig;
  private faults: Fault[] = [];
  private log: CommandRecord[] = [];
  private nextIndex = 0;
  private dnd = new Map<string, boolean>();
  private subs = new Map<string, Map<string, boolean>>();
  private calls: PlacedCall[] = [];
  private rows: SimHistoryRow[] = [];

  constructor(
    readonly fixtures: Fixtures,
    config: Partial<SimConfig> = {},
    /** The PBX clock: periods, log times, call starts. */
    readonly now: () => Date = () => new Date(),
  ) {
    this.initialConfig = { ...DEFAULT_CONFIG, ...config };
    this.config = { ...this.initialConfig };
    this.reset();
  }

  /**
   * Back to the start: the config it was created with, no faults, DND off, every member subscribed to each
   * of his groups, the fixture history, an empty log (the index keeps growing).
   */
  reset(): void {
    this.config = { ...this.initialConfig };
    this.dnd = new Map(this.fixtures.accounts.map((a) => [a.name, false]));
    this.subs = new Map(
      this.fixtures.accounts.map((a) => [a.name, new Map(this.groupsOf(a.name).map((g) => [g.id, true]))]),
    );
    this.rows = this.fixtures.history.map((r) => ({ ...r }));
    this.calls = [];
    this.faults = [];
    this.log = [];
  }

  configure(patch: Partial<SimConfig> & { faults?: Fault[] }): SimConfig {
    const { faults, ...rest } = patch;
    this.config = { ...this.config, ...rest };
    if (faults) this.faults.push(...faults.map((f) => ({ ...f, times: f.times ?? 1 })));
    return this.config;
  }

  inject(fault: Fault): void {
    this.configure({ faults: [fault] });
  }

  handle(request: PbxRequest): PbxReply {
    const cmd = request.fields['cmd'] ?? '';
    const fault = this.takeFault(cmd);
    let reply: PbxReply;
    if (fault && fault.status !== undefined) {
      reply = { status: fault.status, contentType: fault.contentType ?? TEXT_TYPE, body: fault.body ?? '' };
    } else {
      reply = this.execute(cmd, request.fields);
    }
    if (fault?.delayMs) reply.delayMs = fault.delayMs;
    this.record(request, cmd, reply, fault !== undefined);
    return reply;
  }

  commands(filter: CommandFilter = {}): CommandRecord[] {
    const { cmd, since, provider } = filter;
    return this.log.filter(
      (c) =>
        (!cmd || c.cmd.toLowerCase() === cmd.toLowerCase()) &&
        (!provider || c.provider === provider) &&
        (since === undefined || (since < 1e12 ? c.index >= since : c.at >= since)),
    );
  }

  clearCommands(): number {
    const n = this.log.length;
    this.log = [];
    return n;
  }

  /** The index the next recorded command will get: pass it as `since` to see only what follows. */
  get cursor(): number {
    return this.nextIndex;
  }

  state(): SimState {
    const subscriptions: SimState['subscriptions'] = {};
    for (const [user, groups] of this.subs) subscriptions[user] = Object.fromEntries(groups);
    return {
      dnd: Object.fromEntries(this.dnd),
      subscriptions,
      calls: [...this.calls],
      historyRows: this.rows.length,
      config: { ...this.config },
      pendingFaults: this.faults.map((f) => ({ ...f })),
    };
  }

  /** login, extension or direct number → account (the PBX accepts all three in `user`). */
  findUser(user: string): SimAccount | undefined {
    const key = user.trim().toLowerCase();
    if (!key) return undefined;
    return this.fixtures.accounts.find(
      (a) => a.name.toLowerCase() === key || String(a.ext ?? '') === key || a.telnum === key.replace(/^\+/, ''),
    );
  }

  findGroup(id: string): SimGroup | undefined {
    return this.fixtures.groups.find((g) => g.id === id);
  }

  groupsOf(login: string): SimGroup[] {
    return this.fixtures.groups.filter((g) => g.members.includes(login));
  }

  addHistory(row: SimHistoryRow): void {
    this.rows.push(row);
  }

  private takeFault(cmd: string): Fault | undefined {
    const i = this.faults.findIndex((f) => !f.cmd || f.cmd.toLowerCase() === cmd.toLowerCase());
    const fault = this.faults[i];
    if (!fault) return undefined;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(i, 1);
    return fault;
  }

  private record(request: PbxRequest, cmd: string, reply: PbxReply, fault: boolean): void {
    this.recordCommand({
      provider: 'itoolabs',
      method: request.method,
      transport: request.transport,
      cmd,
      fields: { ...request.fields },
      status: reply.status,
      reply: reply.body,
      ...(fault ? { fault } : {}),
    });
  }

  /** The one command log, shared by every simulated PBX API on this server (sim/gravitel.ts and the others). */
  recordCommand(entry: Omit<CommandRecord, 'index' | 'at' | 'time'>): void {
    const at = this.now().getTime();
    this.log.push({
      ...entry,
      index: this.nextIndex++,
      at,
      time: new Date(at).toISOString(),
      reply: entry.reply.slice(0, 500),
    });
  }

  private execute(cmd: string, fields: Record<string, string>): PbxReply {
    if (fields['token'] !== this.config.token) return json(401, { error: 'Invalid token' });
    try {
      switch (cmd.toLowerCase()) {
        case 'makecall':
          return this.makeCall(fields);
        case 'accounts':
          return json(200, this.fixtures.accounts);
        case 'groups':
          return this.groups(fields);
        case 'history':
          return this.history(fields);
        case 'subscribeoncalls':
          return this.subscribeOnCalls(fields);
        // Only the correct spelling: the document's typo `subscribtionstatus` is a 400 on real servers.
        case 'subscriptionstatus':
          return this.subscriptionStatus(fields);
        case 'set_dnd':
          return this.setDnd(fields);
        case 'get_dnd':
          return this.getDnd(fields);
        default:
          throw new BadParams('cmd');
      }
    } catch (e) {
      if (!(e instanceof BadParams)) throw e;
      return this.config.badParamsReply === 'json'
        ? json(400, { error: 'Invalid parameters' })
        : text(400, `Invalid parameters: [${e.field}]`);
    }
  }

  private user(fields: Record<string, string>): SimAccount {
    const account = this.findUser(fields['user'] ?? '');
    if (!account) throw new BadParams('user');
    return account;
  }

  private makeCall(fields: Record<string, string>): PbxReply {
    const account = this.user(fields);
    const phone = fields['phone'] ?? '';
    // E.164 digits only: a leading '+' is refused like any other non-digit.
    if (!/^\d{3,20}$/.test(phone)) throw new BadParams('phone');
    const clid = fields['clid'];
    if (clid !== undefined && !/^\+?\d{3,20}$/.test(clid)) throw new BadParams('clid');
    const callId = randomUUID();
    const now = this.now();
    this.calls.push({ callId, user: account.name, phone, ...(clid ? { clid } : {}), at: now.toISOString() });
    const via = (clid ?? account.telnum ?? this.fixtures.line).replace(/^\+?/, '+');
    this.addHistory({
      uid: callId,
      type: 'out',
      client: `+${phone}`,
      account: `${account.name}@${this.fixtures.domain}`,
      via,
      start: now,
      wait: 0,
      duration: 0,
    });
    switch (this.config.makeCallReply) {
      case 'empty':
        return text(200, '');
      case 'text':
        return text(200, callId);
      case 'uuid':
        return json(200, { uuid: callId });
      case 'CallID':
        return json(200, { CallID: callId });
    }
  }

  private groups(fields: Record<string, string>): PbxReply {
    const groups = fields['user'] ? this.groupsOf(this.user(fields).name) : this.fixtures.groups;
    return json(
      200,
      groups.map(({ id, realName, ext }) => ({ id, realName, ...(ext !== undefined ? { ext } : {}) })),
    );
  }

  private history(fields: Record<string, string>): PbxReply {
    const filter: HistoryFilter = { type: 'all' };
    const { period, start, end, type, limit } = fields;
    if (period !== undefined) {
      if (!(PERIODS as readonly string[]).includes(period)) throw new BadParams('period');
      Object.assign(filter, periodRange(period as Period, this.now()));
    } else {
      // period wins; start/end only count without it
      if (start !== undefined && !(filter.from = parseCompactUtc(start))) throw new BadParams('start');
      if (end !== undefined && !(filter.to = parseCompactUtc(end))) throw new BadParams('end');
    }
    if (type !== undefined) {
      if (!(HISTORY_TYPES as readonly string[]).includes(type)) throw new BadParams('type');
      filter.type = type as HistoryTypeFilter;
    }
    if (limit !== undefined) {
      if (!/^\d+$/.test(limit) || Number(limit) < 1) throw new BadParams('limit');
      filter.limit = Number(limit);
    }
    const csv = historyCsv(selectHistory(this.rows, filter), this.config.historyRating);
    return { status: 200, contentType: 'text/csv; charset=utf-8', body: csv };
  }

  /** The user's subscription map and, when `group_id` is given, that group (which must be one of his). */
  private subscription(fields: Record<string, string>, groupRequired: boolean) {
    const account = this.user(fields);
    const groups = this.subs.get(account.name) ?? new Map<string, boolean>();
    const groupId = fields['group_id'];
    if (groupRequired && !groupId) throw new BadParams('group_id');
    if (groupId !== undefined && !groups.has(groupId)) throw new BadParams('group_id');
    return { groups, groupId };
  }

  private subscribeOnCalls(fields: Record<string, string>): PbxReply {
    const { groups, groupId } = this.subscription(fields, false);
    const status = fields['status'];
    if (status !== 'on' && status !== 'off') throw new BadParams('status');
    for (const id of groupId !== undefined ? [groupId] : [...groups.keys()]) groups.set(id, status === 'on');
    return text(200, 'OK');
  }

  private subscriptionStatus(fields: Record<string, string>): PbxReply {
    const { groups, groupId } = this.subscription(fields, true);
    return json(200, { status: groups.get(groupId ?? '') ? 'on' : 'off' });
  }

  private setDnd(fields: Record<string, string>): PbxReply {
    const account = this.user(fields);
    const state = fields['state'];
    if (state !== 'true' && state !== 'false') throw new BadParams('state');
    this.dnd.set(account.name, state === 'true');
    return json(200, {});
  }

  private getDnd(fields: Record<string, string>): PbxReply {
    const account = this.user(fields);
    return json(200, { [this.config.dndField]: this.dnd.get(account.name) ?? false });
  }
}

function json(status: number, value: unknown): PbxReply {
  return { status, contentType: JSON_TYPE, body: JSON.stringify(value) };
}

function text(status: number, body: string): PbxReply {
  return { status, contentType: TEXT_TYPE, body };
}
