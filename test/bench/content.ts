/**
 * What the content script costs a page, in real Chromium and Firefox ESR (run after a build; OUT_DIR honoured):
 *  (a) a 5,000-row CRM table: time until every number is callable (the content script marks it; a stream of real
 *      clicks during a load checks the mark) and until the numbers in view are highlighted, loaded at the top and
 *      loaded scrolled to its last row, each against a bare TreeWalker walk (the page's first, and a repeated one) and
 *      against walk + detector in one synchronous pass, all measured in the same page; in Chromium, when the scan
 *      has found every number and its main-thread time, from a trace; the longest frame after the script started
 *      (Chromium: long animation frames, which count the rendering our highlights cause — the `longtask` API does
 *      not; Firefox: gaps between animation frames); then proof it is callable: a click on a number in the last
 *      row right after load, before the scan got there, and jumps to rows across the page, the time until their
 *      numbers are highlighted, and a real click on one number per jump — each call must reach the PBX simulator;
 *      while the table is scrolled for 3 s: in Chromium the main thread's busy time, the site on and off in turn;
 *      in Firefox the frames over 20 ms, and the main thread left to a page script, with and without the extension;
 *  (b) a list re-rendering 100 rows every 100 ms for 10 s: the main thread's busy time with the extension on and
 *      off for the site, in turn in one browser, and our callbacks' own time from a trace;
 *  (c) the content script's size, and what injecting it costs a page with no numbers (Chromium: main-thread
 *      busy time; Firefox: main-thread time taken from a page script that asks for it all, same page without).
 * Functions passed to page.evaluate stay flat: tsx wraps inner named functions with `__name`, unknown in a page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { normalisePhone } from '../../src/core/phone.ts';
import { startSimulator } from '../../sim/server.ts';
import { DIST, launch, launchBare, type BrowserName, type TestBrowser, type TestPage } from '../e2e/harness/browsers.ts';
import { configure, poll } from '../e2e/harness/steps.ts';
import { quantile } from './stats.ts';

const ROWS = Number(process.env.ROWS ?? 5000);
const RERENDER_SECONDS = Number(process.env.RERENDER_SECONDS ?? 10);
/** Busy time is noisy on 2 cores: with and without alternate, and the medians are compared. */
const PAIRS = Number(process.env.PAIRS ?? 3);
const BROWSERS = (process.env.BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];
/** Rows jumped to (evenly spread) to prove numbers anywhere are highlighted and call. */
const JUMPS = Number(process.env.JUMPS ?? 12);

// ---- pages -------------------------------------------------------------------------------------------------

const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length]!;
const NAMES = ['Иванов Иван', 'Сидорова Анна', 'Кузнецов Олег', 'Петрова Мария', 'Смирнов Алексей', 'Волкова Елена', 'Фёдоров Павел'];
const COMPANIES = ['ООО «Ромашка»', 'АО «Вектор»', 'ИП Кузнецов', 'ООО «Северный ветер»', 'ПАО «Логистика»', 'ООО «Альфа-Трейд»'];
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const PHONE_FORMATS = [
  (i: number) => `8 (9${pad(i % 100, 2)}) ${pad(i % 1000, 3)}-${pad(i % 97, 2)}-${pad(i % 89, 2)}`,
  (i: number) => `+7 9${pad(i % 100, 2)} ${pad((i * 7) % 1000, 3)}-${pad(i % 83, 2)}-${pad(i % 79, 2)}`,
  (i: number) => `8-495-${pad((i * 3) % 1000, 3)}-${pad(i % 73, 2)}-${pad(i % 71, 2)}`,
  (i: number) => `+7 (812) ${pad((i * 11) % 1000, 3)} ${pad(i % 67, 2)} ${pad(i % 61, 2)}`,
];

/** Rows with 1–3 numbers each among names, ИНН, dates and amounts; returns the HTML and how many numbers. */
function crmRows(count: number, seed = 0): { html: string; phones: number } {
  let phones = 0;
  const rows: string[] = [];
  for (let r = 0; r < count; r++) {
    const i = r + seed;
    const n = 1 + (i % 3);
    phones += n;
    // (Counted from 1: number 0 would be '8 (900) 000-00-00', an input mask's placeholder, rightly not found.)
    const cells = Array.from({ length: n }, (_, k) => pick(PHONE_FORMATS, i + k)(i * 3 + k + 1)).join('<br>');
    rows.push(
      `<tr${r === count - 1 ? ' id="end"' : ''}><td>${pick(NAMES, i)}</td><td>${pick(COMPANIES, i)}</td><td class="p">${cells}</td><td>77${pad((i * 7919) % 100_000_000, 8)}</td>` +
        `<td>${pad(1 + (i % 28), 2)}.${pad(1 + (i % 12), 2)}.2024</td><td>${(1000 + ((i * 37) % 900_000)).toLocaleString('ru-RU')} ₽</td></tr>`,
    );
  }
  return { html: rows.join(''), phones };
}

/**
 * The table page's instruments (a page script: the bench reads them, the extension does not know them):
 * long tasks and long animation frames (Chromium), gaps between animation frames (with ?raf: Firefox has neither
 * API), the content script's start (it announces itself on the document), and a 10 ms poll that notes when our
 * highlight appears and when every number in a target set of text nodes is covered by a highlighted range.
 * (Until the eleventh session the start was taken as the first poll that saw our highlight: that poll waits for
 * the script's first task, so the figures left out the 10–18 ms before it.) The target is what is in view once
 * the page has loaded (at the top, or at its last row with #end), then whatever a jump brought into view.
 * It also looks at the start of every animation frame until then: the page's own first frame on this table is
 * a 200-ms layout and paint that holds the poll back, while our highlight may already be in it.
 * The poll reads the highlight only when it changed (its size or first range; else every 100 ms): reading thousands of our ranges
 * every 10 ms took ~100 ms of main thread from the scan it timed (each range and text node gets a wrapper in the
 * page's world). At DOMContentLoaded, before the content script is injected (document_idle), the page times a
 * bare TreeWalker walk over its text nodes: the first visit, as the content script's is — a repeated walk finds
 * every node's JS wrapper made and takes a third of the time, a saving no other script's walk gets.
 */
const TABLE_SCRIPT = `<script>
  const B = window.__bench = { firstWalk: null, start: null, seen: null, targetAt: null, coveredAt: null, painted: null, long: [], loaf: [], gaps: [] };
  try { new PerformanceObserver((l) => { B.painted ??= l.getEntries()[0].startTime; }).observe({ type: 'paint', buffered: true }); } catch {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) B.long.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true }); } catch {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) B.loaf.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'long-animation-frame', buffered: true }); } catch {}
  if (location.search.includes('raf')) { let last = 0; const tick = (t) => { if (last) B.gaps.push({ start: last, duration: t - last }); last = t; requestAnimationFrame(tick); }; requestAnimationFrame(tick); }
  let cells = null, target = [];
  const inView = () => {
    cells ??= [...document.querySelectorAll('td.p')];
    let lo = 0, hi = cells.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cells[mid].getBoundingClientRect().bottom < 0) lo = mid + 1; else hi = mid; }
    const nodes = [];
    for (let k = lo; k < cells.length && cells[k].getBoundingClientRect().top < innerHeight; k++) for (const n of cells[k].childNodes) if (n.nodeType === 3) nodes.push(n);
    return nodes;
  };
  B.aim = () => { target = inView(); B.targetAt = performance.now(); B.coveredAt = null; lastSize = -1; if (!framing) { framing = true; requestAnimationFrame(frame); } return target.length; };
  B.jump = (k) => { cells[k].scrollIntoView({ block: 'center' }); return B.aim(); };
  B.lit = (k) => { const h = CSS.highlights.get('pbx-phone'), n = cells[k].firstChild; for (const r of h ?? []) if (r.startContainer === n) return true; return false; };
  B.clickPoint = (k) => { const n = cells[k].firstChild, r = document.createRange(); r.selectNodeContents(n); const b = r.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2, text: n.data }; };
  document.addEventListener('pbx-click-to-call:started', () => { B.start ??= performance.now(); });
  if (location.search.includes('clicks')) {
    // Each trusted press: when it began and was released, and whether its click reached the page (ours swallows the
    // click it called on). The click comes in the same input task as the release: a timer after
    // the release runs after it.
    B.presses = [];
    document.addEventListener('pointerdown', (e) => void (e.isTrusted && B.presses.push({ down: performance.now(), up: null, clicked: false })), true);
    document.addEventListener('pointerup', (e) => {
      const p = B.presses.at(-1);
      if (!e.isTrusted || !p) return;
      p.up = performance.now();
      setTimeout(() => { if (!p.clicked) B.calledAt ??= p.up; });
    }, true);
    document.addEventListener('click', () => { const p = B.presses.at(-1); if (p) p.clicked = true; }, true);
  }
  document.addEventListener('DOMContentLoaded', () => { const t = performance.now(); const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n = 0; while (w.nextNode()) n++; B.firstWalk = performance.now() - t; if (location.hash === '#end') document.getElementById('end').scrollIntoView({ block: 'end' }); B.aim(); });
  let lastSize = -1, lastFirst = null, lastCheck = 0, framing = false;
  const check = () => {
    const h = CSS.highlights.get('pbx-phone');
    if (!h) return;
    const now = performance.now();
    B.seen ??= now;
    const first = h.values().next().value;
    if (B.coveredAt !== null || (h.size === lastSize && first === lastFirst && now - lastCheck < 100)) return;
    lastSize = h.size;
    lastFirst = first;
    lastCheck = now;
    const missing = new Set(target);
    for (const r of h) if (missing.delete(r.startContainer) && !missing.size) break;
    if (!missing.size) B.coveredAt = now;
  };
  const frame = () => { check(); framing = B.coveredAt === null; if (framing) requestAnimationFrame(frame); };
  setInterval(check, 10);
</script>`;

/**
 * With ?probe: from the page's first script until 1.5 s after load, a chain of tasks asks for the whole main
 * thread (1 ms of busy work each) and counts what it got; what an extension takes shows as time the page did not
 * get (Firefox has no CDP busy-time metrics).
 */
const PROBE = `<script>if (location.search.includes('probe')) { window.__probe = { got: 0, done: false }; const ch = new MessageChannel(); let end = Infinity; ch.port1.onmessage = () => { const t = performance.now(); while (performance.now() - t < 1) {} __probe.got += performance.now() - t; if (t < end) ch.port2.postMessage(0); else __probe.done = true; }; ch.port2.postMessage(0); addEventListener('load', () => { end = performance.now() + 1500; }); }</script>`;

const table = crmRows(ROWS);
const PAGES: Record<string, string> = {
  '/table.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Сделки</title>${TABLE_SCRIPT}</head><body><h1>Сделки</h1><table><thead><tr><th>Клиент</th><th>Компания</th><th>Телефоны</th><th>ИНН</th><th>Создана</th><th>Сумма</th></tr></thead><tbody>${table.html}</tbody></table></body></html>`,
  '/rerender.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Лента</title></head><body><table><tbody id="rows"></tbody></table><script>
    const variants = ${JSON.stringify(Array.from({ length: 10 }, (_, k) => crmRows(100, k * 100).html))};
    let k = 0; window.__renders = 0;
    window.__start = () => { const iv = setInterval(() => { document.getElementById('rows').innerHTML = variants[k++ % variants.length]; window.__renders++; }, 100); setTimeout(() => clearInterval(iv), ${RERENDER_SECONDS * 1000}); };
  </script></body></html>`,
  // The table under a header that ticks 10 times a second, as CRMs' timers and online badges do: a text replaced
  // and an element re-rendered each time.
  '/ticking.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Сделки</title></head><body><header>Звонок идёт <span id="timer">0:00</span> · <span id="badge"></span></header><table><tbody>${table.html}</tbody></table><script>
    let k = 0; setInterval(() => { k++; document.getElementById('timer').textContent = Math.floor(k / 600) + ':' + String(Math.floor(k / 10) % 60).padStart(2, '0'); document.getElementById('badge').innerHTML = '<b>' + (k % 7) + '</b> в сети'; }, 100);
  </script></body></html>`,
  '/plain.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Статья</title>${PROBE}</head><body><article>${Array.from({ length: 300 }, (_, i) => `<p>Абзац ${'обычного текста без номеров, '.repeat(8)}<a href="#a${i}">ссылка</a> и <em>выделение</em>.</p>`).join('')}</article></body></html>`,
};

const server = createServer((req, res) => {
  const body = PAGES[new URL(req.url ?? '/', 'http://x').pathname];
  if (!body) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const BASE = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// ---- browsers ----------------------------------------------------------------------------------------------

async function open(withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const ext = DIST('chromium');
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-content-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
  const context = await chromium.launchPersistentContext(dataDir, {
    executablePath: '/usr/lib/chromium/chromium',
    headless: true,
    args: withExtension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...args] : args,
  });
  if (withExtension) {
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await new Promise((r) => setTimeout(r, 1000)); // the options tab it opens on install
  }
  return { context, close: async () => (await context.close(), rmSync(dataDir, { recursive: true, force: true })) };
}

/** A fresh Chromium with or without the extension, for one tab's use. */
async function chromiumPage<T>(withExtension: boolean, use: (page: Page) => Promise<T>): Promise<T> {
  const browser = await open(withExtension);
  try {
    return await use(await freshPage(browser.context));
  } finally {
    await browser.close();
  }
}

async function freshPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.bringToFront();
  return page;
}

async function busyMs(page: Page, during: () => Promise<void>): Promise<{ task: number; script: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { task: get('TaskDuration') * 1000, script: get('ScriptDuration') * 1000 };
  };
  const before = await read();
  await during();
  const after = await read();
  await cdp.detach();
  return { task: after.task - before.task, script: after.script - before.script };
}

const phoneIife = (
  await build({ entryPoints: ['src/core/phone.ts'], bundle: true, format: 'iife', globalName: '__phone', write: false, minify: true })
).outputFiles[0]!.text;

// ---- (a) the 5,000-row table ------------------------------------------------------------------------------

interface BenchState {
  /** The bare walk the page timed before the content script came (see TABLE_SCRIPT). */
  firstWalk: number | null;
  /** When the content script started: it announces itself on the document (see STARTED in src/content/index.ts). */
  start: number | null;
  /** The first poll or frame that saw our highlight registered. */
  seen: number | null;
  /** The page's first paint: frames up to it are the page's own first rendering, not ours. */
  painted: number | null;
  targetAt: number | null;
  coveredAt: number | null;
  long: { start: number; duration: number }[];
  loaf: { start: number; duration: number }[];
  gaps: { start: number; duration: number }[];
}
const state = (page: TestPage | Page) => (page.evaluate as (s: string) => Promise<unknown>)('window.__bench') as Promise<BenchState>;
const run = <T>(page: TestPage | Page, js: string) => (page.evaluate as (s: string) => Promise<unknown>)(js) as Promise<T>;

/** Waits until the target is covered (or 60 s); the scan's window is from the script's start to then + 1 s. */
async function covered(page: TestPage | Page): Promise<BenchState> {
  const t0 = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    const b = await state(page);
    if (b.coveredAt !== null || Date.now() - t0 > 60_000) return b;
  }
}

/** The slowest frame (or task) that began after `from`, and how many went over 50 ms. */
const worst = (xs: { start: number; duration: number }[], from: number) => {
  const after = xs.filter((t) => t.start > from);
  return { ms: Math.max(0, ...after.map((t) => t.duration)), over50: after.filter((t) => t.duration > 50).length };
};

async function baselines(page: TestPage | Page): Promise<{ walk: number; detect: number }> {
  await run(page, `${phoneIife};globalThis.__phone=__phone;`);
  const walks: number[] = [];
  const detects: number[] = [];
  for (let i = 0; i < 5; i++) {
    walks.push(await run(page, '(()=>{const t=performance.now();const w=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);let n=0;while(w.nextNode())n++;return performance.now()-t})()'));
    detects.push(await run(page, '(()=>{const t=performance.now();const w=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);let n=0;for(let x=w.nextNode();x;x=w.nextNode()){if(/\\d/.test(x.data))n+=__phone.findPhones(x.data).length}return performance.now()-t})()'));
  }
  return { walk: quantile(walks, 0.5), detect: quantile(detects, 0.5) };
}

/** Loads per position: one is noisy (Firefox's first paint of this table varies most). */
const SCANS = Number(process.env.SCANS ?? 3);

/** tableScan SCANS times: the median load's figures, every load's time, and the worst frames and tasks of all. */
async function tableScans(browser: TestBrowser, at: 'top' | 'end') {
  const runs: Awaited<ReturnType<typeof tableScan>>[] = [];
  for (let i = 0; i < SCANS; i++) runs.push(await tableScan(browser, at));
  runs.sort((a, b) => a.ms - b.ms);
  const worstOf = (xs: { ms: number; over50: number }[]) => ({ ms: Math.max(...xs.map((x) => x.ms)), over50: xs.reduce((n, x) => n + x.over50, 0) });
  return { ...runs[runs.length >> 1]!, all: runs.map((r) => r.ms), callables: runs.map((r) => ({ ms: r.callable, ratio: r.callable / r.firstWalk })), frame: worstOf(runs.map((r) => r.frame)), task: worstOf(runs.map((r) => r.task)) };
}

async function tableScan(browser: TestBrowser, at: 'top' | 'end') {
  const raf = browser.name === 'firefox' ? '?raf' : '';
  const page = await browser.newPage(`${BASE}/table.html${raf}${at === 'end' ? '#end' : ''}`);
  try {
    const b = await covered(page);
    await new Promise((r) => setTimeout(r, 1000));
    const after = await state(page);
    const from = Math.max(b.start ?? 0, after.painted ?? 0);
    const frames = browser.name === 'firefox' ? after.gaps : after.loaf;
    // (The moment our script takes clicks, which it marks: see CALLABLE in src/content/index.ts.)
    const callable = await run<number | null>(page, "performance.getEntriesByName('pbx-click-to-call:callable')[0]?.startTime ?? null");
    return {
      ms: (b.coveredAt ?? NaN) - from,
      // (Callable before the page first showed anything counts as at once: no one clicks what is not painted.)
      callable: Math.max(callable ?? NaN, from) - from,
      frame: worst(frames, from),
      task: worst(after.long, from),
      firstWalk: after.firstWalk ?? NaN,
      ...(await baselines(page)),
    };
  } finally {
    await page.close();
  }
}

interface TraceEvent {
  ph: string;
  name: string;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/**
 * Chromium: what the content script itself ran in a page, from a trace of it — its script's evaluation and every
 * callback of ours the page's main thread ran (slices, observers, frames; the DOM calls and garbage collection
 * inside them included) until a second passes without one: their total, and from the first to the end of the last.
 */
async function ourWork(page: Page, during: () => Promise<void>): Promise<{ busy: number; span: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await during();
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const ours = events
    .filter((e) => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && e.args?.data?.url?.startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  let busy = 0;
  let end = -Infinity;
  // (The span is timed from the content script proper: early.js ran at document_start, while the page loaded.)
  const first = ours.find((e) => e.args?.data?.url?.endsWith('/content/index.js')) ?? ours[0];
  for (const e of ours) {
    // A second of quiet: the scan is over (what comes later is the page closing). Not before the script proper began.
    if (busy && first && e.ts > first.ts && e.ts - end > 1e6) break;
    const to = e.ts + (e.dur ?? 0);
    if (to > end) busy += to - Math.max(e.ts, end); // (nested calls counted once)
    end = Math.max(end, to);
  }
  return { busy: busy / 1000, span: first ? (end - first.ts) / 1000 : NaN };
}

/** Chromium: the content script's whole scan of the table (every number found), loaded at the top. */
const tableWork = () =>
  chromiumPage(true, (page) =>
    ourWork(page, async () => {
      await page.goto(`${BASE}/table.html`, { waitUntil: 'load' });
      await page.waitForTimeout(3000);
    }),
  );

/** Chromium, a fresh launch: our callbacks' time during `what`, on `path` once its scan is over. */
const workAfterScan = (path: string, what: (page: Page) => Promise<void>) =>
  chromiumPage(true, async (page) => {
    await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    return (await ourWork(page, () => what(page))).busy;
  });

/** While the ticking table's header changes 10 times a second. */
const TICK_SECONDS = 5;
const tickingWork = () => workAfterScan('/ticking.html', (page) => page.waitForTimeout(TICK_SECONDS * 1000));

/** While the mouse wanders over the table for 3 s: our time and the moves made. */
async function sweepWork() {
  let moves = 0;
  const busy = await workAfterScan('/table.html', async (page) => {
    // A zig-zag over every column: most cells hold no number, as in any CRM list.
    for (const t = Date.now(); Date.now() - t < 3000; moves++) {
      await page.mouse.move(20 + ((moves * 37) % 900), 80 + ((moves * 13) % 600));
      await page.waitForTimeout(16);
    }
  });
  return { moves, busy };
}

/** Jumps to rows across the page: time until their numbers are highlighted, and a real click on one that must call. */
async function jumps(browser: TestBrowser, sim: Awaited<ReturnType<typeof startSimulator>>) {
  const page = await browser.newPage(`${BASE}/table.html`);
  try {
    await covered(page);
    await new Promise((r) => setTimeout(r, 2000)); // the scan is over: this measures a person scrolling later
    const delays: number[] = [];
    let calls = 0;
    for (let j = 0; j < JUMPS; j++) {
      const row = Math.round(((j + 0.5) * (ROWS - 1)) / JUMPS);
      await run(page, `__bench.jump(${row})`);
      const b = await covered(page);
      delays.push((b.coveredAt ?? NaN) - (b.targetAt ?? NaN));
      const point = await run<{ x: number; y: number; text: string }>(page, `__bench.clickPoint(${row})`);
      const since = sim.cursor;
      await page.clickAt(point.x, point.y);
      const call = await poll(() => sim.commands({ cmd: 'makeCall', since })[0]).catch(() => undefined);
      if (call?.fields.phone === normalisePhone(point.text)) calls++;
    }
    return { max: Math.max(...delays), median: quantile(delays, 0.5), calls };
  } finally {
    await page.close();
  }
}

/**
 * Callable before found: the page opens at the top, and as soon as our highlight appears, a person jumps to the
 * last row and clicks a number there — before the scan from the top has got there (it is not highlighted yet).
 */
async function earlyClick(browser: TestBrowser, sim: Awaited<ReturnType<typeof startSimulator>>) {
  const page = await browser.newPage(`${BASE}/table.html`);
  try {
    await poll(() => state(page).then((b) => b.seen ?? undefined), 30_000);
    const row = ROWS - 1;
    await run(page, `__bench.jump(${row})`);
    const point = await run<{ x: number; y: number; text: string }>(page, `__bench.clickPoint(${row})`);
    const highlighted = await run<boolean>(page, `__bench.lit(${row})`);
    const since = sim.cursor;
    const at = await run<number>(page, 'performance.now()');
    const b = await state(page);
    await page.clickAt(point.x, point.y);
    const call = await poll(() => sim.commands({ cmd: 'makeCall', since })[0]).catch(() => undefined);
    return { after: at - (b.start ?? NaN), highlighted, called: call?.fields.phone === normalisePhone(point.text) };
  } finally {
    await page.close();
  }
}

/**
 * Every number callable: a click is hit-tested against our index, and a block the scan has not reached is scanned
 * then (matches.ts), so no number waits for the scan; what waits is the person's site setting (a round trip to the
 * browser: until it says this site is on, nothing calls). The content script marks that moment (tableScan reads
 * it); this checks the mark with real clicks: a stream of them, alternately on the numbers of the first two rows
 * (two on one spot would make a double click, which selects), from when the page starts loading — the page notes
 * each press (see TABLE_SCRIPT): none before the mark may call, and the first after it must. (In loads of their
 * own: the clicks' own handling delays the page and our script.)
 */
async function callableCheck(browser: TestBrowser, sim: Awaited<ReturnType<typeof startSimulator>>) {
  const at = await browser.newPage(`${BASE}/table.html`);
  const points = [await run<{ x: number; y: number; text: string }>(at, '__bench.clickPoint(0)'), await run<{ x: number; y: number; text: string }>(at, '__bench.clickPoint(1)')];
  await at.close();
  const page = await browser.newPage();
  try {
    const since = sim.cursor;
    const loading = page.goto(`${BASE}/table.html?clicks`);
    const t0 = Date.now();
    for (let i = 1; Date.now() - t0 < 20_000; i++) {
      const { x, y } = points[i % 2]!;
      await page.clickAt(x, y).catch(() => {});
      if (i % 4 === 0 && (await run<number | null>(page, 'window.__bench?.calledAt ?? null').catch(() => null)) !== null) break;
    }
    await loading;
    const b = (await state(page)) as BenchState & { presses: { down: number; up: number | null; clicked: boolean }[]; calledAt: number | null };
    const mark = (await run<number | null>(page, "performance.getEntriesByName('pbx-click-to-call:callable')[0]?.startTime ?? null")) ?? NaN;
    const call = await poll(() => sim.commands({ cmd: 'makeCall', since })[0]).catch(() => undefined);
    // A press begun before the mark is the page's even if released after it: our script saw no press start there.
    const got = b.presses.filter((p) => p.clicked && p.up !== null).map((p) => p.down);
    return {
      // When the last click the page still got was pressed, and the first we took released, against the mark.
      lastGot: Math.max(-Infinity, ...got) - mark,
      firstTaken: (b.calledAt ?? NaN) - mark,
      ok: got.every((t) => t < mark) && (b.calledAt ?? -Infinity) > mark && points.some((p) => call?.fields.phone === normalisePhone(p.text)),
    };
  } finally {
    await page.close();
  }
}

/** Chromium without the extension: the page's own longest frame, for comparison. */
const tableBare = () =>
  chromiumPage(false, async (page) => {
    await page.goto(`${BASE}/table.html`, { waitUntil: 'load' });
    await page.waitForTimeout(2500);
    const b = await state(page);
    return { frame: worst(b.loaf, -1), task: worst(b.long, -1) };
  });

/** Firefox ESR with or without the extension (the harness's launch always loads it). */
async function firefox<T>(withExtension: boolean, use: (page: import('puppeteer-core').Page) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-content-ff-'));
  const browser = await launchBare('firefox', dataDir);
  try {
    if (withExtension) {
      await browser.installExtension(DIST('firefox'));
      await new Promise((r) => setTimeout(r, 1000)); // the options tab it opens on install
    }
    const page = await browser.newPage();
    await page.bringToFront();
    return await use(page);
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * 3 s of continuous scrolling, 120 px a frame: the gaps between animation frames, and with `probe` the main-thread
 * time a chain of 1-ms page tasks got meanwhile (what the browser and extensions left to the page; it delays frames).
 * With `cover`, each frame checks whether the number cells at the middle and at the bottom of the viewport were
 * highlighted (`bare`: the frames where they were not) — in runs of their own: the check is page work that only a
 * page with our highlight does, and it would count against us in the frames.
 */
const scrollScript = (probe: boolean, cover = false) =>
  `new Promise((done) => { const cells = [...document.querySelectorAll('td.p')]; const cellAt = (y) => { let lo = 0, hi = cells.length - 1; while (lo < hi) { const mid = (lo + hi) >> 1; if (cells[mid].getBoundingClientRect().bottom < y) lo = mid + 1; else hi = mid; } return cells[lo].firstChild; }; const gaps = []; let last = 0, got = 0, bare = 0, on = ${probe}; const ch = new MessageChannel(); ch.port1.onmessage = () => { const t = performance.now(); while (performance.now() - t < 1) {} got += performance.now() - t; if (on) ch.port2.postMessage(0); }; if (on) ch.port2.postMessage(0); const step = (t) => { if (last) gaps.push(t - last); last = t; if (${cover}) { const lit = new Set(); for (const r of CSS.highlights.get('pbx-phone') ?? []) lit.add(r.startContainer); if (!lit.has(cellAt(innerHeight / 2)) || !lit.has(cellAt(innerHeight - 5))) bare++; } if (gaps.reduce((a, b) => a + b, 0) >= 3000) { on = false; return done({ gaps, got, bare }); } scrollBy(0, 120); requestAnimationFrame(step); }; requestAnimationFrame(step); })`;

/** Gaps between animation frames: how many frames, how many took over 20 ms, the longest. */
const frameStats = (gaps: number[]) => ({ frames: gaps.length, over20: gaps.filter((g) => g > 20).length, max: Math.max(...gaps) });
/** "1/0/2 frames over 20 ms (longest 33 ms)" over runs. */
const overFrames = (runs: { over20: number; max: number }[]) => `${runs.map((r) => r.over20).join('/')} frames over 20 ms (longest ${ms(Math.max(...runs.map((r) => r.max)))})`;
/** "0 of 181, 0 of 179" over the runs that checked each frame for the rows in view. */
const bareFrames = (runs: { bare: number; frames: number }[]) => runs.map((r) => `${r.bare} of ${r.frames}`).join(', ');

/** Firefox: the table scrolled once the scan is over (see scrollScript), with or without the extension. */
const tableScrollFirefox = (withExtension: boolean, probe: boolean, cover = false) =>
  firefox(withExtension, async (page) => {
    await page.goto(`${BASE}/table.html`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 3000));
    const { gaps, got, bare } = (await page.evaluate(scrollScript(probe, cover))) as { gaps: number[]; got: number; bare: number };
    return { got, bare, ...frameStats(gaps) };
  });

/** The phone cell and the name cell of the table's third row: where the mouse goes on and off a number. */
const HOVER_POINTS = `[2, 0].map((i) => { const cell = document.querySelectorAll('tbody tr:nth-child(3) td')[i]; const r = document.createRange(); r.selectNodeContents(cell); const b = r.getClientRects()[0]; return { x: b.left + 8, y: b.top + b.height / 2 }; })`;

/**
 * The mouse onto the number and off it 6 times, 150 ms each way (either browser's page); returns how many times
 * the extension's hover highlight held the number — proof the mouse was on it for the extension.
 */
async function crossNumber(page: { mouse: { move(x: number, y: number): Promise<void> }; evaluate(js: string): Promise<unknown> }): Promise<number> {
  const [on, off] = (await page.evaluate(HOVER_POINTS)) as { x: number; y: number }[];
  let shown = 0;
  for (let i = 0; i < 6; i++) {
    await page.mouse.move(on!.x, on!.y);
    await new Promise((r) => setTimeout(r, 150));
    shown += Number(await page.evaluate(`CSS.highlights.get('pbx-phone-hover')?.size ?? 0`));
    await page.mouse.move(off!.x, off!.y);
    await new Promise((r) => setTimeout(r, 150));
  }
  return shown;
}

/** Firefox: the mouse onto a number and off it 6 times once the scan is over (as hoverRun): the gaps between animation frames meanwhile. */
const tableHoverFirefox = (withExtension: boolean) =>
  firefox(withExtension, async (page) => {
    await page.goto(`${BASE}/table.html`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 3000));
    await page.evaluate(`window.__gaps = []; (() => { let last = 0; const step = (t) => { if (last) __gaps.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(step); }; requestAnimationFrame(step); })()`);
    const shown = await crossNumber(page);
    const gaps = (await page.evaluate('window.__stop = true; __gaps')) as number[];
    return { shown, ...frameStats(gaps) };
  });

/** Firefox without the extension: the table page's own longest gap between animation frames after its first paint. */
const tableBareFirefox = () =>
  firefox(false, async (page) => {
    await page.goto(`${BASE}/table.html?raf`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 2500));
    const b = (await page.evaluate('window.__bench')) as BenchState;
    return worst(b.gaps, b.painted ?? 0);
  });

/** Firefox ESR with or without the extension: the main-thread time the probe page got. */
const plainProbeFirefox = (withExtension: boolean) =>
  firefox(withExtension, async (page) => {
    await page.goto(`${BASE}/plain.html?probe`, { waitUntil: 'load' });
    for (;;) {
      const p = (await page.evaluate('window.__probe')) as { got: number; done: boolean };
      if (p.done) return p.got;
      await new Promise((r) => setTimeout(r, 100));
    }
  });

// ---- (b) the re-rendering list, (c) a page without numbers -------------------------------------------------

/**
 * One 10-s re-render run in a fresh tab of `browser`: the main thread's busy time and what was highlighted.
 * With the extension, the page is served under two names: 127.0.0.1, where it works, and localhost, where the
 * person's site mode turns it off (the content script loads, then stops) — alternating the two in one browser
 * compares like with like: across launches the page's own busy time varied by a third, more than our share.
 */
async function rerenderRun(context: BrowserContext, host: string, traced = false) {
  const page = await freshPage(context);
  try {
    await page.goto(`${BASE.replace('127.0.0.1', host)}/rerender.html`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const renderAll = async () => {
      await page.evaluate(() => (window as unknown as { __start(): void }).__start());
      await page.waitForTimeout(RERENDER_SECONDS * 1000 + 300);
    };
    // Tracing slows the page down a little: a traced run only tells our callbacks' own time.
    const ours = traced ? (await ourWork(page, renderAll)).busy : NaN;
    const busy = traced ? { task: NaN, script: NaN } : await busyMs(page, renderAll);
    const renders = await page.evaluate(() => (window as unknown as { __renders: number }).__renders);
    const highlighted = await page.evaluate(() => CSS.highlights?.get('pbx-phone')?.size ?? 0);
    return { ...busy, ours, renders, highlighted };
  } finally {
    await page.close();
  }
}

/** Chromium with the extension on for 127.0.0.1 only (the person's site mode): the same page off under `localhost`. */
async function openOnlyOn127() {
  const ext = await open(true);
  const worker = ext.context.serviceWorkers()[0]!;
  // The person's own setting (the background publishes what content scripts read from it).
  await worker.evaluate(
    "chrome.storage.local.get('settings').then(({ settings }) => chrome.storage.local.set({ settings: { ...settings, version: 4, siteMode: 'only', sites: ['127.0.0.1'] } }))",
  );
  await poll(() => worker.evaluate("chrome.storage.local.get('detection').then(({ detection }) => detection?.siteMode === 'only' || undefined)"));
  return ext;
}

/** `pairs` runs on 127.0.0.1 (the extension on) and on localhost (off), in turn. */
async function onOff<T>(pairs: number, runOn: (host: string) => Promise<T>): Promise<{ on: T[]; off: T[] }> {
  const on: T[] = [];
  const off: T[] = [];
  for (let i = 0; i < pairs; i++) {
    on.push(await runOn('127.0.0.1'));
    off.push(await runOn('localhost'));
  }
  return { on, off };
}

/**
 * 3 s of continuous scrolling down the table, 120 px a frame, once the scan is over: the main thread's busy time
 * and the longest frame, in a fresh tab (on or off by host, as in rerenderRun).
 */
async function scrollRun(context: BrowserContext, host: string, cover = false) {
  const page = await freshPage(context);
  try {
    await page.goto(`${BASE.replace('127.0.0.1', host)}/table.html`, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    let result = { gaps: [] as number[], bare: 0 };
    const busy = await busyMs(page, async () => {
      result = await run<typeof result>(page, scrollScript(false, cover));
    });
    return { task: busy.task, bare: result.bare, ...frameStats(result.gaps) };
  } finally {
    await page.close();
  }
}

/**
 * The mouse onto a number and off it (into the name cell beside it) 6 times, once the scan is over: the main
 * thread's busy time meanwhile, in a fresh tab (on or off by host, as in rerenderRun).
 */
async function hoverRun(context: BrowserContext, host: string) {
  const page = await freshPage(context);
  try {
    await page.goto(`${BASE.replace('127.0.0.1', host)}/table.html`, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    let shown = 0;
    const busy = await busyMs(page, async () => void (shown = await crossNumber(page)));
    return { task: busy.task, shown };
  } finally {
    await page.close();
  }
}

/** Chromium: the content script's own main-thread time on the page with no numbers (its evaluation and callbacks, traced). */
const plainWork = () =>
  chromiumPage(true, (page) =>
    ourWork(page, async () => {
      await page.goto(`${BASE}/plain.html`, { waitUntil: 'load' });
      await page.waitForTimeout(1500);
    }),
  );

const plainRun = (withExtension: boolean) =>
  chromiumPage(withExtension, (page) =>
    busyMs(page, async () => {
      await page.goto(`${BASE}/plain.html`, { waitUntil: 'load' });
      await page.waitForTimeout(1500);
    }),
  );

const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const ONLY = process.env.ONLY ?? 'abc';
if (ONLY.includes('a')) {
  console.log(`(a) ${ROWS.toLocaleString('en')}-row CRM table, ${table.phones.toLocaleString('en')} numbers written (target: ratio ≤ 1.5, no task over 50 ms)`);
  const sim = await startSimulator({ port: 0 });
  for (const name of BROWSERS) {
    const browser = await launch(name);
    try {
      await configure(browser, sim, 'andy');
      const top = await tableScans(browser, 'top');
      const end = await tableScans(browser, 'end');
      const check = await callableCheck(browser, sim);
      const early = await earlyClick(browser, sim);
      const j = await jumps(browser, sim);
      const ratio = (x: number, b: { firstWalk: number; walk: number; detect: number }) =>
        `${(x / b.firstWalk).toFixed(1)} × first walk, ${(x / b.walk).toFixed(1)} × repeated walk, ${(x / b.detect).toFixed(2)} × walk+detect`;
      const kind = name === 'firefox' ? 'gap between animation frames' : 'animation frame (incl. rendering)';
      console.log(`  ${name}: bare TreeWalker walk over the text nodes: first visit ${ms(end.firstWalk)} (the page, before the content script), repeated ${ms(end.walk)}; walk + findPhones in one synchronous pass ${ms(end.detect)} (same page, same run)`);
      if (name === 'chromium') {
        const work = await tableWork();
        console.log(`    every number found: the scan ends ${ms(work.span)} after the content script started (traced, another launch) → ${ratio(work.span, end)}; its own main-thread time in that span ${ms(work.busy)} → ${(work.busy / end.firstWalk).toFixed(1)} × first walk`);
      }
      const loads = (x: { all: number[] }) => `median of ${SCANS} loads: ${x.all.map((v) => v.toFixed(0)).join(' / ')} ms`;
      const callable = [...top.callables, ...end.callables].sort((a, b) => a.ratio - b.ratio);
      console.log(`    every number callable (a click on any number calls it, scanned or not: see "callable before found"; the moment our script marks), from the content script's start or the page's first paint if later:`);
      console.log(`      ${ms(quantile(callable.map((c) => c.ms), 0.5))} → ${quantile(callable.map((c) => c.ratio), 0.5).toFixed(2)} × first walk (medians of the ${callable.length} loads below, each against its own first walk: ${callable.map((c) => `${c.ms.toFixed(1)} ms ${c.ratio.toFixed(2)}×`).join(' / ')})`);
      console.log(`      checked with a stream of real clicks on numbers in view as the page loaded: ${Number.isFinite(check.lastGot) ? `the last click the page still got was pressed ${ms(-check.lastGot)} before the mark` : 'the page got none of them before the mark'}, the first we took ${ms(check.firstTaken)} after it → ${check.ok ? 'none called before it, that one called its number' : 'MISMATCH'}`);
      console.log(`    numbers in view highlighted (from the content script's start, or the page's first paint if later), page at the top:`);
      console.log(`      ${ms(top.ms)} (${loads(top)}) → ${ratio(top.ms, top)}`);
      console.log(`    the same, page at its last row (scanned first: the scan starts where the person looks):`);
      console.log(`      ${ms(end.ms)} (${loads(end)}) → ${ratio(end.ms, end)}`);
      // (Chromium reports only the frames and tasks over 50 ms: none reported is none over 50 ms, not 0 ms.)
      const longest = (a: { ms: number; over50: number }, b: { ms: number; over50: number }) =>
        Math.max(a.ms, b.ms) > 0 ? `${ms(Math.max(a.ms, b.ms))} (${a.over50 + b.over50} over 50 ms)` : 'none over 50 ms (the only ones the browser reports)';
      console.log(`    longest ${kind} from the start (or the page's first paint, if later) until 1 s after, in all ${2 * SCANS} loads: ${longest(top.frame, end.frame)}` + (name === 'chromium' ? `; longest task: ${longest(top.task, end.task)}` : ''));
      console.log(`    callable before found: a click on a number in the last row ${ms(early.after)} after the content script started, page opened at the top, that number ${early.highlighted ? 'already' : 'not yet'} highlighted → ${early.called ? 'called it' : 'NO CALL'}`);
      console.log(`    ${JUMPS} jumps across the page: numbers in view highlighted after median ${ms(j.median)}, max ${ms(j.max)}; a real click on one number per jump called ${j.calls}/${JUMPS}`);
    } finally {
      await browser.close();
    }
  }
  await sim.close();
  if (BROWSERS.includes('chromium')) {
    const ext = await openOnlyOn127();
    const { on, off } = await onOff(PAIRS, (host) => scrollRun(ext.context, host));
    const covered = [];
    for (let i = 0; i < PAIRS; i++) covered.push(await scrollRun(ext.context, '127.0.0.1', true));
    const hover = await onOff(PAIRS, (host) => hoverRun(ext.context, host));
    await ext.close();
    const [busyOn, busyOff] = [quantile(on.map((r) => r.task), 0.5), quantile(off.map((r) => r.task), 0.5)];
    console.log(`  chromium, scrolling the table for 3 s after the scan (120 px a frame), main thread busy: ${ms(busyOn)} with the extension, ${ms(busyOff)} off for the site → ${(busyOn / busyOff).toFixed(2)} × (medians of ${PAIRS} pairs in one browser); longest frame ${ms(Math.max(...on.map((r) => r.max)))} on, ${ms(Math.max(...off.map((r) => r.max)))} off; frames over 20 ms ${on.map((r) => r.over20).join('/')} on, ${off.map((r) => r.over20).join('/')} off; the rows in view not highlighted in ${bareFrames(covered)} frames (${PAIRS} more runs checking each frame)`);
    const [hoverOn, hoverOff] = [quantile(hover.on.map((r) => r.task), 0.5), quantile(hover.off.map((r) => r.task), 0.5)];
    console.log(`  chromium, the mouse onto a number in the table and off it 6 times after the scan: main thread busy ${ms(hoverOn)} with the extension, ${ms(hoverOff)} off for the site → ${ms((hoverOn - hoverOff) / 12)} more each time the mouse enters or leaves a number (medians of ${PAIRS} pairs; its hover highlight seen ${hover.on.map((r) => r.shown).join(', ')} of 6 times)`);
    const sweeps = [];
    for (let i = 0; i < PAIRS; i++) sweeps.push(await sweepWork());
    const perMove = sweeps.map((r) => r.busy / r.moves);
    console.log(`  chromium, the mouse wandering over the table for 3 s after the scan (${sweeps[0]!.moves} moves): the content script's own callbacks ${quantile(perMove, 0.5).toFixed(2)} ms a move (traced, median of ${PAIRS} launches: ${perMove.map((x) => x.toFixed(2)).join(' / ')})`);
    const ticks: number[] = [];
    for (let i = 0; i < PAIRS; i++) ticks.push(await tickingWork());
    const tick = quantile(ticks, 0.5);
    console.log(`  chromium, the table under a header the page re-renders 10 times a second (a timer's text, a badge's element), after the scan: the content script's own callbacks ${ms(tick / TICK_SECONDS)} a second = ${pct(tick / (TICK_SECONDS * 1000))} of the main thread (traced, median of ${PAIRS} launches: ${ticks.map((x) => ms(x / TICK_SECONDS)).join(' / ')})`);
    const bare = await tableBare();
    console.log(`  chromium without the extension, same page: longest animation frame ${ms(bare.frame.ms)} (${bare.frame.over50} over 50 ms: its own load), longest task ${ms(bare.task.ms)}`);
  }
  if (BROWSERS.includes('firefox')) {
    const bare = await tableBareFirefox();
    console.log(`  firefox without the extension, same page: longest gap between animation frames after its first paint ${ms(bare.ms)} (${bare.over50} over 50 ms)`);
    // No busy-time metrics in Firefox: frames in one run, the main thread left to a page script in another.
    type Scroll = Awaited<ReturnType<typeof tableScrollFirefox>>;
    const runs: { on: Scroll; off: Scroll; gotOn: number; gotOff: number }[] = [];
    for (let i = 0; i < PAIRS; i++) {
      runs.push({ on: await tableScrollFirefox(true, false), off: await tableScrollFirefox(false, false), gotOn: (await tableScrollFirefox(true, true)).got, gotOff: (await tableScrollFirefox(false, true)).got });
    }
    const covered = [];
    for (let i = 0; i < PAIRS; i++) covered.push(await tableScrollFirefox(true, false, true));
    const took = quantile(runs.map((r) => r.gotOff - r.gotOn), 0.5);
    console.log(`  firefox, scrolling the table for 3 s after the scan (120 px a frame): ${overFrames(runs.map((r) => r.on))} with the extension (the rows in view not highlighted in ${bareFrames(covered)} frames of ${PAIRS} more runs checking each frame), ${overFrames(runs.map((r) => r.off))} without (${PAIRS} runs each); main thread left to a page script that asks for all of it: ${ms(took)} less with the extension (median of ${PAIRS} pairs)`);
    const hovers = { on: [] as Awaited<ReturnType<typeof tableHoverFirefox>>[], off: [] as Awaited<ReturnType<typeof tableHoverFirefox>>[] };
    for (let i = 0; i < PAIRS; i++) {
      hovers.on.push(await tableHoverFirefox(true));
      hovers.off.push(await tableHoverFirefox(false));
    }
    console.log(`  firefox, the mouse onto a number in the table and off it 6 times after the scan: ${overFrames(hovers.on)} with the extension (its hover highlight seen ${hovers.on.map((r) => r.shown).join(', ')} of 6 times), ${overFrames(hovers.off)} without (${PAIRS} runs each)`);
  }
}
if (ONLY.includes('b')) {
const RERENDER_PAIRS = Number(process.env.RERENDER_PAIRS ?? 5);
const ext = await openOnlyOn127();
const { on, off } = await onOff(RERENDER_PAIRS, (host) => rerenderRun(ext.context, host));
const traced: number[] = [];
for (let i = 0; i < 3; i++) traced.push((await rerenderRun(ext.context, '127.0.0.1', true)).ours);
await ext.close();
const bare = await open(false);
const none = await rerenderRun(bare.context, '127.0.0.1');
await bare.close();
const extra = quantile(on.map((r, i) => r.task - off[i]!.task), 0.5);
const offTask = quantile(off.map((r) => r.task), 0.5);
const ours = quantile(traced, 0.5);
const share = (x: number) => pct(x / (RERENDER_SECONDS * 1000));
console.log(`(b) list re-rendering 100 rows every 100 ms for ${RERENDER_SECONDS} s (${on[0]!.renders} renders; ${RERENDER_PAIRS} pairs of runs in one browser, the site on / off in turn; target ≤ 5%)`);
console.log(`    the content script's own callbacks (traced): ${ms(ours)} = ${share(ours)} of the ${RERENDER_SECONDS} s (median of 3 more runs with it on, traced)`);
console.log(`    whole main thread, busy: ${ms(quantile(on.map((r) => r.task), 0.5))} with the extension on, ${ms(offTask)} off for the site (${ms(none.task)} in a browser without it) → ${ms(extra)} more = ${share(extra)} of the ${RERENDER_SECONDS} s (median of the pairs' differences, which also count the painting of our highlights and garbage collection after our callbacks; the page's own work varies by ±10% from run to run); ${on[0]!.highlighted} numbers highlighted at the end (${off[0]!.highlighted} where off)`);
}
if (ONLY.includes('c')) {
/** The content scripts every frame gets: the one at document_start (early.js) and the one at document_idle. */
const sizes = (name: BrowserName) => {
  const [early, main] = ['early.js', 'index.js'].map((f) => readFileSync(join(DIST(name), 'src/content', f)));
  const kb = (b: Buffer) => `${(b.length / 1024).toFixed(1)} KB minified, ${(gzipSync(b).length / 1024).toFixed(1)} KB gzipped`;
  // (abroad.js is loaded only into a frame whose text asks for other countries' national forms: see content/abroad.ts.)
  const abroad = readFileSync(join(DIST(name), 'abroad.js'));
  return `${relative(process.cwd(), join(DIST(name), 'src/content/index.js'))}: ${kb(main!)}; with early.js (document_start): ${kb(Buffer.concat([early!, main!]))}; abroad.js, loaded on demand: ${kb(abroad)}`;
};
if (BROWSERS.includes('chromium')) {
const pOnRuns: { task: number; script: number }[] = [];
const pOffRuns: { task: number; script: number }[] = [];
for (let i = 0; i < PAIRS; i++) {
  pOnRuns.push(await plainRun(true));
  pOffRuns.push(await plainRun(false));
}
const med = (xs: { task: number; script: number }[]) => ({ task: quantile(xs.map((x) => x.task), 0.5), script: quantile(xs.map((x) => x.script), 0.5) });
const [pOn, pOff] = [med(pOnRuns), med(pOffRuns)];
const own: number[] = [];
for (let i = 0; i < PAIRS; i++) own.push((await plainWork()).busy);
console.log(`(c) chromium: content script ${sizes('chromium')} (target ≤ 60 KB)`);
console.log(`    a page with no numbers (300 paragraphs), load + 1.5 s: the content script's own main-thread time (traced: its evaluation and every callback) ${ms(quantile(own, 0.5))} (median of ${PAIRS} runs, ${own.map((x) => x.toFixed(1)).join(' / ')})`);
console.log(`    the same page's main thread busy, medians, browsers with and without the extension: ${ms(pOn.task)} / ${ms(pOff.task)} → ${ms(pOn.task - pOff.task)} (script ${ms(pOn.script - pOff.script)}; two launches differ by more than the script costs)`);
}
if (BROWSERS.includes('firefox')) {
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    on.push(await plainProbeFirefox(true));
    off.push(await plainProbeFirefox(false));
  }
  const [gotOn, gotOff] = [quantile(on, 0.5), quantile(off, 0.5)];
  console.log(`(c) firefox: content script ${sizes('firefox')}`);
  console.log(`    the same page, from its first script to load + 1.5 s, medians: the page got ${ms(gotOn)} of main thread with the extension, ${ms(gotOff)} without → the extension took ${ms(gotOff - gotOn)}`);
}
}
server.close();
