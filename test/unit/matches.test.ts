import { describe, expect, it } from 'vitest';
import { PhoneIndex } from '../../src/content/matches.ts';

/** A table of `rows` rows, one number in each; every cell scanned as the content script's walk would. */
function scannedTable(rows: number) {
  document.body.innerHTML = `<table><tbody>${Array.from({ length: rows }, (_, i) => `<tr><td>Клиент ${i}</td><td>+7 910 123-45-${String(i).padStart(2, '0')}</td></tr>`).join('')}</tbody></table>`;
  const index = new PhoneIndex('test');
  for (const td of document.querySelectorAll('td')) index.scanBlock(td);
  return { index, rows: [...document.querySelectorAll('tr')] };
}

describe('numbers whose elements the page removed', () => {
  it('go with the rows removed, and stay with the rows moved elsewhere', () => {
    const { index, rows } = scannedTable(10);
    expect(index.size).toBe(10);
    rows[3]!.remove();
    index.prune([rows[3]!]);
    expect(index.size).toBe(9);
    // Removed and put back in the same batch of the page's changes (a sort): still in the document.
    const other = document.createElement('table');
    document.body.append(other);
    rows[5]!.remove();
    other.append(rows[5]!);
    index.prune([rows[5]!]);
    expect(index.size).toBe(9);
  });

  it('all go when the page removes more than the blocks with numbers (a list rendered anew)', () => {
    const { index } = scannedTable(10);
    const tbody = document.querySelector('tbody')!;
    tbody.remove();
    index.prune([tbody]);
    expect(index.size).toBe(0);
  });

  it('go with a shadow tree whose host was removed, and its root is let go', () => {
    const { index } = scannedTable(10);
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Офис: 8 (495) 123-45-67</p>';
    index.shadowRoots.add(root);
    index.scanBlock(root.querySelector('p')!);
    expect(index.size).toBe(11);
    host.remove();
    index.prune([host]);
    expect(index.size).toBe(10);
    expect(index.shadowRoots.has(root)).toBe(false);
  });
});

describe('where the mouse needs no hit test', () => {
  it('is over an element whose block was scanned and holds no number, and nowhere else', () => {
    const { index } = scannedTable(3);
    const [name, phone] = document.querySelectorAll('td');
    expect(index.noneAt(name!)).toBe(true);
    expect(index.noneAt(phone!)).toBe(false);
    // Inline text is hit through its element, whose block is the cell.
    name!.innerHTML = 'Клиент <b>Иванов</b>';
    index.scanBlock(name!);
    expect(index.noneAt(name!.querySelector('b')!)).toBe(true);
    // Not scanned yet (the page just added it), an input, a shadow host: the hit test decides.
    const added = document.createElement('p');
    added.textContent = 'Новый';
    document.body.append(added);
    expect(index.noneAt(added)).toBe(false);
    const input = document.createElement('input');
    input.readOnly = true;
    document.body.append(input);
    expect(index.noneAt(input)).toBe(false);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
    index.scanBlock(host);
    expect(index.noneAt(host)).toBe(false);
    index.enabled = false;
    expect(index.noneAt(phone!)).toBe(true);
  });
});
