/**
 * Agents in SQLite: one per PBX user, holding only the sha256 of the agent key, plus the other identities the same
 * person has in webhooks (agent_aliases). Both lookups are primary-key reads: byUser runs for every webhook.
 */
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
  const byAlias = db.prepare<[string], Row>(
    'SELECT a.user, a.name, a.created_at FROM agent_aliases x JOIN agents a ON a.user = x.user WHERE x.alias = ?',
  );
  const list = db.prepare<[], Row>('SELECT user, name, created_at FROM agents ORDER BY user');
  const del = db.prepare<[string]>('DELETE FROM agents WHERE user = ?');
  const aliasesOf = db.prepare<[string], { alias: string }>('SELECT alias FROM agent_aliases WHERE user = ? ORDER BY alias');
  const dropAliases = db.prepare<[string]>('DELETE FROM agent_aliases WHERE user = ?');
  // The latest agent created with an identity owns it: an extension handed to a new person moves with it.
  const addAlias = db.prepare<[string, string]>('INSERT OR REPLACE INTO agent_aliases (alias, user) VALUES (?, ?)');

  const save = db.transaction((agent: Agent, keyHash: string) => {
    upsert.run(agent.user, agent.name ?? null, keyHash, agent.createdAt);
    dropAliases.run(agent.user);
    for (const alias of agent.aliases ?? []) if (alias.toLowerCase() !== agent.user.toLowerCase()) addAlias.run(alias, agent.user);
  });
  const remove = db.transaction((user: string) => {
    dropAliases.run(user);
    return del.run(user).changes > 0;
  });
  const toAgent = (row: Row | undefined): Agent | undefined => {
    if (!row) return undefined;
    const aliases = aliasesOf.all(row.user).map((r) => r.alias);
    return { user: row.user, ...(row.name ? { name: row.name } : {}), ...(aliases.length ? { aliases } : {}), createdAt: row.created_at };
  };

  return {
    upsert: async (agent, keyHash) => void save(agent, keyHash),
    byKeyHash: async (keyHash) => toAgent(byKey.get(keyHash)),
    byUser: async (identity) => toAgent(byUser.get(identity) ?? byAlias.get(identity)),
    list: async () => list.all().flatMap((row) => toAgent(row) ?? []),
    delete: async (user) => remove(user),
  };
}
