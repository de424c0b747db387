/** The extension's own strings, as a test expects to see them in a browser running in that language. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const cache = new Map<string, Record<string, { message: string }>>();

/** `message('ru-RU', 'dnd')` → "Не беспокоить"; throws for a key the locale lacks (a test must not expect nothing). */
export function message(locale: string, key: string): string {
  const lang = locale.slice(0, 2);
  let messages = cache.get(lang);
  if (!messages) {
    messages = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
    cache.set(lang, messages);
  }
  const text = messages[key]?.message;
  if (!text) throw new Error(`no "${key}" in _locales/${lang}`);
  return text;
}
