/**
 * The one interface every PBX adapter implements. Nothing outside src/providers/<id>/ knows which PBX is in use.
 * Adapters use plain `fetch` only (no browser APIs), so the relay can run the same code in Node.
 */
export type ProviderId = 'itoolabs' | 'itoolabs-v1' | 'gravitel' | 'sipuni' | 'mango';

export interface PbxAccount {
  /** What the PBX wants in `user` fields (login). */
  login: string;
  name: string;
  ext?: string;
  /** Direct number, E.164 digits. */
  telnum?: string;
  email?: string;
}

export interface PbxGroup {
  id: string;
  name: string;
  ext?: string;
}

export type HistoryType = 'all' | 'in' | 'out' | 'missed';
export type HistoryPeriod = 'today' | 'yesterday' | 'this_week' | 'last_week' | 'this_month' | 'last_month';

export interface HistoryQuery {
  period?: HistoryPeriod;
  start?: Date;
  end?: Date;
  type?: HistoryType;
  limit?: number;
}

export interface HistoryRecord {
  id: string;
  /** in / out / missed, as the PBX classifies it. */
  type: string;
  /** Client number as the PBX wrote it (may carry '+'). */
  client: string;
  /** login@domain, g_<uuid>@tenant, ivr, fax… */
  account: string;
  /** Our line. */
  via: string;
  start: Date;
  waitS: number;
  durationS: number;
  recordUrl?: string;
}

/** One of our lines an employee may call from (caller id). */
export interface PbxNumber {
  /** E.164 digits. */
  number: string;
  name: string;
}

export interface MakeCallResult {
  /** The PBX's call id when it returns one (many servers reply with an empty body). */
  callId?: string;
}

/**
 * What the PBX itself can do, declared by each adapter so that the UI hides or explains what is missing instead
 * of failing on click. Reason strings are i18n keys (`dndAbsent_gravitel`), not prose.
 */
export interface ProviderCapabilities {
  call: boolean;
  /** `approximate`: the nearest PBX feature stands in for DND (see dndNote). */
  dnd: 'yes' | 'no' | 'approximate';
  /** i18n key explaining a `no` or `approximate` DND. */
  dndNote?: string;
  groups: boolean;
  history: boolean;
  /** Setting an employee's outgoing caller id through the API (then the adapter has callerIds/setCallerId). */
  callerId: boolean;
  /** i18n key explaining absent history (`historyAbsent_sipuni`); the UI's generic sentence when not given. */
  historyNote?: string;
  /** The PBX sends call webhooks the relay turns into cards. */
  screenPop: boolean;
  /** The PBX asks the CRM (the relay) who is calling. */
  nameLookup: boolean;
}

/** One setting a provider needs, for the options page: `extra` keys beside `url` and `token`. */
export interface ProviderField {
  /** `url`, `token`, or a key of ProviderConfig.extra. */
  key: string;
  /** i18n key of the label. */
  label: string;
  secret?: boolean;
  optional?: boolean;
  default?: string;
  /** A closed list of values (a select). */
  options?: readonly string[];
}

export interface Provider {
  readonly id: ProviderId;
  readonly capabilities: ProviderCapabilities;
  makeCall(user: string, phone: string, options?: { clid?: string }): Promise<MakeCallResult>;
  accounts(): Promise<PbxAccount[]>;
  groups(user?: string): Promise<PbxGroup[]>;
  getDnd(user: string): Promise<boolean>;
  setDnd(user: string, on: boolean): Promise<void>;
  subscribeOnCalls(user: string, on: boolean, groupId?: string): Promise<void>;
  subscriptionStatus(user: string, groupId: string): Promise<boolean>;
  history(query: HistoryQuery): Promise<HistoryRecord[]>;
  /** Our lines an employee may show as caller id; present when capabilities.callerId. */
  callerIds?(): Promise<PbxNumber[]>;
  /** Sets the employee's outgoing caller id; '' = back to the PBX's default. Present when capabilities.callerId. */
  setCallerId?(user: string, number: string): Promise<void>;
}

export interface ProviderConfig {
  /** PBX address as the person pasted it: a host, an origin, or the full endpoint URL. */
  url: string;
  token: string;
  /** Per-request limit; the PBX is called while a person waits. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Provider-specific settings (a Gravitel domain, a Sipuni account, a Mango salt…): see each adapter's fields.ts. */
  extra?: Record<string, string>;
}
