/**
 * Screen pop as a manager lives it, in real Chromium and Firefox ESR: the PBX simulator sends real webhooks to the
 * relay, the extension (in relay mode, set up with a pairing link) long-polls the relay and shows the client card
 * in the page it is looking at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import type { ScenarioRequest } from '../../sim/scenarios.ts';
import { launch, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { servePages } from './harness/pages.ts';
import { startRelay, type TestRelay } from './harness/relay.ts';
import { backgroundStartedAt, inExtensionPage, poll, sleep, waitUntil } from './harness/steps.ts';
import { CARD, cardReader } from './harness/card.ts';


describe.each<BrowserName>(['chromium', 'firefox'])('screen pop in %s', (name) => {
  let sim: Simulator;
  let relay: TestRelay;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let browser: TestBrowser;
  let crm: TestPage;
  let otherTab: TestPage;

  const play = (req: Omit<ScenarioRequest, 'crmUrl' | 'crmToken'>) =>
    sim.playScenario({ crmUrl: relay.webhookUrl, crmToken: relay.crmToken, delayMs: 400, ...req });
  let mirror: TestPage | undefined;
  const { readCard, cardUntil } = cardReader(() => ({ crm, mirror }));
  /** A person's click on a card button (inside the extension's frame; in Firefox its twin page, see readCard). */
  const clickInCard = async (selector: string) => {
    const click = (sel: string) => (document.querySelector(sel) as HTMLButtonElement).click();
    if (mirror) await mirror.evaluate(click, selector);
    else await crm.frameEvaluate(CARD, click, selector);
    await crm.bringToFront();
  };

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    relay = await startRelay(sim);
    await relay.addContact('79101234567', 'ООО Ромашка');
    await relay.addContact('79105550001', '<img src=x onerror=alert(1)>');
    pages = await servePages();
    browser = await launch(name);
    const link = await relay.addAgent('andy');
    await relay.addAgent('daria');
    // Set up as a manager would: paste the pairing link, check, save.
    const options = await browser.newPage(browser.extensionUrl('src/ui/options/index.html'));
    await options.waitFor('#mode');
    await options.select('#mode', 'relay');
    await options.waitFor('#relay-url');
    await options.fill('#relay-url', link);
    await options.click('#check');
    await options.waitFor('#check-result[data-state="ok"]');
    await options.fill('#crm-url', `${pages.url}/crm-list.html?client={phone}`);
    await options.click('#save');
    await waitUntil(options, () => document.querySelector('#save-result')?.textContent !== '');
    await options.close();
    if (name === 'firefox') mirror = await browser.newPage(browser.extensionUrl(CARD));
    otherTab = await browser.newPage(`${pages.url}/crm-list.html?other`);
    crm = await browser.newPage(`${pages.url}/crm-list.html`); // the tab in front
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await relay?.close();
    await sim?.close();
  });

  it('an answered call: ringing with the directory name, then answered with a timer, then ended', async () => {
    const call = play({ scenario: 'answered-incoming', phone: '79101234567', user: 'andy', diversion: '74951234567', groupRealName: 'Отдел продаж', delayMs: 1500 });
    try {
      const ringing = await cardUntil((c) => /Incoming/.test(c.state));
      expect(ringing).toMatchObject({ name: 'ООО Ромашка', phone: '+7 910 123-45-67' });
      expect(ringing.meta).toContain('Отдел продаж');
      expect(ringing.meta, 'our line, kept on one line by no-break spaces').toContain('+7\u00a0495\u00a0123-45-67');
      await cardUntil((c) => /In call/.test(c.state));
      // One call pops once: only in the tab in front, not in every open tab.
      expect(await otherTab.evaluate(() => document.querySelector('pbx-call-card'))).toBeNull();
    } finally {
      await call;
    }
    const ended = await cardUntil((c) => /ended/.test(c.state));
    expect(ended.timer).toMatch(/^\d+:\d\d$/);
  });

  it('a group ring: the card goes away when a colleague answers', async () => {
    const call = play({ scenario: 'group-ring', phone: '79101234567', users: ['andy', 'daria'], user: 'daria', delayMs: 1500 });
    try {
      await cardUntil((c) => /Incoming/.test(c.state));
      await cardUntil((c) => /colleague/.test(c.state));
    } finally {
      await call;
    }
    await poll(async () => ((await readCard()) === undefined ? true : undefined), 10_000);
  });

  it('a missed call counts on the toolbar badge; the card calls back and opens the client in the CRM', async () => {
    await play({ scenario: 'missed', phone: '79031112233', user: 'andy', delayMs: 200 });
    await cardUntil((c) => /Missed/.test(c.state));
    expect(await badgeText(browser)).toBe('1');

    const since = sim.cursor;
    await clickInCard('#card-callback');
    const callBack = await poll(() => sim.commands({ cmd: 'makeCall', since })[0]);
    expect(callBack.fields).toMatchObject({ phone: '79031112233', user: 'andy' }); // through the relay, as this agent

    await clickInCard('#card-crm');
    await poll(() => pages.requests.find((r) => r === '/crm-list.html?client=79031112233'));
  });

  it('shows a contact name full of markup as text', async () => {
    await play({ scenario: 'missed', phone: '79105550001', user: 'andy', delayMs: 200 });
    const card = await cardUntil((c) => c.phone === '+7 910 555-00-01');
    expect(card.name).toBe('<img src=x onerror=alert(1)>');
    expect(card.html).not.toContain('<img');
  });

  it('pops within 2 s of the ring after the browser stopped the idle background', async () => {
    await browser.stopBackground();
    await crm.bringToFront();
    const stoppedAt = Date.now();
    // The PBX asks for the contact, then rings 3 s later: the card must be up within 2 s of the ring.
    const call = play({ scenario: 'answered-incoming', phone: '79101234567', user: 'andy', delayMs: 3000 });
    let seenAt = 0;
    try {
      await cardUntil((c) => /Incoming/.test(c.state) && c.phone === '+7 910 123-45-67', 8000);
      seenAt = Date.now();
    } finally {
      const result = await call;
      const ring = result.sent.find((w) => w.cmd === 'event' && w.fields.type === 'INCOMING');
      expect(ring?.status).toBe(200);
      if (seenAt) expect(seenAt - Date.parse(ring!.at)).toBeLessThan(2000);
    }
    // And it was really a new background that delivered it.
    expect(await backgroundStartedAt(browser)).toBeGreaterThan(stoppedAt);
  });

  it('a second copy of the content script in the page (an update): the first one\'s card goes, one card shows', async () => {
    const cards = () => crm.evaluate(() => document.querySelectorAll('pbx-call-card').length);
    await crm.bringToFront();
    await play({ scenario: 'missed', phone: '79101234567', user: 'andy', delayMs: 200 });
    await cardUntil((c) => /Missed/.test(c.state));
    expect(await cards()).toBe(1);

    // A card host left by a copy whose extension went away altogether (Firefox takes a script, not its elements).
    await crm.evaluate(() => void document.documentElement.append(document.createElement('pbx-call-card')));
    expect(await cards()).toBe(2);

    // What the background's injection into open tabs does: the copy already there stands down as the new one starts.
    // It would hear no more hides: its card goes with it, and the new copy clears what earlier ones left.
    await inExtensionPage(browser, async (url) => {
      type Api = {
        runtime: { getManifest(): { content_scripts: { js?: string[] }[] } };
        tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
        scripting: { executeScript(o: object): Promise<unknown> };
      };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === url)!;
      // (Every entry's scripts in the manifest's order, as background/reinject.ts injects them: the one at
      // document_start asks for the settings ahead, the one at document_idle is the content script proper.)
      const files = api.runtime.getManifest().content_scripts.flatMap((s) => s.js ?? []);
      await api.scripting.executeScript({ target: { tabId: tab.id }, files });
    }, `${pages.url}/crm-list.html`);
    await crm.bringToFront();
    await poll(async () => ((await cards()) === 0 ? true : undefined));

    await crm.evaluate(() => {
      const w = window as unknown as { cardsAdded: number };
      w.cardsAdded = 0;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if ((n as Element).localName === 'pbx-call-card') w.cardsAdded++;
      }).observe(document.documentElement, { childList: true });
    });
    await play({ scenario: 'missed', phone: '79101234567', user: 'andy', delayMs: 200 });
    await cardUntil((c) => /Missed/.test(c.state));
    await sleep(500);
    expect(await cards()).toBe(1);
    // The stood-down copy, still there and still hearing the background, showed none of its own.
    expect(await crm.evaluate(() => (window as unknown as { cardsAdded: number }).cardsAdded)).toBe(1);
  });
});


const badgeText = (browser: TestBrowser) =>
  inExtensionPage(browser, async () => {
    type Api = { action: { getBadgeText(d: object): Promise<string> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).action.getBadgeText({});
  });

