/**
 * The `history` command's server side: filtering by period/start/end/type/limit and writing the CSV
 * exactly as ITooLabs does (no header, CRLF, no quoting, `start` in ISO-8601 with the Moscow offset).
 */
import type { SimHistoryRow } from './fixtures.ts';

export const PERIODS = ['today', 'yesterday', 'this_week', 'last_week', 'this_month', 'last_month'] as const;
export type Period = (typeof PERIODS)[number];
export const HISTORY_TYPES = ['all', 'in', 'out', 'missed'] as const;
export type HistoryTypeFilter = (typeof HISTORY_TYPES)[number];

/** The PBX lives in Moscow time, which has no DST. */
const MSK_OFFSET_MS = 3 * 3600_000;
const DAY = 24 * 3600_000;

export interface HistoryFilter {
  from?: Date;
  to?: Date;
  type: HistoryTypeFilter;
  limit?: number;
}

/** `YYYYmmddTHHMMSSZ` → Date, or undefined when the text is not in that form. */
export function parseCompactUtc(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function compactUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** `2017-07-07T16:14:08+03:00`. */
export function mskIso(date: Date): string {
  return new Date(date.getTime() + MSK_OFFSET_MS).toISOString().replace(/\.\d{3}Z$/, '+03:00');
}

/** [from, to) of a named period in Moscow time; weeks start on Monday. */
export function periodRange(period: Period, now: Date): { from: Date; to: Date } {
  const msk = new Date(now.getTime() + MSK_OFFSET_MS);
  const midnight = Date.UTC(msk.getUTCFullYear(), msk.getUTCMonth(), msk.getUTCDate()) - MSK_OFFSET_MS;
  const monday = midnight - ((msk.getUTCDay() + 6) % 7) * DAY;
  const month = (shift: number) => Date.UTC(msk.getUTCFullYear(), msk.getUTCMonth() + shift, 1) - MSK_OFFSET_MS;
  const range = (from: number, to: number) => ({ from: new Date(from), to: new Date(to) });
  switch (period) {
    case 'today':
      return range(midnight, midnight + DAY);
    case 'yesterday':
      return range(midnight - DAY, midnight);
    case 'this_week':
      return range(monday, monday + 7 * DAY);
    case 'last_week':
      return range(monday - 7 * DAY, monday);
    case 'this_month':
      return range(month(0), month(1));
    case 'last_month':
      return range(month(-1), month(0));
  }
}

/** Newest first, so that `limit` keeps the latest calls. */
export function selectHistory(rows: readonly SimHistoryRow[], filter: HistoryFilter): SimHistoryRow[] {
  const picked = rows
    .filter((r) => filter.type === 'all' || r.type === filter.type)
    .filter((r) => !filter.from || r.start >= filter.from)
    .filter((r) => !filter.to || r.start < filter.to)
    .sort((a, b) => b.start.getTime() - a.start.getTime());
  return filter.limit !== undefined ? picked.slice(0, filter.limit) : picked;
}

/** One CRLF-terminated line per call; a 10th rating column when asked for, as some servers do. */
export function historyCsv(rows: readonly SimHistoryRow[], withRating: boolean): string {
  return rows
    .map((r) => {
      const cols = [r.uid, r.type, r.client, r.account, r.via, mskIso(r.start), r.wait, r.duration, r.record ?? ''];
      if (withRating) cols.push(r.rating ?? '');
      return `${cols.join(',')}\r\n`;
    })
    .join('');
}
