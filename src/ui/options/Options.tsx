/**
 * Options: provider, PBX address and token, a connection check with a precise answer, and "who am I" picked from
 * the PBX's own accounts list. The browser is asked for the PBX origin only here, when the person checks or saves.
 */
import browser from 'webextension-polyfill';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { defaultSettings, originPattern, parsePairingLink, parseSettings, serverUrl, type Mode, type Settings } from '../../core/settings.ts';
import type { Failure, RelayPbxInfo } from '../../core/messages.ts';
import type { PbxAccount } from '../../providers/provider.ts';
import { providerIds } from '../../providers/ids.ts';
import { errorText, t } from '../shared/i18n.ts';
import { send } from '../shared/send.ts';
import { SiteModes } from './SiteModes.tsx';
import { SettingsFile } from './SettingsFile.tsx';
import { askForOrigin } from '../shared/connection.ts';
import { Capabilities, ProviderFields, providerLabel } from './ProviderFields.tsx';
import { getEffective, saveSettings } from '../../background/settings-store.ts';
import { LockedNote, lockProps, lockedFields } from './Locked.tsx';
import type { ManagedField } from '../../core/managed.ts';

type Check = { state: 'idle' | 'checking' } | { state: 'ok'; count: number } | { state: 'error'; error: Failure['error'] };

export function Options() {
  const form = useSignal<Settings>({ ...defaultSettings });
  const accounts = useSignal<PbxAccount[]>([]);
  const check = useSignal<Check>({ state: 'idle' });
  /** Relay mode: the relay's PBX and what it can do, as its check said. */
  const relayPbx = useSignal<RelayPbxInfo | undefined>(undefined);
  const saved = useSignal<'no' | 'yes' | 'denied'>('no');

  useEffect(() => {
    // What is in force: the person's own settings under the company policy, whose fields show locked.
    void getEffective().then(async ({ settings, locked }) => {
      form.value = settings;
      lockedFields.value = locked;
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
    relayPbx.value = r.relayPbx;
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
    await saveSettings(parseSettings(form.value)); // keeps what the policy locks
    saved.value = 'yes';
  }

  const f = form.value;
  const c = check.value;
  const relayLocked = lockedFields.value.includes('relayUrl');
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={onSave}>
        <label for="mode">{t('mode')}</label>
        <select id="mode" value={f.mode} {...lockProps('mode', 'mode')} onChange={(e) => update({ mode: (e.currentTarget as HTMLSelectElement).value as Mode })}>
          <option value="direct">{t('mode_direct')}</option>
          <option value="relay">{t('mode_relay')}</option>
        </select>
        <LockedNote field="mode" id="mode" />

        {f.mode === 'direct' ? (
          <>
            <label for="provider">{t('provider')}</label>
            <select id="provider" value={f.provider} {...lockProps('provider', 'provider')}
              onChange={(e) => {
                update({ provider: (e.currentTarget as HTMLSelectElement).value as Settings['provider'] });
                accounts.value = [];
                check.value = { state: 'idle' };
              }}>
              {providerIds.map((id) => (
                <option value={id}>{t(providerLabel(id))}</option>
              ))}
            </select>
            <LockedNote field="provider" id="provider" />
            <ProviderFields form={f} update={update} />
          </>
        ) : (
          <>
            <Field id="relay-url" label={t('relayUrl')} hint={relayLocked ? undefined : t('relayUrlHint')} value={f.relayUrl} lock="relayUrl"
              onInput={(v) => update(parsePairingLink(v) ?? { relayUrl: v })} />
            {/* A pairing link works here too: with the address locked, its key is all that is needed from it. */}
            <Field id="agent-key" label={t('agentKey')} hint={relayLocked ? t('relayUrlHint') : undefined} value={f.agentKey} secret
              onInput={(v) => update({ agentKey: parsePairingLink(v)?.agentKey ?? v })} />
            {relayPbx.value && <Capabilities provider={relayPbx.value.provider} caps={relayPbx.value.capabilities} />}
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

        <Field id="crm-url" label={t('crmUrlTemplate')} hint={t('crmUrlTemplateHint')} value={f.crmUrlTemplate} lock="crmUrlTemplate"
          onInput={(v) => update({ crmUrlTemplate: v })} />
        <label for="open-crm-on">{t('openCrmOn')}</label>
        <select id="open-crm-on" value={f.openCrmOn} {...lockProps('openCrmOn', 'open-crm-on')} onChange={(e) => update({ openCrmOn: (e.currentTarget as HTMLSelectElement).value as Settings['openCrmOn'] })}>
          {(['never', 'ring', 'answer'] as const).map((v) => (
            <option value={v}>{t(`openCrmOn_${v}`)}</option>
          ))}
        </select>
        <LockedNote field="openCrmOn" id="open-crm-on" />

        <SiteModes form={form} update={update} />
        <div class="actions">
          <button type="submit" id="save">{t('save')}</button>
          <span id="save-result" role="status" class={saved.value === 'denied' ? 'error' : 'ok'}>
            {saved.value === 'yes' ? t('saved') : saved.value === 'denied' ? t('permissionDenied') : ''}
          </span>
        </div>
      </form>
      <SettingsFile onImported={(imported) => void (form.value = imported)} />
    </main>
  );
}

const keyOf = (s: Settings) => (s.mode === 'relay' ? s.agentKey : s.token);

function Field(props: { id: string; label: string; hint?: string; value: string; secret?: boolean; lock?: ManagedField; onInput: (value: string) => void }) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input id={props.id} type={(props.secret ? 'password' : 'text') as 'text'} autocomplete="off" spellcheck={false}
        {...(props.lock ? lockProps(props.lock, props.id, hintId) : { 'aria-describedby': hintId })} value={props.value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)} />
      {props.lock && <LockedNote field={props.lock} id={props.id} />}
      {props.hint && <p class="hint" id={hintId}>{props.hint}</p>}
    </>
  );
}
