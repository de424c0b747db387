/**
 * Scoring a phone detector on the labelled corpus, shared by the unit test and the accuracy bench.
 * A found number is a true positive when its digits equal an expected number of the same snippet that is not
 * matched yet (each expected number is matched at most once); other found numbers are false positives, unmatched
 * expected numbers are false negatives. Extensions are scored apart: of the matched numbers that have an expected
 * extension, how many were found with that extension.
 */
import type { ExpectedPhone, Snippet } from './phones.ts';

export interface FoundPhone {
  digits: string;
  ext?: string | undefined;
}

export type Detector = (text: string) => FoundPhone[];

export interface SnippetError {
  id: string;
  text: string;
  /** expected numbers not found */
  missed: string[];
  /** found numbers not expected */
  extra: string[];
}

export interface Score {
  snippets: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** matched numbers that carry an expected extension, and how many of them were found with it */
  extExpected: number;
  extFound: number;
  errors: SnippetError[];
}

/** Matches found against expected numbers of one snippet. */
export function matchSnippet(expected: readonly ExpectedPhone[], found: readonly FoundPhone[]) {
  const left = expected.map((e) => ({ ...e, used: false }));
  let tp = 0;
  let extExpected = 0;
  let extFound = 0;
  const extra: string[] = [];
  for (const f of found) {
    // Among equal digits, prefer the expected number with the same extension ('… доб. 12' and '… доб. 15').
    const same = left.filter((e) => !e.used && e.digits === f.digits);
    const e = same.find((x) => x.ext === f.ext) ?? same[0];
    if (!e) {
      extra.push(f.ext === undefined ? f.digits : `${f.digits};ext=${f.ext}`);
      continue;
    }
    e.used = true;
    tp++;
    if (e.ext !== undefined) {
      extExpected++;
      if (e.ext === f.ext) extFound++;
    }
  }
  const missed = left.filter((e) => !e.used).map((e) => (e.ext === undefined ? e.digits : `${e.digits};ext=${e.ext}`));
  return { tp, fp: extra.length, fn: missed.length, extra, missed, extExpected, extFound };
}

export function score(corpus: readonly Snippet[], detect: Detector): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let extExpected = 0;
  let extFound = 0;
  const errors: SnippetError[] = [];
  for (const s of corpus) {
    const m = matchSnippet(s.phones, detect(s.text));
    tp += m.tp;
    fp += m.fp;
    fn += m.fn;
    extExpected += m.extExpected;
    extFound += m.extFound;
    if (m.fp || m.fn) errors.push({ id: s.id, text: s.text, missed: m.missed, extra: m.extra });
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { snippets: corpus.length, tp, fp, fn, precision, recall, f1, extExpected, extFound, errors };
}

/** Counts for a report: snippets, snippets with at least one number, traps (none), expected numbers. */
export function corpusStats(corpus: readonly Snippet[]) {
  const positives = corpus.filter((s) => s.phones.length > 0).length;
  return {
    snippets: corpus.length,
    positives,
    traps: corpus.length - positives,
    numbers: corpus.reduce((n, s) => n + s.phones.length, 0),
    withExt: corpus.reduce((n, s) => n + s.phones.filter((p) => p.ext !== undefined).length, 0),
  };
}

export function formatErrors(errors: readonly SnippetError[]): string {
  return errors
    .map((e) => `${e.id}: ${JSON.stringify(e.text)}${e.missed.length ? `\n  missed ${e.missed.join(', ')}` : ''}${e.extra.length ? `\n  extra  ${e.extra.join(', ')}` : ''}`)
    .join('\n');
}
