/**
 * Where numbers are found, in real Chromium and Firefox ESR with the built extension: same-origin iframes, open
 * shadow roots, content a SPA adds later, numbers split over inline elements, read-only and disabled inputs;
 * never in editors, code or opted-out parts; per-site modes and "not a phone number" marks, applied live.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { DIST, launch, type BrowserName, type TestBrowser, type Rect, type TestPage } from './harness/browsers.ts';
import { servePages } from './harness/pages.ts';
import { pngPixels } from './harness/png.ts';
import { configure, inExtensionPage, poll, sleep, waitUntil } from './harness/steps.ts';

const USER = 'andy';
/** The numbers detection.html shows once its SPA content has arrived. */
const ALL = 11;

/** Waits until the page highlights `n` numbers (`atLeast`: n or more). */
const untilHighlighted = (page: TestPage, n: number, atLeast = false) =>
  poll(async () => {
    const size = await page.evaluate(() => CSS.highlights?.get('pbx-phone')?.size ?? 0);
    return (atLeast ? size >= n : size === n) || undefined;
  });

/** Every highlighted number's text, whitespace folded (the extension highlights StaticRanges: made live to read). */
const highlighted = () => {
  const hl = CSS.highlights?.get('pbx-phone') as unknown as Set<StaticRange> | undefined;
  return [...(hl ?? [])]
    .map((s) => {
      const r = document.createRange();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      return r.toString().replace(/\s+/g, ' ').trim();
    })
    .sort();
};

/** Centre of the highlighted number reading `text`, scrolled into view. */
const rangeCenter = (text: string) => {
  const hl = CSS.highlights?.get('pbx-phone') as unknown as Set<StaticRange> | undefined;
  const range = [...(hl ?? [])]
    .map((s) => {
      const r = document.createRange();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      return r;
    })
    .find((r) => r.toString().replace(/\s+/g, ' ').trim() === text);
  if (!range) return null;
  (range.startContainer.parentElement ?? (range.startContainer.getRootNode() as ShadowRoot).host)?.scrollIntoView({ block: 'center' });
  const b = range.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
};

/** The box of the first visible text node holding `text`, in the document or an open shadow tree, scrolled into view. */
const textBox = (text: string) => {
  const roots: Node[] = [document.body];
  for (let i = 0; i < roots.length; i++) {
    const walker = document.createTreeWalker(roots[i]!, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 1) {
        if ((n as Element).shadowRoot) roots.push((n as Element).shadowRoot!);
        continue;
      }
      const at = (n as Text).data.indexOf(text);
      if (at < 0) continue;
      (n.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + text.length);
      const b = r.getBoundingClientRect();
      if (!b.width) continue; // text with no box of its own (a textarea's, a template's): not what a person sees
      return { x: Math.floor(b.left), y: Math.floor(b.top), width: Math.ceil(b.width), height: Math.ceil(b.height) + 4 };
    }
  }
  return null;
};

/** The long list's own record of the first highlight it saw (see pages/long-list.html), once there is one. */
const firstPainted = (list: TestPage) => poll(() => list.evaluate(() => (window as unknown as { __firstPainted: string[] | null }).__firstPainted ?? undefined));

/** In the long list: every number cell in view (inside the box of the element it scrolls in) starts a highlighted range. */
const numbersInViewHighlighted = () => {
  const box = document.getElementById('scroller')!.getBoundingClientRect();
  const [top, bottom] = [Math.max(0, box.top), Math.min(innerHeight, box.bottom)];
  const starts = new Set([...(CSS.highlights.get('pbx-phone') as unknown as Set<StaticRange>)].map((r) => r.startContainer));
  // (The first row's '8 (900) 000-00-00' is an input mask's placeholder, rightly no number.)
  const cells = [...document.querySelectorAll('tr')].slice(1).map((tr) => tr.cells[2]!).filter((td) => {
    const r = td.getBoundingClientRect();
    return r.bottom > top && r.top < bottom;
  });
  return cells.length > 5 && cells.every((td) => starts.has(td.firstChild!));
};

const boxCenter = (selector: string) => {
  const el = document.querySelector(selector)!;
  el.scrollIntoView({ block: 'center' });
  const b = el.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
};

describe.each<BrowserName>(['chromium', 'firefox'])('number detection in %s', (name) => {
  let sim: Simulator;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let browser: TestBrowser;
  let page: TestPage;

  const nextMakeCall = (since: number) => poll(() => sim.commands({ cmd: 'makeCall', since })[0]);
  const clickNumber = async (text: string) => {
    const point = await poll(() => page.evaluate(rangeCenter, text).then((p) => p ?? undefined));
    const since = sim.cursor;
    await page.clickAt(point.x, point.y);
    return (await nextMakeCall(since)).fields.phone;
  };

  /** How many pixels of our highlight's green a screenshot of `box` (viewport coordinates) holds. */
  const greenIn = async (p: TestPage, box: Rect) => {
    const file = join(tmpdir(), `detection-${name}-${process.pid}.png`);
    try {
      await p.screenshot(file, box);
      // The page only draws the picture back into a canvas: no page DOM is read or written for the verdict.
      return (await p.evaluate(pngPixels, [readFileSync(file).toString('base64')])).green;
    } finally {
      rmSync(file, { force: true });
    }
  };

  /** Writes settings as the options page would, from an extension page (the context menu can't be clicked here). */
  const patchSettings = async (patch: Record<string, unknown>) => {
    await inExtensionPage(
      browser,
      async (p: Record<string, unknown>) => {
        type Storage = { get(k: string): Promise<Record<string, Record<string, unknown>>>; set(v: object): Promise<void> };
        const g = globalThis as unknown as { browser?: { storage: { local: Storage } }; chrome: { storage: { local: Storage } } };
        const local = (g.browser ?? g.chrome).storage.local;
        const { settings } = await local.get('settings');
        await local.set({ settings: { ...settings, ...p } });
      },
      patch,
    );
    await page.bringToFront();
  };

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    pages = await servePages();
    browser = await launch(name);
    await configure(browser, sim, USER);
    page = await browser.newPage(`${pages.url}/detection.html`);
    await untilHighlighted(page, ALL, true);
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await sim?.close();
  });

  it('highlights numbers in text, split over inline elements, in shadow trees and added later; never in editors, code, SVG or opted-out parts', async () => {
    await untilHighlighted(page, ALL, true);
    const found = await page.evaluate(highlighted);
    expect(found).toEqual(
      ['+7 916 555-12-34', '8 (495) 222-33-44', '8 (812) 300-40-50', '+372 640 2187', '9036127748', '8 (917) 333-22-11', '8 (919) 555-66-77', '8 (920) 600-70-80', '8 (921) 700-80-90', '8 (922) 111-22-33', '8 (923) 444-55-66'].sort(),
    );
    // The page's DOM is untouched: no mutation but the page's own insert (the one in the shadow tree is not seen here).
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: { target: string }[] }).__mutations);
    expect(mutations, JSON.stringify(mutations)).toHaveLength(1);
    expect(mutations.map((m) => m.target)).toEqual(['later']);
  });

  it('paints them: the green tint is in the pixels under a number (also in a shadow tree), none under the ИНН', async () => {
    const tint = async (text: string) => {
      const box = await page.evaluate(textBox, text);
      if (!box) throw new Error(`"${text}" is not on the page`);
      return greenIn(page, box);
    };
    expect(await tint('916 555-12-34')).toBeGreaterThan(5); // the part after <b>+7</b>
    expect(await tint('8 (917) 333-22-11')).toBeGreaterThan(5); // in the open shadow root
    expect(await tint('7707083893')).toBe(0); // an ИНН
    expect(await tint('9102345678')).toBe(0); // an ИНН that would be a number under a 'Телефон' header
  });

  it('calls a number split over inline elements', async () => {
    expect(await clickNumber('+7 916 555-12-34')).toBe('79165551234');
    expect(await clickNumber('8 (495) 222-33-44')).toBe('74952223344');
  });

  it('calls a foreign number as written, where a label runs into it', async () => {
    // Ten digits in all: sent without its '+', Tallinn's number would be read as a Russian one (+7 372 …).
    expect(await clickNumber('+372 640 2187')).toBe('3726402187');
  });

  it("calls a bare number in a table's 'Телефон' column (not the ИНН beside it)", async () => {
    expect(await clickNumber('9036127748')).toBe('79036127748');
  });

  it('calls a number inside an open shadow root, including one added later', async () => {
    expect(await clickNumber('8 (917) 333-22-11')).toBe('79173332211');
    expect(await clickNumber('8 (920) 600-70-80')).toBe('79206007080');
    expect(await clickNumber('8 (921) 700-80-90')).toBe('79217008090'); // its host was the node the page added
    // Hosts inside the page as it loaded (a div whose shadow tree came from its markup) and inside what it added.
    expect(await clickNumber('8 (922) 111-22-33')).toBe('79221112233');
    expect(await clickNumber('8 (923) 444-55-66')).toBe('79234445566');
  });

  it('calls a number a SPA added after load', async () => {
    expect(await clickNumber('8 (919) 555-66-77')).toBe('79195556677');
  });

  it('calls a number inside a same-origin iframe', async () => {
    const inner = await poll(() =>
      page.frameEvaluate('detection-frame', () => {
        const hl = CSS.highlights?.get('pbx-phone') as unknown as Set<StaticRange> | undefined;
        const s = [...(hl ?? [])][0];
        if (!s) return undefined;
        const range = document.createRange();
        range.setStart(s.startContainer, s.startOffset);
        range.setEnd(s.endContainer, s.endOffset);
        const b = range.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }),
    );
    const frame = await page.evaluate(() => {
      const el = document.getElementById('frame')!;
      el.scrollIntoView({ block: 'center' });
      const b = el.getBoundingClientRect();
      return { x: b.left + el.clientLeft, y: b.top + el.clientTop };
    });
    const since = sim.cursor;
    await page.clickAt(frame.x + inner.x, frame.y + inner.y);
    expect((await nextMakeCall(since)).fields.phone).toBe('79184443322');
  });

  it("calls numbers in the frames a mail viewer makes (srcdoc, sandboxed, blob:, data:, about:blank, written with document.open(); one written the way another country writes it), by the page's site mode", async () => {
    // Only the page's own host is listed: a frame without a host of its own must count as the page's.
    await patchSettings({ siteMode: 'only', sites: ['127.0.0.1'] });
    const mail = await browser.newPage(`${pages.url}/mail-frames.html`);
    const frames = await mail.evaluate(() =>
      [...document.querySelectorAll('iframe')].map((f) => {
        const b = f.getBoundingClientRect();
        return { id: f.id, x: b.left + f.clientLeft, y: b.top + f.clientTop, width: f.clientWidth, height: f.clientHeight };
      }),
    );
    expect(frames.map((f) => f.id)).toEqual(['srcdoc', 'sandboxed', 'blob', 'blank', 'written', 'sandboxed-abroad', 'data']);
    const called: (string | undefined)[] = [];
    for (const box of frames) {
      // Shown as callable (the tint is painted in the frame), then a click calls it.
      await poll(async () => (await greenIn(mail, box)) > 5 || undefined);
      const since = sim.cursor;
      await mail.clickAt(box.x + 40, box.y + 10); // (each frame's number is at its top left)
      called.push((await nextMakeCall(since)).fields.phone);
    }
    expect(called).toEqual(['79181112231', '79181112232', '79181112233', '79181112234', '79181112235', '84912736418', '79181112236']);
    // The page's host excluded: none of its frames calls either.
    await patchSettings({ siteMode: 'except', sites: ['127.0.0.1'] });
    const excluded = await browser.newPage(`${pages.url}/mail-frames.html`);
    await sleep(1500);
    expect(await greenIn(excluded, frames[0]!)).toBe(0);
    const since = sim.cursor;
    for (const { x, y } of frames) await excluded.clickAt(x + 40, y + 10);
    await sleep(600);
    expect(sim.commands({ cmd: 'makeCall', since })).toHaveLength(0);
    await excluded.close();
    await mail.close();
    // (The detection page, off meanwhile as the same host, is back before the next test clicks in it.)
    await patchSettings({ siteMode: 'all', sites: [] });
    await untilHighlighted(page, ALL);
  });

  it('marks the number under the mouse; a read-only input holding one gets the pointer cursor, text restyles nothing', async () => {
    const cursor = (selector: string) => getComputedStyle(document.querySelector(selector)!).cursor;
    const hovered = () => CSS.highlights?.get('pbx-phone-hover')?.size ?? 0;
    const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const number = '.field span:nth-child(2)';
    const [plainText, plainInput] = [await page.evaluate(cursor, number), await page.evaluate(cursor, '#readonly-city')];
    let at = await page.evaluate(boxCenter, number);
    await page.hoverAt(at.x, at.y);
    await poll(async () => (await page.evaluate(hovered)) === 1 || undefined);
    // (A rule that could reach any element made the page restyle itself whole at every number the mouse crossed.)
    expect(await page.evaluate(cursor, number)).toBe(plainText);
    // Off it onto text without a number (no hit test there: its block was scanned and holds none), then onto one
    // in an open shadow tree (the innermost target is looked up only over a host).
    at = await page.evaluate(boxCenter, 'h1');
    await page.hoverAt(at.x, at.y);
    await poll(async () => (await page.evaluate(hovered)) === 0 || undefined);
    const inShadow = await poll(() => page.evaluate(rangeCenter, '8 (917) 333-22-11').then((p) => p ?? undefined));
    await page.hoverAt(inShadow.x, inShadow.y);
    await poll(async () => (await page.evaluate(hovered)) === 1 || undefined);
    at = await page.evaluate(boxCenter, '#readonly');
    await page.hoverAt(at.x, at.y);
    await poll(async () => (await page.evaluate(cursor, '#readonly')) === 'pointer' || undefined);
    expect(await page.evaluate(hovered)).toBe(0);
    // A read-only input without a number keeps its own cursor.
    at = await page.evaluate(boxCenter, '#readonly-city');
    await page.hoverAt(at.x, at.y);
    await page.evaluate(twoFrames);
    expect(await page.evaluate(cursor, '#readonly-city')).toBe(plainInput);
  });

  it('calls the number in a read-only or a disabled input, not in an editable one', async () => {
    for (const [selector, phone] of [['#readonly', '79257778899'], ['#disabled', '79261110099']] as const) {
      const { x, y } = await page.evaluate(boxCenter, selector);
      const since = sim.cursor;
      await page.clickAt(x, y);
      expect((await nextMakeCall(since)).fields.phone).toBe(phone);
    }
    const { x, y } = await page.evaluate(boxCenter, '#editable');
    const since = sim.cursor;
    await page.clickAt(x, y);
    await sleep(600);
    expect(sim.commands({ cmd: 'makeCall', since })).toHaveLength(0);
  });

  it("reads a number written the way another country writes it, and one written oddly, the detector's rare parts loaded when a text first asks, on a page whose CSP forbids every script", async () => {
    const other = await browser.newPage(`${pages.url}/abroad.html`);
    try {
      await untilHighlighted(other, 3);
      expect((await other.evaluate(highlighted)).sort()).toEqual(['0532 614 09 27', '8 (495) 222-33-44', '8/915/440/62/17']);
      const point = await other.evaluate(rangeCenter, '0532 614 09 27');
      const since = sim.cursor;
      await other.clickAt(point!.x, point!.y);
      expect((await nextMakeCall(since)).fields.phone).toBe('905326140927');
    } finally {
      await other.close();
      await page.bringToFront();
    }
  });

  it('keeps those rare parts out of the script that loads into every frame, and that script within its budget', () => {
    // (One static import of phone-abroad.ts or phone-odd.ts from the content script's modules would bring them back
    // unnoticed: a country's cue, and the odd separators' pattern.)
    const script = readFileSync(join(DIST(name), 'src/content/index.js'), 'utf8');
    const rare = readFileSync(join(DIST(name), 'abroad.js'), 'utf8');
    for (const part of ['бишкек', String.raw`([/_\u2022\u00B7])`]) {
      expect(rare).toContain(part);
      expect(script).not.toContain(part);
    }
    // Issue 4's budget for the script every frame of every page loads: 60 KB minified (KB as the bench prints them).
    expect(Buffer.byteLength(script)).toBeLessThanOrEqual(60 * 1024);
  });

  it('drops a number marked "not a phone number" on this site at once, and brings it back when unmarked', async () => {
    await patchSettings({ notPhones: { '127.0.0.1': ['79165551234'] } });
    await untilHighlighted(page, ALL - 1);
    expect(await page.evaluate(highlighted)).not.toContain('+7 916 555-12-34');
    // The options page lists the mark; "remove" + save takes it back.
    const options = await browser.newPage(browser.extensionUrl('src/ui/options/index.html'));
    await options.waitFor('#not-phones li[data-digits="79165551234"] button');
    await options.click('#not-phones li[data-digits="79165551234"] button');
    await options.click('#save');
    await waitUntil(options, () => document.querySelector('#save-result')?.textContent !== '');
    await options.close();
    await page.bringToFront();
    await untilHighlighted(page, ALL);
  });

  it('reads a number without a country code as the chosen country\'s: Belarus in the settings, a Minsk number calls', async () => {
    expect(await page.evaluate(highlighted)).not.toContain('(029) 614-32-95'); // Russia, no country named near it: no such number
    const options = await browser.newPage(browser.extensionUrl('src/ui/options/index.html'));
    await options.waitFor('#region');
    await options.select('#region', 'BY');
    await options.click('#save');
    await waitUntil(options, () => document.querySelector('#save-result')?.textContent !== '');
    await options.close();
    await page.bringToFront();
    await untilHighlighted(page, ALL + 1);
    expect(await clickNumber('(029) 614-32-95')).toBe('375296143295');
    expect(await clickNumber('8 (495) 222-33-44')).toBe('74952223344'); // Russian numbers read as before
    await patchSettings({ region: 'RU' });
    await untilHighlighted(page, ALL);
    expect(await page.evaluate(highlighted)).not.toContain('(029) 614-32-95');
  });

  it('finds nothing on a host in the "except" list, and everything again when it leaves the list', async () => {
    const options = await browser.newPage(browser.extensionUrl('src/ui/options/index.html'));
    await options.waitFor('#site-mode');
    await options.select('#site-mode', 'except');
    await options.fill('#sites', 'crm.example.ru\n127.0.0.1');
    await options.evaluate(() => document.querySelector('#sites')!.dispatchEvent(new Event('change', { bubbles: true })));
    await options.click('#save');
    await waitUntil(options, () => document.querySelector('#save-result')?.textContent !== '');
    await options.close();
    await page.bringToFront();
    await waitUntil(page, () => (CSS.highlights?.get('pbx-phone')?.size ?? 0) === 0);
    const fresh = await browser.newPage(`${pages.url}/detection.html`);
    await sleep(1000);
    expect(await fresh.evaluate(highlighted)).toEqual([]);
    // Neither a number in an input nor a tel: link (that one is left to the browser's own handler).
    const since = sim.cursor;
    for (const selector of ['#readonly', '#tel']) {
      const { x, y } = await fresh.evaluate(boxCenter, selector);
      await fresh.clickAt(x, y);
    }
    await sleep(600);
    expect(sim.commands({ cmd: 'makeCall', since })).toHaveLength(0);
    await fresh.close();
    await patchSettings({ siteMode: 'all' });
    await untilHighlighted(page, ALL);
  });

  it('on a long list opened at its end, paints the numbers in view first, before the scan from the top gets there', async () => {
    const list = await browser.newPage(`${pages.url}/long-list.html`);
    const first = await firstPainted(list);
    // The number in the row at the top of the viewport (the page did not scroll since it opened at its end).
    const inView = await list.evaluate(() => {
      const rows = document.querySelectorAll('tr');
      let lo = 0;
      let hi = rows.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows[mid]!.getBoundingClientRect().bottom <= 0) lo = mid + 1;
        else hi = mid;
      }
      return { index: lo, phone: rows[lo]!.cells[2]!.textContent! };
    });
    expect(inView.index).toBeGreaterThan(19_900);
    expect(first).toContain(inView.phone);
    await list.close();
    await page.bringToFront();
  });

  for (const layout of ['the document', 'an element of its own'] as const) {
    it(`on a long list that scrolls in ${layout}, the numbers in view are highlighted wherever the person scrolls, and only those near`, async () => {
      const list = await browser.newPage(`${pages.url}/long-list.html${layout === 'the document' ? '' : '?inner'}`);
      await firstPainted(list);
      await sleep(1500); // the scan of the 20,000 rows is over
      for (const row of [10_000, 300, 15_000, 15_040]) {
        await list.evaluate((k) => document.querySelectorAll('tr')[k]!.scrollIntoView({ block: 'center' }), row);
        await waitUntil(list, numbersInViewHighlighted);
      }
      // Near-only: the highlight holds the numbers around the viewport, not the 20,000 of the page.
      expect(await list.evaluate(() => CSS.highlights.get('pbx-phone')!.size)).toBeLessThan(2000);
      await list.close();
      await page.bringToFront();
    });
  }

  for (const [how, layout] of [
    ['deleted', 'the document'],
    ['hid with a style', 'the document'],
    ['hid with a style', 'an element of its own'],
    ['sorted far rows in front of', 'the document'],
  ] as const) {
    it(`on a long list in ${layout}, rows that move into view without a scroll (the page ${how} the ones in view) are highlighted too`, async () => {
      const list = await browser.newPage(`${pages.url}/long-list.html${layout === 'the document' ? '' : '?inner'}`);
      await firstPainted(list);
      await sleep(1500);
      await list.evaluate(() => document.querySelectorAll('tr')[10_000]!.scrollIntoView({ block: 'start' }));
      await waitUntil(list, () => {
        const hl = CSS.highlights.get('pbx-phone') as unknown as Set<StaticRange>;
        const text = document.querySelectorAll('tr')[10_000]!.cells[2]!.firstChild;
        return [...hl].some((r) => r.startContainer === text);
      });
      // 600 rows go, from the one at the top of the view: the rows after them, far below a moment ago, are in view.
      // Or 600 rows from far below come in front of them (a sort: the same nodes moved, the page's size the same).
      // (No scroll anchoring, as on pages that turn it off: the scroll position stays, and no scroll event comes.
      // Hidden by a style, they are not even a mutation the scanner observes: only the layout changed.)
      const scrollTop = () => (location.search ? document.getElementById('scroller')! : document.documentElement).scrollTop;
      const since = await list.evaluate(
        (how) => {
          const scroller = location.search ? document.getElementById('scroller')! : document.documentElement;
          scroller.style.overflowAnchor = 'none';
          const y = scroller.scrollTop;
          const all = [...document.querySelectorAll('tr')];
          const next = all[how === 'deleted' || how === 'hid with a style' ? 10_600 : 18_000]!;
          if (how === 'sorted far rows in front of') all[10_000]!.before(...all.slice(18_000, 18_600));
          else for (const tr of all.slice(10_000, 10_600)) {
            if (how === 'hid with a style') tr.style.display = 'none';
            else tr.remove();
          }
          return { y, nextTop: next.getBoundingClientRect().top - Math.max(0, scroller.getBoundingClientRect().top) };
        },
        how,
      );
      expect(Math.abs(since.nextTop)).toBeLessThan(5);
      await waitUntil(list, numbersInViewHighlighted);
      expect(await list.evaluate(scrollTop)).toBe(since.y);
      await list.close();
      await page.bringToFront();
    });
  }

  it('on a long list in an element of its own that was never scrolled, the rows a panel taken out above them brings into view are highlighted', async () => {
    const list = await browser.newPage(`${pages.url}/long-list.html?inner&panel`);
    await sleep(2500); // the scan of the 20,000 rows is over; the panel fills the view, no row is near it
    const secondRow = () => {
      const text = document.querySelectorAll('tr')[1]!.cells[2]!.firstChild;
      return [...(CSS.highlights.get('pbx-phone') as unknown as Set<StaticRange>)].some((r) => r.startContainer === text);
    };
    expect(await list.evaluate(secondRow)).toBe(false);
    // (No mutation with numbers, no scroll, the document's size the same: only what the scroller holds changed.)
    await list.evaluate(() => document.getElementById('panel')!.remove());
    await waitUntil(list, numbersInViewHighlighted);
    expect(await list.evaluate(() => document.getElementById('scroller')!.scrollTop)).toBe(0);
    await list.close();
    await page.bringToFront();
  });
});
