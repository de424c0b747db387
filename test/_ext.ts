import { findPhones, useAbroad } from '../src/core/phone.ts';
import * as tables from '../src/core/phone-abroad.ts';
import { toSnippets } from './corpus/phones.ts';
import { matchSnippet } from './corpus/score.ts';
useAbroad(tables);
for (const n of process.argv.slice(2)) {
  const rows = (await import((await import("node:fs")).existsSync(new URL(`./corpus/independent-${n}.ts`, import.meta.url)) ? `./corpus/independent-${n}.ts` : `./corpus/pending/independent-${n}.ts`))[`independent${n}`];
  for (const s of toSnippets(rows, `r${n}-`)) {
    const f = findPhones(s.text);
    const m = matchSnippet(s.phones, f);
    if (m.extFound < m.extExpected) console.log(s.id, JSON.stringify(s.text), '\n  expected', s.phones.filter((p) => p.ext).map((p) => `${p.digits};ext=${p.ext}`).join(', '), '\n  found', f.map((p: any) => p.ext ? `${p.digits};ext=${p.ext}` : p.digits).join(', '));
  }
}
