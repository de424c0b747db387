/**
 * First run: the page the extension opens on install. One question per step — how this browser reaches the PBX,
 * the address and key, a live check, who the person is, a real test call to their own phone — then the settings
 * are saved and the full options page is one link away. The pieces are the options page's own.
 */
import browser from 'webextension-polyfill';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { MODES, defaultSettings, parseSettings, serverUrl, type Settings } from '../../core/settings.ts';
import type { Failure } from '../../core/messages.ts';
import { formatPhone } from '../../core/phone.ts';
import type { PbxAccount } from '../../providers/provider.ts';
import { accountLabel, ProviderFields, ProviderSelect } from '../options/ProviderFields.tsx';
import { RelayFields } from '../options/RelayFields.tsx';
import { askForOrigin, canCheck, checkConnection } from '../shared/connection.ts';
import { errorText, t } from '../shared/i18n.ts';
import { request } from '../shared/send.ts';
import { getEffective, saveSettings } from '../../storage/settings.ts';
import { LockedNote, lockedFields } from '../options/Locked.tsx';

const STEPS = ['mode', 'connect', 'user', 'test', 'done'] as const;
type Step = (typeof STEPS)[number];
type Outcome = { state: 'idle' | 'busy' } | { state: 'ok'; detail: string } | { state: 'error'; error: Failure['error'] };

/** The number a test call connects to: the person's own direct number when the PBX knows it. */
const ownNumber = (a: PbxAccount | undefined) => (a?.telnum ? formatPhone(a.telnum) : '');

export function Setup() {
  const form = useSignal<Settings>({ ...defaultSettings });
  const step = useSignal<Step>('mode');
  const accounts = useSignal<PbxAccount[]>([]);
  const check = useSignal<Outcome>({ state: 'idle' });
  const testNumber = useSignal('');
  const test = useSignal<Outcome>({ state: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = useSignal(false);

  // A reinstall or a second visit keeps what is stored (sites, CRM link…): setup only fills the connection.
  // What the company policy sets shows locked, as on the options page.
  // The steps wait for it: a late answer (Chromium's managed storage can take a while) must not wipe what was typed.
  useEffect(() => void getEffective().then(({ settings, locked }) => {
    form.value = settings;
    lockedFields.value = locked;
    loaded.value = true;
  }), []);
  // Each step's heading takes the focus, so keyboard and screen-reader users start at the new question.
  useEffect(() => heading.current?.focus(), [step.value, loaded.value]);

  const update = (patch: Partial<Settings>) => {
    const server = serverUrl(form.value);
    form.value = { ...form.value, ...patch };
    // Other address or key: the accounts and the verdict were for the old ones.
    if (serverUrl(form.value) !== server || 'token' in patch || 'agentKey' in patch || 'provider' in patch || 'extra' in patch || 'mode' in patch) {
      check.value = { state: 'idle' };
      accounts.value = [];
    }
  };
  const go = (next: Step) => (step.value = next);

  async function onCheck() {
    if (!(await askForOrigin(serverUrl(form.value)))) return void (check.value = { state: 'error', error: { code: 'no-permission' } });
    check.value = { state: 'busy' };
    const r = await checkConnection(form.value);
    if (!r.ok) return void (check.value = { state: 'error', error: r.error });
    accounts.value = r.accounts;
    check.value = { state: 'ok', detail: String(r.accounts.length) };
    // The relay says who this agent is; with a PBX the person picks, and a stored pick the PBX no longer has is dropped.
    const keep = r.accounts.find((a) => a.login === form.value.user);
    const me = form.value.mode === 'relay' ? r.accounts[0] : keep;
    form.value = { ...form.value, user: me?.login ?? '', userName: me?.name ?? '' };
  }

  async function onUserChosen() {
    await saveSettings(parseSettings(form.value));
    testNumber.value = ownNumber(accounts.value.find((a) => a.login === form.value.user));
    test.value = { state: 'idle' };
    go('test');
  }

  async function onTestCall(e: Event) {
    e.preventDefault();
    test.value = { state: 'busy' };
    // The background's own call path with the saved settings: exactly what a click on a number will do.
    const r = await request('call', { phone: testNumber.value });
    test.value = r.ok ? { state: 'ok', detail: formatPhone(r.digits) } : { state: 'error', error: r.error };
  }

  const f = form.value;
  const current = STEPS.indexOf(step.value);
  const me = accounts.value.find((a) => a.login === f.user);
  return (
    <main>
      <h1>{t('setupTitle')}</h1>
      <ol class="steps" aria-label={t('setupProgress')}>
        {STEPS.map((s, i) => (
          <li aria-current={i === current ? 'step' : undefined} class={i < current ? 'done' : ''}>{t(`setupStep_${s}`)}</li>
        ))}
      </ol>

      {!loaded.value && <p role="status">{t('setupLoading')}</p>}

      {loaded.value && step.value === 'mode' && (
        <section aria-labelledby="step-title" data-step="mode">
          <h2 id="step-title" tabIndex={-1} ref={heading}>{t('setupModeTitle')}</h2>
          <fieldset>
            <legend class="hint">{t('setupModeHint')}</legend>
            {MODES.map((m) => (
              <label class="choice">
                <input type="radio" name="mode" id={`mode-${m}`} value={m} checked={f.mode === m} aria-describedby={`mode-${m}-hint`}
                  disabled={lockedFields.value.includes('mode')} onChange={() => update({ mode: m })} />
                <span>
                  <strong>{t(`mode_${m}`)}</strong>
                  <span class="hint" id={`mode-${m}-hint`}>{t(`setupMode_${m}_hint`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <LockedNote field="mode" id="mode" />
          <div class="actions">
            <button type="button" id="next" onClick={() => go('connect')}>{t('setupNext')}</button>
          </div>
        </section>
      )}

      {step.value === 'connect' && (
        <section aria-labelledby="step-title" data-step="connect">
          <h2 id="step-title" tabIndex={-1} ref={heading}>{t(f.mode === 'relay' ? 'setupConnectRelayTitle' : 'setupConnectDirectTitle')}</h2>
          <form onSubmit={(e) => { e.preventDefault(); if (canCheck(form.value)) void onCheck(); }}>
            {f.mode === 'direct' ? (
              <>
                <ProviderSelect value={f.provider} onChange={(provider) => update({ provider, extra: {} })} />
                <ProviderFields form={f} update={update} />
              </>
            ) : (
              <RelayFields form={f} update={update} />
            )}
            <div class="actions">
              <button type="submit" class="secondary" id="check" disabled={check.value.state === 'busy' || !canCheck(f)}>
                {check.value.state === 'busy' ? t('checking') : t('checkConnection')}
              </button>
            </div>
          </form>
          <Result id="check-result" outcome={check.value} ok={(n) => t('checkOk', n)} />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => go('mode')}>{t('setupBack')}</button>
            <button type="button" id="next" disabled={check.value.state !== 'ok'} onClick={() => go('user')}>{t('setupNext')}</button>
          </div>
        </section>
      )}

      {step.value === 'user' && (
        <section aria-labelledby="step-title" data-step="user">
          <h2 id="step-title" tabIndex={-1} ref={heading}>{t('setupUserTitle')}</h2>
          {f.mode === 'relay' ? (
            <p id="relay-user">{t('setupRelayUser', me ? `${me.name} (${me.login})` : f.user)}</p>
          ) : (
            <>
              <label for="user">{t('whoAmI')}</label>
              <select id="user" value={f.user} aria-describedby="user-hint"
                onChange={(e) => {
                  const login = (e.currentTarget as HTMLSelectElement).value;
                  form.value = { ...form.value, user: login, userName: accounts.value.find((a) => a.login === login)?.name ?? '' };
                }}>
                <option value="">{t('whoAmIPlaceholder')}</option>
                {accounts.value.map((a) => (
                  <option value={a.login}>{accountLabel(a)}</option>
                ))}
              </select>
              <p class="hint" id="user-hint">{t('setupUserHint')}</p>
            </>
          )}
          <div class="actions">
            <button type="button" class="secondary" onClick={() => go('connect')}>{t('setupBack')}</button>
            <button type="button" id="next" disabled={!f.user} onClick={() => void onUserChosen()}>{t('setupSaveAndNext')}</button>
          </div>
        </section>
      )}

      {step.value === 'test' && (
        <section aria-labelledby="step-title" data-step="test">
          <h2 id="step-title" tabIndex={-1} ref={heading}>{t('setupTestTitle')}</h2>
          <p>{t('setupTestExplain')}</p>
          <form onSubmit={(e) => void onTestCall(e)}>
            <label for="test-number">{t('setupTestNumber')}</label>
            <input id="test-number" type="tel" autocomplete="tel" aria-describedby="test-number-hint" value={testNumber.value}
              onInput={(e) => {
                testNumber.value = (e.currentTarget as HTMLInputElement).value;
                test.value = { state: 'idle' }; // the last result was about the number before
              }} />
            <p class="hint" id="test-number-hint">{t('setupTestNumberHint')}</p>
            <div class="actions">
              <button type="submit" class="secondary" id="test-call" disabled={test.value.state === 'busy' || !testNumber.value.trim()}>
                {test.value.state === 'busy' ? t('setupTestCalling') : t('setupTestCall')}
              </button>
            </div>
          </form>
          <Result id="test-result" outcome={test.value} ok={(number) => t('setupTestOk', number)} />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => go('user')}>{t('setupBack')}</button>
            <button type="button" id="next" onClick={() => go('done')}>{t(test.value.state === 'ok' ? 'setupNext' : 'setupSkipTest')}</button>
          </div>
        </section>
      )}

      {step.value === 'done' && (
        <section aria-labelledby="step-title" data-step="done">
          <h2 id="step-title" tabIndex={-1} ref={heading}>{t('setupDoneTitle')}</h2>
          <p id="done-text">{t('setupDoneText', f.userName || f.user)}</p>
          <p><a id="open-options" href={browser.runtime.getURL('src/ui/options/index.html')}>{t('setupOpenOptions')}</a></p>
        </section>
      )}
    </main>
  );
}

/** A live result read out by screen readers; `data-code` names the failure for tests and support. */
function Result({ id, outcome, ok }: { id: string; outcome: Outcome; ok: (detail: string) => string }) {
  return (
    <p id={id} role="status" data-state={outcome.state} data-code={outcome.state === 'error' ? outcome.error.code : undefined}
      class={outcome.state === 'ok' ? 'ok' : outcome.state === 'error' ? 'error' : ''}>
      {outcome.state === 'ok' ? ok(outcome.detail) : outcome.state === 'error' ? errorText(outcome.error) : ''}
    </p>
  );
}
