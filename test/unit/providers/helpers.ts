/** Shared by the adapter tests: the PbxError a promise rejects with, and a fixed PBX clock. */
import { expect } from 'vitest';
import { PbxError } from '../../../src/providers/errors.ts';

// A Wednesday, mid-month: periods always cover the same fixture rows.
export const NOW = new Date('2026-03-18T12:00:00+03:00');

export async function failure(promise: Promise<unknown>): Promise<PbxError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PbxError);
  return error as PbxError;
}
