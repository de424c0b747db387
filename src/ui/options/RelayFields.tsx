/**
 * Relay mode's fields: the relay address, which also takes the admin's pairing link (it fills the address and the
 * key in one paste), and the employee key. The same ids as on the options page, so people and tests find them alike.
 */
import { parsePairingLink, type Settings } from '../../core/settings.ts';
import { t } from '../shared/i18n.ts';
import { LockedNote, lockProps, lockedFields } from './Locked.tsx';

export function RelayFields({ form, update }: { form: Settings; update: (patch: Partial<Settings>) => void }) {
  // With the address locked by the company, the pairing link's key is all that is needed from it: the key field takes the link.
  const relayLocked = lockedFields.value.includes('relayUrl');
  return (
    <>
      <label for="relay-url">{t('relayUrl')}</label>
      <input id="relay-url" type="text" autocomplete="off" spellcheck={false} aria-required="true" {...lockProps('relayUrl', 'relay-url', relayLocked ? undefined : 'relay-url-hint')}
        value={form.relayUrl} onInput={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value;
          update(parsePairingLink(v) ?? { relayUrl: v });
        }} />
      <LockedNote field="relayUrl" id="relay-url" />
      {!relayLocked && <p class="hint" id="relay-url-hint">{t('relayUrlHint')}</p>}
      <label for="agent-key">{t('agentKey')}</label>
      <input id="agent-key" type={'password' as 'text'} autocomplete="off" spellcheck={false} aria-required="true"
        aria-describedby={relayLocked ? 'agent-key-hint' : undefined} value={form.agentKey}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value;
          update({ agentKey: parsePairingLink(v)?.agentKey ?? v });
        }} />
      {relayLocked && <p class="hint" id="agent-key-hint">{t('relayUrlHint')}</p>}
    </>
  );
}
