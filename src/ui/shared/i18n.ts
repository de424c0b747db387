/** Visible strings come from _locales (ru default, en) through the browser's i18n; a missing key shows itself. */
import browser from 'webextension-polyfill';
import type { Failure } from '../../core/messages.ts';

export function t(key: string, ...subs: string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}

/** A sentence a person can act on for a failed command. */
export function errorText(error: Failure['error']): string {
  // `unsupported` carries the i18n key of its reason (dndAbsent_gravitel): that sentence says why.
  if (error.code === 'unsupported' && error.detail && /^[A-Za-z0-9_]+$/.test(error.detail)) {
    const reason = browser.i18n.getMessage(error.detail);
    if (reason) return reason;
  }
  return t(`err_${error.code.replaceAll('-', '_')}`, error.detail ?? '');
}

/** Errors whose fix is in the settings: the UI offers a button that opens them. */
export const fixInSettings = (error: Failure['error']) =>
  ['bad-token', 'bad-address', 'not-configured', 'no-permission', 'not-found'].includes(error.code);
