/**
 * Numbers written the national way of another country, with its trunk 0 and no country code: a migrant worker's
 * brother in Osh '0555 71-24-93', a skipper in Bodrum '0532 614 09 27', a guest's UAE mobile '050 271 8854'.
 * Nothing in the digits says which country; the text does ('Кыргызстан', 'в Оше', '(Turkey)', 'тайский', a price in
 * AED or ฿, Turkish letters, Chinese characters), so such a number is read only where a country's name, one of its
 * cities or such a sign stands near it, and only with that country's length and leading digits. Pure: shared by the
 * content script and the relay like phone.ts.
 *
 * The countries are the ones whose people and partners a Russian company's CRM meets most and who write numbers
 * with a trunk 0: Kyrgyzstan, Azerbaijan, Armenia, Turkey (and Northern Cyprus, on its codes), the UAE, Thailand,
 * Israel, China, Georgia's landlines and Montenegro. (Uzbekistan, Tajikistan and Georgia's mobiles have no trunk 0;
 * Belarus is a home region of its own; Germany's numbers vary in length, so nothing would check them.)
 */

/** [country code, the national number after its 0, the words and signs that name the country]. */
const TABLE: [string, RegExp, RegExp][] = [
  ['996', /^[235-79]\d{8}$/, /кыргыз|киргиз|kyrgyz|бишкек|bishkek|ош[еау]?(?![а-яё])|джалал-абад|каракол|токмок|дордо|mbank|мбанк|элсом|elsom|сом(?![а-яё])/],
  ['994', /^(?:1[028]|2\d|5[015]|60|7[07]|99)\d{7}$/, /азербайдж|azerbaij|баку(?![а-яё])|baku|гянджа|ganja|сумгаит/],
  ['374', /^[1-9]\d{7}$/, /армени|армянск|armenia|ереван|yerevan|гюмри|gyumri|ванадзор/],
  [
    '90',
    /^[2-5]\d{9}$/,
    /турец|турци|turkey|türk|стамбул|istanbul|анталь|antalya|алани|аланья|alanya|мерсин|mersin|бодрум|bodrum|мармарис|marmaris|göcek|гёджек|кипр|kıbrıs|kktc|\S*[ığş]/,
  ],
  ['971', /^(?:5\d{8}|[2-79]\d{7})$/, /оаэ|uae(?![a-z])|эмират|emirat|дуба[йе]|dubai|абу-даби|abu dhabi|шардж|sharjah|aed(?![a-z])|дирхам|dirham/],
  ['66', /^(?:[689]\d{8}|[2-7]\d{7})$/, /таиланд|тайланд|тайск|thai|пхукет|phuket|паттай|pattaya|бангкок|bangkok|самуи|samui|khun|co\.th|฿|бат(?![а-яё])|baht|[\u0E00-\u0E7F]/],
  ['972', /^(?:5\d{8}|[2-489]\d{7})$/, /израил|israel|тель-авив|tel aviv|иерусалим|jerusalem|хайф|haifa/],
  ['86', /^(?:(?:10|2\d)\d{8}|[3-9]\d{9,10})$/, /кита[йе]|china|chinese|гуанчжоу|guangzhou|шэньчжэн|shenzhen|шанха|shanghai|пекин|beijing|шаосин|shaoxing|wechat|[\u4E00-\u9FFF]/],
  ['995', /^[34]\d{8}$/, /грузи|georgia|тбилиси|tbilisi|батуми|batumi|кутаиси|kutaisi/],
  ['382', /^[2-9]\d{7}$/, /черногор|montenegr|будв|budva|подгориц|podgoric|тиват|tivat|котор|kotor/],
];
// (Cues are words' starts: 'ош' is Osh, not 'ошибка'; 'тайск…' is Thai, not 'китайский'. A word with 'ı', 'ğ' or 'ş'
// is Turkish, or Azerbaijani, whose numbers are a digit shorter.)
// (The country's code on another number counts too: a Turkish signature's '+90 (332) …' above its 'GSM: 0 532 …'.)
const COUNTRIES = TABLE.map(
  ([code, national, cue]) => [code, national, new RegExp(`(?<![a-zа-яё])(?:${cue.source})|\\+${code}[ \u00A0(-]*\\d`, 'g')] as const,
);

/** How far before the number a country's name still speaks for it: a card's header, two or three lines up. */
const BEFORE = 200;

/**
 * The international digits of `digits` (its trunk 0 included) as the country named nearest to it writes them, or
 * null. `start` and `end` are the number's place in `t`; the text after it counts to the end of its line.
 */
export function abroadNational(t: string, start: number, end: number, digits: string): string | null {
  if (digits.charAt(0) !== '0' || digits.charAt(1) === '0') return null;
  const rest = digits.slice(1);
  const fits = COUNTRIES.filter(([, national]) => national.test(rest));
  if (!fits.length) return null; // the usual case: no country's length, no text to read
  const from = Math.max(0, start - BEFORE);
  const lineEnd = t.indexOf('\n', end);
  const before = lower(t.slice(from, start));
  const after = lower(t.slice(end, lineEnd < 0 ? Math.min(t.length, end + 120) : lineEnd));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const [code, , cue] of fits) {
    const distance = Math.min(lastCue(before, cue), firstCue(after, cue));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = code + rest;
    }
  }
  return best;
}

/** Lower case that keeps Turkish 'İstanbul' one letter per letter ('İ' would lower to 'i' and a combining dot). */
const lower = (s: string): string => s.replace(/İ/g, 'I').toLowerCase();

/** Distance from the end of `s` back to the last cue in it (Infinity if none). */
function lastCue(s: string, cue: RegExp): number {
  let last = Infinity;
  for (const m of s.matchAll(cue)) last = s.length - m.index;
  return last;
}

/** Distance from the start of `s` to the first cue in it (Infinity if none). */
function firstCue(s: string, cue: RegExp): number {
  const at = s.search(cue);
  return at < 0 ? Infinity : at;
}
