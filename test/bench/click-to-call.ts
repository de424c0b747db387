/**
 * Click on a number → the PBX simulator receives makeCall: median and p95 in Chromium and Firefox ESR, with the
 * background running (warm) and after it was stopped as the browser does when idle (cold).
 * Run: `npm run bench` (builds first). Targets (issue 2): p95 < 50 ms warm, < 150 ms cold.
 */
import { startSimulator } from '../../sim/server.ts';
import { launch, type BrowserName } from '../e2e/harness/browsers.ts';
import { servePages } from '../e2e/harness/pages.ts';
import { backgroundStartedAt, configure, poll, sleep, textCenter, waitUntil } from '../e2e/harness/steps.ts';
import { quantile } from './stats.ts';

const WARM_RUNS = Number(process.env.WARM_RUNS ?? 40);
const COLD_RUNS = Number(process.env.COLD_RUNS ?? 10);


async function measure(name: BrowserName) {
  const sim = await startSimulator({ port: 0 });
  const pages = await servePages();
  const browser = await launch(name);
  try {
    await configure(browser, sim, 'andy');
    const page = await browser.newPage(`${pages.url}/crm-list.html?many`);
    await waitUntil(page, () => (CSS.highlights?.get('pbx-phone')?.size ?? 0) >= 63);
    // A new number each click, as a manager calls: the same number again within seconds is the same call (calls.ts).
    const numbers = await page.evaluate(() => [...document.querySelectorAll('#many span')].map((s) => s.textContent!));
    if (numbers.length < 1 + WARM_RUNS + COLD_RUNS) throw new Error(`the page has ${numbers.length} numbers of its own: fewer runs, or more rows`);
    let next = 0;
    // (Found before each click, as bringing a number into view may scroll the page.)
    const nextPoint = () => textCenter(page, numbers[next++]!);

    const clickToCall = async (point: { x: number; y: number }) => {
      const since = sim.cursor;
      const t0 = Date.now();
      await page.clickAt(point.x, point.y);
      const call = await poll(() => sim.commands({ cmd: 'makeCall', since })[0]);
      return { ms: call.at - t0, t0 };
    };

    const warm: number[] = [];
    await clickToCall(await nextPoint()); // first call warms caches (settings, connection)
    for (let i = 0; i < WARM_RUNS; i++) {
      warm.push((await clickToCall(await nextPoint())).ms);
      await sleep(150);
    }

    const cold: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const point = await nextPoint();
      await browser.stopBackground();
      await page.bringToFront();
      const { ms, t0 } = await clickToCall(point);
      // Prove the click woke a stopped background rather than finding it running.
      const started = await backgroundStartedAt(browser);
      await page.bringToFront();
      if (started < t0) throw new Error(`${name}: background was not stopped before cold run ${i}`);
      cold.push(ms);
    }
    return { warm, cold };
  } finally {
    await browser.close();
    await pages.close();
    await sim.close();
  }
}

const rows: string[] = [];
for (const name of ['chromium', 'firefox'] as const) {
  const { warm, cold } = await measure(name);
  const fmt = (xs: number[]) => `median ${quantile(xs, 0.5).toFixed(0).padStart(4)} ms   p95 ${quantile(xs, 0.95).toFixed(0).padStart(4)} ms   (n=${xs.length})`;
  rows.push(`${name.padEnd(9)} warm   ${fmt(warm)}`);
  rows.push(`${name.padEnd(9)} cold   ${fmt(cold)}`);
}
console.log('\nclick → PBX receives makeCall (target p95: warm < 50 ms, cold < 150 ms)');
for (const r of rows) console.log(r);
