// @vitest-environment node
/**
 * The screen-pop poller after the computer slept: a long poll sent before the lid was closed may hang on a
 * connection that died meanwhile. Here the relay (a real HTTP server) never answers the first poll, as a dead
 * connection would not; only the wall clock jumping past the relay's hold time gets a second poll sent.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { storage } from '../fakes/browser.ts';

vi.mock('webextension-polyfill', () => import('../fakes/browser.ts'));
const { ensurePolling, restartPolling } = await import('../../src/background/screen-pop/poller.ts');

const polls: { after: string | null; res: ServerResponse }[] = [];
/** What the relay answers to each poll, by its number; a poll with no answer here is held open. */
const answers = new Map<number, object>();
const relay = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://relay');
  if (url.pathname !== '/agent/events') return void res.writeHead(404).end();
  const n = polls.push({ after: url.searchParams.get('after'), res });
  const answer = answers.get(n);
  if (answer) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
});

const got: unknown[] = [];
const sink = async (events: unknown[]) => void got.push(...events);
const realWait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await realWait(10);
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
  const { port } = relay.address() as AddressInfo;
  storage.settings = { version: 4, mode: 'relay', relayUrl: `http://127.0.0.1:${port}`, agentKey: 'agent-key' };
  // Only the wall clock and the poller's check are played by the test; the HTTP client's own timers run for real.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
});

afterAll(async () => {
  vi.useRealTimers();
  storage.settings = undefined;
  restartPolling(sink);
  for (const { res } of polls) res.destroy();
  relay.closeAllConnections();
  await new Promise((r) => relay.close(r));
});

describe('screen-pop poller', () => {
  it('keeps one poll open while the relay holds it, however often it is woken', async () => {
    ensurePolling(sink);
    await until(() => polls.length === 1, 'the first poll');
    for (let i = 0; i < 10; i++) {
      ensurePolling(sink);
      vi.advanceTimersByTime(2000);
      await realWait(5);
    }
    // 20 s awake with the poll open: within the relay's hold time, nothing is sent again.
    await realWait(100);
    expect(polls).toHaveLength(1);
  });

  it('sends the poll again at once when the computer slept through it, and the events come', async () => {
    answers.set(2, { events: [{ kind: 'ringing', callId: 'c1' }], cursor: 7 });
    vi.setSystemTime(Date.now() + 10 * 60_000);
    vi.advanceTimersByTime(2000);
    await until(() => got.length === 1, 'the events of the second poll');
    expect(got).toEqual([{ kind: 'ringing', callId: 'c1' }]);
    // The next poll goes on from the cursor the relay gave.
    await until(() => polls.length === 3, 'the third poll');
    expect(polls[2]!.after).toBe('7');
  });
});
