/**
 * Numbers written in ways phone.ts's runs cannot hold: a run breaks a line only after ')', and has no tab, '/', '_',
 * '[' or '•'. They are rare, so, like the tables abroad (phone-abroad.ts, which exports this too), they are loaded
 * into the content script only when a text asks for them; phone.ts lends the reading they need (OddReader). Pure.
 */
import type { PhoneMatch, PhoneRegion } from './phone.ts';

/** phone.ts's own reading, lent: a text's numbers, a whole Russian number at a place, whether digits start with our code. */
export interface OddReader {
  findVisible(text: string, region: PhoneRegion): PhoneMatch[];
  whole(text: string, start: number, end: number): PhoneMatch | null;
  ourCode(digits: string): boolean;
}

// One odd separator between all of a mobile's groups ('8/915/440/62/17', '8_916_442_03_97', '8•916•228•40•15').
const ODD_RE = /(?<![\da-zа-яё+/._-])(?:\+7|8)([/_\u2022\u00B7])9\d\d\1\d{3}\1\d\d\1\d\d(?![\da-zа-яё/])/gi;
// Or an area code set off by a slash, as Germany writes one: 'Tel. 030/2844 9100', '0 30 / 28 44 91 - 30',
// '+49 (0) 711 / 8845 - 120', Hungary's '06-20/934-1287', '+36-70/318-2244' and Budapest's '06/1/436-2020', and
// ours after its 8, '8/351/245-70-70' (read with a space for each slash; the country's rules decide the rest).
const SLASHED_RE = /(?:\+\d\d[ \xA0-]*(?:\(0\)[ \xA0]*)?|(?<![\d/.,:-])(?:0(?:6[-/])?[ \xA0]?|8\/))\d{1,4}[ \xA0]*\/[ \xA0]*(?=\d(?:[ \xA0.-]*\d){4})/g; // (five digits after it at least: '05/2024' is a date)
// Or ours with its area code in square brackets: '+7 [343] 222-33-44' (read with round ones).
const SQUARE_RE = /(?:\+7|(?<![\d+])8)[ \xA0]?\[\d{3,5}\](?=[ \xA0]?\d)/g;
// Or a directory's row, its area code and its local number in cells of their own: 'Приёмная\t(48439)\t4-17-30',
// '8\t(49244)\t2-11-34' (read with spaces for the tabs; the local number hyphenated, as a directory writes it).
const TABBED_RE = /(?:(?<![\d+])8[ \t]*)?\(\d{3,5}\)\t[ \xA0]*\d{1,3}(?:-\d\d){2}(?![\d-])/g;
// Or a number dictated with pauses, as a speech recogniser writes one: '8 912 ... 60 ... 41 73 5', '+7 921 … 508 … 33'.
const PAUSE = /\.\.\.|…/;
const PAUSED_RE = /(?:\+7|(?<![\d+])[78])(?:[ \xA0\-()]*\d|\)?[ \xA0]*(?:\.{3}|…)[ \xA0]*(?=\d))+/g;
// Or a number its line broke, as a PDF's or a fax's text and a quoted e-mail wrap one: between its groups
// ('+7 912\n301 44 56', '8-800-\n707-21-45') or inside one ('+7 918 4\n41-70-26', '(383) 2\n> 14-60-75').
const WRAP_RE = /(?:\+7|(?<![\d+])8|\((?=\d{3,5}\)))[ \xA0(\-]*\d[\d \xA0()\-]{0,12}?[\d-]\r?\n(?:[ \xA0]*>)*[ \xA0]*(?=\d)/g;

/** Whether a line ends in a digit or a hyphen and the next begins with a digit (a quote's '>' aside): WRAP_RE's cheap test. */
function wrapsDigits(t: string): boolean {
  for (let p = t.indexOf('\n'); p > 0; p = t.indexOf('\n', p + 1)) {
    if (/[\d-]\r?$/.test(t.slice(p - 2, p)) && /^[ \xA0>]*\d/.test(t.slice(p + 1, p + 12))) return true;
  }
  return false;
}

/** Adds the oddly written numbers that no number found overlaps, keeping `out` in text order. */
export function addOddlyWritten(text: string, region: PhoneRegion, out: PhoneMatch[], reader: OddReader): void {
  const taken = (start: number, end: number): boolean => out.some((o) => o.start < end && start < o.end);
  const add = (f: PhoneMatch): void => {
    if (taken(f.start, f.end)) return;
    const at = out.findIndex((o) => o.start > f.start);
    out.splice(at < 0 ? out.length : at, 0, f);
  };
  // A Russian number written whole from m's start to its end, '8' or '+7' and ten digits; its extension after it.
  const addWhole = (m: RegExpMatchArray): void => {
    const f = reader.whole(text, m.index!, m.index! + m[0].length);
    if (f) add(f);
  };
  // The number starting at `at` as read with text[cut, next) made `gap`, from `from` to `to`, if it reaches past
  // the cut.
  const joined = (at: number, cut: number, next: number, gap: string, from: number, to: number): PhoneMatch | undefined => {
    const f = reader.findVisible(text.slice(from, cut) + gap + text.slice(next, to), region).find((f) => f.start === at - from);
    return f && f.end + from > cut ? { ...f, start: at, end: f.end + from + next - cut - gap.length } : undefined;
  };
  // The number starting at m's start, read with text[cut, m's end) written as `gap`, with `around` characters each side.
  const addRewritten = (m: RegExpMatchArray, cut: number, gap: string, around: number): void => {
    const next = m.index! + m[0].length;
    const f = taken(m.index!, next) ? undefined : joined(m.index!, cut, next, gap, Math.max(0, m.index! - around), Math.min(text.length, next + around));
    if (f) add(f);
  };
  for (const m of text.matchAll(ODD_RE)) addWhole(m);
  if (text.includes('/')) {
    for (const m of text.matchAll(SLASHED_RE)) {
      const cut = m.index + m[0].search(/[ \xA0]*\//);
      // (The text around it is read too: a German number needs Germany named near it, 'Berlin' a line below.)
      addRewritten(m, cut, m[0].slice(cut - m.index).replace(/[ \xA0]*\/[ \xA0]*/g, ' '), 200);
    }
  }
  if (text.includes('\t')) {
    for (const m of text.matchAll(TABBED_RE)) addRewritten(m, m.index, m[0].replace(/\t/g, ' '), 48);
  }
  if (text.includes('[')) {
    for (const m of text.matchAll(SQUARE_RE)) addRewritten(m, m.index + m[0].indexOf('['), m[0].slice(m[0].indexOf('[')).replace('[', '(').replace(']', ')'), 48);
  }
  if (PAUSE.test(text)) {
    for (const m of text.matchAll(PAUSED_RE)) {
      const d = m[0].replace(/\D/g, '');
      if (PAUSE.test(m[0]) && d.length === 11 && '34789'.includes(d.charAt(1)) && reader.ourCode(d.slice(1))) addWhole(m);
    }
  }
  if (!wrapsDigits(text)) return;
  for (const m of text.matchAll(WRAP_RE)) {
    // The line read joined, from a little before the number (its label) to its end: the break dropped, or a space.
    const cut = m.index + m[0].search(/\r?\n/);
    // (Not a whole number or id ending its line: '80094197345281\n8009…' are tracking numbers.)
    if (taken(m.index, cut) || text.slice(m.index, cut).replace(/\D/g, '').length > 9) continue;
    const next = m.index + m[0].length;
    const from = Math.max(m.index - 48, text.lastIndexOf('\n', m.index) + 1);
    const to = text.indexOf('\n', next);
    for (const gap of text.charAt(cut - 1) === '-' ? [''] : ['', ' ']) {
      const f = joined(m.index, cut, next, gap, from, to < 0 ? text.length : Math.min(to, next + 32));
      if (f) {
        add(f);
        break;
      }
    }
  }
}
