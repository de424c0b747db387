/**
 * The neutral call event (spec §5): whatever the PBX, the relay turns each webhook into this shape for one agent,
 * and the extension's card logic knows only this. Pure types and helpers: no DOM, no node:.
 */
export const CALL_EVENT_KINDS = ['ringing', 'answered', 'ended', 'missed', 'outgoing', 'transferred', 'history'] as const;
export type CallEventKind = (typeof CALL_EVENT_KINDS)[number];

export interface CallEvent {
  /** Unique per event; the relay's sequence number (as a string) works. */
  id: string;
  /** The relay's delivery sequence: strictly increasing per relay. */
  seq: number;
  /** Same for all legs of one call. */
  callId: string;
  provider: string;
  kind: CallEventKind;
  direction: 'in' | 'out';
  /** The client's number, E.164 digits. */
  phone: string;
  /** PBX login of the manager this event is for. */
  user: string;
  /** Our line the client dialled (diversion). */
  line?: string;
  /** Department the call came through (groupRealName). */
  group?: string;
  /** From the relay's contact directory. */
  contactName?: string;
  company?: string;
  recordUrl?: string;
  durationS?: number;
  /** History outcome: success, missed, busy… (lower case). */
  status?: string;
  /** A colleague who answered this ring (the manager's own leg was cancelled). */
  answeredBy?: string;
  /** Transfer: who the call went to. */
  transferredTo?: string;
  /** ms since epoch, when the relay received it. */
  at: number;
}

/** An event before the relay stores it: the store assigns `seq` and `id`. */
export type CallEventDraft = Omit<CallEvent, 'id' | 'seq'>;

export const isCallEventKind = (value: unknown): value is CallEventKind =>
  (CALL_EVENT_KINDS as readonly unknown[]).includes(value);
