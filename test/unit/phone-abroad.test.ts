// @vitest-environment node
/**
 * The content script reads other countries' national forms and oddly written numbers only once the detector's rare
 * parts are loaded (content/abroad.ts): until then such a number is not found, and the miss is counted so the text
 * can be read again. (The tests run in order: the tables are given in the last one.)
 */
import { describe, expect, it } from 'vitest';
import { abroadMisses, findPhones, useAbroad } from '../../src/core/phone.ts';
import * as abroadTables from '../../src/core/phone-abroad.ts';

const digits = (text: string) => findPhones(text).map((m) => m.digits);

describe('rare parts of the detector, given late', () => {
  it('does not count texts that have no use for them, line breaks and slashes between words included', () => {
    const before = abroadMisses();
    expect(digits('ИНН 7707083893, тел. 8 (916) 204-55-81,\nсчёт 40702810900000012345, ИНН/КПП в карточке')).toEqual(['79162045581']);
    expect(abroadMisses()).toBe(before);
  });

  it('counts the texts that needed them, and reads those texts once they are given', () => {
    const texts: [string, string[], string[]][] = [
      ['Брат в Кыргызстане: 0555 71-24-93, офис в Москве +7 (495) 123-45-67', ['74951234567'], ['996555712493', '74951234567']],
      ['Звонить: 8/915/440/62/17', [], ['79154406217']],
      ['Tel. 030/2844 9100 (Berlin)', [], ['493028449100']],
      ['Перезвонить по номеру +7 912\n301 44 56', [], ['79123014456']],
      ['Приёмная\t(48439)\t4-17-30', [], ['74843941730']],
    ];
    for (const [text, without] of texts) {
      const before = abroadMisses();
      expect(digits(text)).toEqual(without);
      expect(abroadMisses(), text).toBeGreaterThan(before);
    }
    useAbroad(abroadTables);
    for (const [text, , given] of texts) {
      const after = abroadMisses();
      expect(digits(text)).toEqual(given);
      expect(abroadMisses()).toBe(after);
    }
  });
});
