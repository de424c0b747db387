/**
 * `npm run package` (after the build and `npm run lint:firefox`): the store uploads, named with package.json's version —
 * dist/packages/pbx-click-to-call-chrome-<version>.zip (Chrome Web Store) and …-firefox-<version>.zip (AMO).
 * Both zips are made by `web-ext build`, which zips any folder with manifest.json at the root and leaves out
 * what never belongs in a package (dotfiles, node_modules, earlier zips).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const outDir = join(root, 'dist', 'packages');
const webExt = join(root, 'node_modules', '.bin', 'web-ext');

for (const browser of ['chrome', 'firefox'] as const) {
  const sourceDir = join(root, 'dist', browser);
  const manifestPath = join(sourceDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run npm run build first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version?: string };
  // The build stamps package.json's version into the manifest; a stale dist would upload the wrong one.
  if (manifest.version !== pkg.version) throw new Error(`dist/${browser} is version ${manifest.version}, package.json ${pkg.version}: rebuild`);

  const filename = `${pkg.name}-${browser}-${pkg.version}.zip`;
  rmSync(join(outDir, filename), { force: true });
  execFileSync(webExt, ['build', '--source-dir', sourceDir, '--artifacts-dir', outDir, '--filename', filename, '--overwrite-dest', '--no-config-discovery'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`${join('dist', 'packages', filename)}  ${(statSync(join(outDir, filename)).size / 1024).toFixed(0)} KB`);
}
