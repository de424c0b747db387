/**
 * What the content script costs a page, in real Chromium (run after `npm run build`):
 *  (a) a 5,000-row CRM table: time until every number is highlighted (callable), against a bare TreeWalker
 *      walk and against walk + detector in one synchronous pass, both measured in the same page; the longest
 *      main-thread task after the script started, with and without the extension;
 *  (b) a list re-rendering 100 rows every 100 ms for 10 s: the main thread's busy time with and without the
 *      extension (two launches, same page);
 *  (c) the content script's size, and what injecting it costs a page with no numbers.
 * Functions passed to page.evaluate stay flat: tsx wraps inner named functions with `__name`, unknown in a page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DIST } from '../e2e/harness/browsers.ts';
import { quantile } from './stats.ts';

const ROWS = Number(process.env.ROWS ?? 5000);
const RERENDER_SECONDS = Number(process.env.RERENDER_SECONDS ?? 10);
/** Busy time is noisy on 2 cores: with and without alternate, and the medians are compared. */
const PAIRS = Number(process.env.PAIRS ?? 3);

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
    const cells = Array.from({ length: n }, (_, k) => pick(PHONE_FORMATS, i + k)(i * 3 + k)).join('<br>');
    rows.push(
      `<tr><td>${pick(NAMES, i)}</td><td>${pick(COMPANIES, i)}</td><td>${cells}</td><td>77${pad((i * 7919) % 100_000_000, 8)}</td>` +
        `<td>${pad(1 + (i % 28), 2)}.${pad(1 + (i % 12), 2)}.2024</td><td>${(1000 + ((i * 37) % 900_000)).toLocaleString('ru-RU')} ₽</td></tr>`,
    );
  }
  return { html: rows.join(''), phones };
}

const LONGTASKS = `<script>window.__long=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())__long.push({start:e.startTime,duration:e.duration})}).observe({type:'longtask',buffered:true});</script>`;
/** Polls (every 10 ms, so as not to starve idle callbacks) when our highlight appears and when its size last changed. */
const WATCH = `<script>window.__hl={start:null,last:null,size:0};const __iv=setInterval(()=>{const h=CSS.highlights.get('pbx-phone');if(!h)return;const now=performance.now();if(__hl.start===null)__hl.start=now;if(h.size!==__hl.size){__hl.size=h.size;__hl.last=now}},10);</script>`;

const table = crmRows(ROWS);
const PAGES: Record<string, string> = {
  '/table.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Сделки</title>${LONGTASKS}${WATCH}</head><body><h1>Сделки</h1><table><thead><tr><th>Клиент</th><th>Компания</th><th>Телефоны</th><th>ИНН</th><th>Создана</th><th>Сумма</th></tr></thead><tbody>${table.html}</tbody></table></body></html>`,
  '/rerender.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Лента</title></head><body><table><tbody id="rows"></tbody></table><script>
    const variants = ${JSON.stringify(Array.from({ length: 10 }, (_, k) => crmRows(100, k * 100).html))};
    let k = 0; window.__renders = 0;
    window.__start = () => { const iv = setInterval(() => { document.getElementById('rows').innerHTML = variants[k++ % variants.length]; window.__renders++; }, 100); setTimeout(() => clearInterval(iv), ${RERENDER_SECONDS * 1000}); };
  </script></body></html>`,
  '/plain.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Статья</title></head><body><article>${Array.from({ length: 300 }, (_, i) => `<p>Абзац ${'обычного текста без номеров, '.repeat(8)}<a href="#a${i}">ссылка</a> и <em>выделение</em>.</p>`).join('')}</article></body></html>`,
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

async function tableRun(withExtension: boolean) {
  const browser = await open(withExtension);
  try {
    const page = await freshPage(browser.context);
    await page.goto(`${BASE}/table.html`, { waitUntil: 'load' });
    const loadedAt = await page.evaluate(() => performance.timing.loadEventEnd - performance.timeOrigin);
    // Done when our highlight has not changed for 1.5 s (or after 60 s).
    const t0 = Date.now();
    for (;;) {
      await page.waitForTimeout(250);
      const hl = await page.evaluate(() => (window as unknown as { __hl: { last: number | null } }).__hl);
      const now = await page.evaluate(() => performance.now());
      if (!withExtension && Date.now() - t0 > 2000) break;
      if (hl.last !== null && now - hl.last > 1500) break;
      if (Date.now() - t0 > 60_000) break;
    }
    const hl = await page.evaluate(() => (window as unknown as { __hl: { start: number | null; last: number | null; size: number } }).__hl);
    const long = await page.evaluate(() => (window as unknown as { __long: { start: number; duration: number }[] }).__long);
    const after = hl.start ?? loadedAt;
    const ours = long.filter((t) => t.start + t.duration >= after);
    const walks: number[] = [];
    const detects: number[] = [];
    if (withExtension) {
      await page.evaluate(`${phoneIife};globalThis.__phone=__phone;`);
      for (let i = 0; i < 5; i++) {
        walks.push(await page.evaluate('(()=>{const t=performance.now();const w=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);let n=0;while(w.nextNode())n++;return performance.now()-t})()'));
        detects.push(await page.evaluate('(()=>{const t=performance.now();const w=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);let n=0;for(let x=w.nextNode();x;x=w.nextNode()){if(/\\d/.test(x.data))n+=__phone.findPhones(x.data).length}return performance.now()-t})()'));
      }
    }
    return { hl, longest: Math.max(0, ...ours.map((t) => t.duration)), longCount: ours.length, walk: quantile(walks, 0.5), detect: quantile(detects, 0.5) };
  } finally {
    await browser.close();
  }
}

// ---- (b) the re-rendering list, (c) a page without numbers -------------------------------------------------

async function rerenderRun(withExtension: boolean) {
  const browser = await open(withExtension);
  try {
    const page = await freshPage(browser.context);
    await page.goto(`${BASE}/rerender.html`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const busy = await busyMs(page, async () => {
      await page.evaluate(() => (window as unknown as { __start(): void }).__start());
      await page.waitForTimeout(RERENDER_SECONDS * 1000 + 300);
    });
    const renders = await page.evaluate(() => (window as unknown as { __renders: number }).__renders);
    const highlighted = await page.evaluate(() => CSS.highlights.get('pbx-phone')?.size ?? 0);
    return { ...busy, renders, highlighted };
  } finally {
    await browser.close();
  }
}

async function plainRun(withExtension: boolean) {
  const browser = await open(withExtension);
  try {
    const page = await freshPage(browser.context);
    return await busyMs(page, async () => {
      await page.goto(`${BASE}/plain.html`, { waitUntil: 'load' });
      await page.waitForTimeout(1500);
    });
  } finally {
    await browser.close();
  }
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const ONLY = process.env.ONLY ?? 'abc';
if (ONLY.includes('a')) {
const withExt = await tableRun(true);
const bare = await tableRun(false);
const callable = (withExt.hl.last ?? NaN) - (withExt.hl.start ?? NaN);
console.log(`(a) ${ROWS.toLocaleString('en')}-row CRM table, ${table.phones.toLocaleString('en')} numbers written (target: ratio ≤ 1.5, no task over 50 ms)`);
console.log(`    highlighted ${withExt.hl.size.toLocaleString('en')} numbers; all callable ${ms(callable)} after the content script started`);
console.log(`    bare TreeWalker walk ${ms(withExt.walk)} → ratio ${(callable / withExt.walk).toFixed(1)};  walk + findPhones in one synchronous pass ${ms(withExt.detect)} → ratio ${(callable / withExt.detect).toFixed(2)}`);
console.log(`    longest main-thread task after it started: ${ms(withExt.longest)} (${withExt.longCount} over 50 ms); without the extension: ${ms(bare.longest)} (${bare.longCount})`);

}
if (ONLY.includes('b')) {
const on: Awaited<ReturnType<typeof rerenderRun>>[] = [];
const off: Awaited<ReturnType<typeof rerenderRun>>[] = [];
for (let i = 0; i < PAIRS; i++) {
  on.push(await rerenderRun(true));
  off.push(await rerenderRun(false));
}
const rOn = { ...on[0]!, task: quantile(on.map((r) => r.task), 0.5) };
const rOff = { task: quantile(off.map((r) => r.task), 0.5) };
const extra = rOn.task - rOff.task;
console.log(`(b) list re-rendering 100 rows every 100 ms for ${RERENDER_SECONDS} s (${rOn.renders} renders; median of ${PAIRS} launches each; target ≤ 5%)`);
console.log(`    main-thread busy: ${ms(rOn.task)} with the extension, ${ms(rOff.task)} without → extension ${ms(extra)} = ${pct(extra / (RERENDER_SECONDS * 1000))} of the ${RERENDER_SECONDS} s, ${pct(extra / rOff.task)} on top of the page's own work; ${rOn.highlighted} numbers highlighted at the end`);

}
if (ONLY.includes('c')) {
const file = readFileSync(join(DIST('chromium'), 'src/content/index.js'));
const pOnRuns: { task: number; script: number }[] = [];
const pOffRuns: { task: number; script: number }[] = [];
for (let i = 0; i < PAIRS; i++) {
  pOnRuns.push(await plainRun(true));
  pOffRuns.push(await plainRun(false));
}
const med = (xs: { task: number; script: number }[]) => ({ task: quantile(xs.map((x) => x.task), 0.5), script: quantile(xs.map((x) => x.script), 0.5) });
const [pOn, pOff] = [med(pOnRuns), med(pOffRuns)];
console.log(`(c) content script dist/chrome/src/content/index.js: ${(file.length / 1024).toFixed(1)} KB minified, ${(gzipSync(file).length / 1024).toFixed(1)} KB gzipped (target ≤ 60 KB)`);
console.log(`    a page with no numbers (300 paragraphs), load + 1.5 s, medians: main thread ${ms(pOn.task)} with the extension, ${ms(pOff.task)} without → ${ms(pOn.task - pOff.task)} (script ${ms(pOn.script - pOff.script)})`);
}
server.close();
