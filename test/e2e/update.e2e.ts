/**
 * An update of the extension while CRM tabs are open, in real Chromium and Firefox ESR. A reload of the extension
 * is what the browser does on an update: the content script in an open page is orphaned (nothing it asks of the
 * extension is answered), and Chromium injects the new one into pages loaded from then on only. A manager's CRM
 * tab stays open all day: its numbers must go on calling, once, without a reload of the page. The same holds for a
 * first install with CRM tabs open (installed into a running browser, as a person does it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { DIST, launch, launchBare, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { servePages } from './harness/pages.ts';
import { configure, poll, sleep, textCenter, waitUntil } from './harness/steps.ts';

/** In the page: counts the content scripts that start in it from now on (each announces itself: see content/index.ts). */
const countStarts = () => {
  const w = window as unknown as { started: number };
  w.started = 0;
  document.addEventListener('pbx-click-to-call:started', () => w.started++);
};
const starts = () => (window as unknown as { started: number }).started;

describe.each<BrowserName>(['chromium', 'firefox'])('an extension update with a CRM tab open, in %s', (name) => {
  let sim: Simulator;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let browser: TestBrowser;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    pages = await servePages();
    browser = await launch(name);
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await sim?.close();
  });

  const openCrm = async () => {
    const crm = await browser.newPage(`${pages.url}/crm-list.html`);
    await waitUntil(crm, () => (CSS.highlights?.get('pbx-phone')?.size ?? 0) >= 3);
    return crm;
  };
  /** The extension reloads itself (an update, as the browser does it) or removes itself, asked from its options page. */
  const fromOptionsPage = async (act: 'reload' | 'uninstall') => {
    const options = await browser.newPage(browser.extensionUrl('src/ui/options/index.html'));
    await options.waitFor('#pbx-url');
    // (Later: the page goes with the extension it belongs to, and the evaluation must have returned.)
    await options.evaluate((a) => {
      type Ext = { runtime: { reload(): void }; management: { uninstallSelf(): void } };
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      const api = g.browser ?? g.chrome;
      setTimeout(() => (a === 'reload' ? api.runtime.reload() : api.management.uninstallSelf()), 50);
    }, act);
  };
  const toastTexts = (crm: TestPage) =>
    crm.evaluate(() => [...document.querySelectorAll('pbx-call-toast')].map((h) => h.shadowRoot?.querySelector('.text')?.textContent ?? ''));

  it('the tab opened before the update gets the new content script; the old one stands down; a click calls once', async () => {
    await configure(browser, sim, 'andy');
    const crm = await openCrm();
    // A call just made: its toast is up when the update comes (Firefox takes the old script, not its toast).
    const first = await textCenter(crm, '8 (910) 123-45-67');
    await crm.clickAt(first.x, first.y);
    await waitUntil(crm, () => /ring/.test(document.querySelector('pbx-call-toast')?.shadowRoot?.textContent ?? ''));
    // The page notes the highlight it has now (the new script paints with its own), and counts the scripts that start.
    await crm.evaluate(() => void ((window as unknown as { before?: Highlight }).before = CSS.highlights.get('pbx-phone')));
    await crm.evaluate(countStarts);

    await fromOptionsPage('reload');

    // A new instance started in the open tab and painted the numbers with its own highlight.
    await waitUntil(crm, () => {
      const now = CSS.highlights.get('pbx-phone');
      return !!now && now !== (window as unknown as { before?: Highlight }).before && now.size >= 3;
    }, 20_000);
    // (It paints only once it has read its settings, and takes clicks from then on: the click comes at once. Firefox
    // injects it itself — the background injects only in Chromium — so no second one starts after it.)
    // (Not before: Firefox may refuse to activate a tab while the extension's own tab is closing with the reload.)
    await crm.bringToFront();

    const since = sim.cursor;
    const { x, y } = await textCenter(crm, '8 (910) 123-45-67');
    await crm.clickAt(x, y);
    const call = await poll(() => sim.commands({ cmd: 'makeCall', since })[0]);
    expect(call.fields).toMatchObject({ phone: '79101234567', user: 'andy' });
    await waitUntil(crm, () => /ring/.test(document.querySelector('pbx-call-toast')?.shadowRoot?.textContent ?? ''));
    await sleep(500);
    // Once: no second instance took the click too, and the orphan said nothing (it would ask for a reload). One
    // toast: the one the old script showed before the update went when the new one started.
    expect(sim.commands({ cmd: 'makeCall', since })).toHaveLength(1);
    const toasts = await toastTexts(crm);
    expect(toasts).toEqual([expect.stringMatching(/Your phone will ring now/)]);
    // One new script in the page, not one from the browser and one from the background.
    expect(await crm.evaluate(starts)).toBe(1);
  });

  it('removed with the tab open: a click on a number is not eaten silently (last: the extension is gone after it)', async () => {
    const crm = await openCrm();
    // A single-page app that had nothing to call when it went idle, used by the person, then rendering a tel: link.
    const spa = await browser.newPage(`${pages.url}/spa-shell.html`);
    await sleep(1500);
    await spa.clickAt(40, 40);
    await spa.evaluate(() => (window as unknown as { render(): void }).render());
    await sleep(500);
    await fromOptionsPage('uninstall');
    await sleep(2000);
    await crm.bringToFront();
    const since = sim.cursor;
    const clicksBefore = await crm.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks);
    const { x, y } = await textCenter(crm, '8 (910) 123-45-67');
    await crm.clickAt(x, y);
    await sleep(1000);
    expect(sim.commands({ cmd: 'makeCall', since })).toHaveLength(0);
    // The click went to the page, as if we had never been there.
    expect(await crm.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks)).toBe(clicksBefore + 1);
    const toasts = await toastTexts(crm);
    if (name === 'chromium') {
      // Chromium leaves the old script running, cut off: it says so, and takes its highlight away.
      expect(toasts).toEqual([expect.stringMatching(/turned off: reload this page/)]);
      expect(await crm.evaluate(() => CSS.highlights.has('pbx-phone'))).toBe(false);
    } else {
      // Firefox takes the old script away with the extension: nothing of ours acts any more.
      expect(toasts).toEqual([]);
    }

    // The app's link, rendered after its page went idle: Chromium's orphan read what to say when the person first
    // pressed in the page. (Firefox's is gone: the link would go to the system's tel: handler.)
    if (name !== 'chromium') return;
    await spa.bringToFront();
    const link = await spa.evaluate(() => {
      const box = document.getElementById('call-link')!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await spa.clickAt(link.x, link.y);
    await sleep(1000);
    expect(sim.commands({ cmd: 'makeCall', since })).toHaveLength(0);
    expect(await toastTexts(spa)).toEqual([expect.stringMatching(/turned off: reload this page/)]);
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('a first install with a CRM tab open, in %s', (name) => {
  it('the open tab gets one content script: its numbers are highlighted without a reload', async () => {
    const pages = await servePages();
    const dataDir = mkdtempSync(join(tmpdir(), 'install-e2e-'));
    const browser = await launchBare(name, dataDir);
    try {
      const crm = await browser.newPage();
      await crm.goto(`${pages.url}/crm-list.html`);
      await crm.evaluate(countStarts);
      expect(await crm.evaluate(() => CSS.highlights.has('pbx-phone'))).toBe(false);
      await browser.installExtension(DIST(name));
      await poll(() => crm.evaluate(() => (CSS.highlights.get('pbx-phone')?.size ?? 0) >= 3 || undefined));
      await sleep(1000);
      // One: in Chromium the background's, in Firefox the browser's own (the background leaves Firefox's tabs alone).
      expect(await crm.evaluate(starts)).toBe(1);
    } finally {
      await browser.close();
      rmSync(dataDir, { recursive: true, force: true });
      await pages.close();
    }
  });
});
