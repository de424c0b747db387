/**
 * Settings a company presets and locks by policy (docs/managed-settings.md), in real Chromium and Firefox ESR: the
 * policy names this extension by its ID and locks relay mode, the relay address and the CRM link. The options page
 * shows them locked, a save cannot change them, and the background really talks to the relay the policy names.
 *
 * Chromium reads the policy where an admin's configuration management puts it, /etc/chromium/policies/managed. The
 * file affects every Chromium on the machine while it exists, so it lives only for this file's tests, and it names
 * only the ID of this build directory: browsers loading another build are untouched. Firefox reads the same
 * policies.json an admin writes, given to this browser alone (see `firefoxPolicies` in harness/browsers.ts).
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, realpathSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { parsePairingLink } from '../../src/core/settings.ts';
import { DIST, GECKO_ID, launch, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { seriousViolations } from './harness/axe.ts';
import { CARD, cardReader } from './harness/card.ts';
import { servePages } from './harness/pages.ts';
import { startRelay, type TestRelay } from './harness/relay.ts';
import { poll, preferPort, waitUntil } from './harness/steps.ts';
import { message } from './harness/locale.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `pbx-click-to-call-e2e-${process.pid}.json`);
const OPTIONS = 'src/ui/options/index.html';
const CRM_TEMPLATE = 'https://crm.example.ru/contacts?phone={phone}';

/**
 * The ID Chromium gives an unpacked extension: the first 128 bits of sha256 of its absolute (real) path, each hex
 * digit 0-f written as a letter a-p (crx_file::id_util::GenerateIdForPath). An admin computes it the same way.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode('a'.charCodeAt(0) + parseInt(d, 16))).join('');
}

/** The policy folders this file created (removed again when empty), or null when the folder cannot be written. */
function preparePolicyDir(): string[] | null {
  const created: string[] = [];
  for (let dir = POLICY_DIR; !existsSync(dir); dir = dirname(dir)) created.unshift(dir);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return created;
  } catch {
    return null;
  }
}

function removePolicy(created: string[]) {
  rmSync(POLICY_FILE, { force: true });
  for (const dir of [...created].reverse()) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
}

const created = preparePolicyDir();
if (!created) console.warn(`managed.e2e: Chromium skipped — ${POLICY_DIR} is not writable (run as root to test its policies)`);
// Whatever happens to the run, the policy must not outlive it.
process.once('exit', () => created && removePolicy(created));

// Chromium with the browser in Russian and in English (the policy is the same; the page speaks the person's language).
const runs: { name: BrowserName; locale: string }[] = [
  ...(created ? [{ name: 'chromium' as const, locale: 'ru-RU' }, { name: 'chromium' as const, locale: 'en-US' }] : []),
  { name: 'firefox', locale: 'en-US' },
];

describe.each(runs)('admin-managed settings in $name, $locale', ({ name, locale }) => {
  const note = message(locale, 'setByAdmin');
  let sim: Simulator;
  let relay: TestRelay;
  let pages: Awaited<ReturnType<typeof servePages>>;
  let browser: TestBrowser;
  let crm: TestPage;
  let mirror: TestPage | undefined;
  let link: string;
  const chromiumId = unpackedExtensionId(DIST('chromium'));
  const { cardUntil } = cardReader(() => ({ crm, mirror }));

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    // The run that takes the policy screenshot uses the demo relay's port when free: the same address every run.
    // (Only one run: the test's own HTTP client would reuse a closed relay's pooled sockets on a reused port.)
    relay = name === 'chromium' && locale === 'en-US' ? await preferPort(8790, (port) => startRelay(sim, { port })) : await startRelay(sim);
    await relay.addContact('79101234567', 'ООО Ромашка');
    link = await relay.addAgent('andy');
    pages = await servePages();
    // As an admin writes it, for this extension's ID, before the browser starts.
    const policy = { mode: 'relay', relayUrl: relay.url, crmUrlTemplate: CRM_TEMPLATE };
    if (name === 'chromium') {
      mkdirSync(POLICY_DIR, { recursive: true }); // a run before this one may have removed it again
      writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [chromiumId]: policy } } }, null, 2));
      browser = await launch(name, { locale });
    } else {
      browser = await launch(name, { firefoxPolicies: { policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } } });
    }
  });

  afterAll(async () => {
    if (name === 'chromium' && created) removePolicy(created);
    await browser?.close();
    await pages?.close();
    await relay?.close();
    await sim?.close();
  });

  it.runIf(name === 'chromium')('the browser gives the unpacked extension the ID computed from its path', () => {
    expect(new URL(browser.extensionUrl('')).host).toBe(chromiumId);
  });

  it('the options page shows the policy’s values locked, with a note saying who set them', async () => {
    const page = await browser.newPage(browser.extensionUrl(OPTIONS));
    await page.waitFor('#relay-url[data-locked="true"]');
    const view = await page.evaluate(() => {
      const control = (id: string) => {
        const el = document.getElementById(id) as HTMLInputElement;
        const notes = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((n) => document.getElementById(n)?.textContent);
        return { value: el.value, disabled: el.disabled, notes };
      };
      return { mode: control('mode'), relayUrl: control('relay-url'), crmUrl: control('crm-url'), agentKey: control('agent-key'), siteMode: control('site-mode') };
    });
    expect(view.mode).toMatchObject({ value: 'relay', disabled: true, notes: [note] });
    expect(view.relayUrl).toMatchObject({ value: relay.url, disabled: true });
    expect(view.relayUrl.notes).toContain(note);
    expect(view.crmUrl).toMatchObject({ value: CRM_TEMPLATE, disabled: true });
    // What the policy leaves alone stays the person's to fill.
    expect(view.agentKey).toMatchObject({ value: '', disabled: false });
    expect(view.siteMode).toMatchObject({ value: 'all', disabled: false, notes: [] });
    // Locked controls with their notes are as accessible as the rest of the page.
    const { passed, violations } = await seriousViolations(page);
    expect(passed).toBeGreaterThan(5);
    expect(violations).toEqual([]);
    if (name === 'chromium' && locale === 'en-US') {
      // For docs/managed-settings.md: what a manager sees, down to the locked CRM link.
      const clip = await page.evaluate(() => {
        const main = document.querySelector('main')!.getBoundingClientRect();
        const end = document.getElementById('crm-url-hint')!.getBoundingClientRect().bottom + 12;
        return { x: Math.max(0, main.left - 16), y: 0, width: main.width + 32, height: Math.min(innerHeight, end) };
      });
      await page.screenshot(resolve(import.meta.dirname, '../../docs/screenshots/options-managed.png'), clip);
    }
    await page.close();
  });

  it('a save with another relay address keeps the policy’s', async () => {
    const page = await browser.newPage(browser.extensionUrl(OPTIONS));
    await page.waitFor('#relay-url[data-locked="true"]');
    // The manager pastes the pairing link the admin gave him into the key field: the key is taken from it.
    await page.fill('#agent-key', link);
    await page.click('#check');
    await page.waitFor('#check-result[data-state="ok"]');
    // Someone forces another address into the form (the field is disabled, so past the UI) and saves.
    await page.evaluate(() => void ((document.getElementById('relay-url') as HTMLInputElement).disabled = false));
    await page.fill('#relay-url', 'http://127.0.0.1:9');
    await page.click('#save');
    await waitUntil(page, () => document.querySelector('#save-result')?.textContent !== '');
    const stored = await page.evaluate(async () => {
      type Api = { storage: { local: { get(k: string): Promise<{ settings?: Record<string, unknown> }> } } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return ((await (g.browser ?? g.chrome).storage.local.get('settings')).settings ?? {}) as Record<string, string>;
    });
    // Locked fields keep what the person had stored (nothing): only the policy says "relay" and which relay.
    expect(stored).toMatchObject({ mode: 'direct', relayUrl: '' });
    expect(stored.agentKey).toBe(parsePairingLink(link)!.agentKey);
    await page.close();

    const again = await browser.newPage(browser.extensionUrl(OPTIONS));
    await again.waitFor('#relay-url[data-locked="true"]');
    expect(await again.evaluate(() => (document.getElementById('relay-url') as HTMLInputElement).value)).toBe(relay.url);
    await again.close();
  });

  it('the background polls the relay the policy names: a call pops a card', async () => {
    if (name === 'firefox') mirror = await browser.newPage(browser.extensionUrl(CARD));
    crm = await browser.newPage(`${pages.url}/crm-list.html`);
    await sim.playScenario({ crmUrl: relay.webhookUrl, crmToken: relay.crmToken, scenario: 'missed', phone: '79101234567', user: 'andy', delayMs: 200 });
    const card = await cardUntil((c) => c.state === message(locale, 'cardMissed'));
    expect(card).toMatchObject({ name: 'ООО Ромашка', phone: '+7 910 123-45-67' });
  });

  // Chrome re-reads its policy folder while it runs (Firefox only at start): the running background follows.
  it.runIf(name === 'chromium')('a policy withdrawn while the browser runs: the background goes back to the person’s own settings', async () => {
    const page = await browser.newPage(browser.extensionUrl('src/ui/popup/index.html'));
    const configured = () =>
      page.evaluate(async () => {
        type Api = { runtime: { sendMessage(m: unknown): Promise<{ configured: boolean }> } };
        return (await (globalThis as unknown as { chrome: Api }).chrome.runtime.sendMessage({ type: 'status', payload: {} })).configured;
      });
    expect(await configured()).toBe(true); // relay mode, the policy's relay, the person's key
    rmSync(POLICY_FILE);
    // Stored: direct mode without a PBX key — not set up. Chrome notices the folder change after a few seconds.
    await poll(async () => ((await configured()) ? undefined : true), 45_000);
    await page.close();
  });
});
