/**
 * The contact CSV an admin exports from a CRM: a header naming `phone,name,company,responsible` (any order, any
 * case, extra columns ignored), comma or semicolon separated (Russian Excel writes `;`), RFC 4180 quotes so a
 * company may contain commas, a BOM tolerated. Bad rows are reported by line, not fatal: one typo must not
 * block an import of 100,000 rows.
 */
import type { PhoneRegion } from '../../src/core/phone.ts';
import { phoneKey } from './phone-key.ts';
import type { Contact } from '../store/types.ts';

export interface CsvImport {
  contacts: Contact[];
  errors: Array<{ line: number; reason: string }>;
}

export class CsvError extends Error {}

export function parseContactsCsv(text: string, region: PhoneRegion = 'RU'): CsvImport {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const header = rows.shift();
  if (!header) throw new CsvError('empty file: expected a header phone,name,company,responsible');
  const names = header.cells.map((h) => h.trim().toLowerCase());
  const col = (name: string) => names.indexOf(name);
  const [phoneCol, nameCol, companyCol, responsibleCol] = ['phone', 'name', 'company', 'responsible'].map(col);
  if (phoneCol === -1 || nameCol === -1) throw new CsvError(`the header must name phone and name columns, got: ${header.cells.join(',')}`);

  const byPhone = new Map<string, Contact>();
  const errors: CsvImport['errors'] = [];
  for (const { line, cells } of rows) {
    if (cells.every((c) => !c.trim())) continue;
    const cell = (i: number | undefined) => (i === undefined || i < 0 ? '' : (cells[i] ?? '').trim());
    const phone = phoneKey(cell(phoneCol), region);
    const name = cell(nameCol);
    if (!phone) errors.push({ line, reason: `not a phone number: ${cell(phoneCol).slice(0, 40)}` });
    else if (!name) errors.push({ line, reason: 'no name' });
    else {
      const company = cell(companyCol);
      const responsible = cell(responsibleCol);
      // A later row for the same number wins, as in an upsert.
      byPhone.set(phone, { phone, name, ...(company ? { company } : {}), ...(responsible ? { responsible } : {}) });
    }
  }
  return { contacts: [...byPhone.values()], errors };
}

/** Rows with their 1-based line numbers; the separator is whichever of `,` `;` the header uses. */
function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) cells.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      (cells = []), (cell = ''), line++, (rowLine = line);
    } else cell += c;
  }
  if (cell !== '' || cells.length) rows.push({ line: rowLine, cells: [...cells, cell] });
  return rows;
}
