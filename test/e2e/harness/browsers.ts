/**
 * The built extension loaded in a real browser, behind one small interface so every e2e test runs the same
 * steps in Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi).
 * See ../../../../shared/recipes/real-browser-tests.md for why each flag is there.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; width: number; height: number };

export interface TestPage {
  goto(url: string): Promise<void>;
  waitFor(selector: string, state?: 'visible' | 'attached'): Promise<void>;
  click(selector: string): Promise<void>;
  fill(selector: string, text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** Gives a file input this file, as a person picking it in the file dialog does. */
  setInputFile(selector: string, file: { name: string; text: string }): Promise<void>;
  /** Runs `click` and returns the file the browser downloaded because of it. */
  download(click: () => Promise<void>): Promise<{ name: string; text: string }>;
  /** A real (trusted) mouse click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** A real double-click there, as a person selecting a word (or an impatient one) makes. */
  doubleClickAt(x: number, y: number): Promise<void>;
  /** Moves the mouse there, no button pressed. */
  hoverAt(x: number, y: number): Promise<void>;
  /** Press, move and release the mouse, as a person selecting text does. */
  drag(from: Point, to: Point): Promise<void>;
  /** A real key press into the page ('Tab', ' ', 'Enter'), as a keyboard-only person works. */
  press(key: string): Promise<void>;
  /** Types text at the focus, key by key. */
  type(text: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates in the first child frame whose URL contains `urlPart`; undefined while there is none. */
  frameEvaluate<R, A = undefined>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R | undefined>;
  /** Writes a PNG of the viewport, or of `clip` (viewport coordinates) — the README's screenshots. */
  screenshot(path: string, clip?: Rect): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  extensionUrl(path: string): string;
  newPage(url?: string): Promise<TestPage>;
  /** A tab the extension opened by itself (the setup page on install), once its URL contains `urlPart`. */
  openedPage(urlPart: string): Promise<TestPage>;
  /** Stops the background (service worker / event page) as the browser does when idle. */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

/** The built extension: dist/, or OUT_DIR when the build was made there (see vite.config.ts). */
export const DIST = (name: BrowserName) =>
  resolve(import.meta.dirname, '../../..', process.env.OUT_DIR ?? 'dist', name === 'chromium' ? 'chrome' : 'firefox');
export const GECKO_ID = 'pbx-click-to-call@example.ru';
const FIREFOX_UUID = 'a3c5e0f2-6b1d-4c8e-9f7a-2d4b6c8e0a11';
const FIREFOX_IDLE_MS = 2000;

export interface LaunchOptions {
  locale?: string;
  /** An X display (`:N`, see ./x11.ts): run headful there, for what only real key events in a real window do. */
  display?: string;
  /**
   * Firefox only: enterprise policies as an admin writes them in policies.json (`{"policies": {…}}`), for this
   * browser alone. Read from the profile through Firefox's own test hook (an alternate policies path, honoured only
   * in automation mode) rather than the machine-wide distribution folder, which would change every Firefox here.
   */
  firefoxPolicies?: object;
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium({ locale = 'en-US', display }: LaunchOptions): Promise<TestBrowser> {
  const ext = DIST('chromium');
  const dataDir = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  // Developer mode, as for anyone loading an unpacked extension: without it Chromium disables the extension when
  // it reloads itself (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION), and a reload is how the tests play an update.
  mkdirSync(join(dataDir, 'Default'), { recursive: true });
  writeFileSync(join(dataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  const context: BrowserContext = await chromium.launchPersistentContext(dataDir, {
    executablePath: '/usr/lib/chromium/chromium',
    headless: !display,
    // On Linux Chromium takes its UI language — and so the extension's — from LANGUAGE; --lang is ignored there.
    env: { ...process.env, ...(display && { DISPLAY: display }), LANGUAGE: locale.replace('-', '_') },
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
    setInputFile: (selector, file) => page.setInputFiles(selector, { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) }),
    download: async (click) => {
      const [download] = await Promise.all([page.waitForEvent('download'), click()]);
      return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    },
    doubleClickAt: (x, y) => page.mouse.dblclick(x, y),
    ...sameInBoth(page),
  });
  return {
    name: 'chromium',
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    async openedPage(urlPart) {
      const page = await until(() => context.pages().find((p) => p.url().includes(urlPart)), `a tab with ${urlPart}`);
      await page.waitForLoadState();
      return wrap(page);
    },
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

/**
 * A browser started without the extension, to install it into later with `installExtension(DIST(name))` while
 * pages are open, as a person does (the harness's own browsers start with it).
 */
export function launchBare(name: BrowserName, dataDir: string): Promise<PpBrowser> {
  return puppeteer.launch(
    name === 'chromium'
      ? { executablePath: '/usr/lib/chromium/chromium', headless: true, userDataDir: dataDir, pipe: true, enableExtensions: true, args: ['--no-sandbox'] }
      : { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, userDataDir: dataDir, args: ['--remote-allow-system-access'] },
  );
}

async function launchFirefox({ locale = 'en-US', display, firefoxPolicies }: LaunchOptions): Promise<TestBrowser> {
  const dataDir = mkdtempSync(join(tmpdir(), 'e2e-firefox-'));
  const policies = firefoxPolicies && join(dataDir, 'policies.json');
  if (policies) writeFileSync(policies, JSON.stringify(firefoxPolicies));
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: !display,
    ...(display && { env: { ...process.env, DISPLAY: display } }),
    // Automation mode (which the alternate policies path needs) requires non-local connections off: loopback only.
    ...(policies && { env: { ...process.env, ...(display && { DISPLAY: display }), MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' } }),
    userDataDir: dataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.background.idle.timeout': FIREFOX_IDLE_MS,
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
      // Headful on a bare X server there is no notification daemon: Firefox's own alert windows, as Chromium does.
      ...(display && { 'alerts.useSystemBackend': false }),
      // Downloads go straight to a folder the test reads, without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': join(dataDir, 'downloads'),
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      ...(policies && { 'browser.policies.alternatePath': policies, 'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true }),
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
    setInputFile: async (selector, file) => {
      const dir = mkdtempSync(join(dataDir, 'upload-'));
      writeFileSync(join(dir, file.name), file.text);
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(join(dir, file.name));
    },
    download: async (click) => {
      const dir = join(dataDir, 'downloads');
      mkdirSync(dir, { recursive: true });
      const before = new Set(readdirSync(dir));
      await click();
      // Firefox writes `name.part` beside an empty placeholder `name`, and renames the part over it when complete.
      const name = await until(() => {
        const files = readdirSync(dir);
        return files.find((f) => !before.has(f) && !f.endsWith('.part') && !files.includes(`${f}.part`) && statSync(join(dir, f)).size > 0);
      }, 'a downloaded file');
      return { name, text: readFileSync(join(dir, name), 'utf8') };
    },
    doubleClickAt: (x, y) => page.mouse.click(x, y, { count: 2 }),
    ...sameInBoth(page),
    // Puppeteer's clip is in document coordinates: a scrolled page's viewport box is moved by the scroll.
    screenshot: async (path, clip) => {
      const scroll = clip && (await page.evaluate(() => ({ x: scrollX, y: scrollY })));
      await page.screenshot({ path, ...(clip && scroll && { clip: { ...clip, x: clip.x + scroll.x, y: clip.y + scroll.y } }) });
    },
  });
  return {
    name: 'firefox',
    extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path}`,
    async openedPage(urlPart) {
      // BiDi keeps reporting about:blank for a tab the extension navigated to moz-extension://: ask each document.
      const find = async () => {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => (document.readyState === 'loading' ? '' : location.href)).catch(() => '');
          if (href.includes(urlPart)) return page;
        }
        return undefined;
      };
      return wrap(await until(find, `a tab with ${urlPart}`));
    },
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

/** Polls `read` until it gives a value (15 s). */
async function until<T>(read: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The page calls both libraries spell alike. */
interface CommonPage {
  mouse: Mouse & { click(x: number, y: number): Promise<unknown> };
  keyboard: { press(key: never): Promise<void>; type(text: string): Promise<void> };
  screenshot(options: { path: string; clip?: Rect }): Promise<unknown>;
  evaluate(fn: never, arg?: never): Promise<unknown>;
  frames(): Frame[];
  mainFrame(): Frame;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

function sameInBoth(page: CommonPage): Pick<TestPage, 'clickAt' | 'hoverAt' | 'drag' | 'press' | 'type' | 'evaluate' | 'frameEvaluate' | 'screenshot' | 'bringToFront' | 'close'> {
  return {
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path, clip) => {
      await page.screenshot({ path, ...(clip && { clip }) });
      // Chromium routes a click right after a screenshot wrongly into an out-of-process frame (a sandboxed one):
      // the page's next two frames first.
      await page.evaluate((() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))) as never);
    },
    clickAt: async (x, y) => void (await page.mouse.click(x, y)),
    hoverAt: (x, y) => page.mouse.move(x, y),
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
