/**
 * Accuracy of phone detection on the labelled CRM corpus: ours (src/core/phone.ts) against libphonenumber-js.
 * Run: npx tsx test/bench/accuracy.ts [--errors]   (--errors lists every miss and false match per detector)
 *
 * libphonenumber-js is run as documented for text search: findNumbers(text, {defaultCountry: 'RU'}) with the
 * default leniency ('valid'), and findPhoneNumbersInText(text, 'RU'); both with the default ('min') metadata and
 * with the full ('max') metadata, which validates numbers against each country's exact patterns.
 * Numbers are compared as E.164 digits without '+', exactly as in test/unit/phone-corpus.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { findNumbers, findPhoneNumbersInText } from 'libphonenumber-js';
import * as lpnMax from 'libphonenumber-js/max';
import { corpus, isIndependent } from '../corpus/phones.ts';
import { regionCorpora } from '../corpus/regions.ts';
import { corpusStats, formatErrors, score } from '../corpus/score.ts';
import type { Detector, FoundPhone, Score } from '../corpus/score.ts';

/**
 * Our detector as it ships: bundled, as the extension's build does. Run from source under tsx, each function
 * made inside a hot one is also wrapped to keep its name, which took it a third more time.
 */
async function shipped(): Promise<typeof import('../../src/core/phone.ts')> {
  const dir = mkdtempSync(join(tmpdir(), 'detector-'));
  try {
    const file = join(dir, 'phone.mjs');
    await build({
      stdin: { contents: "export * from './src/core/phone.ts'; export * as tables from './src/core/phone-abroad.ts';", resolveDir: join(import.meta.dirname, '../..'), loader: 'ts' },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: file,
      logLevel: 'warning',
    });
    const built = await import(pathToFileURL(file).href);
    built.useAbroad(built.tables);
    return built;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const { findPhones } = await shipped();

interface V2Match {
  number: { number: string; ext?: string | undefined };
}
const fromV2 = (ms: V2Match[]): FoundPhone[] => ms.map((m) => ({ digits: m.number.number.replace(/^\+/, ''), ext: m.number.ext || undefined }));

const detectors: [string, Detector][] = [
  ['ours: findPhones', (t) => findPhones(t)],
  ["libphonenumber-js findNumbers (min)", (t) => fromV2(findNumbers(t, { defaultCountry: 'RU', v2: true }))],
  ["libphonenumber-js findPhoneNumbersInText (min)", (t) => fromV2(findPhoneNumbersInText(t, 'RU'))],
  ["libphonenumber-js findNumbers (max)", (t) => fromV2(lpnMax.findNumbers(t, { defaultCountry: 'RU', v2: true }))],
  ["libphonenumber-js findPhoneNumbersInText (max)", (t) => fromV2(lpnMax.findPhoneNumbersInText(t, 'RU'))],
];

/** Microseconds per snippet: the whole corpus, repeated until at least 300 ms have passed, after a warm-up. */
function timePerSnippet(detect: Detector): number {
  for (const s of corpus) detect(s.text);
  let rounds = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < 300) {
    for (const s of corpus) detect(s.text);
    rounds++;
    t = performance.now();
  }
  return ((t - t0) * 1000) / (rounds * corpus.length);
}

const showErrors = process.argv.includes('--errors');
const st = corpusStats(corpus);
console.log(
  `Corpus: ${st.snippets} snippets — ${st.positives} with numbers, ${st.traps} traps; ${st.numbers} expected numbers (${st.withExt} with an extension)\n`,
);

const rows: [string, Score, number][] = detectors.map(([name, d]) => [name, score(corpus, d), timePerSnippet(d)]);
const pad = (s: string, n: number): string => s.padEnd(n);
const num = (x: number): string => x.toFixed(3);
const W = Math.max(...rows.map((r) => r[0].length)) + 2;
/** A detector's line: its name, then precision, recall, F1 and the counts they come from. */
const figures = (name: string, s: Score): string =>
  `${pad(name, W)}${pad(num(s.precision), 11)}${pad(num(s.recall), 8)}${pad(num(s.f1), 8)}${pad(String(s.tp), 7)}${pad(String(s.fp), 6)}${pad(String(s.fn), 6)}`;
console.log(`${pad('detector', W)}precision  recall  F1      TP     FP    FN    ext        µs/snippet`);
for (const [name, s, us] of rows) console.log(`${figures(name, s)}${pad(`${s.extFound}/${s.extExpected}`, 11)}${us.toFixed(1)}`);

// findNumbers and findPhoneNumbersInText share one matcher; say so when their results coincide.
for (const m of ['min', 'max']) {
  const a = rows.find((r) => r[0] === `libphonenumber-js findNumbers (${m})`)![1];
  const b = rows.find((r) => r[0] === `libphonenumber-js findPhoneNumbersInText (${m})`)![1];
  if (JSON.stringify(a.errors) === JSON.stringify(b.errors)) console.log(`\n(${m}: findNumbers and findPhoneNumbersInText give identical results)`);
}

// The part written without sight of the rules: how the detectors do on text nobody tuned them to.
const fresh = corpus.filter(isIndependent);
console.log(`\nOf these, written independently of the detector (${fresh.length} snippets):`);
for (const [name, d] of [detectors[0]!, detectors[1]!]) {
  console.log(figures(name, score(fresh, d)).trimEnd());
}

// Other default regions: each corpus read under its own region, as Russia's, and by libphonenumber-js for that country.
console.log('\nOther default regions (corpora written for them, test/corpus/region-*.ts):');
for (const { region, snippets } of regionCorpora) {
  const line = (name: string, d: Detector) => console.log(figures(`${region} ${name}`, score(snippets, d)).trimEnd());
  line(`ours, region ${region}`, (t) => findPhones(t, region));
  line('ours, read as Russia', (t) => findPhones(t));
  line(`libphonenumber-js findNumbers (${region})`, (t) => fromV2(findNumbers(t, { defaultCountry: region, v2: true })));
}

if (showErrors) {
  for (const [name, s] of rows) console.log(`\n=== ${name}: ${s.errors.length} snippets with errors\n${formatErrors(s.errors)}`);
}
