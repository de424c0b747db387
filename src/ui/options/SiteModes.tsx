/**
 * Where numbers are found: on every site, only on listed ones or everywhere but them; how a number without its
 * country's code is read; and the numbers a person marked "not a phone number" (from the page's context menu),
 * each with a way to take the mark back.
 * Part of the settings form: saved with it.
 */
import type { Signal } from '@preact/signals';
import { SITE_MODES, sitePattern, unmarkNotPhone, type Settings, type SiteMode } from '../../core/settings.ts';
import { REGIONS, formatPhone, type PhoneRegion } from '../../core/phone.ts';
import { t } from '../shared/i18n.ts';
import { LockedNote, lockProps } from './Locked.tsx';

export function SiteModes({ form, update }: { form: Signal<Settings>; update: (patch: Partial<Settings>) => void }) {
  const f = form.value;
  const marked = Object.entries(f.notPhones).flatMap(([host, list]) => list.map((digits) => ({ host, digits })));
  const onSites = (text: string) => update({ sites: text.split('\n').map((line) => sitePattern(line) ?? line.trim()).filter(Boolean) });
  return (
    <fieldset id="site-modes">
      <legend>{t('sitesTitle')}</legend>
      <label for="site-mode">{t('siteMode')}</label>
      <select id="site-mode" value={f.siteMode} {...lockProps('siteMode', 'site-mode')} onChange={(e) => update({ siteMode: (e.currentTarget as HTMLSelectElement).value as SiteMode })}>
        {SITE_MODES.map((v) => (
          <option value={v}>{t(`siteMode_${v}`)}</option>
        ))}
      </select>
      <LockedNote field="siteMode" id="site-mode" />
      <label for="sites">{t('sitesList')}</label>
      <textarea id="sites" rows={4} spellcheck={false} {...lockProps('sites', 'sites', 'sites-hint')} value={f.sites.join('\n')}
        onChange={(e) => onSites((e.currentTarget as HTMLTextAreaElement).value)} />
      <LockedNote field="sites" id="sites" />
      <p class="hint" id="sites-hint">{t('sitesListHint')}</p>
      <label for="region">{t('region')}</label>
      <select id="region" value={f.region} {...lockProps('region', 'region', 'region-hint')} onChange={(e) => update({ region: (e.currentTarget as HTMLSelectElement).value as PhoneRegion })}>
        {REGIONS.map((v) => (
          <option value={v}>{t(`region_${v}`)}</option>
        ))}
      </select>
      <LockedNote field="region" id="region" />
      <p class="hint" id="region-hint">{t('regionHint')}</p>
      <p>{t('notPhonesTitle')}</p>
      {marked.length ? (
        <ul id="not-phones">
          {marked.map(({ host, digits }) => (
            <li key={`${host} ${digits}`} data-digits={digits}>
              {formatPhone(digits)} — {host}{' '}
              <button type="button" class="secondary" onClick={() => update({ notPhones: unmarkNotPhone(form.value, host, digits).notPhones })}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint" id="not-phones-empty">{t('notPhonesEmpty')}</p>
      )}
    </fieldset>
  );
}
