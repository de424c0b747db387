/**
 * Options: provider, PBX address and token, a connection check with a precise answer, and "who am I" picked from
 * the PBX's own accounts list. The browser is asked for the PBX origin only here, when the person checks or saves.
 */
import browser from 'webextension-polyfill';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { defaultSettings, originPattern, parseSettings, type Settings } from '../../core/settings.ts';
import type { Failure } from '../../core/messages.ts';
import type { PbxAccount } from '../../providers/provider.ts';
import { providerIds } from '../../providers/ids.ts';
import { errorText, t } from '../shared/i18n.ts';
import { send } from '../shared/send.ts';

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
      const origin = originPattern(form.value.pbxUrl);
      if (form.value.token && origin && (await browser.permissions.contains({ origins: [origin] }))) void runCheck();
    });
  }, []);

  const update = (patch: Partial<Settings>) => {
    form.value = { ...form.value, ...patch };
    saved.value = 'no';
  };

  async function runCheck() {
    check.value = { state: 'checking' };
    const { provider, pbxUrl, token } = form.value;
    const r = await send('pbx:check', { provider, pbxUrl, token });
    if (!r.ok) {
      check.value = { state: 'error', error: r.error };
      return;
    }
    accounts.value = r.accounts;
    check.value = { state: 'ok', count: r.accounts.length };
    // A saved user that the PBX no longer has must be picked again.
    if (form.value.user && !r.accounts.some((a) => a.login === form.value.user)) update({ user: '', userName: '' });
  }

  async function onCheck() {
    if (!(await askForOrigin(form.value.pbxUrl))) {
      check.value = { state: 'error', error: { code: 'no-permission' } };
      return;
    }
    await runCheck();
  }

  async function onSave(e: Event) {
    e.preventDefault();
    if (!(await askForOrigin(form.value.pbxUrl))) {
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
        <label for="provider">{t('provider')}</label>
        <select id="provider" value={f.provider} onChange={(e) => update({ provider: (e.currentTarget as HTMLSelectElement).value as Settings['provider'] })}>
          {providerIds.map((id) => (
            <option value={id}>{t(`provider_${id}`)}</option>
          ))}
        </select>

        <label for="pbx-url">{t('pbxUrl')}</label>
        <input id="pbx-url" type="text" inputMode="url" autocomplete="off" spellcheck={false} aria-describedby="pbx-url-hint"
          value={f.pbxUrl} onInput={(e) => update({ pbxUrl: (e.currentTarget as HTMLInputElement).value })} />
        <p class="hint" id="pbx-url-hint">{t('pbxUrlHint')}</p>

        <label for="token">{t('token')}</label>
        <input id="token" type="password" autocomplete="off" spellcheck={false} aria-describedby="token-hint"
          value={f.token} onInput={(e) => update({ token: (e.currentTarget as HTMLInputElement).value })} />
        <p class="hint" id="token-hint">{t('tokenHint')}</p>

        <div class="actions">
          <button type="button" class="secondary" id="check" disabled={c.state === 'checking' || !f.pbxUrl || !f.token} onClick={() => void onCheck()}>
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
