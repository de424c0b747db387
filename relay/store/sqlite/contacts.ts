/** The contact directory in SQLite: phone (normalised digits) → name, company, responsible. */
import type Database from 'better-sqlite3';
import type { Contact, ContactRepository } from '../types.ts';

interface Row {
  phone: string;
  name: string;
  company: string | null;
  responsible: string | null;
}

export function sqliteContacts(db: Database.Database): ContactRepository {
  const get = db.prepare<[string], Row>('SELECT phone, name, company, responsible FROM contacts WHERE phone = ?');
  const put = db.prepare<[string, string, string | null, string | null]>(
    `INSERT INTO contacts (phone, name, company, responsible) VALUES (?, ?, ?, ?)
     ON CONFLICT (phone) DO UPDATE SET name = excluded.name, company = excluded.company, responsible = excluded.responsible`,
  );
  const del = db.prepare<[string]>('DELETE FROM contacts WHERE phone = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM contacts');
  const putRow = (c: Contact) => put.run(c.phone, c.name, c.company ?? null, c.responsible ?? null);
  const importMany = db.transaction((contacts: readonly Contact[], replace: boolean) => {
    if (replace) db.exec('DELETE FROM contacts');
    for (const c of contacts) putRow(c);
    return contacts.length;
  });

  return {
    get: async (phone) => {
      const row = get.get(phone);
      return row ? toContact(row) : undefined;
    },
    put: async (contact) => void putRow(contact),
    delete: async (phone) => del.run(phone).changes > 0,
    importMany: async (contacts, options) => importMany(contacts, options?.replace === true),
    count: async () => count.get()?.n ?? 0,
  };
}

function toContact(row: Row): Contact {
  return {
    phone: row.phone,
    name: row.name,
    ...(row.company ? { company: row.company } : {}),
    ...(row.responsible ? { responsible: row.responsible } : {}),
  };
}
