/**
 * Gets this agent's call events from the relay by long polling with a cursor. Long polling because the browser
 * may stop this background at any moment: a plain request is trivially resumed from the saved cursor by the next
 * instance, and nothing is lost or shown twice (the relay delivers strictly after the cursor).
 */
import browser from 'webextension-polyfill';
import { missingSettings, type Settings } from '../../core/settings.ts';
import type { CallEvent } from '../../core/call-event.ts';
import { isPbxError } from '../../providers/errors.ts';
import { createRelayClient } from '../../providers/relay/client.ts';
import { getSettings } from '../../storage/settings.ts';

const WAIT_S = 25;
/**
 * The relay answers a poll within WAIT_S. One open longer than this by the wall clock outlived a sleep of the
 * computer: its connection may have died meanwhile, and its own time limit counts only time awake (up to 35 s
 * more), so the first call after the lid is opened would pop no card.
 */
const STALE_MS = (WAIT_S + 5) * 1000;
/** How often an open poll is checked for that: the most a card can come late after waking. */
const STALE_CHECK_MS = 2000;
const CURSOR_KEY = 'relayCursor';

type Saved = { relayUrl: string; cursor: number };

let running: Promise<void> | undefined;
let stop: AbortController | undefined;

export type EventSink = (events: CallEvent[]) => Promise<void>;

/** Starts the loop unless it runs already; safe to call on every wake-up. */
export function ensurePolling(sink: EventSink): void {
  running ??= loop(sink).finally(() => (running = undefined));
}

/** Settings changed: end the current request; the loop re-reads them. */
export function restartPolling(sink: EventSink): void {
  stop?.abort();
  void (running ?? Promise.resolve()).then(() => ensurePolling(sink));
}

async function loop(sink: EventSink): Promise<void> {
  let backoffMs = 500;
  for (;;) {
    const s = await getSettings();
    if (!relayReady(s)) return;
    const controller = (stop = new AbortController());
    const client = createRelayClient({ url: s.relayUrl, agentKey: s.agentKey });
    try {
      const saved = ((await browser.storage.local.get(CURSOR_KEY))[CURSOR_KEY] as Saved | undefined) ?? undefined;
      const after = saved?.relayUrl === s.relayUrl ? saved.cursor : undefined;
      const batch = await sentAgainAfterSleep(controller, () => client.events(after, WAIT_S, controller.signal));
      if (batch.events.length) await sink(batch.events);
      // Saved after the cards were updated: a background stopped in between sees the events again, and the
      // card logic ignores what it already applied.
      await browser.storage.local.set({ [CURSOR_KEY]: { relayUrl: s.relayUrl, cursor: batch.cursor } satisfies Saved });
      backoffMs = 500;
    } catch (e) {
      if (controller.signal.aborted) continue;
      if (isPbxError(e) && e.code === 'bad-token') {
        console.warn('Relay refused the agent key; events stop until the settings change.');
        return;
      }
      await new Promise((r) => setTimeout(r, backoffMs));
      backoffMs = Math.min(backoffMs * 2, 30_000);
    }
  }
}

/** Runs a poll; one the computer slept through is aborted (and the loop sends it again at once). */
async function sentAgainAfterSleep<T>(stop: AbortController, poll: () => Promise<T>): Promise<T> {
  const sentAt = Date.now();
  const watch = setInterval(() => {
    if (Date.now() - sentAt > STALE_MS) stop.abort();
  }, STALE_CHECK_MS);
  try {
    return await poll();
  } finally {
    clearInterval(watch);
  }
}

export const relayReady = (s: Settings) => s.mode === 'relay' && missingSettings(s).length === 0;
