/**
 * The built extension loaded in a real browser, behind one small interface so every e2e test runs the same
 * steps in Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi).
 * See ../../../../shared/recipes/real-browser-tests.md for why each flag is there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export type Point = { x: number; y: number };

export interface TestPage {
  goto(url: string): Promise<void>;
  waitFor(selector: string, state?: 'visible' | 'attached'): Promise<void>;
  click(selector: string): Promise<void>;
  fill(selector: string, text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** A real (trusted) mouse click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** Press, move and release the mouse, as a person selecting text does. */
  drag(from: Point, to: Point): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates in the first child frame whose URL contains `urlPart`; undefined while there is none. */
  frameEvaluate<R, A = undefined>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R | undefined>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  extensionUrl(path: string): string;
  newPage(url?: string): Promise<TestPage>;
  /** Stops the background (service worker / event page) as the browser does when idle. */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

export const DIST = (name: BrowserName) => resolve(import.meta.dirname, '../../../dist', name === 'chromium' ? 'chrome' : 'firefox');
const GECKO_ID = 'pbx-click-to-call@example.ru';
const FIREFOX_UUID = 'a3c5e0f2-6b1d-4c8e-9f7a-2d4b6c8e0a11';
const FIREFOX_IDLE_MS = 2000;

export function launch(name: BrowserName, options: { locale?: string } = {}): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium({ locale = 'en-US' }: { locale?: string }): Promise<TestBrowser> {
  const ext = DIST('chromium');
  const dataDir = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(dataDir, {
    executablePath: '/usr/lib/chromium/chromium',
    headless: true,
    locale,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--lang=${locale}`,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const wrap = (page: PwPage): TestPage => ({
    goto: async (url) => void (await page.goto(url)),
    waitFor: async (selector, state = 'visible') => void (await page.waitForSelector(selector, { state })),
    click: (selector) => page.click(selector),
    fill: (selector, text) => page.fill(selector, text),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    ...sameInBoth(page),
  });
  return {
    name: 'chromium',
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    async newPage(url) {
      const page = await context.newPage();
      // On install the extension opens its options page; Chrome may reuse our fresh tab for it mid-navigation.
      if (url) await page.goto(url).catch(async (e: Error) => {
        if (!/interrupted by another navigation/.test(e.message)) throw e;
        await page.waitForURL(url);
      });
      await page.bringToFront();
      return wrap(page);
    },
    async stopBackground() {
      // Playwright keeps the worker alive while attached; close its target as Chrome's idle timer would.
      const cdp = await context.browser()!.newBrowserCDPSession();
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      for (const t of targetInfos) {
        if (t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`)) {
          await cdp.send('Target.closeTarget', { targetId: t.targetId });
        }
      }
      await cdp.detach();
    },
    async close() {
      await context.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox({ locale = 'en-US' }: { locale?: string }): Promise<TestBrowser> {
  const dataDir = mkdtempSync(join(tmpdir(), 'e2e-firefox-'));
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: dataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.background.idle.timeout': FIREFOX_IDLE_MS,
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
    },
  });
  await browser.installExtension(DIST('firefox'));
  const wrap = (page: PpPage): TestPage => ({
    goto: async (url) => {
      // moz-extension:// navigations never settle under BiDi: start it and wait for the document instead.
      if (url.startsWith('moz-extension:')) {
        void page.goto(url).catch(() => {});
        // Evaluations can fail while the document is being replaced: ask again until it is there.
        const deadline = Date.now() + 15_000;
        for (;;) {
          const ready = await page.evaluate((u) => location.href === u && document.readyState !== 'loading', url).catch(() => false);
          if (ready) break;
          if (Date.now() > deadline) throw new Error(`${url} did not load`);
          await new Promise((r) => setTimeout(r, 50));
        }
      } else await page.goto(url);
    },
    waitFor: async (selector, state = 'visible') => void (await page.waitForSelector(selector, { visible: state === 'visible' })),
    click: (selector) => page.click(selector),
    // Like Playwright's fill (and a paste): the whole value at once, then one input event.
    fill: async (selector, text) => {
      await page.focus(selector);
      await page.$eval(
        selector,
        (el, value) => {
          (el as HTMLInputElement).value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        },
        text,
      );
    },
    select: async (selector, value) => void (await page.select(selector, value)),
    ...sameInBoth(page),
  });
  return {
    name: 'firefox',
    extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path}`,
    async newPage(url) {
      const page = await browser.newPage();
      const p = wrap(page);
      if (url) await p.goto(url);
      await page.bringToFront();
      return p;
    },
    async stopBackground() {
      // The event page suspends after the idle pref; wait past it with nothing keeping it awake.
      await new Promise((r) => setTimeout(r, FIREFOX_IDLE_MS + 1500));
    },
    async close() {
      await browser.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The page calls both libraries spell alike. */
interface CommonPage {
  mouse: Mouse & { click(x: number, y: number): Promise<unknown> };
  evaluate(fn: never, arg?: never): Promise<unknown>;
  frames(): Frame[];
  mainFrame(): Frame;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

function sameInBoth(page: CommonPage): Pick<TestPage, 'clickAt' | 'drag' | 'evaluate' | 'frameEvaluate' | 'bringToFront' | 'close'> {
  return {
    clickAt: async (x, y) => void (await page.mouse.click(x, y)),
    drag: (from, to) => drag(page.mouse, from, to),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    frameEvaluate: (urlPart, fn, arg) => frameEvaluate(page, urlPart, fn, arg),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

interface Mouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
}
interface Frame {
  url(): string;
  evaluate(fn: never, arg?: never): Promise<unknown>;
}

async function drag(mouse: Mouse, from: Point, to: Point): Promise<void> {
  await mouse.move(from.x, from.y);
  await mouse.down();
  await mouse.move(to.x, to.y, { steps: 8 });
  await mouse.up();
}

async function frameEvaluate<R, A>(page: { frames(): Frame[]; mainFrame(): Frame }, urlPart: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R | undefined> {
  const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(urlPart));
  // A frame that is navigating or going away answers nothing yet: the caller polls.
  return frame ? ((await frame.evaluate(fn as never, arg as never).catch(() => undefined)) as R | undefined) : undefined;
}
