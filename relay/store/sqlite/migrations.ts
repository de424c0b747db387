/**
 * Schema history: append, never edit a shipped entry. PBX logins compare case-insensitively (COLLATE NOCASE),
 * as the PBX itself matches them.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE agents (
    user       TEXT PRIMARY KEY COLLATE NOCASE,
    name       TEXT,
    key_hash   TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
  );
  -- The contact webhook is answered while the call rings: a primary-key lookup, no table scan.
  CREATE TABLE contacts (
    phone       TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    company     TEXT,
    responsible TEXT
  ) WITHOUT ROWID;
  -- AUTOINCREMENT: a sequence number is never reused, even after old events are pruned, so cursors stay valid.
  CREATE TABLE events (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    user       TEXT NOT NULL COLLATE NOCASE,
    dedupe_key TEXT NOT NULL UNIQUE,
    at         INTEGER NOT NULL,
    body       TEXT NOT NULL
  );
  CREATE INDEX events_user_seq ON events (user, seq);
  CREATE INDEX events_at ON events (at);
  CREATE TABLE call_legs (
    call_id     TEXT NOT NULL,
    user        TEXT NOT NULL COLLATE NOCASE,
    direction   TEXT,
    answered_at INTEGER,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (call_id, user)
  ) WITHOUT ROWID;
  CREATE INDEX call_legs_updated ON call_legs (updated_at);
  CREATE TABLE ratings (
    id      INTEGER PRIMARY KEY,
    call_id TEXT NOT NULL,
    rating  TEXT NOT NULL,
    phone   TEXT,
    user    TEXT,
    at      INTEGER NOT NULL
  );
  CREATE INDEX ratings_call ON ratings (call_id);
  `,
  // Other identities of an agent in webhooks (extension, direct number): one owner each, looked up by primary key.
  `
  CREATE TABLE agent_aliases (
    alias TEXT PRIMARY KEY COLLATE NOCASE,
    user  TEXT NOT NULL COLLATE NOCASE
  ) WITHOUT ROWID;
  CREATE INDEX agent_aliases_user ON agent_aliases (user);
  `,
];
