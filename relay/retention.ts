/**
 * Keeps the store small: events older than the retention period (a cursor that lags more than that has lost
 * them, by design) and the call legs of long-finished calls. Runs at start and hourly, off the request path.
 */
import type { RelayStore } from './store/types.ts';

const HOUR = 3600_000;
/** A call's legs matter while its webhooks arrive; a day covers the longest call. */
const LEG_KEEP_MS = 24 * HOUR;

export function startRetention(store: RelayStore, retentionDays: number, log: (msg: string) => void): () => void {
  const run = async () => {
    const now = Date.now();
    const events = await store.events.prune(now - retentionDays * 24 * HOUR);
    const legs = await store.calls.prune(now - LEG_KEEP_MS);
    if (events || legs) log(`retention: dropped ${events} events, ${legs} call legs`);
  };
  const safeRun = () => run().catch((e: unknown) => log(`retention failed: ${String(e)}`));
  void safeRun();
  const timer = setInterval(safeRun, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
