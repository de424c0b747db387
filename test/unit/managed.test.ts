// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyManaged, keepLocked, managedFields } from '../../src/core/managed.ts';
import { providerIds } from '../../src/providers/ids.ts';
import { REGIONS } from '../../src/core/phone.ts';
import { defaultSettings, parseSettings, type Settings } from '../../src/core/settings.ts';

const mine: Settings = parseSettings({
  version: 4, mode: 'direct', provider: 'gravitel', pbxUrl: 'acme.gravitel.ru', token: 'k', extra: { domain: 'acme.gravitel.ru' },
  user: 'andy', userName: 'Андрей', relayUrl: '', agentKey: 'a', crmUrlTemplate: 'https://crm.acme.ru/find?q={phone}',
  openCrmOn: 'never', siteMode: 'all', sites: [], notPhones: { 'a.ru': ['79101234567'] },
});

describe('managed settings', () => {
  it('without a policy everything is the person’s own and nothing is locked', () => {
    for (const none of [undefined, null, {}, 'garbage', 42, ['relayUrl']]) {
      expect(applyManaged(mine, none)).toEqual({ settings: mine, locked: [] });
    }
  });

  it('a full policy sets and locks every field it names, and nothing else', () => {
    const policy = {
      mode: 'relay', provider: 'itoolabs', pbxUrl: 'vats1.megapbx.ru', relayUrl: ' https://relay.acme.ru ',
      crmUrlTemplate: 'https://crm.acme.ru/contacts?phone={phone}', openCrmOn: 'answer', siteMode: 'only',
      sites: ['https://crm.acme.ru/deals', '*.amocrm.ru'], region: 'KZ',
    };
    const { settings, locked } = applyManaged(mine, policy);
    expect(locked).toEqual([...managedFields]);
    expect(settings).toEqual({
      ...mine, ...policy, relayUrl: 'https://relay.acme.ru', sites: ['crm.acme.ru', '*.amocrm.ru'],
      extra: {}, // Gravitel's domain does not belong to the policy's provider
    });
    // the person's own key, login and marks are never the policy's business
    expect(settings).toMatchObject({ token: 'k', agentKey: 'a', user: 'andy', notPhones: mine.notPhones });
  });

  it('ignores invalid values field by field, keeping the valid ones', () => {
    const { settings, locked } = applyManaged(mine, {
      mode: 'cloud', provider: 'asterisk', pbxUrl: 'ftp://pbx', relayUrl: 'relay.acme.ru', crmUrlTemplate: 'javascript:alert({phone})',
      openCrmOn: true, siteMode: ['only'], sites: ['crm.acme.ru', 'not a host'], region: 'ru', token: 'stolen', agentKey: 'x', version: 1,
    });
    expect(locked).toEqual([]);
    expect(settings).toEqual(mine);

    const some = applyManaged(mine, { relayUrl: 'http://127.0.0.1:8790', siteMode: 'nope', sites: 'crm.acme.ru', openCrmOn: 'ring' });
    expect(some.locked).toEqual(['relayUrl', 'openCrmOn']);
    expect(some.settings).toEqual({ ...mine, relayUrl: 'http://127.0.0.1:8790', openCrmOn: 'ring' });
  });

  it('accepts an empty CRM template and an empty site list as locked choices', () => {
    const { settings, locked } = applyManaged(mine, { crmUrlTemplate: '', sites: [] });
    expect(locked).toEqual(['crmUrlTemplate', 'sites']);
    expect(settings).toMatchObject({ crmUrlTemplate: '', sites: [] });
  });

  it('keeps the provider’s own settings when the policy names the same provider', () => {
    expect(applyManaged(mine, { provider: 'gravitel' }).settings.extra).toEqual({ domain: 'acme.gravitel.ru' });
  });

  it('a save keeps what was stored for locked fields and takes the rest from the form', () => {
    const form: Settings = { ...mine, relayUrl: 'https://evil.example', mode: 'relay', agentKey: 'new', openCrmOn: 'ring' };
    const kept = keepLocked(form, mine, ['relayUrl', 'mode']);
    expect(kept).toEqual({ ...mine, agentKey: 'new', openCrmOn: 'ring' });
    expect(keepLocked(form, mine, [])).toEqual(form);
    expect(keepLocked({ ...defaultSettings, provider: 'mango', extra: { salt: 's' } }, mine, ['provider'])).toMatchObject({ provider: 'gravitel', extra: {} });
  });

  it('the Chrome schema names exactly the managed fields, with the same closed lists', () => {
    const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as {
      type: string; properties: Record<string, { type: string; enum?: string[]; items?: { type: string } }>;
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...managedFields].sort());
    expect(schema.properties.mode!.enum).toEqual(['direct', 'relay']);
    expect(schema.properties.openCrmOn!.enum).toEqual(['never', 'ring', 'answer']);
    expect(schema.properties.siteMode!.enum).toEqual(['all', 'only', 'except']);
    expect(schema.properties.region!.enum).toEqual([...REGIONS]);
    expect(schema.properties.sites).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(schema.properties.provider!.enum).toEqual([...providerIds]);
  });
});
