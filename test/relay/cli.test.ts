// @vitest-environment node
/** The admin CLI on a data folder: import-contacts, add-agent, list-agents, remove-agent; bad config refuses to start. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { createSqliteStore } from '../../relay/store/sqlite/index.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'relay-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const relay = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', 'relay/main.ts', ...args], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, RELAY_DATA: dataDir, ...env },
  }).catch((e: { code: number; stdout: string; stderr: string }) => e);

it('imports contacts and manages agents from the command line', async () => {
  const csv = join(dataDir, 'contacts.csv');
  writeFileSync(csv, 'phone,name,company,responsible\n8 (910) 123-45-67,Иван,ООО Ромашка,andy\nbad,Никто,,\n');
  const imported = await relay(['import-contacts', csv]);
  expect(imported.stdout).toContain('Imported 1 contacts, skipped 1 rows');
  expect(imported.stderr).toContain('line 3: not a phone number');

  const added = await relay(['add-agent', 'daria', '--name', 'Дарья'], { RELAY_PUBLIC_URL: 'https://relay.example.ru' });
  expect(added.stdout).toMatch(/pbxrelay:\/\/relay\.example\.ru\/\?key=[\w-]{43}/);
  expect((await relay(['list-agents'])).stdout).toMatch(/^daria\tДарья\t/m);
  expect((await relay(['remove-agent', 'daria'])).stdout).toContain('revoked');

  const store = createSqliteStore(dataDir);
  expect(await store.contacts.get('79101234567')).toEqual({ phone: '79101234567', name: 'Иван', company: 'ООО Ромашка', responsible: 'andy' });
  expect(await store.agents.list()).toEqual([]);
  await store.close();
}, 30_000);

it('refuses to start without CRM_TOKEN and a long enough ADMIN_TOKEN, saying why', async () => {
  const result = (await relay([], { CRM_TOKEN: '', ADMIN_TOKEN: 'short', RELAY_PORT: '0', RELAY_REGION: 'UA' })) as { code?: number; stderr: string };
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('CRM_TOKEN is required');
  expect(result.stderr).toContain('ADMIN_TOKEN is required, at least 16 characters');
  expect(result.stderr).toContain('RELAY_REGION must be one of RU, KZ, BY, got UA');
}, 30_000);
