/**
 * One manifest, two builds: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox.
 * Chromium gets a service worker; Firefox gets an event page and its gecko settings.
 */
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { noRawHtml } from './scripts/vite-no-raw-html.ts';

type Browser = 'chrome' | 'firefox';

function manifestFor(browser: Browser): ManifestV3Export {
  // `storage.managed_schema` is Chrome's: Firefox takes an extension's policy as it is (docs/managed-settings.md).
  const { background, browser_specific_settings, storage, ...rest } = structuredClone(baseManifest);
  const common = { ...rest, version: pkg.version };
  if (browser === 'chrome') {
    return { ...common, storage, background: { service_worker: background.service_worker, type: 'module' } };
  }
  return {
    ...common,
    background: { scripts: background.scripts, type: 'module' },
    browser_specific_settings,
  } as ManifestV3Export;
}

/**
 * The detector's rare parts (other countries' national forms and oddly written numbers), as one self-contained ES
 * module that the content script imports only when a page's text asks for them (src/content/abroad.ts). Bundled
 * apart by esbuild, never split into chunks that the page's import would have to reach too; it imports nothing.
 */
function abroadTables(target: string): Plugin {
  const source = 'src/core/phone-abroad.ts';
  return {
    name: 'abroad-tables',
    apply: 'build',
    async generateBundle() {
      const out = await esbuild({ entryPoints: [source], bundle: true, write: false, minify: true, format: 'esm', target, charset: 'utf8' });
      this.emitFile({ type: 'asset', fileName: 'abroad.js', source: out.outputFiles[0]!.text });
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const target = browser === 'chrome' ? 'chrome120' : 'firefox128';
  return {
    plugins: [
      // Before preact(): drops Preact's innerHTML assignment (dangerouslySetInnerHTML), which web-ext lint flags.
      noRawHtml(),
      preact(),
      crx({
        manifest: manifestFor(browser),
        browser,
        // The content scripts run in every frame of every page: each one self-contained file, no module loader.
        contentScripts: { standaloneFiles: ['src/content/early.ts', 'src/content/index.ts'] },
      }),
      abroadTables(target),
    ],
    build: {
      // OUT_DIR lets several checkouts' work (or parallel test runs) build side by side; dist is the default.
      outDir: `${process.env.OUT_DIR ?? 'dist'}/${browser}`,
      emptyOutDir: true,
      target,
      sourcemap: false,
      modulePreload: false,
      // Pages the manifest does not name: the card frame shown inside web pages, the first-run setup.
      rollupOptions: { input: { card: 'src/ui/card/index.html', setup: 'src/ui/setup/index.html' } },
    },
  };
});
