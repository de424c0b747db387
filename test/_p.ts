import { findPhones, useAbroad } from '../src/core/phone.ts';
import * as tables from '../src/core/phone-abroad.ts';
useAbroad(tables);
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), '→', JSON.stringify(findPhones(t).map((p: any) => p.ext ? `${p.digits};ext=${p.ext}` : p.digits)));
