/**
 * Settings as a file: export downloads them (keys only when the person ticks that, with a warning), import reads a
 * file, says exactly what is wrong with a bad one, keeps this browser's keys for the same server, and saves.
 */
import browser from 'webextension-polyfill';
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { originPattern, serverUrl, type Settings } from '../../core/settings.ts';
import { exportSettings, mergeImport, readSettingsFile, type FileProblem, type SecretKey } from '../../core/settings-file.ts';
import { providerFields } from '../../providers/ids.ts';
import type { ProviderId } from '../../providers/provider.ts';
import { t } from '../shared/i18n.ts';
import { getEffective, saveSettings } from '../../storage/settings.ts';

type Report =
  | { state: 'idle' }
  | { state: 'exported'; name: string }
  | { state: 'imported'; kept: string[]; missing: string[]; needsPermission: boolean }
  | { state: 'refused'; problems: FileProblem[] };

export function SettingsFile({ onImported }: { onImported: (settings: Settings) => void }) {
  const includeKeys = useSignal(false);
  const report = useSignal<Report>({ state: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  async function onExport() {
    // What is in force, the company policy's fields included: the other browser may have no policy.
    const file = exportSettings((await getEffective()).settings, includeKeys.value);
    const name = `pbx-settings-${new Date().toISOString().slice(0, 10)}.json`;
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    a.click();
    // Revoked later, not at once: the browser starts reading the blob only after this handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    report.value = { state: 'exported', name };
  }

  async function onImport(input: HTMLInputElement) {
    const picked = input.files?.[0];
    if (!picked) return;
    const read = readSettingsFile(await picked.text());
    input.value = ''; // the same file picked again after a fix is read again
    if (!read.ok) return void (report.value = { state: 'refused', problems: read.problems });
    const { settings: current, locked } = await getEffective();
    const { settings, kept, missing } = mergeImport(current, read.settings, read.secretsInFile);
    await saveSettings(settings); // a field the company policy locks keeps its value, whatever the file says
    // A file picker's change is no user gesture for permissions: the check or save on this page asks for it.
    const origin = originPattern(serverUrl(settings));
    const needsPermission = !!origin && !(await browser.permissions.contains({ origins: [origin] }).catch(() => false));
    const name = keyName(settings.provider);
    report.value = { state: 'imported', kept: kept.map(name), missing: missing.map(name), needsPermission };
    onImported({ ...settings, ...Object.fromEntries(locked.map((field) => [field, current[field]])) });
  }

  const r = report.value;
  return (
    <section id="settings-file" aria-labelledby="settings-file-title">
      <h2 id="settings-file-title">{t('settingsFileTitle')}</h2>
      <p class="hint">{t('settingsFileHint')}</p>
      <label class="check">
        <input type="checkbox" id="export-keys" checked={includeKeys.value} aria-describedby="export-keys-warning"
          onChange={(e) => (includeKeys.value = (e.currentTarget as HTMLInputElement).checked)} />
        {t('exportIncludeKeys')}
      </label>
      <p id="export-keys-warning" class={includeKeys.value ? 'error' : 'hint'}>{t('exportKeysWarning')}</p>
      <div class="actions">
        <button type="button" class="secondary" id="export" onClick={() => void onExport()}>{t('exportButton')}</button>
        <button type="button" class="secondary" id="import" onClick={() => fileInput.current?.click()}>{t('importButton')}</button>
        {/* The browser's own file control is hidden behind a button that reads like the others; it stays labelled. */}
        <input type="file" id="import-file" ref={fileInput} accept=".json,application/json" hidden aria-label={t('importButton')}
          onChange={(e) => void onImport(e.currentTarget as HTMLInputElement)} />
      </div>
      <div id="settings-file-result" role="status" data-state={r.state}>
        {r.state === 'exported' && <p class="ok">{t('exportDone', r.name)}</p>}
        {r.state === 'imported' && (
          <>
            <p class="ok">{t('importDone')}</p>
            {r.kept.length > 0 && <p class="hint">{t('importKeptKeys', r.kept.join(', '))}</p>}
            {r.missing.length > 0 && <p class="error">{t('importMissingKeys', r.missing.join(', '))}</p>}
            {r.needsPermission && <p class="error">{t('importNeedsPermission')}</p>}
          </>
        )}
        {r.state === 'refused' && (
          <>
            <p class="error">{t('importRefused')}</p>
            <ul class="error">
              {r.problems.map((p) => (
                <li data-code={p.code}>{problemText(p)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

/** A secret's name as the person knows it from the form: the provider field's own label. */
const keyName = (provider: ProviderId) => (key: SecretKey) => {
  if (key === 'agentKey') return t('agentKey');
  const field = providerFields[provider].find((f) => f.key === (key === 'token' ? 'token' : key.slice(6)));
  return field ? t(field.label) : key;
};

function problemText(p: FileProblem): string {
  if (p.code === 'bad-value') return t('importBadValue', p.field, p.detail);
  if (p.code === 'not-settings') return t('importNotSettings');
  return t(p.code === 'not-json' ? 'importNotJson' : 'importNewerVersion', p.detail);
}
