// @vitest-environment node
/** Settings export and import: what the file holds, how a file is read back, how it merges with what is stored. */
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, type Settings } from '../../src/core/settings.ts';
import { SETTINGS_FILE_FORMAT, exportSettings, mergeImport, readSettingsFile } from '../../src/core/settings-file.ts';

const direct: Settings = parseSettings({
  ...defaultSettings,
  provider: 'itoolabs',
  pbxUrl: 'https://vats1.megapbx.ru',
  token: 'pbx-secret',
  relayUrl: 'https://relay.example.ru',
  agentKey: 'agent-secret',
  user: 'andy',
  userName: 'Петров Андрей',
  crmUrlTemplate: 'https://crm.example.ru/find?phone={phone}',
  openCrmOn: 'answer',
  siteMode: 'except',
  sites: ['mail.example.ru', '*.amocrm.ru'],
  notPhones: { 'crm.example.ru': ['79101234567'] },
  region: 'BY',
});
const mango: Settings = parseSettings({ ...direct, provider: 'mango', pbxUrl: '', token: 'mango-key', agentKey: '', extra: { salt: 'mango-salt' } });

const roundTrip = (s: Settings, includeKeys: boolean) => readSettingsFile(JSON.stringify(exportSettings(s, includeKeys)));

describe('export', () => {
  it('leaves out the PBX key, the agent key and secret provider extras unless asked', () => {
    const text = JSON.stringify(exportSettings(mango, false));
    for (const secret of ['mango-key', 'mango-salt']) expect(text).not.toContain(secret);
    expect(JSON.stringify(exportSettings(direct, false))).not.toMatch(/pbx-secret|agent-secret/);
    const file = exportSettings(mango, false);
    expect(file.format).toBe(SETTINGS_FILE_FORMAT);
    expect(file.settings).not.toHaveProperty('token');
    expect(file.settings).not.toHaveProperty('agentKey');
    expect(file.settings.extra).toEqual({});
    // Everything else travels.
    expect(file.settings).toMatchObject({ provider: 'mango', user: 'andy', siteMode: 'except', sites: ['mail.example.ru', '*.amocrm.ru'], openCrmOn: 'answer', region: 'BY' });
  });

  it('includes every key when the person ticks "include keys"', () => {
    expect(exportSettings(direct, true).settings).toMatchObject({ token: 'pbx-secret', agentKey: 'agent-secret' });
    expect(exportSettings(mango, true).settings).toMatchObject({ token: 'mango-key', extra: { salt: 'mango-salt' } });
  });

  it('does not change the settings it exports', () => {
    exportSettings(mango, false);
    expect(mango.extra).toEqual({ salt: 'mango-salt' });
    expect(mango.token).toBe('mango-key');
  });
});

describe('import', () => {
  it('round trip with keys gives back the same settings', () => {
    const r = roundTrip(mango, true);
    expect(r).toMatchObject({ ok: true, settings: mango });
    expect(r.ok && r.secretsInFile).toEqual(['token', 'extra.salt']);
  });

  it('round trip without keys keeps the stored keys of the same PBX', () => {
    const r = roundTrip(direct, false);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.settings.token).toBe('');
    const merged = mergeImport(direct, r.settings, r.secretsInFile);
    expect(merged.settings).toEqual(direct);
    expect(merged.kept).toEqual(['token', 'agentKey']);
    expect(merged.missing).toEqual([]);
  });

  it('keeps a secret provider extra (Mango salt) from this browser too', () => {
    const r = roundTrip(mango, false);
    if (!r.ok) throw new Error('refused');
    expect(mergeImport(mango, r.settings, r.secretsInFile)).toMatchObject({ settings: mango, kept: ['token', 'extra.salt'] });
  });

  it('a key in the file wins over the stored one', () => {
    const r = roundTrip({ ...direct, token: 'new-key' }, true);
    if (!r.ok) throw new Error('refused');
    expect(mergeImport(direct, r.settings, r.secretsInFile).settings.token).toBe('new-key');
  });

  it('never hands a stored key to a PBX address that came in a file', () => {
    const r = roundTrip({ ...direct, pbxUrl: 'https://evil.example.com' }, false);
    if (!r.ok) throw new Error('refused');
    const merged = mergeImport(direct, r.settings, r.secretsInFile);
    expect(merged.settings.token).toBe('');
    expect(merged.missing).toEqual(['token']);
    expect(merged.kept).toEqual(['agentKey']); // the relay's address did not change
  });

  it('in relay mode only the agent key is missing, kept for the same relay', () => {
    const relay = parseSettings({ ...direct, mode: 'relay', relayUrl: 'https://relay.example.ru', agentKey: 'agent-secret', token: '' });
    const r = roundTrip(relay, false);
    if (!r.ok) throw new Error('refused');
    expect(mergeImport(relay, r.settings, r.secretsInFile)).toMatchObject({ settings: relay, kept: ['agentKey'], missing: [] });
    expect(mergeImport({ ...relay, relayUrl: 'https://other.example.ru' }, r.settings, r.secretsInFile)).toMatchObject({ kept: [], missing: ['agentKey'] });
  });

  it('migrates an older file (version 0: apiKey and login)', () => {
    const r = readSettingsFile(JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings: { pbxUrl: 'vats2.megapbx.ru', apiKey: 'old-key', login: 'daria' } }));
    expect(r).toMatchObject({ ok: true, settings: { version: 4, mode: 'direct', pbxUrl: 'vats2.megapbx.ru', token: 'old-key', user: 'daria', siteMode: 'all' }, secretsInFile: ['token'] });
  });

  it('names what is wrong with a bad file, and refuses it whole', () => {
    expect(readSettingsFile('{"format": ')).toMatchObject({ ok: false, problems: [{ code: 'not-json' }] });
    expect(readSettingsFile('[1,2]')).toEqual({ ok: false, problems: [{ code: 'not-settings' }] });
    expect(readSettingsFile(JSON.stringify({ mode: 'direct' }))).toEqual({ ok: false, problems: [{ code: 'not-settings' }] });
    expect(readSettingsFile(JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings: { version: 99 } }))).toEqual({ ok: false, problems: [{ code: 'newer-version', detail: '99' }] });
    const bad = readSettingsFile(
      JSON.stringify({
        format: SETTINGS_FILE_FORMAT,
        settings: { ...direct, mode: 'sideways', provider: 'asterisk', token: 42, sites: ['ok.example.ru', 'not a site'], notPhones: { 'a.ru': ['12'] }, extra: { domain: 'x' }, region: 'UA' },
      }),
    );
    expect(bad).toEqual({
      ok: false,
      problems: [
        { code: 'bad-value', field: 'token', detail: '42' },
        { code: 'bad-value', field: 'mode', detail: '"sideways"' },
        { code: 'bad-value', field: 'provider', detail: '"asterisk"' },
        { code: 'bad-value', field: 'region', detail: '"UA"' },
        { code: 'bad-value', field: 'sites', detail: '"not a site"' },
        { code: 'bad-value', field: 'notPhones.a.ru', detail: '"12"' },
        { code: 'bad-value', field: 'extra.domain', detail: '"x"' },
      ],
    });
  });

  it('refuses a closed-list provider setting outside its options', () => {
    const gravitel = { ...direct, provider: 'gravitel', extra: { domain: 'x.aicall.ru', callerField: 'nobody' } };
    expect(readSettingsFile(JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings: gravitel }))).toMatchObject({
      ok: false,
      problems: [{ code: 'bad-value', field: 'extra.callerField', detail: '"nobody"' }],
    });
  });
});
