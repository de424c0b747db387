/**
 * Call legs in SQLite: what the relay saw of each manager's leg (direction, first answer). Needed because a
 * webhook alone cannot say that a CANCELLED means "a colleague answered", nor the direction of an ACCEPTED
 * from servers that omit `direction`.
 */
import type Database from 'better-sqlite3';
import type { CallLegRepository } from '../types.ts';

interface Row {
  call_id: string;
  user: string;
  direction: 'in' | 'out' | null;
  answered_at: number | null;
  updated_at: number;
}

export function sqliteCalls(db: Database.Database): CallLegRepository {
  // Upsert that only fills gaps: a retried or late webhook never erases a direction or moves the answer time.
  const record = db.prepare<[string, string, string | null, number | null, number]>(
    `INSERT INTO call_legs (call_id, user, direction, answered_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (call_id, user) DO UPDATE SET
       direction = coalesce(call_legs.direction, excluded.direction),
       answered_at = coalesce(call_legs.answered_at, excluded.answered_at),
       updated_at = max(call_legs.updated_at, excluded.updated_at)`,
  );
  const legs = db.prepare<[string], Row>(
    'SELECT call_id, user, direction, answered_at, updated_at FROM call_legs WHERE call_id = ? ORDER BY answered_at',
  );
  const prune = db.prepare<[number]>('DELETE FROM call_legs WHERE updated_at < ?');

  return {
    record: async (leg) => void record.run(leg.callId, leg.user, leg.direction ?? null, leg.answeredAt ?? null, leg.updatedAt),
    legs: async (callId) =>
      legs.all(callId).map((row) => ({
        callId: row.call_id,
        user: row.user,
        ...(row.direction ? { direction: row.direction } : {}),
        ...(row.answered_at !== null ? { answeredAt: row.answered_at } : {}),
        updatedAt: row.updated_at,
      })),
    prune: async (before) => prune.run(before).changes,
  };
}
