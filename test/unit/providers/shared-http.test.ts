// @vitest-environment node
/** What the REST adapters share: base URLs from pasted text, and network trouble as PbxErrors. */
import { describe, expect, it } from 'vitest';
import { baseUrl, sender } from '../../../src/providers/shared/http.ts';
import { createGravitelProvider } from '../../../src/providers/gravitel/client.ts';
import { failure } from './helpers.ts';

describe('baseUrl', () => {
  it.each([
    ['', 'https://sipuni.com/api'],
    ['sipuni.com', 'https://sipuni.com/api'],
    ['https://sipuni.com/api/', 'https://sipuni.com/api'],
    ['https://sipuni.com/api/callback/call_number', 'https://sipuni.com/api'],
    ['http://127.0.0.1:8765/sipuni/api', 'http://127.0.0.1:8765/sipuni/api'],
  ])('%s → %s', (pasted, expected) => {
    expect(baseUrl(pasted, 'https://sipuni.com', '/api')).toBe(expected);
  });

  it('refuses what is not an http(s) address', () => {
    expect(() => baseUrl('ftp://x', 'https://a', '/api')).toThrow(/bad-address/);
    expect(() => baseUrl('https://user:pw@x', 'https://a', '/api')).toThrow(/bad-address/);
  });
});

describe('sender', () => {
  it('no answer in time → timeout', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const send = sender({ url: '', token: '', timeoutMs: 50, fetch: never });
    expect((await failure(send('https://x/y', {}, 'y'))).code).toBe('timeout');
  });

  it('a refused connection → unreachable; a redirect → bad-address', async () => {
    const refused: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    expect((await failure(sender({ url: '', token: '', fetch: refused })('https://x', {}, 'x'))).code).toBe('unreachable');
    const moved: typeof fetch = async () => new Response('', { status: 301, headers: { location: '/elsewhere' } });
    expect(await failure(sender({ url: '', token: '', fetch: moved })('https://x', {}, 'x'))).toMatchObject({ code: 'bad-address', detail: '/elsewhere' });
  });

  it('adapters use it: a Gravitel call that never answers is a timeout', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const pbx = createGravitelProvider({ url: '', token: 't', timeoutMs: 50, fetch: never, extra: { domain: 'd' } });
    expect((await failure(pbx.makeCall('700', '79991234567'))).code).toBe('timeout');
  });
});
