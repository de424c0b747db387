/** Visible strings come from _locales (ru default, en) through the browser's i18n; a missing key shows itself. */
import { ext } from './ext.ts';
import type { Failure } from '../../core/messages.ts';

export function t(key: string, ...subs: string[]): string {
  return ext.i18n.getMessage(key, subs) || key;
}

/** Dates and times in the extension's own language (the one its strings are in), not the page's or the OS's. */
const locale = () => ext.i18n.getUILanguage();

/** When a call was: the time for today's, the day and time for older ones ("14:05", "28 нояб., 14:05"). */
export function formatWhen(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const today = new Date(now).toDateString() === d.toDateString();
  const options: Intl.DateTimeFormatOptions = today ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale(), options).format(d);
}

/** A sentence a person can act on for a failed command. */
export function errorText(error: Failure['error']): string {
  // `unsupported` carries the i18n key of its reason (dndAbsent_gravitel): that sentence says why.
  if (error.code === 'unsupported' && error.detail && /^[A-Za-z0-9_]+$/.test(error.detail)) {
    const reason = ext.i18n.getMessage(error.detail);
    if (reason) return reason;
  }
  return t(`err_${error.code.replaceAll('-', '_')}`, error.detail ?? '');
}

/** Errors whose fix is in the settings: the UI offers a button that opens them. */
export const fixInSettings = (error: Failure['error']) =>
  ['bad-token', 'bad-address', 'not-configured', 'no-permission', 'not-found'].includes(error.code);
