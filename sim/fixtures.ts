/**
 * Demo data for the simulated PBX: a small Moscow sales office. History rows are placed relative to "now"
 * so that period=today/yesterday/this_week always has something to show.
 */

export interface SimAccount {
  name: string;
  realName: string;
  /** A number on purpose for one account: some servers send `ext` unquoted. */
  ext?: string | number;
  telnum?: string;
  email?: string;
}

export interface SimGroup {
  id: string;
  realName: string;
  ext?: string | number;
  /** Logins of the members; the PBX's `groups` with `user` returns only that user's groups. */
  members: string[];
}

export interface SimHistoryRow {
  uid: string;
  type: 'in' | 'out' | 'missed';
  /** As the PBX writes it: often with '+'. */
  client: string;
  /** login@domain, g_<uuid>@tenant, ivr or fax. */
  account: string;
  via: string;
  start: Date;
  wait: number;
  duration: number;
  record?: string;
  rating?: number;
}

export interface Fixtures {
  /** Tenant domain used in `account` columns (login@domain). */
  domain: string;
  /** Our public line: `diversion` of incoming calls, `via` in history. */
  line: string;
  accounts: SimAccount[];
  groups: SimGroup[];
  history: SimHistoryRow[];
  /** Known clients: the scenario's `contact` webhook does not need them, but demos and tests do. */
  contacts: Record<string, string>;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export function demoFixtures(now: Date = new Date()): Fixtures {
  const domain = 'demo.megapbx.ru';
  const line = '74951234567';
  const at = (msAgo: number) => new Date(now.getTime() - msAgo);
  const rec = (uid: string) => `https://records.demo.megapbx.ru/${uid}.mp3`;
  return {
    domain,
    line,
    accounts: [
      { name: 'andy', realName: 'Петров Андрей', ext: '708', telnum: '79261234567', email: 'andy@example.ru' },
      { name: 'daria', realName: 'Иванова Дарья', ext: '705', telnum: '79261234568' },
      { name: 'mike', realName: 'Семёнов Михаил', ext: 702, email: 'mike@example.ru' },
      { name: 'serg', realName: 'Чижиков Сергей', ext: '709' },
    ],
    groups: [
      { id: 'sales', realName: 'Отдел продаж', ext: 701, members: ['andy', 'daria', 'mike'] },
      { id: 'support', realName: 'Техподдержка', ext: '703', members: ['serg', 'daria'] },
      { id: 'gr001', realName: 'Бухгалтерия', ext: '704', members: ['serg'] },
    ],
    history: [
      row('a252179d-fa9b-4b2a-9f4a-05c61af0639f', 'out', '+79002445949', `andy@${domain}`, `+${line}`, at(20 * 60_000), 0, 11),
      row('0d8f6c1e-3b7a-4c55-9a0e-6f1f2d7c9b01', 'in', '+79101234567', `daria@${domain}`, `+${line}`, at(2 * HOUR), 7, 184, rec('0d8f6c1e'), 5),
      row('5c2b9e44-1f0d-4a7e-8b3c-2e9a6d4f7c12', 'missed', '+79031112233', 'g_3f6a9c2e-7b1d-4e8a-9c5f-1a2b3c4d5e6f@demo', `+${line}`, at(3 * HOUR), 25, 0),
      row('9e1d7a3b-6c4f-4b2e-8d5a-7f3c1e9b2a45', 'in', '79167654321', 'ivr', line, at(DAY + HOUR), 3, 0),
      row('7b4e2c9a-8d1f-4e3b-a6c5-9d2f7e1b3a88', 'out', '+74992223344', `mike@${domain}`, `+${line}`, at(DAY + 5 * HOUR), 0, 342, rec('7b4e2c9a')),
      row('3a9f5d7e-2b8c-4f1a-9e6d-5c3b7a1f8e22', 'in', '+79265550011', `andy@${domain}`, `+${line}`, at(6 * DAY), 4, 95, rec('3a9f5d7e')),
      row('e6c1b8d3-4a2f-4d7e-b9a5-3f8e2c6d1b77', 'missed', '+79850001122', `serg@${domain}`, `+${line}`, at(9 * DAY), 30, 0),
    ],
    contacts: {
      '79101234567': 'ЗАО Рога и копыта',
      '79002445949': 'ООО Ромашка',
    },
  };
}

function row(
  uid: string,
  type: SimHistoryRow['type'],
  client: string,
  account: string,
  via: string,
  start: Date,
  wait: number,
  duration: number,
  record?: string,
  rating?: number,
): SimHistoryRow {
  return { uid, type, client, account, via, start, wait, duration, record, rating };
}
