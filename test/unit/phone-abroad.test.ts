// @vitest-environment node
/**
 * The content script reads other countries' national forms only once their tables are loaded (content/abroad.ts):
 * until then such a number is not found, and the miss is counted so the text can be read again.
 */
import { describe, expect, it } from 'vitest';
import { abroadMisses, findPhones, useAbroad } from '../../src/core/phone.ts';
import * as abroadTables from '../../src/core/phone-abroad.ts';

const digits = (text: string) => findPhones(text).map((m) => m.digits);

describe('tables of national forms abroad, given late', () => {
  it('counts the texts that needed them, and reads those texts once they are given', () => {
    const text = 'Брат в Кыргызстане: 0555 71-24-93, офис в Москве +7 (495) 123-45-67';
    const before = abroadMisses();
    expect(digits(text)).toEqual(['74951234567']);
    expect(abroadMisses()).toBeGreaterThan(before);
    useAbroad(abroadTables);
    const after = abroadMisses();
    expect(digits(text)).toEqual(['996555712493', '74951234567']);
    expect(abroadMisses()).toBe(after);
  });

  it('does not count texts that have no use for them', () => {
    const before = abroadMisses();
    expect(digits('ИНН 7707083893, тел. 8 (916) 204-55-81, счёт 40702810900000012345')).toEqual(['79162045581']);
    expect(abroadMisses()).toBe(before);
  });
});
