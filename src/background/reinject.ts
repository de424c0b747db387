/**
 * The content script into the tabs already open when the extension is installed or updated: Chromium injects the
 * manifest's scripts only into pages loaded after that, and a CRM tab stays open all day — after an automatic
 * update its numbers would stop calling until the person reloaded it. (The orphaned old script in such a page
 * stands down when the new one starts: see content/index.ts.)
 */
import browser from 'webextension-polyfill';

export async function injectIntoOpenTabs(): Promise<void> {
  // Firefox injects the manifest's scripts into open tabs itself (`getBrowserInfo` is Firefox's alone): a second
  // one of ours would start beside it, and a click while the first stood down and the second read its settings fell
  // between the two.
  if (typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function') return;
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id, discarded }) => {
      // (A discarded tab loads afresh, with the manifest's scripts, when the person comes back to it.)
      if (id === undefined || discarded) return;
      const target = { tabId: id, allFrames: true };
      for (const { css, js } of scripts) {
        try {
          if (css?.length) await browser.scripting.insertCSS({ target, files: css });
          if (js?.length) await browser.scripting.executeScript({ target, files: js });
        } catch {
          // A page no extension may touch: the browser's own, its extension store, a PDF viewer.
        }
      }
    }),
  );
}
