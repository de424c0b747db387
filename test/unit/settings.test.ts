// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { crmLink, defaultSettings, extraFields, frameSite, parseExtra, serverUrl, hostMatches, markNotPhone, missingSettings, originPattern, parseDetection, parsePairingLink, parseSettings, siteEnabled, sitePattern, unmarkNotPhone } from '../../src/core/settings.ts';

describe('settings', () => {
  it('falls back to defaults on missing or broken data', () => {
    expect(parseSettings(undefined)).toEqual(defaultSettings);
    expect(parseSettings('garbage')).toEqual(defaultSettings);
    expect(parseSettings({ version: 99 })).toMatchObject({ provider: 'itoolabs', token: '' });
  });

  it('keeps valid values, trims them and rejects an unknown provider', () => {
    const s = parseSettings({ version: 2, mode: 'relay', provider: 'nope', pbxUrl: ' vats1.megapbx.ru ', token: 'k', user: 'andy', userName: 'Андрей', openCrmOn: 'sometimes' });
    expect(s).toEqual({ ...defaultSettings, mode: 'relay', pbxUrl: 'vats1.megapbx.ru', token: 'k', user: 'andy', userName: 'Андрей' });
  });

  it('migrates the unversioned shape', () => {
    expect(parseSettings({ apiKey: 'secret', login: 'bob', pbxUrl: 'x.ru' })).toMatchObject({ version: 4, extra: {}, mode: 'direct', token: 'secret', user: 'bob', pbxUrl: 'x.ru' });
    expect(parseSettings({ version: 1, pbxUrl: 'x.ru', token: 't', user: 'u' })).toMatchObject({ version: 4, mode: 'direct', token: 't', crmUrlTemplate: '', siteMode: 'all', sites: [], notPhones: {} });
    expect(parseSettings({ version: 2, mode: 'relay', relayUrl: 'http://r' })).toMatchObject({ version: 4, mode: 'relay', relayUrl: 'http://r', siteMode: 'all', sites: [], notPhones: {} });
  });

  it('migrates version 3 to 4 leaving an existing install exactly as it was', () => {
    const v3 = { version: 3, mode: 'direct', provider: 'itoolabs', pbxUrl: 'vats1.megapbx.ru', token: 'k', user: 'andy', userName: 'Андрей', relayUrl: '', agentKey: '', crmUrlTemplate: 'https://crm/{phone}', openCrmOn: 'ring', siteMode: 'except', sites: ['a.ru'], notPhones: { 'a.ru': ['79101234567'] } };
    const s = parseSettings(v3);
    expect(s).toEqual({ ...v3, version: 4, extra: {}, region: 'RU' }); // numbers read as before: Russia
    expect(missingSettings(s)).toEqual([]);
    expect(parseSettings(s)).toEqual(s); // idempotent once at version 4
  });

  it("keeps only the selected provider's own settings, by its field descriptors", () => {
    expect(extraFields('itoolabs')).toEqual([]);
    expect(extraFields('gravitel').map((f) => f.key)).toEqual(['domain', 'callerField']);
    expect(extraFields('sipuni').map((f) => f.key)).toEqual(['account']);
    expect(extraFields('mango').map((f) => f.key)).toEqual(['salt']);
    // trimmed; unknown keys, non-strings, empty values and a value outside a closed list dropped
    expect(parseExtra('gravitel', { domain: ' acme.gravitel.ru ', callerField: 'from', salt: 'x', token: 'leak', n: 5 })).toEqual({ domain: 'acme.gravitel.ru', callerField: 'from' });
    expect(parseExtra('gravitel', { domain: '', callerField: 'phone' })).toEqual({});
    expect(parseExtra('mango', ['salt'])).toEqual({});
    expect(parseExtra('sipuni', 'garbage')).toEqual({});
    // another provider's keys do not survive a switch
    expect(parseSettings({ version: 4, provider: 'sipuni', extra: { domain: 'acme', account: ' 0123 ' } }).extra).toEqual({ account: '0123' });
    expect(parseSettings({ version: 4, provider: 'mango', token: 'key', extra: { salt: 's' } })).toMatchObject({ provider: 'mango', token: 'key', extra: { salt: 's' } });
  });

  it("requires the provider's own settings and its address only when it has no default one", () => {
    const base = { ...defaultSettings, token: 't', user: 'u' };
    expect(missingSettings({ ...base, provider: 'gravitel' })).toEqual(['extra.domain']);
    expect(missingSettings({ ...base, provider: 'gravitel', extra: { domain: 'acme' } })).toEqual([]);
    expect(missingSettings({ ...base, provider: 'sipuni' })).toEqual(['extra.account']);
    expect(missingSettings({ ...base, provider: 'mango', extra: { salt: 's' } })).toEqual([]);
    expect(missingSettings({ ...base, provider: 'mango' })).toEqual(['extra.salt']);
    expect(missingSettings({ ...base, provider: 'itoolabs-v1' })).toEqual(['pbxUrl']);
    expect(serverUrl({ ...base, provider: 'gravitel' })).toBe('https://crm.aicall.ru');
    expect(serverUrl({ ...base, provider: 'mango', pbxUrl: 'http://127.0.0.1:8765/mango' })).toBe('http://127.0.0.1:8765/mango');
    expect(serverUrl({ ...base, provider: 'itoolabs' })).toBe('');
  });

  it('says what is missing', () => {
    expect(missingSettings(defaultSettings)).toEqual(['pbxUrl', 'token', 'user']);
    expect(missingSettings({ ...defaultSettings, pbxUrl: 'a', token: 'b', user: 'c' })).toEqual([]);
    expect(missingSettings({ ...defaultSettings, mode: 'relay', pbxUrl: 'a' })).toEqual(['relayUrl', 'agentKey']);
  });

  it('builds the CRM link from the template, only for http(s)', () => {
    expect(crmLink('https://crm.example.ru/search?q={phone}', '79101234567')).toBe('https://crm.example.ru/search?q=79101234567');
    expect(crmLink('javascript:alert({phone})', '79101234567')).toBeNull();
    expect(crmLink('  ', '79101234567')).toBeNull();
  });

  it('reads a pairing link into the relay address and the agent key', () => {
    expect(parsePairingLink('pbxrelay://relay.example.ru/?key=abc123')).toEqual({ relayUrl: 'https://relay.example.ru', agentKey: 'abc123' });
    expect(parsePairingLink('pbxrelay://127.0.0.1:8790/?key=k')).toEqual({ relayUrl: 'http://127.0.0.1:8790', agentKey: 'k' });
    expect(parsePairingLink('https://relay.example.ru/pair#key=zz')).toEqual({ relayUrl: 'https://relay.example.ru', agentKey: 'zz' });
    expect(parsePairingLink('https://relay.example.ru/')).toBeNull();
    expect(parsePairingLink('not a link')).toBeNull();
  });

  it('turns a pasted address into the origin to ask permission for', () => {
    expect(originPattern('vats1.megapbx.ru')).toBe('https://vats1.megapbx.ru/*');
    expect(originPattern('https://vats1.megapbx.ru/sys/crm_api.wcgp')).toBe('https://vats1.megapbx.ru/*');
    expect(originPattern('http://127.0.0.1:8765')).toBe('http://127.0.0.1/*');
    expect(originPattern('ftp://x')).toBeNull();
    expect(originPattern('')).toBeNull();
    expect(originPattern('http://')).toBeNull();
  });

  it('keeps the site modes and "not a phone" marks valid, whatever is stored', () => {
    const s = parseSettings({ version: 3, siteMode: 'except', sites: [' https://CRM.example.ru/deals ', '*.amocrm.ru', 'not a host', 7, '*.amocrm.ru'], notPhones: { 'crm.example.ru': ['79101234567', 'x', 5, '79101234567'], 'b.ru': 'nope', 'c.ru': [] } });
    expect(s).toMatchObject({ siteMode: 'except', sites: ['crm.example.ru', '*.amocrm.ru'], notPhones: { 'crm.example.ru': ['79101234567'] } });
    expect(parseSettings({ version: 3, siteMode: 'sometimes', sites: 'x', notPhones: ['a'] })).toMatchObject({ siteMode: 'all', sites: [], notPhones: {} });
    expect(parseDetection(null)).toEqual({ siteMode: 'all', sites: [], notPhones: {}, region: 'RU' });
    expect(parseDetection({ region: 'BY' }).region).toBe('BY');
    expect(parseSettings({ version: 4, region: 'by' }).region).toBe('RU'); // not one of the list: the default
    expect(sitePattern('crm.example.ru:8443')).toBe('crm.example.ru');
    expect(sitePattern('')).toBeNull();
  });

  it('says on which hosts numbers are found', () => {
    expect(hostMatches('*.amocrm.ru', 'team.amocrm.ru')).toBe(true);
    expect(hostMatches('*.amocrm.ru', 'amocrm.ru')).toBe(true);
    expect(hostMatches('*.amocrm.ru', 'notamocrm.ru')).toBe(false);
    expect(hostMatches('crm.example.ru', 'x.crm.example.ru')).toBe(false);
    const sites = ['crm.example.ru', '*.amocrm.ru'];
    expect(siteEnabled({ siteMode: 'all', sites }, 'anything.ru')).toBe(true);
    expect(siteEnabled({ siteMode: 'only', sites }, 'crm.example.ru')).toBe(true);
    expect(siteEnabled({ siteMode: 'only', sites }, 'mail.ru')).toBe(false);
    expect(siteEnabled({ siteMode: 'except', sites }, 'a.amocrm.ru')).toBe(false);
    expect(siteEnabled({ siteMode: 'except', sites }, 'mail.ru')).toBe(true);
    expect(siteEnabled({ siteMode: 'only', sites: [] }, 'mail.ru')).toBe(false);
  });

  it("keeps a frame's marks under the site its content script reads: a mail viewer's frame under the page's", () => {
    const page = 'https://team.amocrm.ru/mail/inbox/';
    expect(frameSite('https://widgets.example.com/card', page)).toBe('widgets.example.com');
    expect(frameSite('about:srcdoc', page)).toBe('team.amocrm.ru');
    expect(frameSite('about:blank', page)).toBe('team.amocrm.ru');
    expect(frameSite('blob:https://mail.example.ru/4b1c2f0e-9d7a-4a53-8c1e-2f6b1a9d0c33', page)).toBe('mail.example.ru');
    expect(frameSite(undefined, page)).toBe('team.amocrm.ru');
    expect(frameSite('about:srcdoc', 'about:blank')).toBeNull();
  });

  it('marks and unmarks numbers that are not phones, per host', () => {
    const marked = markNotPhone(defaultSettings, 'CRM.example.ru', '79101234567');
    expect(marked.notPhones).toEqual({ 'crm.example.ru': ['79101234567'] });
    expect(markNotPhone(marked, 'crm.example.ru', '79101234567')).toBe(marked);
    expect(unmarkNotPhone(marked, 'crm.example.ru', '79101234567').notPhones).toEqual({});
  });
});
