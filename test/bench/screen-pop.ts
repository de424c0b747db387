/**
 * Webhook → card visible, in Chromium with the built extension in relay mode: the time from sending an INCOMING
 * webhook to the relay until the card frame in the active tab shows that caller. Median/p95/p99 over CALLS calls.
 * The card frame stamps the moment it rendered (same machine clock); the polling widgets this replaces take 2.5–5 s.
 * Run: `npm run bench` (all figures) or `npx tsx test/bench/screen-pop.ts` after `npm run build`.
 */
import { formatPhone } from '../../src/core/phone.ts';
import { startSimulator } from '../../sim/server.ts';
import { launch } from '../e2e/harness/browsers.ts';
import { servePages } from '../e2e/harness/pages.ts';
import { startRelay } from '../e2e/harness/relay.ts';
import { configureRelay, poll } from '../e2e/harness/steps.ts';
import { quantile } from './stats.ts';

const digitsOf = (i: number) => `7910${String(i).padStart(7, '0')}`;
/** Resolves, inside the card frame, with the time of the first render that shows `phone`. */
const armObserver = (phone: string) => `new Promise((resolve) => {
  const shows = () => document.querySelector('#card-phone')?.textContent === ${JSON.stringify(phone)};
  if (shows()) return resolve(performance.timeOrigin + performance.now());
  const observer = new MutationObserver(() => {
    if (shows()) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
})`;
const CALLS = Number(process.env.CALLS ?? 200);
const CARD = 'src/ui/card/index.html';
const now = () => performance.timeOrigin + performance.now();

const sim = await startSimulator({ port: 0 });
const relay = await startRelay(sim);
const pages = await servePages();
const browser = await launch('chromium');
try {
  await configureRelay(browser, await relay.addAgent('andy'));
  const crm = await browser.newPage(`${pages.url}/crm-list.html`);

  const ring = (i: number, type = 'INCOMING') =>
    fetch(relay.webhookUrl, {
      method: 'POST',
      body: new URLSearchParams({ cmd: 'event', type, phone: digitsOf(i), user: 'andy', callid: `bench-${i}`, direction: 'in', crm_token: relay.crmToken }),
    }).then((r) => r.status);

  // The first call opens the card frame; later calls update it in place, as for a manager's next call.
  await ring(0);
  await poll(() => crm.frameEvaluate(CARD, () => document.querySelector('#card-phone')?.textContent || undefined), 10_000);

  const samples: number[] = [];
  for (let i = 1; i <= CALLS; i++) {
    const phone = formatPhone(digitsOf(i));
    // Arm an observer inside the card frame that stamps the first render showing this caller.
    // (Source text, not a function: tsx would wrap inner functions in a helper the page does not have.)
    const seen = crm.frameEvaluate(CARD, (source: string) => (0, eval)(source) as Promise<number>, armObserver(phone));
    await new Promise((r) => setTimeout(r, 30)); // the observer is armed
    const sent = now();
    const status = await ring(i);
    if (status !== 200) throw new Error(`webhook ${i}: HTTP ${status}`);
    const shownAt = await Promise.race([seen, new Promise<undefined>((r) => setTimeout(() => r(undefined), 5000))]);
    if (shownAt === undefined) throw new Error(`call ${i}: card did not show ${phone}`);
    samples.push(shownAt - sent);
    await ring(i, 'CANCELLED');
  }
  const f = (q: number) => `${quantile(samples, q).toFixed(0)} ms`;
  console.log(`\nwebhook sent → card visible (Chromium, relay mode, n=${samples.length}; target p95 ≤ 300 ms)`);
  console.log(`median ${f(0.5)}   p95 ${f(0.95)}   p99 ${f(0.99)}   max ${Math.max(...samples).toFixed(0)} ms`);
} finally {
  await browser.close();
  await pages.close();
  await relay.close();
  await sim.close();
}
