/** Shared by the adapter tests: the PbxError a promise rejects with, and a fixed PBX clock. */
import { expect } from 'vitest';
import { PbxError } from '../../../src/providers/errors.ts';

// A Wednesday, mid-month: the simulator's history periods (Moscow time) always cover the same fixture rows, which
// sit minutes to days before its clock — on the real clock `this_month` is empty in a month's first minutes.
export const NOW = new Date('2026-03-18T12:00:00+03:00');

export async function failure(promise: Promise<unknown>): Promise<PbxError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PbxError);
  return error as PbxError;
}
