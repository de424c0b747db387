import { findPhones, useAbroad } from '../src/core/phone.ts';
import * as tables from '../src/core/phone-abroad.ts';
import { corpus } from './corpus/phones.ts';
import { matchSnippet } from './corpus/score.ts';
useAbroad(tables);
for (const s of corpus) {
  const f = findPhones(s.text);
  const m = matchSnippet(s.phones, f);
  if (m.extFound < m.extExpected) console.log(s.id, JSON.stringify(s.text).slice(0, 300), '\n  expected', s.phones.filter((p) => p.ext).map((p) => `${p.digits};ext=${p.ext}`).join(', '), '\n  found', f.map((p: any) => p.ext ? `${p.digits};ext=${p.ext}` : p.digits).join(', '));
}
