/**
 * First run as a new user lives it, in real Chromium (Russian and English UI) and Firefox ESR: the install opens the
 * setup page by itself; the person connects to the PBX simulator, picks himself, places a real test call (the
 * simulator must record that exact makeCall) and ends with saved settings the options page shows. Then settings
 * go out to a file and come back, and the same setup runs in relay mode against the real relay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { launch, type BrowserName, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { startRelay, type TestRelay } from './harness/relay.ts';
import { seriousViolations } from './harness/axe.ts';
import { poll, waitUntil } from './harness/steps.ts';

const SETUP = 'src/ui/setup/index.html';
const OPTIONS = 'src/ui/options/index.html';
/** Not the first account: a flow that quietly took the first one would call as the wrong person. */
const USER = 'daria';

/** What the person must see, per UI language: literal text, so a page falling back to the other language fails. */
const TEXT = {
  ru: { title: 'Настройка звонков из браузера', checkOk: 'Подключение работает. Сотрудников в АТС: ', badToken: /^АТС не приняла ключ/, callOk: /^АТС приняла звонок: сейчас зазвонит ваш телефон, а после ответа АТС соединит вас с номером \+7 926 123-45-68\.$/, done: 'Всё готово' },
  en: { title: 'Set up calls from the browser', checkOk: 'Connected. Employees in the PBX: ', badToken: /rejected the key/, callOk: /^The PBX accepted the call: your phone will ring now; answer it and the PBX will connect you to \+7 926 123-45-68\.$/, done: 'All set' },
} as const;
type Lang = keyof typeof TEXT;

const text = (page: TestPage, selector: string) => page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector);
const value = (page: TestPage, selector: string) => page.evaluate((s: string) => (document.querySelector(s) as HTMLInputElement | null)?.value ?? null, selector);
const storedSettings = (page: TestPage) =>
  page.evaluate(async () => {
    type Api = { storage: { local: { get(k: string): Promise<{ settings?: Record<string, unknown> }> } } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (await (g.browser ?? g.chrome).storage.local.get('settings')).settings;
  });
/** Waits for a step, and checks the keyboard focus moved to its heading (where a screen reader starts reading). */
async function atStep(page: TestPage, step: string) {
  await page.waitFor(`section[data-step="${step}"]`);
  await waitUntil(page, () => document.activeElement?.id === 'step-title');
}
/** The outcome shown in a result line. Editing the field before clears the last one, so this waits for the new one. */
async function result(page: TestPage, selector: string) {
  await poll(() => page.evaluate((s: string) => (/^(ok|error)$/.test(document.querySelector(s)?.getAttribute('data-state') ?? '') || undefined), selector), 15_000);
  return page.evaluate((s: string) => ({ state: document.querySelector(s)?.getAttribute('data-state'), code: document.querySelector(s)?.getAttribute('data-code'), text: document.querySelector(s)?.textContent }), selector);
}

describe.each<[BrowserName, Lang]>([
  ['chromium', 'ru'],
  ['chromium', 'en'],
  ['firefox', 'ru'],
  ['firefox', 'en'],
])('first-run setup in %s (%s)', (name, lang) => {
  let sim: Simulator;
  let relay: TestRelay;
  let browser: TestBrowser;
  let setup: TestPage;
  const makeCalls = (since: number) => sim.commands({ cmd: 'makeCall', since });

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    relay = await startRelay(sim);
    browser = await launch(name, { locale: lang === 'ru' ? 'ru' : 'en-US' });
  });

  afterAll(async () => {
    await browser?.close();
    await relay?.close();
    await sim?.close();
  });

  it('the install opens the setup page by itself, in the browser language', async () => {
    setup = await browser.openedPage(SETUP);
    await setup.waitFor('h1');
    expect(await text(setup, 'h1')).toBe(TEXT[lang].title);
    expect(await setup.evaluate(() => document.documentElement.lang)).toBe(lang);
    await atStep(setup, 'mode');
    const { passed, violations } = await seriousViolations(setup);
    expect(passed).toBeGreaterThan(5);
    expect(violations).toEqual([]);
  });

  it('connects to the PBX: a wrong key is named precisely, the right one lists the employees', async () => {
    await setup.click('#mode-direct');
    await setup.click('#next');
    await atStep(setup, 'connect');
    await setup.fill('#pbx-url', sim.url);
    await setup.fill('#token', 'wrong-token');
    await setup.click('#check');
    expect(await result(setup, '#check-result')).toMatchObject({ state: 'error', code: 'bad-token', text: expect.stringMatching(TEXT[lang].badToken) });
    expect(await setup.evaluate(() => (document.querySelector('#next') as HTMLButtonElement).disabled)).toBe(true);
    await setup.fill('#token', sim.token);
    await setup.click('#check');
    expect(await result(setup, '#check-result')).toMatchObject({ state: 'ok', text: TEXT[lang].checkOk + sim.pbx.fixtures.accounts.length });
    await setup.click('#next');
    await atStep(setup, 'user');
  });

  it('"who am I" lists the PBX accounts; the choice is saved', async () => {
    const logins = await setup.evaluate(() => [...document.querySelectorAll('#user option')].map((o) => (o as HTMLOptionElement).value));
    expect(logins).toEqual(['', ...sim.pbx.fixtures.accounts.map((a) => a.name)]);
    await setup.select('#user', USER);
    await setup.click('#next');
    await atStep(setup, 'test');
    expect(await storedSettings(setup)).toMatchObject({ mode: 'direct', provider: 'itoolabs', pbxUrl: sim.url, token: sim.token, user: USER, userName: 'Иванова Дарья' });
  });

  it('the test call reaches the PBX as the chosen user, to the number the person leaves in the field', async () => {
    // Pre-filled with the person's own direct number from the PBX's accounts.
    const own = sim.pbx.fixtures.accounts.find((a) => a.name === USER)!.telnum!;
    expect((await value(setup, '#test-number'))?.replace(/\D/g, '')).toBe(own);

    // A number that is not one: said precisely, and nothing reaches the PBX.
    let since = sim.cursor;
    await setup.fill('#test-number', 'двести');
    await setup.click('#test-call');
    expect(await result(setup, '#test-result')).toMatchObject({ state: 'error', code: 'bad-number' });
    expect(makeCalls(since)).toEqual([]);

    since = sim.cursor;
    await setup.fill('#test-number', `+${own}`);
    await setup.click('#test-call');
    expect(await result(setup, '#test-result')).toMatchObject({ state: 'ok', text: expect.stringMatching(TEXT[lang].callOk) });
    const call = await poll(() => makeCalls(since)[0]);
    expect(call.fields).toMatchObject({ cmd: 'makeCall', user: USER, phone: own, token: sim.token });
    expect(call.status).toBe(200);
    expect(makeCalls(since)).toHaveLength(1);

    await setup.click('#next');
    await atStep(setup, 'done');
    expect(await text(setup, '#step-title')).toBe(TEXT[lang].done);
    expect(await text(setup, '#done-text')).toContain('Иванова Дарья');
    expect(await setup.evaluate(() => (document.querySelector('#open-options') as HTMLAnchorElement).href)).toBe(browser.extensionUrl(OPTIONS));
  });

  it('the options page shows the saved settings', async () => {
    const options = await browser.newPage(browser.extensionUrl(OPTIONS));
    await options.waitFor('#pbx-url');
    await waitUntil(options, () => (document.querySelector('#user') as HTMLSelectElement).value !== '');
    expect(await value(options, '#pbx-url')).toBe(sim.url);
    expect(await value(options, '#token')).toBe(sim.token);
    expect(await value(options, '#user')).toBe(USER);
    await options.close();
  });

  it('exports settings to a file (keys only when ticked) and imports them back', async () => {
    const options = await browser.newPage(browser.extensionUrl(OPTIONS));
    await options.waitFor('#export');
    const plain = await options.download(() => options.click('#export'));
    expect(plain.name).toMatch(/^pbx-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(plain.text).not.toContain(sim.token);
    const file = JSON.parse(plain.text) as { format: string; settings: Record<string, unknown> };
    expect(file.settings).toMatchObject({ mode: 'direct', pbxUrl: sim.url, user: USER });
    expect(file.settings).not.toHaveProperty('token');

    await options.click('#export-keys');
    const withKeys = await options.download(() => options.click('#export'));
    expect(JSON.parse(withKeys.text).settings).toMatchObject({ token: sim.token, user: USER });

    // A bad file is refused whole, with what is wrong in it, and nothing stored changes.
    const before = await storedSettings(options);
    await options.setInputFile('#import-file', { name: 'bad.json', text: JSON.stringify({ ...file, settings: { ...file.settings, user: 'mike', mode: 'sideways' } }) });
    await options.waitFor('#settings-file-result[data-state="refused"]');
    expect(await text(options, '#settings-file-result li[data-code="bad-value"]')).toMatch(/[“«]mode[”»]: "sideways"/);
    expect(await storedSettings(options)).toEqual(before);

    // The file without keys, edited to another user: imported, and the key this browser holds for that PBX is kept.
    await options.setInputFile('#import-file', { name: 'edited.json', text: JSON.stringify({ ...file, settings: { ...file.settings, user: 'mike', userName: 'Семёнов Михаил' } }) });
    await options.waitFor('#settings-file-result[data-state="imported"]');
    expect(await storedSettings(options)).toEqual({ ...before, user: 'mike', userName: 'Семёнов Михаил' });
    await waitUntil(options, () => (document.querySelector('#user') as HTMLSelectElement).value === 'mike');
    expect(await value(options, '#token')).toBe(sim.token);

    // And the calls now go out as that user.
    const since = sim.cursor;
    const r = await options.evaluate(async () => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return (g.browser ?? g.chrome).runtime.sendMessage({ type: 'call', payload: { phone: '8 (910) 123-45-67' } });
    });
    expect(r.ok).toBe(true);
    expect((await poll(() => makeCalls(since)[0])).fields).toMatchObject({ user: 'mike', phone: '79101234567' });
    await options.close();
  });

  it('in relay mode: the pairing link, the relay says who I am, and the test call goes out as that agent', async () => {
    const link = await relay.addAgent('andy');
    const page = await browser.newPage(browser.extensionUrl(SETUP));
    await atStep(page, 'mode');
    await page.click('#mode-relay');
    await page.click('#next');
    await atStep(page, 'connect');
    await page.fill('#relay-url', link);
    expect(await value(page, '#relay-url')).toBe(relay.url);
    await page.click('#check');
    expect(await result(page, '#check-result')).toMatchObject({ state: 'ok' });
    await page.click('#next');
    await atStep(page, 'user');
    expect(await text(page, '#relay-user')).toContain('andy');
    await page.click('#next');
    await atStep(page, 'test');
    expect(await storedSettings(page)).toMatchObject({ mode: 'relay', relayUrl: relay.url, user: 'andy', agentKey: new URL(link).searchParams.get('key') });
    const since = sim.cursor;
    await page.fill('#test-number', '8 (910) 123-45-67');
    await page.click('#test-call');
    expect(await result(page, '#test-result')).toMatchObject({ state: 'ok' });
    const call = await poll(() => makeCalls(since)[0]);
    expect(call.fields).toMatchObject({ cmd: 'makeCall', user: 'andy', phone: '79101234567', token: sim.token });
    await page.close();
  });
});
