/** Call ratings some servers send (`cmd=rating`): kept for reports, not delivered to agents. */
import type Database from 'better-sqlite3';
import type { RatingRepository } from '../types.ts';

interface Row {
  call_id: string;
  rating: string;
  phone: string | null;
  user: string | null;
  at: number;
}

export function sqliteRatings(db: Database.Database): RatingRepository {
  const add = db.prepare<[string, string, string | null, string | null, number]>(
    'INSERT INTO ratings (call_id, rating, phone, user, at) VALUES (?, ?, ?, ?, ?)',
  );
  const forCall = db.prepare<[string], Row>('SELECT call_id, rating, phone, user, at FROM ratings WHERE call_id = ? ORDER BY id');
  return {
    add: async (r) => void add.run(r.callId, r.rating, r.phone ?? null, r.user ?? null, r.at),
    forCall: async (callId) =>
      forCall.all(callId).map((row) => ({
        callId: row.call_id,
        rating: row.rating,
        ...(row.phone ? { phone: row.phone } : {}),
        ...(row.user ? { user: row.user } : {}),
        at: row.at,
      })),
  };
}
