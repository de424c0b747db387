/**
 * One long-poll request: events after the cursor, or wait for the hub and read again.
 *
 * Long polling rather than WebSocket for now: the extension's background can be killed at any moment (MV3 service
 * worker), and a plain fetch with a cursor is resumed by the next instance with nothing lost or shown twice. Whether
 * a WebSocket is worth it is to be decided by measurement (test/bench/relay.ts), not assumed.
 */
import type { CallEvent } from '../../src/core/call-event.ts';
import type { EventRepository } from '../store/types.ts';
import type { DeliveryHub } from './hub.ts';

export const MAX_BATCH = 500;

export interface PollRequest {
  user: string;
  /** Deliver seq > after; undefined = only events from now on. */
  after: number | undefined;
  waitMs: number;
  signal?: AbortSignal;
  /** Called when a held poll, woken by a new event, hands it over: seconds since the event was stored. */
  onWokenDelivery?: (seconds: number) => void;
}

export interface PollResult {
  events: CallEvent[];
  /** What to send as `after` next time. */
  cursor: number;
}

export async function poll(events: EventRepository, hub: DeliveryHub, req: PollRequest): Promise<PollResult> {
  const latest = await events.latestSeq();
  // A cursor beyond anything given means the data folder was reset: start from now rather than wait forever.
  let cursor = req.after === undefined || req.after > latest ? latest : req.after;
  const deadline = Date.now() + req.waitMs;
  // When the hub woke this poll for a stored event (for the delivery latency).
  let notifiedAt: number | undefined;
  const handOver = (found: CallEvent[]): PollResult => {
    if (found.length > 0 && notifiedAt !== undefined) req.onWokenDelivery?.((performance.now() - notifiedAt) / 1000);
    return { events: found, cursor: found.at(-1)?.seq ?? cursor };
  };
  for (;;) {
    // Subscribe before reading: an event stored between the read and the wait still wakes us.
    const woken = req.waitMs > 0 ? hub.wait(req.user, Math.max(0, deadline - Date.now()), req.signal) : undefined;
    const found = await events.after(req.user, cursor, MAX_BATCH);
    if (found.length > 0 || !woken) {
      woken?.cancel();
      return handOver(found);
    }
    const reason = await woken.done;
    notifiedAt = woken.notifiedAt;
    if (reason !== 'event' || Date.now() >= deadline) return handOver(await events.after(req.user, cursor, MAX_BATCH));
  }
}
