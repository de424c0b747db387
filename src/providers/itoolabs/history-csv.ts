/**
 * The ITooLabs `history` reply: CSV with no header, CRLF (LF seen too), no quoting, columns
 * `UID,type,client,account,via,start,wait,duration,record`; some servers add more columns (rating).
 * One bad line must not cost the person the rest of the history, so bad lines are skipped, not thrown.
 */
import type { HistoryRecord } from '../provider.ts';

export type SkippedLine = { line: string; reason: string };

/** Parses the reply; `onSkip` hears about each line that was dropped and why. */
export function parseHistoryCsv(text: string, onSkip?: (skipped: SkippedLine) => void): HistoryRecord[] {
  const records: HistoryRecord[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const parsed = parseLine(line);
    if (typeof parsed === 'string') onSkip?.({ line, reason: parsed });
    else records.push(parsed);
  }
  return records;
}

/** A record, or the reason the line is unusable. */
function parseLine(line: string): HistoryRecord | string {
  const cols = line.split(',').map((c) => c.trim());
  if (cols.length < 8) return `expected at least 8 columns, got ${cols.length}`;
  const [id = '', type = '', client = '', account = '', via = '', startText = '', wait = '', duration = ''] = cols;
  const record = cols[8] ?? '';
  if (!id) return 'empty UID';
  const start = parseStart(startText);
  if (!start) return `bad start: ${startText}`;
  const waitS = parseSeconds(wait);
  const durationS = parseSeconds(duration);
  if (waitS === undefined || durationS === undefined) return `bad wait/duration: ${wait},${duration}`;
  return { id, type, client, account, via, start, waitS, durationS, recordUrl: record || undefined };
}

/** ISO-8601 with an offset (the documented form); the compact `YYYYmmddTHHMMSSZ` of the request fields too. */
function parseStart(text: string): Date | undefined {
  const compact = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  const iso = compact ? `${compact[1]}-${compact[2]}-${compact[3]}T${compact[4]}:${compact[5]}:${compact[6]}Z` : text;
  // Only date-times: `new Date('7')` would happily return a year.
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(iso)) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Whole seconds; an empty cell means 0. */
function parseSeconds(text: string): number | undefined {
  if (text === '') return 0;
  return /^\d+(\.\d+)?$/.test(text) ? Math.round(Number(text)) : undefined;
}
