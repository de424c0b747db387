/**
 * Direct mode's provider part of the options page: the selected provider's own fields, from its descriptors
 * (address, key, and the `extra` ones such as Gravitel's domain or Mango's salt), and what that PBX supports —
 * with the reason when something is absent or only approximate. Descriptors only: no adapter code here.
 */
import type { Settings } from '../../core/settings.ts';
import { providerCapabilities, providerFields, providerIds } from '../../providers/ids.ts';
import type { PbxAccount, ProviderCapabilities, ProviderField, ProviderId } from '../../providers/provider.ts';
import { t } from '../shared/i18n.ts';
import { LockedNote, lockProps } from './Locked.tsx';

/** The i18n key of a provider's name: ids may hold `-`, message keys may not. */
export const providerLabel = (id: ProviderId) => `provider_${id.replaceAll('-', '_')}`;

/** Which PBX, for direct mode (the setup and options pages alike). */
export function ProviderSelect({ value, onChange }: { value: ProviderId; onChange: (id: ProviderId) => void }) {
  return (
    <>
      <label for="provider">{t('provider')}</label>
      <select id="provider" value={value} {...lockProps('provider', 'provider')} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as ProviderId)}>
        {providerIds.map((id) => (
          <option value={id}>{t(providerLabel(id))}</option>
        ))}
      </select>
      <LockedNote field="provider" id="provider" />
    </>
  );
}

/** An employee as the "who am I" list shows them: name, extension, login. */
export const accountLabel = (a: PbxAccount) => [a.name, a.ext && `(${a.ext})`, a.login].filter(Boolean).join(' ');

const inputId = (key: string) => (key === 'url' ? 'pbx-url' : key === 'token' ? 'token' : `extra-${key}`);

export function ProviderFields({ form, update }: { form: Settings; update: (patch: Partial<Settings>) => void }) {
  const valueOf = (field: ProviderField) => (field.key === 'url' ? form.pbxUrl : field.key === 'token' ? form.token : (form.extra[field.key] ?? ''));
  const set = (field: ProviderField, value: string) => {
    if (field.key === 'url') update({ pbxUrl: value });
    else if (field.key === 'token') update({ token: value });
    else update({ extra: { ...form.extra, [field.key]: value } });
  };
  return (
    <>
      {providerFields[form.provider].map((field) => {
        const id = inputId(field.key);
        const hint =
          field.key === 'url' && !field.default ? t('pbxUrlHint')
          : field.default ? t('fieldDefault', field.default)
          : field.key === 'token' ? t('tokenHint')
          : undefined;
        if (field.options) {
          return (
            <>
              <label for={id}>{t(field.label)}</label>
              <select id={id} value={valueOf(field) || field.default || ''} onChange={(e) => set(field, (e.currentTarget as HTMLSelectElement).value)}>
                {field.options.map((o) => (
                  <option value={o}>{o}</option>
                ))}
              </select>
            </>
          );
        }
        return (
          <>
            <label for={id}>{t(field.label)}</label>
            <input id={id} type={(field.secret ? 'password' : 'text') as 'text'} autocomplete="off" spellcheck={false}
              placeholder={field.default} value={valueOf(field)}
              {...(field.key === 'url' ? lockProps('pbxUrl', id, hint && `${id}-hint`) : { 'aria-describedby': hint && `${id}-hint` })}
              aria-required={field.optional ? undefined : 'true'} data-field={field.key}
              onInput={(e) => set(field, (e.currentTarget as HTMLInputElement).value)} />
            {field.key === 'url' && <LockedNote field="pbxUrl" id={id} />}
            {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
          </>
        );
      })}
      <Capabilities provider={form.provider} />
    </>
  );
}

const features = ['call', 'dnd', 'groups', 'history', 'callerId', 'screenPop', 'nameLookup'] as const;

/** Why a feature is absent (or approximate), as an i18n key, when the adapter or the provider says. */
function reason(provider: ProviderId | null, caps: ProviderCapabilities, feature: (typeof features)[number]): string | undefined {
  if (feature === 'dnd') return caps.dndNote;
  if (feature === 'history' && !caps.history) return caps.historyNote ?? (provider ? `historyAbsent_${provider}` : undefined);
  // A relay without a PBX for commands: one reason for everything it cannot do.
  if (!provider && !caps[feature]) return 'relayNoPbx';
  if (feature === 'groups' && !caps.groups) return `groupsAbsent_${provider}`;
  if (feature === 'nameLookup' && !caps.nameLookup) return 'nameLookupAbsent';
  return undefined;
}

/** What `provider` can do; in relay mode `caps` is what the relay says its PBX can do (provider null: no PBX). */
export function Capabilities({ provider, caps: given }: { provider: ProviderId | null; caps?: ProviderCapabilities }) {
  const caps = given ?? (provider ? providerCapabilities[provider] : undefined);
  if (!caps) return null;
  return (
    <section id="capabilities" aria-labelledby="capabilities-title">
      <h2 id="capabilities-title">{t('capsTitle')}</h2>
      <ul>
        {features.map((feature) => {
          const value = caps[feature];
          const state = value === true || value === 'yes' ? 'yes' : value === 'approximate' ? 'approximate' : 'no';
          const why = state !== 'yes' ? reason(provider, caps, feature) : undefined;
          return (
            <li data-feature={feature} data-state={state}>
              {t(`cap_${feature}`)}: <strong>{t(`cap_${state}`)}</strong>
              {why && <span class="hint"> — {t(why)}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
