// Probe: score rounds N… (from test/corpus or test/corpus/pending or /tmp/rounds). Usage: npx tsx test/_round.ts 237 [-q]
import { existsSync } from 'node:fs';
import { findNumbers } from 'libphonenumber-js';
import { findPhones, useAbroad } from '../src/core/phone.ts';
import * as tables from '../src/core/phone-abroad.ts';
import { toSnippets } from './corpus/phones.ts';
import { formatErrors, score } from './corpus/score.ts';
useAbroad(tables);
const args = process.argv.slice(2);
const quiet = args.includes('-q');
for (const n of args.filter((a) => a !== '-q')) {
  const paths = [`./corpus/independent-${n}.ts`, `./corpus/pending/independent-${n}.ts`, `/tmp/rounds/independent-${n}.ts`];
  const p = paths.find((x) => existsSync(x.startsWith('/') ? x : new URL(x, import.meta.url)));
  if (!p) { console.log(`round ${n}: not found`); continue; }
  const mod = await import(p);
  const rows = mod[`independent${n}`];
  const snippets = toSnippets(rows, `r${n}-`);
  const s = score(snippets, (t) => findPhones(t));
  const l = score(snippets, (t) => findNumbers(t, { defaultCountry: 'RU', v2: true }).map((m: any) => ({ digits: m.number.number.replace(/^\+/, ''), ext: m.number.ext || undefined })));
  const traps = snippets.filter((x) => !x.phones.length).length;
  console.log(`round ${n}: ${snippets.length} snippets, ${traps} traps; ours P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (fp ${s.fp}, fn ${s.fn}, ext ${s.extFound}/${s.extExpected}); lpn P ${l.precision.toFixed(3)} R ${l.recall.toFixed(3)}`);
  if (!quiet) console.log(formatErrors(s.errors));
}
