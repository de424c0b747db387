/**
 * Settings the company's policy sets (managed storage, see core/managed.ts) are shown read-only, each with a note
 * saying who set them. One signal the whole form reads, so a control needs only its field name and id.
 */
import { signal } from '@preact/signals';
import type { ManagedField } from '../../core/managed.ts';
import { t } from '../shared/i18n.ts';

export const lockedFields = signal<readonly ManagedField[]>([]);

/** A control's props: disabled when locked, and described by its hint and, when locked, by the note. */
export function lockProps(field: ManagedField, id: string, hintId?: string) {
  const locked = lockedFields.value.includes(field);
  const describedBy = [hintId, locked ? `${id}-locked` : undefined].filter(Boolean).join(' ');
  return { disabled: locked, 'aria-describedby': describedBy || undefined, 'data-locked': locked ? 'true' : undefined };
}

export function LockedNote({ field, id }: { field: ManagedField; id: string }) {
  if (!lockedFields.value.includes(field)) return null;
  return <p class="hint locked" id={`${id}-locked`}>{t('setByAdmin')}</p>;
}
