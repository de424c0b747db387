// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultSettings, missingSettings, originPattern, parseSettings } from '../../src/core/settings.ts';

describe('settings', () => {
  it('falls back to defaults on missing or broken data', () => {
    expect(parseSettings(undefined)).toEqual(defaultSettings);
    expect(parseSettings('garbage')).toEqual(defaultSettings);
    expect(parseSettings({ version: 99 })).toMatchObject({ provider: 'itoolabs', token: '' });
  });

  it('keeps valid values, trims them and rejects an unknown provider', () => {
    const s = parseSettings({ version: 1, provider: 'nope', pbxUrl: ' vats1.megapbx.ru ', token: 'k', user: 'andy', userName: 'Андрей' });
    expect(s).toEqual({ version: 1, provider: 'itoolabs', pbxUrl: 'vats1.megapbx.ru', token: 'k', user: 'andy', userName: 'Андрей' });
  });

  it('migrates the unversioned shape', () => {
    expect(parseSettings({ apiKey: 'secret', login: 'bob', pbxUrl: 'x.ru' })).toMatchObject({ version: 1, token: 'secret', user: 'bob', pbxUrl: 'x.ru' });
  });

  it('says what is missing', () => {
    expect(missingSettings(defaultSettings)).toEqual(['pbxUrl', 'token', 'user']);
    expect(missingSettings({ ...defaultSettings, pbxUrl: 'a', token: 'b', user: 'c' })).toEqual([]);
  });

  it('turns a pasted address into the origin to ask permission for', () => {
    expect(originPattern('vats1.megapbx.ru')).toBe('https://vats1.megapbx.ru/*');
    expect(originPattern('https://vats1.megapbx.ru/sys/crm_api.wcgp')).toBe('https://vats1.megapbx.ru/*');
    expect(originPattern('http://127.0.0.1:8765')).toBe('http://127.0.0.1/*');
    expect(originPattern('ftp://x')).toBeNull();
    expect(originPattern('')).toBeNull();
    expect(originPattern('http://')).toBeNull();
  });
});
