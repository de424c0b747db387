import { describe, expect, it } from 'vitest';
import { BREAK, blockOf, columnHeader, locate, runOf, shadowOf, skipped } from '../../src/content/blocks.ts';
import { findPhones, findPhonesUnder, needsLabel } from '../../src/core/phone.ts';

const html = (markup: string) => {
  document.body.innerHTML = markup;
  return document.body.firstElementChild!;
};

describe('runs of text across inline elements', () => {
  it('joins a block’s inline text and maps a match back to (node, offset) pairs', () => {
    const p = html('<p>Тел.: <b>+7</b> 910 <span>123-45-67</span>, ИНН 7707083893</p>');
    const run = runOf(p);
    expect(run.text).toBe('Тел.: +7 910 123-45-67, ИНН 7707083893');
    const [m] = findPhones(run.text);
    expect(m?.digits).toBe('79101234567');
    const [startNode, startOffset] = locate(run, m!.start, false)!;
    const [endNode, endOffset] = locate(run, m!.end, true)!;
    expect([startNode.data, startOffset]).toEqual(['+7', 0]);
    expect([endNode.data, endOffset]).toEqual(['123-45-67', 9]);
  });

  it('breaks the run at nested blocks, <br> and skipped parts', () => {
    const div = html('<div>8 (495)<div>123-45-67</div>8 (812)<br>300-40-50 <code>1</code></div>');
    expect(runOf(div).text).toBe(`8 (495)${BREAK}8 (812)${BREAK}300-40-50 ${BREAK}`);
    expect(blockOf(div.querySelector('div')!.firstChild!)).toBe(div.querySelector('div'));
    expect(blockOf(html('<p><b><i>x</i></b></p>').querySelector('i')!.firstChild!)).toBe(document.querySelector('p'));
  });

  it('reads a block of one text node as it is (a table cell, a list item)', () => {
    const li = html('<li>8 (495) 123-45-67</li>');
    expect(runOf(li)).toEqual({ text: '8 (495) 123-45-67', nodes: [li.firstChild], starts: [0] });
    expect(runOf(html('<li></li>')).text).toBe('');
  });

  it('skips code, editors and opted-out parts', () => {
    html('<div data-no-phone-links><p id="a">x</p></div><pre><span id="b">x</span></pre><div contenteditable="true"><p id="c">x</p></div><div contenteditable="false"><p id="d">x</p></div>');
    expect(['a', 'b', 'c', 'd'].map((id) => skipped(document.getElementById(id)!))).toEqual([true, true, true, false]);
  });
});

describe('digits that meet across elements', () => {
  it('are one number when the elements flow inline, two when the page made them blocks', () => {
    expect(runOf(html('<p>8<mark>9161</mark>234567</p>')).text).toBe('89161234567');
    const div = html('<div><span style="display:block">8 (916) 111-22-33</span><span style="display: block">8 (916) 444-55-66</span></div>');
    expect(findPhones(runOf(div).text).map((m) => m.digits)).toEqual(['79161112233', '79164445566']);
  });
});

describe('column headers', () => {
  it("names a table cell's column from the header row, with or without <thead>", () => {
    html('<table><thead><tr><th>ИНН</th><th>Телефон</th></tr></thead><tbody><tr><td>9102345678</td><td><span>9036127748</span></td></tr></tbody></table>');
    const [inn, phone] = [...document.querySelectorAll('td')];
    expect(columnHeader(inn!)).toBe('ИНН');
    expect(columnHeader(phone!.querySelector('span')!)).toBe('Телефон');
    html('<table><tr><th>Клиент</th><th>Моб.</th></tr><tr><td>Орлов</td><td>9059531204</td></tr></table>');
    expect(columnHeader(document.querySelectorAll('td')[1]!)).toBe('Моб.');
    expect(columnHeader(document.querySelector('th')!)).toBeNull(); // the header itself
  });

  it('names an ARIA grid cell’s column by its aria-colindex', () => {
    html('<div role="grid"><div role="row"><div role="columnheader" aria-colindex="1">ИНН</div><div role="columnheader" aria-colindex="2">Телефон</div></div><div role="row"><div role="gridcell" aria-colindex="2">9036127748</div><div role="gridcell">x</div></div></div>');
    const [withIndex, without] = [...document.querySelectorAll('[role=gridcell]')];
    expect(columnHeader(withIndex!)).toBe('Телефон');
    expect(columnHeader(without!)).toBeNull();
    expect(columnHeader(html('<p>9036127748</p>'))).toBeNull();
  });

  it('lets a bare number through under a phone header only', () => {
    expect(findPhonesUnder('Телефон', '9036127748')).toEqual([{ start: 0, end: 10, digits: '79036127748' }]);
    expect(findPhonesUnder(' Контактный телефон ', ' 9036127748')).toEqual([{ start: 1, end: 11, digits: '79036127748' }]);
    expect(findPhonesUnder('ИНН', '9102345678')).toEqual([]);
    expect(findPhonesUnder('Клиент', '9036127748')).toEqual([]);
    expect(findPhonesUnder('Телефон', '8 (495) 123-45-67')).toEqual(findPhones('8 (495) 123-45-67'));
    // Only digits a label would decide send the content script to the header.
    expect(['9036127748', '7707083893', '89161234567', '998901874533', '296143295'].map((d) => needsLabel(d))).toEqual([true, false, false, true, false]);
    expect([needsLabel('7011234567', 'KZ'), needsLabel('296143295', 'BY'), needsLabel('0296143295', 'BY')]).toEqual([true, true, true]);
  });
});

describe('shadow hosts', () => {
  it('finds the open shadow root of every kind of element that can host one', () => {
    for (const tag of ['div', 'span', 'p', 'section', 'article', 'main', 'nav', 'header', 'footer', 'aside', 'blockquote', 'h1', 'h6', 'body', 'crm-card']) {
      const el = document.createElement(tag);
      expect(shadowOf(el), tag).toBeNull();
      const root = el.attachShadow({ mode: 'open' });
      expect(shadowOf(el), tag).toBe(root);
    }
  });
});
