/**
 * Options: provider, PBX address and token, a connection check with a precise answer, and "who am I" picked from
 * the PBX's own accounts list. The browser is asked for the PBX origin only here, when the person checks or saves.
 */
import browser from 'webextension-polyfill';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { OPEN_CRM_ON, defaultSettings, originPattern, parseSettings, serverUrl, type Mode, type Settings } from '../../core/settings.ts';
import type { Failure, RelayPbxInfo } from '../../core/messages.ts';
import type { PbxAccount } from '../../providers/provider.ts';
import { errorText, t } from '../shared/i18n.ts';
import { SiteModes } from './SiteModes.tsx';
import { SettingsFile } from './SettingsFile.tsx';
import { askForOrigin, canCheck, checkConnection } from '../shared/connection.ts';
import { accountLabel, Capabilities, ProviderFields, ProviderSelect } from './ProviderFields.tsx';
import { RelayFields } from './RelayFields.tsx';
import { getEffective, saveSettings } from '../../storage/settings.ts';
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
  /** The form shows once the settings in force are read: a late answer (Chromium's managed storage can take a while) must not wipe what was typed. */
  const loaded = useSignal(false);

  useEffect(() => {
    // What is in force: the person's own settings under the company policy, whose fields show locked.
    void getEffective().then(async ({ settings, locked }) => {
      form.value = settings;
      lockedFields.value = locked;
      loaded.value = true;
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
    if (!canCheck(form.value)) return void (check.value = { state: 'idle' });
    const r = await checkConnection(form.value);
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

  if (!loaded.value) return <main aria-busy="true">{t('loading')}</main>;
  const f = form.value;
  const c = check.value;
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
            <ProviderSelect value={f.provider} onChange={(provider) => {
              update({ provider });
              accounts.value = [];
              check.value = { state: 'idle' };
            }} />
            <ProviderFields form={f} update={update} />
          </>
        ) : (
          <>
            <RelayFields form={f} update={update} />
            {relayPbx.value && <Capabilities provider={relayPbx.value.provider} caps={relayPbx.value.capabilities} />}
          </>
        )}

        <div class="actions">
          <button type="button" class="secondary" id="check" disabled={c.state === 'checking' || !canCheck(f)} onClick={() => void onCheck()}>
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
            <option value={a.login}>{accountLabel(a)}</option>
          ))}
        </select>
        <p class="hint" id="user-hint">{t('whoAmIHint')}</p>

        <Field id="crm-url" label={t('crmUrlTemplate')} hint={t('crmUrlTemplateHint')} value={f.crmUrlTemplate} lock="crmUrlTemplate"
          onInput={(v) => update({ crmUrlTemplate: v })} />
        <label for="open-crm-on">{t('openCrmOn')}</label>
        <select id="open-crm-on" value={f.openCrmOn} {...lockProps('openCrmOn', 'open-crm-on')} onChange={(e) => update({ openCrmOn: (e.currentTarget as HTMLSelectElement).value as Settings['openCrmOn'] })}>
          {OPEN_CRM_ON.map((v) => (
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

function Field(props: { id: string; label: string; hint?: string; value: string; lock?: ManagedField; onInput: (value: string) => void }) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input id={props.id} type="text" autocomplete="off" spellcheck={false}
        {...(props.lock ? lockProps(props.lock, props.id, hintId) : { 'aria-describedby': hintId })} value={props.value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)} />
      {props.lock && <LockedNote field={props.lock} id={props.id} />}
      {props.hint && <p class="hint" id={hintId}>{props.hint}</p>}
    </>
  );
}
