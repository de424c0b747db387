/**
 * Options: provider, PBX address and token, a connection check with a precise answer, and "who am I" picked from
 * the PBX's own accounts list. The browser is asked for the PBX origin only here, when the person checks or saves.
 */
import browser from 'webextension-polyfill';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { defaultSettings, originPattern, parsePairingLink, parseSettings, serverUrl, type Mode, type Settings } from '../../core/settings.ts';
import type { Failure } from '../../core/messages.ts';
import type { PbxAccount } from '../../providers/provider.ts';
import { providerIds } from '../../providers/ids.ts';
import { errorText, t } from '../shared/i18n.ts';
import { send } from '../shared/send.ts';
import { SiteModes } from './SiteModes.tsx';
import { ProviderFields, providerLabel } from './ProviderFields.tsx';

type Check = { state: 'idle' | 'checking' } | { state: 'ok'; count: number } | { state: 'error'; error: Failure['error'] };

/** Must run first in a click handler: browsers grant permissions only during a user gesture. */
async function askForOrigin(pbxUrl: string): Promise<boolean> {
  const origin = originPattern(pbxUrl);
  if (!origin) return true; // the check itself reports the bad address
  return browser.permissions.request({ origins: [origin] }).catch(() => false);
}

export function Options() {
  const form = useSignal<Settings>({ ...defaultSettings });
  const accounts = useSignal<PbxAccount[]>([]);
  const check = useSignal<Check>({ state: 'idle' });
  const saved = useSignal<'no' | 'yes' | 'denied'>('no');

  useEffect(() => {
    void browser.storage.local.get('settings').then(async ({ settings }) => {
      form.value = parseSettings(settings);
      const origin = originPattern(serverUrl(form.value));
      if (origin && (await browser.permissions.contains({ origins: [origin] }))) void runCheck();
    });
  }, []);

  const update = (patch: Partial<Settings>) => {
    form.value = { ...form.value, ...patch };
    saved.value = 'no';
  };

  async function runCheck() {
    check.value = { state: 'checking' };
    const f = form.value;
    if (!serverUrl(f) || !keyOf(f)) return void (check.value = { state: 'idle' });
    const r = await send('pbx:check', { mode: f.mode, provider: f.provider, url: f.mode === 'relay' ? f.relayUrl : f.pbxUrl, key: keyOf(f), extra: f.extra });
    if (!r.ok) {
      check.value = { state: 'error', error: r.error };
      return;
    }
    accounts.value = r.accounts;
    check.value = { state: 'ok', count: r.accounts.length };
    // In relay mode the relay says who this agent is; in direct mode a saved user the PBX no longer has is picked again.
    if (form.value.mode === 'relay') update({ user: r.accounts[0]?.login ?? '', userName: r.accounts[0]?.name ?? '' });
    else if (form.value.user && !r.accounts.some((a) => a.login === form.value.user)) update({ user: '', userName: '' });
  }

  async function onCheck() {
    if (!(await askForOrigin(serverUrl(form.value)))) {
      check.value = { state: 'error', error: { code: 'no-permission' } };
      return;
    }
    await runCheck();
  }

  async function onSave(e: Event) {
    e.preventDefault();
    if (!(await askForOrigin(serverUrl(form.value)))) {
      saved.value = 'denied';
      return;
    }
    await browser.storage.local.set({ settings: parseSettings(form.value) });
    saved.value = 'yes';
  }

  const f = form.value;
  const c = check.value;
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={onSave}>
        <label for="mode">{t('mode')}</label>
        <select id="mode" value={f.mode} onChange={(e) => update({ mode: (e.currentTarget as HTMLSelectElement).value as Mode })}>
          <option value="direct">{t('mode_direct')}</option>
          <option value="relay">{t('mode_relay')}</option>
        </select>

        {f.mode === 'direct' ? (
          <>
            <label for="provider">{t('provider')}</label>
            <select id="provider" value={f.provider}
              onChange={(e) => {
                update({ provider: (e.currentTarget as HTMLSelectElement).value as Settings['provider'] });
                accounts.value = [];
                check.value = { state: 'idle' };
              }}>
              {providerIds.map((id) => (
                <option value={id}>{t(providerLabel(id))}</option>
              ))}
            </select>
            <ProviderFields form={f} update={update} />
          </>
        ) : (
          <>
            <Field id="relay-url" label={t('relayUrl')} hint={t('relayUrlHint')} value={f.relayUrl}
              onInput={(v) => update(parsePairingLink(v) ?? { relayUrl: v })} />
            <Field id="agent-key" label={t('agentKey')} value={f.agentKey} secret onInput={(v) => update({ agentKey: v })} />
          </>
        )}

        <div class="actions">
          <button type="button" class="secondary" id="check" disabled={c.state === 'checking' || !serverUrl(f) || !keyOf(f)} onClick={() => void onCheck()}>
            {c.state === 'checking' ? t('checking') : t('checkConnection')}
          </button>
        </div>
        <p id="check-result" role="status" data-state={c.state} data-code={c.state === 'error' ? c.error.code : undefined}
          class={c.state === 'ok' ? 'ok' : c.state === 'error' ? 'error' : ''}>
          {c.state === 'ok' ? t('checkOk', String(c.count)) : c.state === 'error' ? errorText(c.error) : ''}
        </p>

        <label for="user">{t('whoAmI')}</label>
        <select id="user" value={f.user} disabled={!accounts.value.length} aria-describedby="user-hint"
          onChange={(e) => {
            const login = (e.currentTarget as HTMLSelectElement).value;
            update({ user: login, userName: accounts.value.find((a) => a.login === login)?.name ?? '' });
          }}>
          <option value="">{f.user && !accounts.value.length ? f.userName || f.user : t('whoAmIPlaceholder')}</option>
          {accounts.value.map((a) => (
            <option value={a.login}>{[a.name, a.ext && `(${a.ext})`, a.login].filter(Boolean).join(' ')}</option>
          ))}
        </select>
        <p class="hint" id="user-hint">{t('whoAmIHint')}</p>

        <Field id="crm-url" label={t('crmUrlTemplate')} hint={t('crmUrlTemplateHint')} value={f.crmUrlTemplate} onInput={(v) => update({ crmUrlTemplate: v })} />
        <label for="open-crm-on">{t('openCrmOn')}</label>
        <select id="open-crm-on" value={f.openCrmOn} onChange={(e) => update({ openCrmOn: (e.currentTarget as HTMLSelectElement).value as Settings['openCrmOn'] })}>
          {(['never', 'ring', 'answer'] as const).map((v) => (
            <option value={v}>{t(`openCrmOn_${v}`)}</option>
          ))}
        </select>

        <SiteModes form={form} update={update} />
        <div class="actions">
          <button type="submit" id="save">{t('save')}</button>
          <span id="save-result" role="status" class={saved.value === 'denied' ? 'error' : 'ok'}>
            {saved.value === 'yes' ? t('saved') : saved.value === 'denied' ? t('permissionDenied') : ''}
          </span>
        </div>
      </form>
    </main>
  );
}

const keyOf = (s: Settings) => (s.mode === 'relay' ? s.agentKey : s.token);

function Field(props: { id: string; label: string; hint?: string; value: string; secret?: boolean; onInput: (value: string) => void }) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input id={props.id} type={(props.secret ? 'password' : 'text') as 'text'} autocomplete="off" spellcheck={false}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined} value={props.value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)} />
      {props.hint && <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>}
    </>
  );
}
