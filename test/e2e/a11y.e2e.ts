/**
 * Accessibility of what a person works with — the popup, the options page and the call card — checked with axe-core
 * inside the real extension pages. No serious or critical violations allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { launch, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { configure, poll } from './harness/steps.ts';
import { seriousViolations, type Violation } from './harness/axe.ts';

async function axe(page: TestPage): Promise<Violation[]> {
  const { passed, violations } = await seriousViolations(page);
  expect(passed, 'axe ran its rules').toBeGreaterThan(5);
  return violations;
}

describe.each<BrowserName>(['chromium', 'firefox'])('accessibility in %s', (name) => {
  let sim: Simulator;
  let browser: TestBrowser;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  it('the call card', async () => {
    // A card as the background keeps it (session storage), placed before anything made the background load its
    // cards, and read by the card page on load.
    const page = await browser.newPage(browser.extensionUrl('src/ui/options/index.html'));
    await page.evaluate(async () => {
      type Api = { storage: { session: { set(o: object): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const card = { callId: 'a11y', phone: '79101234567', direction: 'in', state: 'ringing', contactName: 'ООО Ромашка', line: '74951234567', group: 'Отдел продаж', startedAt: Date.now(), seen: true };
      await (g.browser ?? g.chrome).storage.session.set({ cards: [card] });
    });
    await page.close();
    const card = await browser.newPage(browser.extensionUrl('src/ui/card/index.html'));
    await card.waitFor('#card-name');
    expect(await axe(card)).toEqual([]);
    await card.close();
  });

  it('the options page, before and after setup', async () => {
    const page = await browser.newPage(browser.extensionUrl('src/ui/options/index.html'));
    await page.waitFor('#mode');
    expect(await axe(page)).toEqual([]);
    await page.close();
    await configure(browser, sim, 'andy');
    const again = await browser.newPage(browser.extensionUrl('src/ui/options/index.html'));
    await again.waitFor('#check-result[data-state="ok"]');
    expect(await axe(again)).toEqual([]);
    await again.close();
  });

  it('the popup', async () => {
    const page = await browser.newPage(browser.extensionUrl('src/ui/popup/index.html'));
    await page.waitFor('#dnd[data-state="off"]');
    await page.waitFor('#recent-calls li');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('the popup works from the keyboard alone: Tab to DND, Space switches it on the PBX; Tab to the number, Enter calls', async () => {
    const page = await browser.newPage(browser.extensionUrl('src/ui/popup/index.html'));
    await page.waitFor('#dnd[data-state="off"]');
    /** Tabs forward until `id` has the focus, as a person does; fails if it is never reached. */
    const tabTo = async (id: string) => {
      for (let i = 0; i < 15; i++) {
        await page.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.id ?? '')) === id) return;
      }
      throw new Error(`Tab never reached #${id}`);
    };
    await tabTo('dnd');
    await page.press(' ');
    await poll(() => (sim.state().dnd.andy === true ? true : undefined));
    await page.waitFor('#dnd[data-state="on"]');

    const since = sim.cursor;
    await tabTo('dial-number');
    await page.type('8 910 123-45-67');
    await page.press('Enter');
    const call = await poll(() => sim.commands({ cmd: 'makeCall', since })[0]);
    expect(call.fields).toMatchObject({ user: 'andy', phone: '79101234567' });
    await page.close();
  });
});
