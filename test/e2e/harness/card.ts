/**
 * Reading the client card as the person sees it. Chromium lets the test into the card frame in the CRM tab.
 * Puppeteer's BiDi does not list an extension frame inside a web page, so in Firefox the test checks that the page
 * holds the card frame and reads the same card page opened in a background tab (the "mirror"), which gets the same
 * updates.
 */
import type { TestPage } from './browsers.ts';
import { poll } from './steps.ts';

export const CARD = 'src/ui/card/index.html';
export type CardView = { state: string; name: string; phone: string; meta: string; timer: string; html: string };

/** Runs inside the card page. */
function viewCard(): CardView | undefined {
  const q = (s: string) => document.querySelector(s)?.textContent ?? '';
  if (!document.querySelector('#card-state')) return undefined;
  return { state: q('#card-state'), name: q('#card-name'), phone: q('#card-phone'), meta: q('#card-meta'), timer: q('#card-timer'), html: document.querySelector('main')?.innerHTML ?? '' };
}

/** `pages()` is read on every call: tests assign the CRM tab and the mirror in their beforeAll. */
export function cardReader(pages: () => { crm: TestPage; mirror?: TestPage }) {
  const readCard = async (): Promise<CardView | undefined> => {
    const { crm, mirror } = pages();
    if (!mirror) return crm.frameEvaluate(CARD, viewCard);
    if (!(await crm.evaluate(() => !!document.querySelector('pbx-call-card')))) return undefined;
    return mirror.evaluate(viewCard);
  };
  const cardUntil = (predicate: (c: CardView) => boolean, timeoutMs = 10_000) =>
    poll(async () => {
      const c = await readCard();
      return c && predicate(c) ? c : undefined;
    }, timeoutMs);
  return { readCard, cardUntil };
}
