/** Agents in SQLite: one per PBX user, holding only the sha256 of the agent key. */
import type Database from 'better-sqlite3';
import type { Agent, AgentRepository } from '../types.ts';

interface Row {
  user: string;
  name: string | null;
  created_at: number;
}

export function sqliteAgents(db: Database.Database): AgentRepository {
  const upsert = db.prepare<[string, string | null, string, number]>(
    `INSERT INTO agents (user, name, key_hash, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user) DO UPDATE SET name = excluded.name, key_hash = excluded.key_hash, created_at = excluded.created_at`,
  );
  const byKey = db.prepare<[string], Row>('SELECT user, name, created_at FROM agents WHERE key_hash = ?');
  const byUser = db.prepare<[string], Row>('SELECT user, name, created_at FROM agents WHERE user = ?');
  const list = db.prepare<[], Row>('SELECT user, name, created_at FROM agents ORDER BY user');
  const del = db.prepare<[string]>('DELETE FROM agents WHERE user = ?');

  return {
    upsert: async (agent, keyHash) => void upsert.run(agent.user, agent.name ?? null, keyHash, agent.createdAt),
    byKeyHash: async (keyHash) => toAgent(byKey.get(keyHash)),
    byUser: async (user) => toAgent(byUser.get(user)),
    list: async () => list.all().flatMap((row) => toAgent(row) ?? []),
    delete: async (user) => del.run(user).changes > 0,
  };
}

function toAgent(row: Row | undefined): Agent | undefined {
  if (!row) return undefined;
  return { user: row.user, ...(row.name ? { name: row.name } : {}), createdAt: row.created_at };
}
