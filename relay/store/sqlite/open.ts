/**
 * Opens (and migrates) the relay's SQLite file in the data folder. WAL lets the running relay and the CLI
 * (add-agent, import-contacts) use the same file at once, and readers never block the webhook writer.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations.ts';

export type Durability = 'full' | 'normal';

export interface OpenOptions {
  /**
   * `full` (default): a webhook's event is on disk before the 200, even across a power cut. `normal`: a process
   * crash (SIGKILL) still loses nothing in WAL mode, only a power cut may lose the last commits; several times faster.
   */
  durability?: Durability;
}

export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'relay.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.durability === 'normal' ? 'NORMAL' : 'FULL'}`);
  // The CLI may write while the relay does: wait for the lock instead of failing.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/** Applies the migrations the file has not seen yet, each in its own transaction (user_version = how many ran). */
function migrate(db: Database.Database): void {
  const done = db.pragma('user_version', { simple: true }) as number;
  for (const [i, sql] of MIGRATIONS.entries()) {
    if (i < done) continue;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}
