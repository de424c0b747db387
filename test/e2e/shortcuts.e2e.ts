/**
 * Keyboard shortcuts through the browser's own command path: a headful browser on a private X server, keys pressed
 * with xdotool (XTEST, as a keyboard does). Keys sent through CDP / BiDi go to the page's renderer and never reach
 * the browser's accelerators, so chrome.commands.onCommand would not fire — see ./harness/x11.ts.
 * The keys pressed are the ones the built manifest suggests, so the test follows the manifest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { DIST, launch, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { servePages } from './harness/pages.ts';
import { configure, poll, selectText, waitUntil } from './harness/steps.ts';
import { startX, type XDisplay } from './harness/x11.ts';
import { message } from './harness/locale.ts';

const USER = 'andy';
/** The CRM tab's title while the test runs: what the X window is found by. */
const WINDOW_TITLE = 'pbx-shortcut-test';

type Commands = Record<string, string>;
type Feedback = { title: string; notifications: string[]; shortcuts: Commands };

// Chromium with the browser in Russian and in English: shortcuts and their feedback do not depend on the language.
const runs: { name: BrowserName; locale: string }[] = [
  { name: 'chromium', locale: 'ru-RU' },
  { name: 'chromium', locale: 'en-US' },
  { name: 'firefox', locale: 'en-US' },
];

describe.each(runs)('keyboard shortcuts in $name, $locale', ({ name, locale }) => {
  const dndTitle = message(locale, 'dnd');
  const suggested: Commands = Object.fromEntries(
    Object.entries(
      (JSON.parse(readFileSync(join(DIST(name), 'manifest.json'), 'utf8')) as { commands: Record<string, { suggested_key?: { default?: string } }> })
        .commands,
    ).flatMap(([command, c]) => (c.suggested_key?.default ? [[command, c.suggested_key.default]] : [])),
  );
  let x: XDisplay;
  let sim: Simulator;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let browser: TestBrowser;
  let crm: TestPage;

  /** Presses a command's suggested key with the CRM tab in front and its window holding the keyboard focus. */
  const pressShortcut = async (command: string) => {
    await crm.bringToFront();
    await x.focus(WINDOW_TITLE);
    await x.press(suggested[command]!.toLowerCase());
  };

  /** What the extension shows outside pages: the toolbar button's title, its notifications, the bound shortcuts. */
  const feedback = async (): Promise<Feedback & { popupDnd: string }> => {
    const popup = await browser.newPage(browser.extensionUrl('src/ui/popup/index.html'));
    try {
      await popup.waitFor('#dnd[data-state="on"], #dnd[data-state="off"]');
      const shown = await popup.evaluate(async () => {
        type Api = {
          action: { getTitle(d: object): Promise<string> };
          notifications: { getAll(): Promise<Record<string, unknown>> };
          commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
        };
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        return {
          title: await api.action.getTitle({}),
          notifications: Object.keys(await api.notifications.getAll()),
          shortcuts: Object.fromEntries((await api.commands.getAll()).map((c) => [c.name ?? '', c.shortcut ?? ''])),
        };
      });
      const popupDnd = await popup.evaluate(() => document.querySelector('#dnd')?.getAttribute('data-state') ?? '');
      return { ...shown, popupDnd };
    } finally {
      await popup.close();
    }
  };

  beforeAll(async () => {
    x = await startX();
    sim = await startSimulator({ port: 0 });
    pages = await servePages();
    browser = await launch(name, { display: x.display, locale });
    await configure(browser, sim, USER);
    crm = await browser.newPage(`${pages.url}/crm-list.html`);
    // The content script is there (it answers the background's "what is selected?") once it highlighted numbers.
    await waitUntil(crm, () => (CSS.highlights?.get('pbx-phone')?.size ?? 0) >= 3);
    await crm.evaluate((title) => void (document.title = title), WINDOW_TITLE);
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await sim?.close();
    await x?.close();
  });

  it('binds every shortcut the manifest suggests', async () => {
    expect(Object.keys(suggested).sort()).toEqual(['call-selection', 'show-card', 'toggle-dnd']);
    const { shortcuts } = await feedback();
    for (const [command, key] of Object.entries(suggested)) expect({ command, key: shortcuts[command] }).toEqual({ command, key });
  });

  it('the DND shortcut turns DND on at the PBX, and pressed again turns it off', async () => {
    expect(sim.state().dnd[USER]).toBe(false);
    const since = sim.cursor;
    await pressShortcut('toggle-dnd');
    await poll(() => (sim.state().dnd[USER] === true ? true : undefined));
    const setDnd = sim.commands({ cmd: 'set_dnd', since });
    expect(setDnd.map((c) => c.fields)).toEqual([expect.objectContaining({ user: USER, state: 'true', token: sim.token })]);
    // The person is told (a notification), and the toolbar button and the popup show DND.
    let shown = await feedback();
    expect(shown.notifications).toContain('dnd');
    expect(shown.title).toContain(dndTitle);
    expect(shown.popupDnd).toBe('on');

    const again = sim.cursor;
    await pressShortcut('toggle-dnd');
    await poll(() => (sim.state().dnd[USER] === false ? true : undefined));
    expect(sim.commands({ cmd: 'set_dnd', since: again }).map((c) => c.fields.state)).toEqual(['false']);
    shown = await feedback();
    expect(shown.title).not.toContain(dndTitle);
    expect(shown.popupDnd).toBe('off');
  });

  it('the call shortcut calls the selected number and says so in a notification', async () => {
    const before = (await feedback()).notifications;
    const since = sim.cursor;
    await selectText(crm, '8 (910) 123-45-67');
    await pressShortcut('call-selection');
    const call = await poll(() => sim.commands({ cmd: 'makeCall', since })[0]);
    expect(call.fields).toMatchObject({ phone: '79101234567', user: USER, token: sim.token });
    expect(sim.commands({ cmd: 'makeCall', since })).toHaveLength(1);
    const after = (await feedback()).notifications;
    expect(after.filter((id) => !before.includes(id))).toHaveLength(1);
  });
});
