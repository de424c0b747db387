/**
 * Corpora read under a default region other than Russia's, each written independently of the detector for the
 * managers of that country (see their headers). Scored by test/unit/phone-corpus.test.ts and the accuracy bench.
 */
import type { PhoneRegion } from '../../src/core/phone.ts';
import { toSnippets, type Snippet } from './phones.ts';
import { regionBY } from './region-by.ts';
import { regionKZ } from './region-kz.ts';

export const regionCorpora: { region: Exclude<PhoneRegion, 'RU'>; snippets: Snippet[] }[] = [
  { region: 'KZ', snippets: toSnippets(regionKZ, 'kz') },
  { region: 'BY', snippets: toSnippets(regionBY, 'by') },
];
