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

describe("other countries' tables, loaded on demand (content/abroad.ts)", () => {
  // (First: no test before it has given this file's detector the tables.)
  it('keeps no block for them where they could not be loaded', () => {
    document.body.innerHTML = '<p>Брат в Оше: 0555 71-24-93</p>';
    const index = new PhoneIndex('test');
    index.onAbroad = undefined;
    index.scanBlock(document.querySelector('p')!);
    expect(index.size).toBe(0);
    expect(index.unreadAbroad.size).toBe(0);
  });

  it('asks for them once for all the blocks that need them, and finds their numbers when those blocks are read again', async () => {
    const { useAbroad } = await import('../../src/core/phone.ts');
    document.body.innerHTML = '<p>Гид в Анталье (Турция): 0532 614 09 27</p><p>Брат в Оше: 0555 71-24-93</p><p>Офис: 8 (495) 222-33-44</p>';
    const index = new PhoneIndex('test');
    let asked = 0;
    index.onAbroad = () => void asked++;
    const blocks = [...document.querySelectorAll('p')];
    for (const p of blocks) index.scanBlock(p);
    // (The detector has no tables yet: only the Russian number is found.)
    expect(index.size).toBe(1);
    expect(asked).toBe(1);
    expect([...index.unreadAbroad]).toEqual(blocks.slice(0, 2));
    // The same text again is not taken from the cache: its block waits for the tables too.
    const again = document.createElement('p');
    again.textContent = 'Гид в Анталье (Турция): 0532 614 09 27';
    document.body.append(again);
    index.scanBlock(again);
    expect(index.unreadAbroad.has(again)).toBe(true);
    useAbroad(await import('../../src/core/phone-abroad.ts'));
    const waiting = [...index.unreadAbroad];
    index.unreadAbroad.clear();
    for (const p of waiting) index.scanBlock(p);
    expect(index.size).toBe(4);
    expect(asked).toBe(1);
  });

});
