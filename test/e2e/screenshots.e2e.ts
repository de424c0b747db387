/**
 * The README's screenshots, taken from the built extension in real Chromium on every test run so they never drift
 * from what a person sees: the popup and the options page of an extension set up against the PBX simulator, and
 * the card of a real call (the simulator's webhooks through the relay) over a CRM page. In English and in Russian.
 * Each is a clip of the part that matters, to keep the files small.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { launch, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { cardReader } from './harness/card.ts';
import { servePages } from './harness/pages.ts';
import { pngPixels } from './harness/png.ts';
import { startRelay, type TestRelay } from './harness/relay.ts';
import { configure, configureRelay, preferPort, todayAt, waitUntil } from './harness/steps.ts';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const OPTIONS = 'src/ui/options/index.html';
/**
 * A new picture replaces the old one only when more pixels than this differ: Chromium's software raster draws the
 * rounded corners of the options page's fields a shade differently in about one run in three (≈15–30 pixels).
 */
const SAME_BELOW = 60;

// Each language its own ports: the test's HTTP client would reuse a closed relay's pooled sockets on a reused port.
describe.each([
  { locale: 'en-US', suffix: '', ports: { pbx: 8765, relay: 8790 } },
  { locale: 'ru-RU', suffix: '-ru', ports: { pbx: 8766, relay: 8791 } },
])('README screenshots in chromium, $locale', ({ locale, suffix, ports }) => {
  let sim: Simulator;
  let relay: TestRelay;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let browser: TestBrowser;
  let crm: TestPage;
  const { cardUntil } = cardReader(() => ({ crm }));

  /** Writes docs/screenshots/<name><suffix>.png (unless only a few pixels changed) and checks it is a real, small picture. */
  async function shoot(page: TestPage, name: string, clip: { x: number; y: number; width: number; height: number }) {
    const file = resolve(OUT, `${name}${suffix}.png`);
    const fresh = join(tmpdir(), `screenshot-${name}${suffix}-${process.pid}.png`);
    await page.screenshot(fresh, clip);
    expect(statSync(fresh).size).toBeGreaterThan(5_000);
    expect(statSync(fresh).size).toBeLessThan(200_000);
    const picture = (f: string) => readFileSync(f).toString('base64');
    if (!existsSync(file) || (await page.evaluate(pngPixels, [picture(file), picture(fresh)])).differing >= SAME_BELOW) copyFileSync(fresh, file);
    rmSync(fresh);
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    // The demo's ports and a fixed clock: the pictures change only when the UI does.
    const now = todayAt(11, 30);
    sim = await preferPort(ports.pbx, (port) => startSimulator({ port, now: () => now }));
    relay = await preferPort(ports.relay, (port) => startRelay(sim, { port }));
    await relay.addContact('79101234567', 'Иванов Иван', { company: 'ООО «Ромашка»' });
    pages = await servePages();
    browser = await launch('chromium', { locale });
    await configure(browser, sim, 'andy');
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await relay?.close();
    await sim?.close();
  });

  it('the popup: DND, a number to call, recent calls from the PBX', async () => {
    const page = await browser.newPage(browser.extensionUrl('src/ui/popup/index.html'));
    await page.waitFor('#dnd[data-state="off"]');
    await page.waitFor('#recent-calls li');
    // The popup is as wide as its body (320 px); the browser shows it as tall as its content.
    const box = await page.evaluate(() => ({ width: document.body.offsetWidth, height: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom) }));
    await shoot(page, 'popup', { x: 0, y: 0, ...box });
    await page.close();
  });

  it('the options page, set up and checked', async () => {
    const page = await browser.newPage(browser.extensionUrl(OPTIONS));
    await page.waitFor('#check-result[data-state="ok"]');
    await waitUntil(page, () => (document.getElementById('user') as HTMLSelectElement).selectedIndex > 0);
    const box = await page.evaluate(() => {
      // Down to the check's answer: the part a person fills in and what the PBX said about it.
      const r = document.querySelector('main')!.getBoundingClientRect();
      const end = document.getElementById('check-result')!.getBoundingClientRect().bottom + 12;
      return { x: Math.max(0, r.left - 16), y: 0, width: Math.min(innerWidth, r.width + 32), height: Math.min(innerHeight, end) };
    });
    await shoot(page, 'options', box);
    await page.close();
  });

  it('the card of an incoming call over a CRM page', async () => {
    // Switch to the company relay with the pairing link, as a manager of a team does.
    await configureRelay(browser, await relay.addAgent('andy'));

    crm = await browser.newPage(`${pages.url}/crm-list.html`);
    const call = sim.playScenario({
      crmUrl: relay.webhookUrl, crmToken: relay.crmToken, scenario: 'answered-incoming', phone: '79101234567', user: 'andy',
      diversion: '74951234567', groupRealName: 'Отдел продаж', delayMs: 2500,
    });
    try {
      await cardUntil((c) => c.name === 'Иванов Иван' && /ООО/.test(c.meta));
      // The frame sits 12 px from the top right corner, 360 × 236, with a shadow below it.
      const width = await crm.evaluate(() => innerWidth);
      await shoot(crm, 'card', { x: width - 400, y: 0, width: 400, height: 280 });
    } finally {
      await call;
    }
  });
});
