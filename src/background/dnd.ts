/** Do-Not-Disturb on the PBX itself, mirrored in the toolbar icon so the person sees it at a glance. */
import browser from 'webextension-polyfill';
import type { Messages } from '../core/messages.ts';
import { t } from '../ui/shared/i18n.ts';
import { runCommand } from './pbx.ts';

const icon = (dnd: boolean) => {
  const name = dnd ? 'icon-dnd' : 'icon';
  return { 16: `/icons/${name}-16.png`, 32: `/icons/${name}-32.png` };
};

/** Shows the state on the toolbar and remembers it, so a restarted background can show it before asking the PBX. */
export async function showDnd(dnd: boolean | null): Promise<void> {
  await browser.action.setIcon({ path: icon(dnd === true) });
  await browser.action.setTitle({ title: dnd ? `${t('extName')} — ${t('dnd')}` : t('extName') });
  await browser.storage.local.set({ dnd });
}

export async function cachedDnd(): Promise<boolean | null> {
  const { dnd } = await browser.storage.local.get('dnd');
  return typeof dnd === 'boolean' ? dnd : null;
}

export function getDnd(): Promise<Messages['dnd:get']['response']> {
  return runCommand(async (provider, s) => {
    const on = await provider.getDnd(s.user);
    await showDnd(on);
    return { on };
  });
}

export function setDnd(on: boolean): Promise<Messages['dnd:set']['response']> {
  return runCommand(async (provider, s) => {
    await provider.setDnd(s.user, on);
    // Read back: what the PBX holds is the truth the icon shows.
    const actual = await provider.getDnd(s.user);
    await showDnd(actual);
    return { on: actual };
  });
}
