/**
 * What the relay keeps, as repositories. Routes and the pipeline see only these interfaces: SQLite is the
 * embedded default (./sqlite/), and a shared engine for several relay instances can implement the same contract.
 * Every method returns a promise so that a networked engine fits without changing callers.
 */
import type { CallEvent, CallEventDraft } from '../../src/core/call-event.ts';

export interface Contact {
  /** Normalised E.164 digits: the lookup key. */
  phone: string;
  name: string;
  company?: string;
  /** PBX login, extension or direct number the PBX may route the call to. */
  responsible?: string;
}

export interface ContactRepository {
  get(phone: string): Promise<Contact | undefined>;
  put(contact: Contact): Promise<void>;
  delete(phone: string): Promise<boolean>;
  /** Upserts all in one transaction; `replace` empties the directory first. */
  importMany(contacts: readonly Contact[], options?: { replace?: boolean }): Promise<number>;
  count(): Promise<number>;
}

export interface Agent {
  /**
   * The PBX user commands act as: whatever the relay's PBX names an employee by (ITooLabs login, Gravitel extension,
   * Sipuni short number, Mango extension); matched case-insensitively.
   */
  user: string;
  /**
   * Other identities the same person has in webhooks (the extension and direct number beside an ITooLabs login, so a
   * Gravitel/Sipuni/Mango webhook naming the extension reaches him too). Each belongs to one agent: the latest.
   */
  aliases?: string[];
  name?: string;
  createdAt: number;
}

export interface AgentRepository {
  /** Creates the agent, or replaces the key of an existing one (the old key stops working). */
  upsert(agent: Agent, keyHash: string): Promise<void>;
  byKeyHash(keyHash: string): Promise<Agent | undefined>;
  /** The agent whose user or one of whose aliases is `identity` (the user wins), as a webhook names him. */
  byUser(identity: string): Promise<Agent | undefined>;
  list(): Promise<Agent[]>;
  delete(user: string): Promise<boolean>;
}

export interface EventRepository {
  /**
   * Stores the event for `user` under the next sequence number. `dedupeKey` identifies the webhook that made it:
   * a PBX retry of a webhook already stored returns undefined instead of a second copy.
   */
  append(user: string, dedupeKey: string, draft: CallEventDraft): Promise<CallEvent | undefined>;
  /** Events of `user` with seq > after, oldest first. */
  after(user: string, after: number, limit: number): Promise<CallEvent[]>;
  /** The highest sequence number ever given (0 when none). */
  latestSeq(): Promise<number>;
  /** Drops events received before `before` (ms); returns how many. */
  prune(before: number): Promise<number>;
}

/** One manager's leg of a call, as the relay has seen it so far. */
export interface CallLeg {
  callId: string;
  user: string;
  direction?: 'in' | 'out';
  answeredAt?: number;
  updatedAt: number;
}

export interface CallLegRepository {
  /** Merges what a webhook says about a leg: a known direction and the first answer time are kept. */
  record(leg: CallLeg): Promise<void>;
  legs(callId: string): Promise<CallLeg[]>;
  prune(before: number): Promise<number>;
}

export interface Rating {
  callId: string;
  rating: string;
  phone?: string;
  user?: string;
  at: number;
}

export interface RatingRepository {
  add(rating: Rating): Promise<void>;
  forCall(callId: string): Promise<Rating[]>;
}

export interface RelayStore {
  agents: AgentRepository;
  contacts: ContactRepository;
  events: EventRepository;
  calls: CallLegRepository;
  ratings: RatingRepository;
  /** A trivial query, for /healthz: rejects when the store cannot serve (closed, file unreadable, disk error). */
  check(): Promise<void>;
  close(): Promise<void>;
}
