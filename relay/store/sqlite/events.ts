/** Delivered events in SQLite: one row per (agent, webhook), ordered by a never-reused sequence number. */
import type Database from 'better-sqlite3';
import type { CallEvent, CallEventDraft } from '../../../src/core/call-event.ts';
import type { EventRepository } from '../types.ts';

interface Row {
  seq: number;
  body: string;
}

export function sqliteEvents(db: Database.Database): EventRepository {
  // ON CONFLICT DO NOTHING + RETURNING: a retried webhook yields no row, so no second copy and no new seq.
  const insert = db.prepare<[string, string, number, string], { seq: number }>(
    `INSERT INTO events (user, dedupe_key, at, body) VALUES (?, ?, ?, ?)
     ON CONFLICT (dedupe_key) DO NOTHING RETURNING seq`,
  );
  const after = db.prepare<[string, number, number], Row>(
    'SELECT seq, body FROM events WHERE user = ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  // sqlite_sequence keeps the highest seq ever given, also when those rows were pruned.
  const latest = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'events'");
  const prune = db.prepare<[number]>('DELETE FROM events WHERE at < ?');

  return {
    append: async (user, dedupeKey, draft) => {
      const row = insert.get(user, dedupeKey, draft.at, JSON.stringify(draft));
      return row ? withSeq(row.seq, draft) : undefined;
    },
    after: async (user, seq, limit) => after.all(user, seq, limit).map((row) => withSeq(row.seq, JSON.parse(row.body) as CallEventDraft)),
    latestSeq: async () => latest.get()?.seq ?? 0,
    prune: async (before) => prune.run(before).changes,
  };
}

const withSeq = (seq: number, draft: CallEventDraft): CallEvent => ({ ...draft, id: String(seq), seq });
