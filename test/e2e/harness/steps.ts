/** Steps a person takes, shared by the e2e tests and the benchmark. */
import type { TestBrowser, TestPage } from './browsers.ts';

/** Runs `fn` in a page of the extension's own, where its APIs are (`browser` or `chrome`), and closes that page. */
export async function inExtensionPage<R, A = undefined>(browser: TestBrowser, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  const page = await browser.newPage(browser.extensionUrl('src/ui/options/index.html'));
  try {
    return await page.evaluate(fn, arg);
  } finally {
    await page.close();
  }
}

/** Fills the options page as a new user would: address, token, check, pick yourself, save. */
export async function configure(browser: TestBrowser, pbx: { url: string; token: string }, user: string): Promise<void> {
  const page = await browser.newPage(browser.extensionUrl('src/ui/options/index.html'));
  await page.waitFor('#pbx-url');
  await page.fill('#pbx-url', pbx.url);
  await page.fill('#token', pbx.token);
  await page.click('#check');
  // (A failed or stuck check is reported with what the page shows, not as a bare timeout.)
  const shown = () =>
    page.evaluate(() => {
      const r = document.querySelector('#check-result');
      const button = document.querySelector<HTMLButtonElement>('#check');
      return { state: r?.getAttribute('data-state'), said: `${r?.getAttribute('data-code') ?? ''} ${r?.textContent ?? ''} (check button ${button?.disabled ? 'disabled' : 'enabled'})` };
    });
  const result = await poll(async () => {
    const r = await shown();
    return r.state === 'ok' || r.state === 'error' ? r : undefined;
  }, 30_000).catch(async () => {
    throw new Error(`the options page's check gave no answer in 30 s: ${(await shown()).said}`);
  });
  if (result.state !== 'ok') throw new Error(`the options page's check failed: ${result.said}`);
  await page.select('#user', user);
  await page.click('#save');
  await waitUntil(page, () => document.querySelector('#save-result')?.textContent !== '');
  await page.close();
}

/** Relay mode as a team's manager sets it up: the admin's pairing link, check, save. Returns the check's sentence. */
export async function configureRelay(browser: TestBrowser, pairingLink: string): Promise<string> {
  const page = await browser.newPage(browser.extensionUrl('src/ui/options/index.html'));
  await page.waitFor('#mode');
  await page.select('#mode', 'relay');
  await page.waitFor('#relay-url');
  await page.fill('#relay-url', pairingLink);
  await page.click('#check');
  await waitUntil(page, () => /ok|error/.test(document.querySelector('#check-result')?.getAttribute('data-state') ?? ''), 15_000);
  const result = await page.evaluate(() => document.querySelector('#check-result')?.textContent ?? '');
  await page.click('#save');
  await waitUntil(page, () => document.querySelector('#save-result')?.textContent !== '');
  await page.close();
  return result;
}

/**
 * Finds the first occurrence of `text` in the page (from the page itself) and scrolls it into view; with `select`,
 * selects it as a person's drag over it would. Returns its centre in viewport coordinates.
 */
async function findText(page: TestPage, text: string, select: boolean): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(({ needle, select }: { needle: string; select: boolean }) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(needle);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + needle.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      if (select) {
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, { needle: text, select });
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

/** Centre of the first occurrence of `text` in the page, in viewport coordinates. */
export const textCenter = (page: TestPage, text: string) => findText(page, text, false);

/** Selects the first occurrence of `text` in the page, as a person's drag over it would. */
export const selectText = async (page: TestPage, text: string): Promise<void> => void (await findText(page, text, true));

export async function waitUntil(page: TestPage, predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await page.evaluate(predicate))) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${predicate.toString()}`);
    await sleep(50);
  }
}

export async function poll<T>(read: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await sleep(20);
  }
}

/**
 * Starts a server on `port` when it is free, else on any port: the README's screenshots then show the addresses
 * `npm start` prints (and stay the same from run to run) without failing when the demo itself is running.
 */
export async function preferPort<T>(port: number, start: (port: number) => Promise<T>): Promise<T> {
  try {
    return await start(port);
  } catch {
    return start(0);
  }
}

/** A fixed time of today (UTC) for the simulator's clock: the call times in screenshots are the same every run. */
export const todayAt = (hours: number, minutes: number) => {
  const d = new Date();
  d.setUTCHours(hours, minutes, 0, 0);
  return d;
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** When the extension's background last started, asked from one of its own pages (which wakes it if stopped). */
export async function backgroundStartedAt(browser: TestBrowser): Promise<number> {
  const page = await browser.newPage(browser.extensionUrl('src/ui/popup/index.html'));
  try {
    return await page.evaluate(async () => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<{ startedAt: number }> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const status = await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'status', payload: {} });
      return status.startedAt;
    });
  } finally {
    await page.close();
  }
}
