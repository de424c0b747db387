/** The embedded store: one SQLite file in the data folder, all repositories over one connection. */
import type { RelayStore } from '../types.ts';
import { sqliteAgents } from './agents.ts';
import { sqliteCalls } from './calls.ts';
import { sqliteContacts } from './contacts.ts';
import { sqliteEvents } from './events.ts';
import { openDatabase, type OpenOptions } from './open.ts';
import { sqliteRatings } from './ratings.ts';

export function createSqliteStore(dataDir: string, options: OpenOptions = {}): RelayStore {
  const db = openDatabase(dataDir, options);
  return {
    agents: sqliteAgents(db),
    contacts: sqliteContacts(db),
    events: sqliteEvents(db),
    calls: sqliteCalls(db),
    ratings: sqliteRatings(db),
    // Not a prepared statement: prepare() itself fails on a closed connection, and the schema read touches the file.
    check: async () => void db.prepare('SELECT count(*) FROM sqlite_schema').get(),
    close: async () => {
      if (db.open) db.close();
    },
  };
}
