// @vitest-environment node
/**
 * findPhones on the labelled CRM corpus (test/corpus/phones.ts): precision and recall must not fall below what the
 * detector reaches today. `npx tsx test/bench/accuracy.ts --errors` lists every miss and false match, and compares
 * with libphonenumber-js.
 */
import { describe, expect, it } from 'vitest';
import { findPhones, mayHoldPhone, normalisePhone, useAbroad } from '../../src/core/phone.ts';
import * as abroadTables from '../../src/core/phone-abroad.ts';
import { corpus } from '../corpus/phones.ts';
import { regionCorpora } from '../corpus/regions.ts';
import { corpusStats, formatErrors, matchSnippet, score } from '../corpus/score.ts';

useAbroad(abroadTables);

// What the detector reaches on the corpus, rounded down to 3 decimals. Raise them, never lower them silently.
// (Both were 1.000 until the independent parts came with numbers left missed, and one instruction's example
// left taken, on purpose: see their headers. Recall was 0.995 until the twenty-first set brought text from speech
// recognisers and OCR, whose numbers broken over lines or restarted halfway stay missed; 0.996 since comma-separated
// exports' phone columns are read; 0.995 again since the hundred-and-seventy-third set, an exporter's partners in
// sixteen countries, brought 51 numbers in the national forms of countries the detector has no table for; 0.996
// since the tables load on demand and five of those countries joined them.)
const MIN_PRECISION = 0.999;
const MIN_RECALL = 0.996;
/** Extensions found with their numbers, of those written (2,874 of 2,877 when it was set). */
const MIN_EXTENSIONS = 0.998;
/** The same for the corpora of other default regions (test/corpus/regions.ts), each read under its region. */
const MIN_REGION = { KZ: { precision: 1, recall: 1 }, BY: { precision: 1, recall: 1 } };

describe('phone corpus', () => {
  it('is large, balanced and well labelled', () => {
    const st = corpusStats(corpus);
    expect(st.snippets).toBeGreaterThanOrEqual(320);
    expect(st.traps / st.snippets).toBeGreaterThan(0.4);
    expect(st.positives / st.snippets).toBeGreaterThan(0.4);
    expect(new Set(corpus.map((s) => s.id)).size).toBe(corpus.length);
    for (const s of corpus) {
      const textDigits = s.text.replace(/\D/g, '');
      for (const p of s.phones) {
        // Expected numbers are dialable E.164 digits whose subscriber part is written in the snippet: a typo in a
        // label shows up here rather than as a detector error. (Its last five digits: a small town's local number
        // on an office's second line is no longer, '8 (01797) 4-75-12, 4-75-30'.)
        expect(normalisePhone(`+${p.digits}`), `${s.id}: ${p.digits}`).toBe(p.digits);
        expect(textDigits, `${s.id}: ${p.digits}`).toContain(p.digits.slice(-5));
        if (p.ext !== undefined) expect(p.ext, s.id).toMatch(/^\d{1,6}$/);
      }
    }
  });

  it('scores each expected number at most once', () => {
    const twice = [{ digits: '79101234567' }, { digits: '79101234567', ext: '12' }];
    expect(matchSnippet(twice, [{ digits: '79101234567', ext: '12' }, { digits: '79101234567' }])).toMatchObject({ tp: 2, fp: 0, fn: 0, extFound: 1 });
    expect(matchSnippet([{ digits: '79101234567' }], [{ digits: '79101234567' }, { digits: '79101234567' }])).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(matchSnippet([{ digits: '79101234567' }], [])).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it(`keeps precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    const st = corpusStats(corpus);
    const s = score(corpus, (text) => findPhones(text));
    console.log(
      `phone corpus: ${st.snippets} snippets (${st.positives} with numbers, ${st.traps} traps), ${st.numbers} numbers — ` +
        `precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)}, F1 ${s.f1.toFixed(4)} ` +
        `(TP ${s.tp}, FP ${s.fp}, FN ${s.fn}; extensions ${s.extFound}/${s.extExpected})`,
    );
    if (s.errors.length) console.log(formatErrors(s.errors));
    expect(s.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(s.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    // (The extensions missed are named in their rounds' headers: most stand alone on the line after the number
    // ('Менеджер: Оксана, доб. 7'), and extensions are never dialled, only kept out of the number, while reaching to
    // the next line would take other people's too; one belongs to the number after it ('вн. 305 по офисному 8 (495)
    // …'), one is chosen from a list ('доб. 201, 202, 203 — звонить на 202').)
    expect(s.extFound / s.extExpected).toBeGreaterThanOrEqual(MIN_EXTENSIONS);
  });

  it.each(regionCorpora)('keeps the $region corpus at its figures under its own region, and the region matters', ({ region, snippets }) => {
    const s = score(snippets, (text) => findPhones(text, region));
    const russian = score(snippets, (text) => findPhones(text));
    console.log(`${region} corpus: ${snippets.length} snippets — precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)}; read as Russia's: ${russian.recall.toFixed(4)}`);
    if (s.errors.length) console.log(formatErrors(s.errors));
    expect(s.precision).toBeGreaterThanOrEqual(MIN_REGION[region].precision);
    expect(s.recall).toBeGreaterThanOrEqual(MIN_REGION[region].recall);
    expect(russian.recall).toBeLessThan(s.recall);
  });
});

describe('mayHoldPhone (the content script runs the detector only where it says yes)', () => {
  const texts = [...corpus.map((s) => ({ text: s.text, region: 'RU' as const })), ...regionCorpora.flatMap(({ region, snippets }) => snippets.map((s) => ({ text: s.text, region })))];

  it('says yes wherever the detector finds a number, in every corpus', () => {
    const missed = texts.filter(({ text, region }) => findPhones(text, region).length && !mayHoldPhone(text));
    expect(missed.map((t) => t.text)).toEqual([]);
  });

  it('says no to text with fewer than 7 digits, which the detector then never sees', () => {
    for (const text of ['12 345 ₽', '01.02.24', 'вн. 123-45', '+7 916', '']) expect(mayHoldPhone(text), text).toBe(false);
    for (const text of ['123-45-67', '01.02.2024', 'тел. 8 (916) 123-45-67']) expect(mayHoldPhone(text), text).toBe(true);
    // (The corpus's traps are full of short numbers: many of its texts are answered without the detector.)
    expect(texts.filter(({ text }) => !mayHoldPhone(text)).length).toBeGreaterThan(50);
  });
});
