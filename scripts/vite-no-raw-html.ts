/**
 * A vite plugin that removes the one `innerHTML` assignment from the bundle: Preact's support for
 * `dangerouslySetInnerHTML` (`dom.innerHTML = props.dangerouslySetInnerHTML.__html` in its diff). Mozilla's linter
 * flags it (UNSAFE_VAR_ASSIGNMENT), and the extension never renders raw HTML: everything from webhooks and the PBX is
 * shown as text. So:
 *
 * - in Preact's runtime the assignment becomes a throw: a `dangerouslySetInnerHTML` that somehow reached it fails
 *   loudly instead of injecting markup (nothing else in Preact changes; reading `innerHTML` is left as is);
 * - any of our own modules that mentions `dangerouslySetInnerHTML` stops the build, so the throw can never be hit
 *   by our code;
 * - if a Preact upgrade changes that code so the rewrite no longer finds exactly one assignment, the build stops
 *   too, rather than silently shipping the assignment again (and `npm run lint:firefox` would flag it anyway).
 */
import type { Plugin } from 'vite';

/** Preact's core as vite resolves it (`exports["."].default`), plus the older module build names. */
const PREACT_CORE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)(\?.*)?$/;
/** The minified assignment: `<dom>.innerHTML=<props>.__html` (identifiers are mangled, so match any). */
const ASSIGNMENT = /([\w$]+)\.innerHTML=([\w$]+)\.__html/g;
const OWN_SOURCE = /\.(m?[jt]sx?)(\?.*)?$/;
const THROW = '(()=>{throw new Error("dangerouslySetInnerHTML is not supported in this extension")})()';

export function noRawHtml(): Plugin {
  return {
    name: 'pbx:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (PREACT_CORE.test(id)) {
        const found = code.match(ASSIGNMENT)?.length ?? 0;
        if (found !== 1) this.error(`expected exactly one innerHTML assignment in ${id}, found ${found}: update scripts/vite-no-raw-html.ts`);
        return { code: code.replace(ASSIGNMENT, THROW), map: null };
      }
      if (!id.includes('/node_modules/') && !id.startsWith('\0') && OWN_SOURCE.test(id) && code.includes('dangerouslySetInnerHTML')) {
        this.error(`${id} uses dangerouslySetInnerHTML: the extension renders text only (see scripts/vite-no-raw-html.ts)`);
      }
      return undefined;
    },
  };
}
