/**
 * Phone numbers in Russian CRM text: find them, normalise them to the digits a PBX dials, format them for people.
 * Pure (no DOM, no browser or Node APIs): shared by the content script, the background and the Node relay.
 *
 * findPhones favours precision: a false match is a wrong call. A text is cut into "runs" (digits with the
 * separators phones use); a run is read as groups of digits, and a number is a whole sequence of groups that has a
 * phone's shape. A number never starts or ends in the middle of a group, so a card number, an account or a
 * 13-digit id cannot yield a phone from its inside.
 */
import type * as Tables from './phone-abroad.ts';
import type { OddReader } from './phone-odd.ts';

/**
 * The tables of other countries' national forms (phone-abroad.ts) and the readers of oddly written numbers
 * (phone-odd.ts), nearly half of the detector's weight. The background, the relay and the tests give them at once; the
 * content script, which loads into every frame, only when a text first asks for them (content/abroad.ts): until then
 * such a number is not read, and the text is counted in abroadMisses so that it can be read again.
 */
let abroad: typeof Tables | undefined;
let misses = 0;

export function useAbroad(tables: typeof Tables): void {
  abroad = tables;
}

/** How many times a text was read without the tables it needed. */
export const abroadMisses = (): number => misses;

function foreign(kind: 'abroadNational' | 'abroadPlain' | 'abroadEight' | 'abroadCoded', t: string, start: number, end: number, digits: string): string | null {
  if (abroad) return abroad[kind](t, start, end, digits);
  misses++;
  return null;
}

/** Whether the text names the country of these international digits near them (abroad.namesCountry). */
function countryNamed(t: string, start: number, end: number, digits: string): boolean {
  if (abroad) return abroad.namesCountry(t, start, end, digits);
  misses++;
  return false;
}

export interface PhoneMatch {
  start: number;
  end: number;
  /** digits the PBX dials: E.164 without '+', e.g. '79101234567' */
  digits: string;
  /** extension digits if written ('доб. 123') */
  ext?: string;
}

/**
 * The default region: how a number written without its country's code is read. Russia and Kazakhstan share +7
 * and the trunk 8 (Kazakhstan's codes start with 7: '(727) 250-12-34', '701 123 45 67'); Belarus writes its
 * numbers with a trunk 0 ('(029) 614-32-95', '8 029 …'). Numbers with a country's code read the same everywhere.
 */
export const REGIONS = ['RU', 'KZ', 'BY'] as const;
export type PhoneRegion = (typeof REGIONS)[number];

/** A 10-digit national number in the region as E.164 digits, or null when the region has no such number. */
function national(digits: string, region: PhoneRegion): string | null {
  const d0 = digits.charAt(0);
  if ('3489'.includes(d0) || (d0 === '7' && (region === 'KZ' || (region === 'RU' && KZ_CODE.test(digits))))) return '7' + digits;
  if (region === 'BY' && d0 === '0' && digits.charAt(1) !== '0') return '375' + digits.slice(1);
  return null;
}

/**
 * Kazakhstan shares +7 and the trunk 8 with Russia, so from Russia its numbers are national ones too (and '8 701 …'
 * was read already): in the RU region, its real codes only (mobiles 700–702, 705–708, 747, 771, 775–778; cities
 * 71x, 72x), so that a Moscow ИНН under a phone's label ('7707…') stays no number. From Belarus they are abroad.
 */
const KZ_CODE = /^7(?:0[0-25-8]|[12]\d|47|7[15-8])/;

/** Russia's geographic and free-line codes starting 3, 4 and 8 (the ones in use; 9xx are mobiles). */
const RU_CODE = /^(?:3(?:0[12]|36|4[1235679]|5[123]|65|8[1-58]|9[0145])|4(?:01|1[1356]|2[13467]|7[1-5]|8[1-7]|9[1-689])|8(?:0[03489]|1[1-8]|2[01]|3[13-6]|4[0-8]|5[15-7]|6[0-35-79]|7[1-37-9]))$/

/** A North American number: area code and exchange each start 2–9. */
const NANP = /^[2-9]\d\d[2-9]\d{6}$/;
/** Whether 10 digits start with a code a Russian or Kazakh national number has (mobiles 9xx, cities, free lines). */
const ourCode = (digits: string): boolean => digits.charAt(0) === '9' || RU_CODE.test(digits.slice(0, 3)) || KZ_CODE.test(digits);

/** The countries' codes (1–3 digits) that '00' written onto them may start: '0086-755-…', '00375 29 …'. */
const IDD_CODE = /^(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|2[1-69]\d|3[578]\d|42\d|5[09]\d|6[7-9]\d|8[05-8]\d|9[679]\d)$/;

/**
 * Whether a group starting 0 right after a country's code is a trunk 0 written onto the area code, not dialled:
 * in its brackets ('+90 (0541) …'), or after a code alone ('+81 090-…'; not '+7921 050 …', a code and area glued).
 * Italy dials its 0.
 */
const dropsTrunk = (code: string, bracketed: boolean): boolean => code !== '39' && (bracketed || (code !== '7' && IDD_CODE.test(code)));

/** How many of the digits are a country's code (1–3), as the international plan leaves no doubt. */
const countryCodeLength = (digits: string): number => (IDD_CODE.test(digits.charAt(0)) ? 1 : IDD_CODE.test(digits.slice(0, 2)) ? 2 : 3);

/**
 * 11–13 digits with a country's code in front, read without their '+' only after a label ('Тел: 998901874533'). With
 * a two-digit code written apart, it may start 8, which no number of ours writes so: Busan's 'Tel 82-51-463-5500'.
 */
const foreignBare = (digits: string, codeApart = false): boolean => {
  const n = digits.length;
  const d0 = digits.charAt(0);
  // (No country's national number starts 0 after its code, but Italy's: 'личный номер 61004071529' is a Georgian id.)
  const code = countryCodeLength(digits);
  // (Nor 0, 7 or 8 first, which our own numbers start with; but China's with its 86 are twelve or thirteen digits,
  // no number of ours: 'тел. 8613757182345', and so are South Korea's mobiles, '821048273961'.)
  // (Nor one a digit short or long where its country has one length: '90532614279'.)
  return n >= 11 && n <= 13 && (oneLength(digits) ?? n) === n && (!'078'.includes(d0) || EIGHT_ABROAD.test(digits) || (codeApart && code === 2 && d0 === '8')) && (d0 !== '1' || n === 11) && (digits.charAt(code) !== '0' || digits.startsWith('39'));
};

const EIGHT_ABROAD = /^(?:86(?:1[3-9]\d{9}|[2-9]\d{9,10})|8210\d{8})$/;
/** The countries that group their eight digits 2-3-3: Cyprus, Latvia, Tunisia ('Sfax : 74 412 300') and Bahrain. */
const TWO_THREE_THREE = /^(?:3(?:57|71)|216|973)/;

/** 9 digits that are a Belarus number without its trunk 0 ('29 614-32-95'), given a label or brackets. */
const belarusShort = (digits: string, region: PhoneRegion): boolean => region === 'BY' && digits.length === 9 && '1234'.includes(digits.charAt(0));

/**
 * Whether a 10-digit national number written with separators needs no label: a mobile's or a free line's, and
 * in Kazakhstan any (its numbers all start with 7, which no id grouped like a phone does there).
 */
function needsNoLabel(digits: string, region: PhoneRegion): boolean {
  const code = digits.slice(0, 3);
  if (code.charAt(0) === '9' || code === '800') return true; // (and the free line: 'Горячая линия: 800 250 40 40')
  if (region === 'KZ') return code.charAt(0) === '7'; // (its cities' numbers too: 'Доставка по Алматы: 727 355 00 15')
  return region === 'BY' && /^0(?:25|29|33|44)$/.test(code);
}

// A run: an optional '+' or '(' then digits and separators (spaces incl. no-break/figure/thin/narrow, hyphens
// and dashes, dots, parentheses), ending on a digit. '+' is never inside a run, so it always starts a new one.
// A line may end after an area code's ')' (a field wrapped: '+7 (4752)\n79-03-16'), nowhere else in a number.
// `[..]*\d` backtracks at most over the run's own tail: linear.
// The spaces a number's groups may have between them, one list for every pattern below: the ASCII space, the
// no-break one and the typographer's (en, em, figure, thin, hair; the narrow no-break).
const SPACE = String.raw` \xA0\u2000-\u200A\u202F`;
const RUN_RE = new RegExp(String.raw`(?:\+|\()?\d(?:(?:[\d${SPACE}\-\u2010-\u2014.()]|\)[ \xA0]*\r?\n)*\d)?`, 'g');
// One separator between two digit groups of a number: `)`? then one/two spaces, a dash with optional spaces, or a
// dot, then `(`? — so '12.05.2024 8 …' and '1 - 2' style joins are told apart from a number's own separators.
const SEP_OK = new RegExp(String.raw`^\)?(?:[${SPACE}]{1,2}|[${SPACE}]?[\-\u2010-\u2014][${SPACE}]?|\.)?\(?$|^\)[ \xA0]*\r?\n[ \xA0]*$`);
const HAS_WS = new RegExp(`[${SPACE}\\n]`);
const WS_ONLY = new RegExp(`^[${SPACE}]+$`);
const HAS_DIGIT = /\d/;
/** The `n` characters of `t` before `at` (fewer at its start). */
const textBefore = (t: string, at: number, n: number): string => t.slice(Math.max(0, at - n), at);
/**
 * One character against a Unicode-property class, with ASCII and Russian letters answered without it: V8 builds
 * such a class the first time its pattern runs (~0.3 ms each, in every frame the content script starts in), and
 * the text around a number is nearly always one of these. `russian`: what А–я and Ёё give.
 */
const charTest =
  (ascii: RegExp, russian: boolean | 'upper', full: RegExp) =>
  (c: string): boolean => {
    const code = c.charCodeAt(0);
    if (!(code >= 0x80)) return ascii.test(c); // (NaN: no character)
    if (code === 0x401 || code === 0x451 || (code >= 0x410 && code <= 0x44f)) return russian === 'upper' ? code <= 0x42f : russian;
    return full.test(c);
  };
const isAlnum = charTest(/[A-Za-z0-9_]/, true, /[\p{L}\p{N}_]/u);
// Left of a number: letters/digits (glued), or marks that make the digits an id, a sum, a hashtag or a query value.
// (Not the characters of Chinese, Japanese and Korean, which write no spaces between words: '手机13905712345微信同号'.)
const gluesLeft = charTest(/[A-Za-z0-9_@#$=&%\\+*]/, true, /(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}_@#№$€₽=&%\\+*]/u);
// Right of a number: glued letters/digits, an e-mail '@', units and currencies.
const gluesRight = charTest(/[A-Za-z0-9_@$%&=]/, true, /(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}_@№$€₽%&=]/u);
// Punctuation that glues a number to an alphanumeric neighbour: '67.pdf', '67:30', 'x.ru/…', 'deal-79…'.
const JOINER = /[.,:/\-\u2010-\u2014]/;
/** Patterns as alternatives of one group, `(?:a|b|c)`: a long list of labels kept in parts, each with its comment. */
const anyOf = (...parts: RegExp[]): string => `(?:${parts.map((part) => part.source).join('|')})`;
// (The word patterns below spell letters [a-zа-яё] and carry no `u` flag: `i` alone folds Russian and Latin case,
// and they compile about twice as fast — once in every frame, as the page's first numbers are read.)
// Labels of the registration numbers that have phone-like lengths (ИНН is 10/12 digits…), and labels that name
// the digits after them as an identifier ('ID клиента:', 'Номер заказа:', 'Лицевой счёт:', 'Счёт', 'Заказ'):
// digits a label calls an id or an account are that, even when they look like a phone — unless they carry a
// phone's own marks, a '+' or an area code in brackets (see leftFree). Only the label's own form counts: 'Телефон
// для заказа:' or 'оплата счёта:' name a phone for something, not an id. (A JSON key that ends in 'id' is one too,
// '"pageId":"88214019532"', but a caller's or WhatsApp's: '"wa_id":"79286410735"'.) A word in brackets may follow the
// label: 'ИНН (физлица):', 'NIF (pessoa singular):' (but 'Логин (телефон):' names a phone).
const LABEL_BEFORE = new RegExp(
  String.raw`(?:^|[^a-zа-яё\d])` +
    anyOf(
      // Registration numbers and accounts: ИНН, КПП, ОГРН, БИК, СНИЛС, р/с, лицевой счёт (Uzbek STIR, UAE TRN)
      /инн|stir|(?<!охран[аы],?\s)кпп|трн|ррн|rrn|огрн(?:ип)?|бик|окпо|окато|октмо|снилс|[ркл]\/с|елс|l\/?c/,
      /сч[её]т|лицев[a-zа-яё]*\s+сч[её]т[a-zа-яё]*(?:\s+[a-zа-яё]+){0,2}/,
      // Other countries' tax and registration numbers (VAT, PESEL, NIP, NIF, REGON…)
      /(?:btw|tva|vat)(?:\s+[a-z]{2}(?![a-z]))?|pesel|mst|cvr(?:-nr\.?)?|se-nr\.?|ust-?id(?:nr)?\.?|nip|nif/,
      /nipc|niss|regon|kodas|kid(?:-?nummer)?/,
      // A record's id or login in some system: 'ID клиента', '"leadId":', 'номер в CRM', 'код в 1С'
      /(?:request|session|event|trace|message|user|order|deal|lead|client|transaction|device)id/,
      /идентификатор(?:\s+[a-zа-яё]+)?|(?!call|wa_)[a-z]+_?id(?=")/,
      /(?<!(?:caller|called|wa)[-_\s])id(?:\s+[a-zа-яё]+){0,2}(?:\s+в\s+[a-zа-яё-]+(?:\s+[a-zа-яё]+)?)?/,
      /номер\s+в\s+(?:crm|1с|системе|биллинге|базе)|логин[a-zа-яё]*|login/,
      /код(?:\s+(?!на\s)[a-zа-яё-]+)?(?:\s+в\s+(?:crm|1[сc]|системе|базе))?|id>/,
      // Documents, orders, deals and bookings, in Russian and abroad: 'номер заказа', 'договор', 'полис', 'Nr', 'No.'
      /номер\s+(?:(?:вашего|вашей|нашего)\s+)?(?:заказа|сч[её]та|договора|заявки|сделки|перевода|платежа|обращения|лида|задачи|тикета|полиса|документа|свидетельства|сертификата|удостоверения|лицензии|ваучера|билета|брони|накладной|отправления)(?:\s+(?:в|на|по)\s+[a-zа-яё.]+){0,2}/,
      /заказ(?:ы|ов|ах)?(?:\s+в\s+(?:системе|crm|1[сc])(?:\s+[a-zа-яё-]+)?)?|zamówieni[a-z]*|objednávk[a-z]*/,
      /договор|операци[яи]|транзакци[яи]|полис(?:\s+[a-zа-яё]+)?|auftrag|bestell[a-z]*|rechnung[a-z]*/,
      /инвойс[a-zа-яё]*|invoice|брон[ьи]\s+[a-zа-яё]+|паспорт[a-zа-яё]*(?=[ :№])|contract|(?<![a-z.-])nr/,
      /(?<![a-z.-])(?<!(?:phone|tel|fax|mobile|cell|new|my|contact)\.?\s)no\.|č\./,
      // Goods and shipments: serial numbers, articles, batches, barcodes, air waybills
      /s\/?n|serial|awb|(?:серийн|заводск)[a-zа-яё]*(?:\s+номер)?(?:\s+[a-zа-яё-]+)?|арт(?:икул[a-zа-яё]*|\.)/,
      /lot|парти[яи]|art\.-nr|artikel[a-z]*|шк(?:\s+[a-zа-яё]+)?|штрих-?код[a-zа-яё]*|barcode/,
    ) +
    String.raw`(?:\s*\((?![^)]*(?:тел|phone|моб))[^()\n]{1,30}\))?[\s:.,#№"'–—-]*$`,
  'i',
);
// Labels no number after them escapes, even one written as a phone: an example in a form's hint ('например
// +7 701 123 45 67') is nobody's number, and '№' numbers a record. (An example in a ticket is a real number when its
// digits are not made up and it is written with its '+' or 8: 'не уходят SMS. Пример: +375 25 912-40-33'.)
const WRITTEN_AS_PHONE = /^(?:\+|\(|[78][ \xA0]?[(-]?\d)/;
const EXAMPLE_BEFORE = /(?:^|[^a-zа-яё\d])(?:(?:на)?пример|напр\.|e\.g|f\.\s?eks|(?<![.@])example)[\s:.,#№"'–—-]*$/i;
const RECORD_NO = /(?:№|(?<![a-z])n°)\s*$/i; // (and the French 'n°': 'facture n° 22 345 678')
// A format's cue names an example only when its digits are made up ('в формате +7 916 123-45-67', '+7 900 000-00-00');
// a real number's ('клиент оставил номер в формате 8.926.415.33.07', 'тот же номер в формате 8915…') is the number.
// (The cue reaches the next example too: 'в формате 8 900 123-45-67 или +7 900 123-45-67', '…, для японских +81 90 …'.)
const FORMAT_BEFORE = /(?:^|[^a-zа-яё\d])формат[еау]?[\s:.,"'–—-]*(?:\+?\d[\d \xA0()\u2011-]{5,20}\d[ \xA0]*(?:,|или|либо|or)(?:[ \xA0]+для[ \xA0]+[a-zа-яё]+)?[ \xA0]*)?$/i;
const MADE_UP = /1234567|2345678|3456789|9876543|(\d)\1{5}|^[78]?(?:999|9123)|2079460\d{3}|[2-9]\d\d55501\d\d/;
// … and so does an example's or a template's word earlier in the sentence, or on the line above: 'Пример корректного
// номера для рассылки: +7 (900) 123-45-67', 'Пример заполнения анкеты:\nТелефон: +7 (900) 123-45-67', 'тестовый номер
// +7 (916) 000-00-01'.
const EXAMPLE_NEAR = /(?:^|[^a-zа-яё])(?:пример|образ(?:ец|ца)|шаблон|тестов(?:ый|ого)\s+(?:номер|контакт))[^.!?\n]{0,60}(?:\n[^.!?\n]{0,30})?$/i;
// A phone's label before an id's word names that place's phone: 'Тел. КПП: 8-498-651-30-17' is the checkpoint's.
// (So does a place's preposition: 'Охрана на КПП: 8 918 060-41-23' is the checkpoint's guard.)
const PHONE_OF = /(?:^|[^a-zа-яё])(?:тел(?:ефон[a-zа-яё]*)?\.?\s+[a-zа-яё]+|(?:на|у)\s+кпп)[\s:.–—-]*$/i;
// … nor the next example after one: 'например, +7 900 123-45-67 или +998 90 123-45-67'.
const EXAMPLE_LIST = /(?:^|[^a-zа-яё\d])(?:(?:на)?пример|напр\.|e\.g|(?<![.@])example)[\s:.,]*\+?\d[\d \xA0()\u2011-]{5,20}\d[ \xA0]*(?:,|или|либо|or)[ \xA0]*$/i;
// Digits further along a sentence that said they are no phone: how to fill in a form ('Пример заполнения поля
// «Телефон»: +7 …', 'Заполните так: «Иван, 8 999 …»'), a password ('Пароль Wi-Fi в шоуруме: 8926…'; not one sent to
// a number: 'Пароль придёт SMS на номер из направления: +7 …', 'пароль отдельно в WhatsApp (+7 903 …)'), a number
// said to be made up right before it ('(номер выдуман): +7 …').
const NOT_PHONE_BEFORE = /(?:(?:пример|образец)\s+(?:заполнения|записи)|заполн[a-zа-яё]*\s+так|как\s+правильно|парол(?!ем(?![a-zа-яё]))[a-zа-яё]*(?![^.!?\n]{0,40}(?:на\s+(?:номер|телефон)|в\s+(?:whatsapp|telegram|viber|ватсап|вотсап|телеграм))))[^.!?\n]{0,40}$|(?:выдуман|вымышлен|фиктивн)[a-zа-яё]*\)?[\s:–—-]*$/i;
// … or right after them: '8 916 123 45 67 — пример из шаблона', '(образец)', '(номер вымышленный)', ', он не
// рабочий, это пример'.
const EXAMPLE_AFTER = /^[ \t\xA0,;(–—-]*(?:[^.!?\n\d,]{1,25},\s*(?=это\s))?(?:(?:это|указан[a-zа-яё]*)\s+(?:только\s+|лишь\s+|просто\s+)?)?(?:для\s+)?(?:пример[аы]?|образ(?:ец|ца)|заглушк[аи]|(?:номер\s+)?(?:выдуман|вымышлен|фиктивн)[a-zа-яё]*)(?![a-zа-яё])/i;
/**
 * More of the number masked right after it: ' ***', '-**', ' XX', '****' (a markdown bold's '**' may close on it), or
 * cut: '+44 20 7946 09..' ('…' ends a range or a quote, '150-10-00…99', as often as a cut).
 */
const MASKED_AFTER = /^(?:[ \xA0-](?:[*•]{2}|[XxХх]{2})|[*•]{3}|[XxХх]{3}|[ \xA0]?\.\.(?![.\d]))/;
/** Bare ids of a phone's length before this one, in a list: '79126401871, 79126401872, '. */
const ID_LIST_BEFORE = /[^\S\n]\d{10,12}[,;](?:\s\d{10,12}[,;])*\s*$/;
/** A capital letter alone before a number (not a phone's T, M, P, F, W, C or H). */
const PART_LETTER = /(?:^|[\s(,;:])(?![CFHMPTW])[A-Z] $/;
const PART_START = /^\d{3}\s/;
/** A '№' right before a group: it counts something ('Звонок №2'). */
const NUMBERED = /№\s?$/;
/** Bare numbers of a phone's length, one a line or after commas (an aside in brackets after each), right before this one. */
const PHONE_LIST_BEFORE = /(?:(?<!\d)\d{10,11}(?:[ \t]*\([^()\d\n]{1,20}\))?[ \t]*(?:[,;]|\r?\n|[ \t]и)[ \t]*){1,8}$/;
/** Right before a '+': an EDI segment's tag and fields, three capitals and a '+' with no space ('NAD+DP', 'BGM+351'). */
const EDI_FIELD = /(?:^|\s)[A-Z]{3}\+[A-Z0-9:+]*$/;
/** The start of a number written with a phone's own marks: '+7 …', '(495) …', '8 (495) …', a free line's '8 800 …'. */
const PHONE_MARKS = /^(?:\+|\(|[78][\s\xA0]?\(|8[\s\xA0-]?800[\s\xA0-])/;
// Records a CRM names by a number: a bare run of digits after them is that record's id ('Сделка 79264108532
// перемещена'); a number written as a phone ('Сделка +7 926 …', a deal named after its caller) stays one.
const RECORD_BEFORE = /(?:^|[^a-zа-яё])(?:сделк[аиуе]|заявк[аиуе]|заказ[ау]|тикет[ау]?|обращени[еяю]|лид[ау]?|сч[её]т[ау]|брон[ьия])[\s:.#№]*$/i;
// What names bare digits a phone from after them: '9274415230 (WhatsApp)', '9161234567 (моб.)', '9124470318 моб.', or the
// next cell of a table's row: '9123084517\tWhatsApp'.
const PHONE_AFTER = /^[ \xA0]*(?:\((?:whatsapp|viber|telegram|ватсап|вотсап|моб[a-zа-яё]*\.?|сот[a-zа-яё]*\.?|тел\.?)\)|(?:моб|сот)\.|,?[ \xA0]*доб\.[ \xA0]*\d)|^\t(?:whatsapp|viber|telegram)\b/i;
// A label that says the digits after it are a phone ('Телефон:', 'тел.', 'Моб.', 'Телефон (моб.):', 'WhatsApp —', a
// JSON key, an XML tag, a 'key | value' row, 'поле «Телефон» = '): with it, a number written without its 8 / +7 and
// without parentheses ('Телефон: 9163307215', '"phone": "9215037761"', '<Телефон>9209184463', 'позвоните мужу
// 9503765120') is read as a national number; so is one abroad after 'my number' ('my Egyptian number', 'call me on'),
// 'тайский номер' or 'звоните на тайский' where the text names the country. (A call log's 'Входящий 4957804715', 'исх.
// 0048226374108', 'dst 996700931548' too; not a register's '…, входящий 7719230465 от 20.05.2024', a document's number
// after a comma; and a value copied from a form, 'Тел. из заявки: 79094410276', is no application's number.)
const PHONE_LABEL = new RegExp(
  String.raw`(?:^|[^a-zа-яё])` +
    anyOf(
      // 'Телефон' and its short and kind forms: 'тел.', 'т.', 'раб.', 'моб.', 'контактный номер', 'Номер:'
      /тел(?:ефон[ау]?)?(?:\.?\s+(?:для\s+)?(?!(?:не|на|по|из|за|от|до|во|со|же|ли|да|то)[\s:.])[a-zа-яё]{2,}(?:-[a-zа-яё]+)?(?:\s+(?:по|с|в)\s+[a-zа-яё]+(?:\s+[a-zа-яё]{3,})?)?)?/,
      /т\.|м\.|тлф|(?:номер|контакт)(?=\s*:)|раб(?:очий|\.)|дом(?:ашний|\.)|доп\.|личн?(?:ый|\.)/,
      /(?:обратн|контактн)[a-zа-яё]*\s+номер[a-zа-яё]*/,
      /номер\s+(?:для\s+(?:связи|звонк[a-zа-яё]*|sms|смс)|(?:для\s+)?(?:курьера|водителя))(?:\s+(?:по|с|в)\s+[a-zа-яё]+)?/,
      /(?:моб(?:ильный)?|сот(?:овый)?)(?:\.?\s+(?!банк|прилож|верси|интернет)[a-zа-яё]{3,})?/,
      // Other languages: 'phone', 'my number is', 'call me on', Azerbaijani, Polish, Chinese, Japanese, Korean
      /phone|tel|mob(?:ile)?|cell|gsm/,
      /(?:my|his|her|new)\s+(?:[a-z]+(?:an|ese|ish|i)\s+)?(?:mobile\s+|cell\s+|phone\s+)?number(?:\s+is)?/,
      /(?:call|reach)\s+(?:me|us)(?:\s+(?:on|at))?|call(?:ed|ing)?\s+(?:from|to)|n[öo]mr[əe](?:l[əe]r)?/,
      /kom(?:órka|\.)|手机|电话|電話|携帯|휴대폰|전화/,
      // A call log's or PBX's fields: 'АОН', 'dst', 'callee', 'Входящий', 'исх.', 'абонент'
      /аон|dst|src|caller\s?id|callee|clid/,
      /(?<![,;]\s)(?:входящ|исходящ|пропущенн)(?:ий|ая)(?:\s+(?:звонок|вызов))?(?:\s+(?:с|на|от))?/,
      /(?:вх|исх)\.?|(?<!сч[её]т[ау]?\s+)абон(?:ент[a-zа-яё]*|\.)(?:\s+номер)?/,
      // Messengers and operators: 'WhatsApp', 'МТС', Belarus's 'A1', 'velcom', 'life:)'
      /(?:whatsapp|viber|ватсап|вотсап|вацап|вайбер)(?:\s+(?:для\s+)?(?:на|[a-zа-яё]{3,}))?|a1|мтс|life:\)/,
      /velcom/,
      // What to do with it: 'звоните', 'наберите', 'перезвоните на', 'обзвон:', 'SMS на'
      /(?:пере|по)?звони(?:те|ть)?(?:\s*[–—-]?\s+[a-zа-яё]{2,}\s*[:,])?/,
      /(?:набери(?:те)?|набрать)(?:\s+[a-zа-яё]{2,}\s*:?)?|обзвон[a-zа-яё]*(?:\s+[a-zа-яё]{3,})?\s*:/,
      /(?:(?:пере|по)?звони(?:те|ть)?|набери(?:те)?|набрать)\s+(?!(?:после|позже|ближе|раньше|утре|вечере)\s)[a-zа-яё]{2,}[уюеи]/,
      /(?:пере|по)?звон[a-zа-яё]*(?:\s+пожалуйста)?(?:\s+(?:ему|ей|им|мне|нам|лучше|только|сразу))?\s+на(?:\s+[a-zа-яё]+[сц]кий)?/,
      /(?:пере|по)зв\.|(?:sms|смс|пришл[оаи]?|пришёл|отправ[a-zа-яё]*|выслан[a-zа-яё]*)\s+на/,
      // Whose it is: 'мой номер', 'тайский номер', 'с номера', 'из анкеты', 'оставил номер', 'мама:'
      /(?:(?:мо[йиеё][a-zа-яё]*|его|е[её]|их|ваш[a-zа-яё]*|тво[a-zа-яё]+|(?:нов|стар|личн|рабоч|домашн|запасн|временн|дополнительн)[a-zа-яё]+|доп\.)\s*)+номер(?:а|ом)?(?:\s+у\s+меня|\s+р[фкб])?/,
      /(?!абонент)[a-zа-яё]+[сц]кий\s+номер|(?:по|на)\s+номер[уа]?|(?:клиент|абонент)[a-zа-яё]*\s+с\s+номером/,
      /с\s+(?:[a-zа-яё]+го\s+)?номера|(?:тел(?:ефон)?\.?\s+)?из\s+(?:заявки|анкеты|формы|карточки)/,
      /(?:оставил|указал|продиктовал)[аи]?\s+(?:свой\s+|другой\s+|новый\s+)?номер(?:\s+(?:в|на|для)\s+[a-zа-яё]+)?/,
      /(?:мам[аы]|пап[аы]|бабушк[аи]|дедушк[аи]|муж[а]?|жен[аы]|сын[а]?|доч(?:ь|ери)|нян[яи]|брат[а]?|сестр[аы])(?:\s+[a-zа-яё]{2,}\s*[:–—-]?|\)?\s*[:–—-])/,
    ) +
    String.raw`(?:\.?\s*\([a-zа-яё.]{2,12}(?:,?\s+[a-zа-яё.]{1,12}){0,3}\))?[\s.:=\-\u2010-\u2014\u00B7\u2022|"'»>：]*(?:плюс\s)?$`,
  'i',
);
// A column's header that names phones ('Телефон', 'Моб.', 'Контактный телефон', 'Phone number', a call log's
// '"callee"' or its bare 'number', not an 'order number'): a table copied as text has it on its first line
// ('Фамилия;Имя;Телефон'), a page's table in its header row.
const PHONE_HEADER =
  /^\s*"?(?:[a-zа-яё]+\s+)?(?:телефон[a-zа-яё]*|тел\.?|моб[a-zа-яё]*\.?|phone|номер телефона|контактный номер|caller|callee|src|dst|from|to|ani|dnis)(?:\s+[a-zа-яё]+)?"?\s*$|^\s*"?number"?\s*$/i;
const CELL_SEPS = ['\t', '|', ';'];
const CELL_START = /[\n\t|;][ \xA0]*$/;
const ROW_START = /\n[ \t\xA0]*$/;
const LIST_SEP_BEFORE = /(?:[,;]|\r?\n|[ \t]и)[ \t]*$/;
// The phone labels run together with the digits ('номер89651002347', 'звоните89161234567', 'перезвонить на8926…'):
// a bare run may touch them.
const PHONE_LABEL_GLUED = /(?:^|[^a-zа-яё])(?:номер|тел(?:ефон)?|тлф|моб|сот|(?:пере|по)?звон[a-zа-яё]*(?:\s+на)?)$/i;
// A mobile with its 8, eleven digits, which may touch any lowercase Russian word (see leftFree).
const GLUED_MOBILE = /^89\d{9}(?!\d)/;
const GLUED_MOBILE_END = /(?:^|\D)89\d{9}$/;
const GLUED_WORD = /^[а-яёА-ЯЁ][а-яё]{2}/;
// An Asterisk channel in a PBX log: 'Called PJSIP/trunk/89031182764', 'SIP/79161234567', and an extension's context.
const DIAL_STRING = /(?:^|[\s("])(?:pj)?sip\/(?:[\w.-]+\/)?$/i;
const DIAL_CONTEXT = /^@[\w-]+(?![\w.@-])/;
// A form's field dump or a call record names its phone field as a word of its own ('phone=79…', 'src=89…'); inside
// a URL ('?phone=79…', '&tel=…') or any other key (utm_content=79…) the digits stay a query value.
const PHONE_FIELD = /(?:^|[\s({";,])(?:phone|tel|телефон|msisdn|src|dst|from|to|caller(?:_?id)?|callee|called|clid|cli|cid|callerid\(num\)|ani|dnis|dnid|rdnis|did|number|num|(?:src|dst)_num)(?:=|"\s*:\s*")$/i;
// A field of a card, alone on its line before its value: 'бухгалтерия: ', 'Склад (Обь): '.
const FIELD_BEFORE = /(?:^|\n)[ \t]*\p{L}[\p{L} .()\-]{2,30}:[ \t]*$/u;
// A call's other end, as a call log names it: 'from 442038681042 to …', 'Вызов от 998903184276', 'Кому: 9198…'
// (asked only of a number with another country's code; not a range's start, its end alike: 'от 240502423011 до
// 240502423022' are ids).
const CALL_ENDS = /(?:^|[^a-zа-яё])(?:from|to|от|кому:)\s+$/i;
const RANGE_AFTER = /^\s*(?:to|до|по|[-–—])\s*(\d+)/i;
const callEnd = (t: string, start: number, end: number, digits: string): boolean =>
  CALL_ENDS.test(textBefore(t, start, 8)) && !RANGE_AFTER.exec(t.slice(end, end + 24))?.[1]!.startsWith(digits.slice(0, 5));
// Mobiles of the countries nearest ours, in E.164: Belarus's, Kyrgyzstan's, Uzbekistan's (their operators' codes) and
// Turkey's.
const NEAR_MOBILE = /^(?:375(?:25|29|33|44)\d{7}|996[2579]\d{8}|998(?:9\d|33|50|55|77|88|20)\d{7}|905\d{9})$/;
// A satellite network's name: its numbers are written without their '+' after it ('Iridium: 8816 5120 4473').
const SATELLITE_BEFORE = /(?:iridium|иридиум|inmarsat|инмарсат|спутников|satellite)[a-zа-яё]*(?:\s+(?:телефон|номер|phone))?[\s:(]*$/i;
// Text right before a '/' that makes the digits after it a URL's path: ASCII only ('x.ru/deal/', '/contacts/'),
// or with a scheme. 'Сидоров/89055102736/Казань' is a list written with slashes.
const URL_TOKEN = /(?:^|\s)(?:[\x21-\x7E]+|\S*:\/\/\S*)$/;
// Dashes of prose ('—', '–'): a number may touch a word through them ('8(915)2046638—я на связи').
const PROSE_DASH = /[–—]/;
const isCyrillic = charTest(/(?!)/, true, /\p{Script=Cyrillic}/u);
const isLetter = charTest(/[A-Za-z]/, true, /\p{L}/u);
const isUpper = charTest(/[A-Z]/, 'upper', /\p{Lu}/u);
/** (For the tests: each fast answer must be the class's own.) */
export const charClasses = { isAlnum, gluesLeft, gluesRight, isCyrillic, isLetter, isUpper };
const MASK = /^(?:7(?:(\d)\1{9}|9991234567|9123456789)|\d{4,6}0{7}|\d{1,3}([09])\2{8,})$/;
const COUNTER_BEFORE = /\p{L}[ \xA0]?\d{1,2}$/u;
// A call log's time run together with the number after it ('14:32:07+79154418260'); a zone offset is '+03:00'.
const TIME_BEFORE = /(?:^|[^\d:.])\d{1,2}:\d{2}(?::\d{2})?$/;
const ATTRIBUTE_URI = /=[ \xA0]*["']?(?:tel|callto|sip):$/i;
const WHOLE_CELL = /^[78]\d{10}(?:,|$)/;
/**
 * A Russian number's eleven digits filling a comma-separated cell after a log's time, '13:40:02,88005113480,2083'
 * (a time's fraction has three: '13:40:02,880 INFO').
 */
const timeCell = (t: string, start: number): boolean =>
  t.charAt(start - 1) === ',' && WHOLE_CELL.test(t.slice(start, start + 12)) && TIME_BEFORE.test(textBefore(t, start - 1, 12));
// A field after '/' that is a duration or a time ('89154418262/00:01:12'), not another number of a list.
const TIME_AFTER = /^\d{1,2}:\d{2}(?!\d)/;
const LAST_PAIR = /^\d\d(?![\d\-./:,])/;
const GDS_PAX = /^P\d\d?(?![\w/])/;
const COUNTRY_LETTERS = /(?:^|[^A-Za-z])[A-Z]{2} $/;
/**
 * The lengths of the numbers that have one each, by their codes: the CIS's, Turkey's, and China's mobiles (eleven
 * digits after its 86 however grouped; Beijing's 10 is a city's code).
 */
const ONE_LENGTH: Record<string, number> = { '373': 11, '374': 11, '375': 12, '380': 12, '992': 12, '993': 11, '994': 12, '995': 12, '996': 12, '998': 12, '90': 12 };
const oneLength = (digits: string): number | undefined => ONE_LENGTH[digits.slice(0, 3)] ?? ONE_LENGTH[digits.slice(0, 2)] ?? (/^861[1-9]/.test(digits) ? 13 : undefined);
const CODE_BEFORE = /(?:[a-z]\d|\d[a-z])[a-z\d]* $/i;
const IBAN_BANK = /[A-Z]{2}\d\d[ \xA0][A-Z]{4}[ \xA0]$/;
const BRACKET_EXT = /^[ \xA0]\((?!(?:19|20)\d\d\))(\d{2,4})\)(?=[ \t]*(?:\r?\n|$))/; // (not a year: '(2019)')
const SPACED_OPEN = new RegExp(String.raw`\([${SPACE}]+$`);
const SPACED_CLOSE = new RegExp(String.raw`^[${SPACE}]+\)`);
// (Whole words: a 'Копировать' button or a 'рубрика' after a number is no currency; nor is the next cell's or
// amount's sign: '+7 903 512-60-44\t$3 240'. A size's units count too: 'шкаф 800 2100 600 мм'.)
const MONEY_AFTER = /^[^\S\n\t]*(?:[₽₫₸]|\$(?![ \xA0]?\d)|€(?![ \xA0]?\d)|%|р\.|(?:руб(?:л[a-zа-яё]*)?|коп(?:е[йе][a-zа-яё]*)?|usd|rub|eur|pln|zł|czk|kč|сум|din|tnd|kzt|kgs|мм|см|кг)(?![a-zа-яё]))/i;
// A person's name or a department between a number's comma and its extension word (', Frau Eder, Klappe 23', ', Mr.
// Wang доб. 806'), and the words that may follow it: one list for EXT_RE and its pre-check.
const NAMED_EXT = String.raw`[a-zа-яё]{2,16}\.?,?[ \xA0]+(?:[a-zа-яё]{2,16},?[ \xA0]+){0,2}(?:[–—-][ \xA0]*)?`;
const EXT_WORDS = 'доб|вн|ext|klappe|durchwahl|mellék|lokal';
// What may stand between the number and its extension's word: ', ', ' | ', ' / ', or a dash before 'доб.', 'вн.',
// 'ext' or 'dahili': ' - Ext: 117', ' – dahili 125'.
const EXT_SEP = String.raw`(?:[,|/\u00B7]|[–—-](?=[ \xA0]*(?:доб|вн|ext|dah)))?`;
// An extension right after the number: 'доб. 123', 'вн. 45', 'вн.тел. 45', 'вн.т. 45', 'д.215', 'доб.#214', translit's
// 'dob 205' (not a birth date's 'DOB 12.05.1985'), 'ext 12', 'Extn. 221', Polish 'wew. 31' and 'w. 17', Czech 'linka
// 214', French 'poste 24', the Philippines' 'loc. 305', Lithuanian 'vid. 14', Latvian 'iekšējais 21', Vietnamese 'máy
// lẻ 205', Turkish 'dahili 205' and Azerbaijani 'daxili 21', German 'Durchwahl 1142', Portuguese 'ramal 22' and 'r. 231', Spanish
// 'anexo 215' and 'interno 105', Hebrew, Thai, Persian, Arabic, Kazakh, Uzbek and Chinese words for it, 'x12', '#12', and 'доп. 140'
// where no other number's digits follow (optionally ', (' or EXT_SEP before, or a word in the brackets: '(офис, доб.
// 1207)', or up to four words and a comma before a 'доб.', 'вн.' or 'ext': '(офис КФУ, доб. 1152)', '(Минск, офис
// банка, доб. 12)' (commas between them too), or one or two words after the number's comma: ', бухгалтерия доб.
// 210' (not before a 'д.': ', Ленина д. 15' is an address), or
// a script's 'наберите … и добавочный 3', or an aside before its comma: '(бесплатно по России), доб. 4172'). (Any
// horizontal space around it, the typographer's em and en spaces too.)
const EXT_RE = new RegExp(String.raw`[\t${SPACE}]*(?:\([^()\d\n]{2,32}\)[ \xA0]*(?=,))?${EXT_SEP}[\t${SPACE}]*(?:\([a-zа-яё]{2,12}\.?[,:]?[ \xA0]+|\((?:[a-zа-яё]{2,12},?[ \xA0]+){1,3}[a-zа-яё]{2,12},[ \xA0]+(?=доб|вн|ext)|(?<=,[ \xA0]*)${NAMED_EXT}(?=${EXT_WORDS})|\(|(?:и|затем)[ \xA0]+(?=доб))?(?:доб(?:авочный)?|доп(?=\.?:?[ \t\xA0]*\d{1,5}(?![ \t\xA0\-]*\d|\())|вн(?:утр(?:енний)?)?(?:\.?\s?тел|\.т(?=\.))?|д(?=\.)|ext(?:ension|n)?|(?:dob|vn)(?=\.?[ \xA0]*\d+(?![\d./]))|wew|w(?=\.[ \xA0]?\d{1,4}(?![\d.,]))|linka|lokal|lok(?=\.)|loc(?=\.)|poste|app(?=\.)|klappe|ankn(?=\.)|mellék|int(?=\.)|kl(?=\.)|вътр(?=\.)|εσωτ(?=\.)|vid(?=\.)|iekšējais|máy lẻ|dahili|daxili|durchwahl|ramal|r(?=\.[ \xA0]?\d{1,5}(?![\d.,]))|anexo|interno|שלוחה|ต่อ|داخلی|تحويلة|ішкі|i[cs]hki|分机|x|#|转)\.?(?:[ \xA0]*\/[ \xA0]*(?:доб|вн|ext|dahili|durchwahl)[a-zа-яё]*\.?)?:?#?[\t${SPACE}]*(\d\d-\d\d(?![-\d])|\d{1,6})\)?(?![\p{L}\p{N}])`, 'iuy');
// What EXT_RE needs to start with: tried first, as most numbers have no extension and EXT_RE's Unicode class is
// built the first time it runs (~1 ms, in every frame: see charTest).
// (Or up to three words after a comma, then the extension: '+7 (495) 108-44-60, бухгалтерия доб. 210',
// '(812) 407-26-15, менеджер по переездам — доб. 31', '…, судебный пристав Лукин, доб. 1457'.)
const EXT_START = new RegExp(String.raw`[\t${SPACE}]*(?:${EXT_SEP}[\t${SPACE}]*[(двdexwlmvpr#изі转分שตدتakiε]|,[ \xA0]*${NAMED_EXT}(?:${EXT_WORDS}))`, 'iy');

interface Candidate {
  start: number;
  digits: string;
  /** false for the bare mobile form '910 123-45-67', which is only trusted as a run on its own */
  strong: boolean;
  /**
   * Written as people write phones ('+', an area code in parentheses, or three groups and more): such a number
   * may touch a word, as a page's label and value run together ('Телефон+7 916 482-90-13Email'). A bare run of
   * digits touching a word stays an id.
   */
  formatted: boolean;
}

/** Digit groups of a run: group k spans gs[k]..ge[k] of the text; seps[k] is the text before it (seps[0]: '+', '(' or ''). */
interface Groups {
  gs: number[];
  ge: number[];
  seps: string[];
  /** How a number without its country's code reads. */
  region: PhoneRegion;
}

/** Whether groups i and i + 1 are '8' and '10', the old way to dial abroad from Russia ('8 10 995 …'). */
const eightTen = (t: string, { gs, ge }: Groups, i: number): boolean =>
  i + 1 < gs.length && ge[i]! - gs[i]! === 1 && t.charAt(gs[i]!) === '8' && t.slice(gs[i + 1], ge[i + 1]) === '10';

/** Groups i..j, spaced only, ending in two pairs or shorter: a mobile as it was read out ('89132 55 61 40'). */
const spokenPairs = ({ gs, ge, seps }: Groups, i: number, j: number): boolean =>
  j - i >= 2 && ge[j]! - gs[j]! <= 2 && ge[j - 1]! - gs[j - 1]! <= 2 && seps.slice(i + 1, j + 1).every((sep) => WS_ONLY.test(sep));

/** Groups i.. to the run's end, four or more, all of four digits: a card's or a device's figure ('0045 8102 3967 4215'). */
const inFours = ({ gs, ge }: Groups, i: number): boolean => gs.length - i >= 4 && gs.every((g, k) => k < i || ge[k]! - g === 4);

/** A mobile with its 8 starting at `start`, eleven digits, right after a lowercase Russian letter `ch`. */
const mobileAfterWord = (t: string, start: number, ch: string): boolean => isCyrillic(ch) && !isUpper(ch) && GLUED_MOBILE.test(t.slice(start, start + 12));

/**
 * Groups i..j read as one number, or null when they do not have a phone's shape. `intl`: an international
 * prefix came before group i (the caller's), as a '+' would.
 */
function parse(t: string, groups: Groups, i: number, j: number, intl = false): Candidate | null {
  if (j - i > 8) return null; // (7 groups at most, below; two more for a '8 10' dialled abroad)
  const { gs, ge, seps, region } = groups;
  let n = 0;
  for (let k = i; k <= j; k++) n += ge[k]! - gs[k]!;
  if (n < MIN_DIGITS || n > 16) return null; // cheap reject before any string work (16: '8 10' and a 13-digit number)
  // (The widths of the first, second and last groups, which the shapes below ask for.)
  const w0 = ge[i]! - gs[i]!;
  const w1 = ge[i + 1]! - gs[i + 1]!;
  const wj = ge[j]! - gs[j]!;
  const sign = i === 0 && seps[0] === '+';
  // A satellite phone's number after its network's name, without the '+' ('Iridium: 8816 5120 4473', '00881…').
  // (Only a run's first group can follow the name: any other has digits before it.)
  if (i === 0 && !sign && !intl && (t.startsWith('88', gs[0]!) || t.startsWith('870', gs[0]!) || t.startsWith('00', gs[0]!)) && SATELLITE_BEFORE.test(textBefore(t, gs[0]!, 24))) {
    const d = t.slice(gs[0], ge[j]).replace(/\D/g, '').replace(/^00/, '');
    return /^(?:881|870)\d{9}$/.test(d) ? candidate(gs[0]!, d, true, true) : null;
  }
  // '0086-755-2771-4530': the international prefix 00 written onto the country's code, in place of a '+'.
  // (Not a group in the middle of a figure: '2773 0044 1829 5507' is a card's number.)
  // (Or a bare run after a label or a call log's field, 'dst=00821048273916', or near its country's name.)
  const iddBare =
    i === j && n >= 12 && n <= 17 && !sign && !intl && t.startsWith('00', gs[i]!) && t.charAt(gs[i]! + 2) !== '0' &&
    (named(t, gs[i]!, ge[j]!) || countryNamed(t, gs[i]!, ge[j]!, t.slice(gs[i]! + 2, ge[j]!)));
  // (Nor ten digits after a country's letters: 'RU 0055 1487 3926' is a cow's ear tag, not +55 14 …; nor the start
  // of a figure in fours, '0045 8102 3967 4215', a fiscal drive's number.)
  // (The operator's code may be written onto it too, where the country is named: '0035988 7123456, Стара Загора'.)
  const idd = iddBare || (!sign && !intl && j > i && w0 >= 3 && t.startsWith('00', gs[i]!) && (w0 <= 5 || (w0 <= 7 && countryNamed(t, gs[i]!, ge[j]!, t.slice(gs[i]! + 2, ge[j]!).replace(/\D/g, '')))) && (i === 0 || !WS_ONLY.test(seps[i]!)) && !/[a-z]-$/i.test(textBefore(t, gs[i]!, 2)) && !(n <= 12 && COUNTRY_LETTERS.test(textBefore(t, gs[i]!, 4))) && !inFours(groups, i));
  const plus = sign || intl || idd;
  let open = -1; // the group in parentheses: an area or city code
  let trunk = 0; // 1 after '+44 (0)'
  let start = sign ? gs[0]! - 1 : gs[i]!;
  // The national prefix 8 as a group of its own ('8 (800) …', '8 47467 …').
  const lone8 = !plus && w0 === 1 && t.charAt(gs[i]!) === '8';
  // ('7-47545-5-28-14': how the procurement site writes numbers, the 7 without its '+'.)
  const prefix = lone8 || (!plus && w0 === 1 && t.charAt(gs[i]!) === '7');
  // (Hungary's trunk prefix, 06, is written apart from the area code: '06 1 436 2020', '(06-52) 412-550'.)
  const trunk06 = !plus && w0 === 2 && t.startsWith('06', gs[i]!);
  // The international prefix as groups of its own, in place of a '+': '8-10-998-71-240-63-18' (the old way to dial
  // abroad, 8, tone, 10) or 'tél. 00 33 4 91 55 12 34' ('12:00 — 8 …' is a time, not 00).
  const abroad =
    lone8 && j >= i + 3 && eightTen(t, groups, i) && SEP_OK.test(seps[i + 1]!) && SEP_OK.test(seps[i + 2]!)
      ? i + 2
      : !plus && j >= i + 2 && w0 === 2 && t.startsWith('00', gs[i]!) && WS_ONLY.test(seps[i + 1]!) && !/[\d:.]/.test(t.charAt(gs[i]! - 1))
        ? i + 1
        : -1;
  if (abroad > 0) {
    const c = parse(t, groups, abroad, j, true);
    // (Without the '+' that vouches for them, 7–9 digits abroad are too short to trust.)
    // (Russia after '8 10' is dialled so only from Belarus: '8 10 7 495 …'.)
    return c && c.digits.length >= 10 && (abroad === i + 1 || c.digits.charAt(0) !== '7' || region === 'BY') ? { ...c, start: gs[i]! } : null;
  }
  // More than 7 groups ('+33 (0)1 42 68 53 00') is not how anyone writes a phone.
  if (n > 15 || j - i > 6) return null;
  // A '(' before the first group counts only if it closes right after it; otherwise it is the text's own bracket.
  if (!plus && seps[i]!.endsWith('(') && j > i && seps[i + 1]!.charAt(0) === ')') {
    open = i;
    start--;
  } else if ((lone8 || trunk06) && seps[i]!.endsWith('(') && j > i + 1 && seps[i + 2]!.charAt(0) === ')') {
    // '(8 800) 301-47-12', '(8-495) 123-45-67': the prefix inside the area code's brackets (Hungary's too, '(06-52)').
    open = i + 1;
    start--;
  }
  // '(+90) 224 …', '(+84 24) 3825 6677': the country's code (and the area's) in brackets with its '+'.
  let wrapped = sign && t.charAt(start - 1) === '(';
  let odd = false; // a lone digit where none belongs
  let digits = '';
  for (let k = i; k <= j; k++) {
    const g = t.slice(gs[k], ge[k]);
    if (k > i) {
      const s = seps[k]!;
      if (!SEP_OK.test(s) || (s.includes('(') && s.includes(')'))) return null;
      if (s.endsWith('(')) {
        if (open >= 0 || k === j || seps[k + 1]!.charAt(0) !== ')') return null;
        open = k;
      } else if (s.charAt(0) === ')' && open !== k - 1) {
        if (!wrapped || k > i + 2) return null;
        wrapped = false;
        start--;
      }
      // ('+90 (0541) 380 27 19', '+81 090-2271-8830': the trunk 0 written onto the area code; Italy dials its 0.)
      if (plus && k === i + 1 && g.length >= 3 && g.charAt(0) === '0' && g.charAt(1) !== '0' && dropsTrunk(idd ? digits.slice(2) : digits, open === k)) {
        digits += g.slice(1);
        continue;
      }
      if (g.length === 1) {
        // A lone digit leads (8, +7, +1) or stands right after a code: '+44 (0) 20 …' carries a trunk 0 that is
        // not dialled; '+33 1 42 …', '+353 1 …' have one-digit area codes; after an area code in parentheses, or
        // after a country's and an area code, a local number may begin with one ('8 (81378) 2-12-34',
        // '(391) 2-52-14-30', '+995 32 2 47 18 05'). Nowhere else.
        if (plus && k === i + 1 && open === k && g === '0') {
          trunk = 1;
          continue;
        }
        // ('8 47467 2-30-51': a 4–5-digit code after the 8 or 7, unbracketed.)
        // ('8911 5 200 200': or after a mobile's code glued to its 8, the rest grouped to be remembered, or a city's
        // to its trunk 0 abroad: Gyumri's '0312 5 47 80'.)
        const trunk0 = t.charAt(gs[i]!) === '0';
        const afterArea =
          (plus && k === i + 2 + trunk && ge[k - 1]! - gs[k - 1]! >= 2) ||
          (prefix && k === i + 2 && ge[k - 1]! - gs[k - 1]! >= 4) ||
          // (Tbilisi's '032 2 44 18 50', '0 32 2 91 08 45': its numbers begin with a 2 written apart.)
          (!plus && k === i + 1 && (w0 === 4 ? t.startsWith('89', gs[i]!) || trunk0 : w0 === 3 ? trunk0 : trunk06)) ||
          (!plus && k === i + 2 && trunk0 && w0 === 1 && w1 >= 2) ||
          // (Or after a 5-digit code of ours with no 8: '38475-4-70-15', a mine's dispatcher in Mezhdurechensk.)
          (!plus && k === i + 1 && w0 === 5 && RU_CODE.test(t.slice(gs[i]!, gs[i]! + 3))) ||
          // (Or inside the local number of another country's, grouped to be remembered: Belgrade's '+381 11 630 2 630'.)
          (sign && k > i + 2 + trunk && k < j && digits.charAt(0) !== '7') ||
          // (Or ending the local number of one written the national way, in pairs: Cologne's '0221/ 50 60 70 8'.)
          (!plus && trunk0 && k === j && j - i >= 4) ||
          // (Or a mobile's 9 after a two-digit code, then 4-4: Brazil's '65 9 8114-2207', Chile's '56 9 6610 2039'.)
          (!plus && k === i + 1 && w0 === 2 && g === '9' && j === i + 3 && ge[j]! - gs[j]! === 4 && ge[j - 1]! - gs[j - 1]! === 4);
        // (German and Austrian numbers end a company's switchboard with '-0': '+49 5271 621-0', as a direct line
        // ends with its own digits, '621-384'.)
        // (Or written the national way, '089 / 32 90 18-0': the text must name the country then, below. With its code,
        // a space may stand for the hyphen: '+49 521 946 38 0'.)
        const hyphen = /^[-\u2010\u2011]$/.test(seps[k]!);
        const switchboard = k === j && g === '0' && (plus ? /^4[39]/.test(digits) && (hyphen || WS_ONLY.test(seps[k]!)) : hyphen && digits.charAt(0) === '0' && j - i >= 2);
        if (!(plus && k === i + 1 + trunk) && !afterArea && open !== k - 1 && !switchboard) {
          // (Ours, after a label, may split anywhere: 'раб. 8 86 547 4 11 03', 'тел: +7 8655 3 6-41-07'.)
          // ('моб.917-333-0-444': or a mobile without its 8.)
          if (!(w0 === 1 ? prefix || (sign && '78'.includes(t.charAt(gs[i]!))) : !plus && w0 === 3 && t.charAt(gs[i]!) === '9')) return null;
          odd = true;
        }
      }
    }
    digits += g;
  }
  // ('+7 (4852) 00-00-00': nothing but zeros after the area code is a template's.)
  if (open >= 0 && open < j && !/[1-9]/.test(t.slice(ge[open], ge[j]))) return null;
  // '(8 5) 212 3456', '8 612 34 567' near 'Vilnius' or 'UAB': Lithuania dials its trunk 8 as Russia does, before
  // eight digits (a one-digit city code among them, which a Russian number never has).
  // (Tajikistan's landlines too, nine digits after the 8: Khujand's '8 (3422) 6-33-91'.)
  if ((n === 9 || n === 10) && (lone8 || (i === j && t.charAt(gs[i]!) === '8' && named(t, start, ge[j]!)))) {
    const lt = foreign('abroadEight', t, start, ge[j]!, digits);
    if (lt) return candidate(start, lt, true, open >= 0 || j - i >= 2);
  }
  if (odd && (n !== (w0 === 1 ? 11 : 10) || !labelled(t, start))) return null;
  if (idd) digits = digits.slice(2);
  n = digits.length;
  if (idd && (n < 10 || n > 13)) return null;
  const g0 = iddBare ? countryCodeLength(digits) : w0 - (idd ? 2 : 0);
  // (Satellite phones write their network's digits onto the code: Iridium's '+8816 3145 2278' is +881 6…, Thuraya's
  // '+88216 6671 2049' +882 16….)
  const satellite = plus && (g0 === 4 ? n === 12 && digits.startsWith('881') : g0 === 5 && n === 13 && digits.startsWith('88216'));
  // ('0021-24-118736' is a claim's number: 21 is no country's code, and 00 is written onto a whole one.)
  if (idd && !IDD_CODE.test(digits.slice(0, satellite ? 3 : w0 > 5 ? countryCodeLength(digits) : g0))) return null;
  const single = i === j;
  const area = open >= 0 ? ge[open]! - gs[open]! : 0;
  const d0 = digits.charAt(0);
  const d1 = digits.charAt(1);
  // '8.9021.3317.05', '8-0313-5527-64': a catalogue's part number; no one groups a phone 1-4-4-2.
  if (prefix && j - i === 3 && w1 === 4 && ge[i + 2]! - gs[i + 2]! === 4 && wj === 2) return null;
  // Russian area codes are 3–5 digits, in parentheses right after the 8 / +7 prefix.
  const ruParens = open < 0 || (open === i + 1 && area >= 3 && area <= 5);
  const formatted = plus || open >= 0 || j - i >= 2;
  if (plus) {
    // +7 is Russia/Kazakhstan (national numbers start 3–9); '+8 910 …', '+89…' are a common slip for +7.
    if (d0 === '7' || (d0 === '8' && (g0 === 1 || d1 === '9'))) {
      return n === 11 && d1 >= '3' && ruParens ? candidate(start, '7' + digits.slice(1), true, formatted) : null;
    }
    // ('+8190-3318-2204', '+99890 3174258': the operator's code written onto the country's, the rest grouped after it;
    // Bangladesh's is four digits, '+8801712-000111'.)
    const operatorGlued = (sign || idd) && g0 > 3 && g0 <= 7 && n >= 11 && n <= 13 && g0 - countryCodeLength(digits) >= 2 && j - i <= 3;
    if (d0 === '0' || n < 9 || (!single && g0 > 3 && !satellite && !operatorGlued) || (d0 === '1' ? n !== 11 : !single && g0 === 1)) return null;
    if (open >= 0 && open !== i + 1) return null; // '+1 (212) …': parentheses only after the country code
    // ('+99890371254' is a Tashkent number cut short, '+86 139 4518 27' a Chinese mobile: see ONE_LENGTH.)
    const whole = oneLength(digits);
    if (whole && n !== whole) return null;
    return candidate(start, digits, true, formatted);
  }
  // (Glued, the code is followed by a local number as people group it: '8483 4025 900' is a customs code; a
  // mobile's may be spaced to be remembered, '8917 4004 555', not hyphenated as a coupon's, '8916-1234-567'.)
  const glued = g0 === 4 && open < 0 && (w1 === 3 || w1 === 7 || (d0 === '8' && d1 === '9' && j === i + 2 && wj === 3 && WS_ONLY.test(seps[j]!) && WS_ONLY.test(seps[i + 1]!)));
  // (Bare or glued, only a mobile's: '80291548203', '8029 331 07 46'; or a city's after a label: 'Входящий с 80172854619'.)
  const cityAfterLabel = single && /^80(?:1[5-7]|2[1-3])/.test(digits) && named(t, start, ge[j]!);
  // (Or its 80 apart from the operator's code, '80 44 583 19 07', as a Belarusian dictates it.)
  const byMobile = ((single || glued || (g0 === 2 && w1 === 2)) && /^80(?:25|29|33|44)/.test(digits)) || cityAfterLabel;
  if (n === 11 && d0 === '8' && d1 === '0' && (g0 === 1 || byMobile || (!single && g0 >= 4 && g0 <= 6 && wj === 2)) && digits.charAt(2) !== '0' && (open < 0 || open === i + 1)) {
    // Belarus writes its numbers '8 0XX …' ('8 (017) 328-40-19', '8 029 614-32-95', '80225 71-64-39'); no Russian
    // number starts 80.
    return candidate(start, '375' + digits.slice(2), true, formatted);
  }
  if (n === 11 && d0 === '1' && j - i === 3 && g0 === 1 && wj === 4 && d1 >= '2' && digits.charAt(4) >= '2') {
    // North America without its '+': '1-800-555-0127', '1 (416) 555-0164'.
    return candidate(start, digits, true, formatted);
  }
  // '71 98833-4015', '65 9 8114-2207' near 'Brasil': Brazil's two-digit area code, then a mobile's 9 and eight
  // digits, its last four apart (no one here groups an 8 or a 7 with the code's first digit so).
  if (n === 11 && open < 0 && g0 === 2 && wj === 4 && ((j === i + 2 && w1 === 5) || (j === i + 3 && w1 === 1 && ge[i + 2]! - gs[i + 2]! === 4))) {
    const abroad = foreign('abroadPlain', t, start, ge[j]!, digits);
    if (abroad) return candidate(start, abroad, true, formatted);
  }
  // '351 15 677-3015', '11 15 2567-8890' near 'Córdoba': an Argentine mobile without its trunk 0, the 15 apart.
  if (n === 12 && open < 0 && j >= i + 2 && w1 === 2 && g0 >= 2 && g0 <= 4 && digits.startsWith('15', g0)) {
    const abroad = foreign('abroadPlain', t, start, ge[j]!, digits);
    if (abroad) return candidate(start, abroad, true, formatted);
  }
  // (Not '82-51-463-5500': a two-digit code that starts 8 and is no prefix of ours, a country's; see codeApart.)
  if (n === 11 && (d0 === '7' || d0 === '8') && !(d0 === '8' && g0 === 2 && !'34789'.includes(d1))) {
    // The prefix is its own group ('8 (910)…', '8-800-…'), glued to a 3-digit code that the groups after it
    // follow ('8916 204 55 81'), or the whole thing is one run of digits ('89101234567').
    // ('89 16 204 15 38': a mobile as it is said aloud, in a chat or a voicemail's transcript.)
    // (Or grouped any way after a phone label: 'Тел.: 89 037 215 604', 'Телефон: 8916 55 44 021'.)
    // (Or a city's code glued to its 8 after a label: 'Тел.: 87172 64 38 20', Astana.)
    // (Or a mobile with its 8 split by spaces as it was read out, ending in pairs: '89132 55 61 40', '8913 4 02 85 96';
    // a conference's id is grouped '895 1234 5670', a card's '89 160 004 371'.)
    if (!'34789'.includes(d1) || !ruParens) return null;
    // (Asked only of a grouping the prefix's own group or a glued code does not explain: it may read the text before.)
    if (g0 !== 1 && !single && !glued) {
      const regrouped = open < 0 && ((d1 === '9' && ((g0 === 2 && j - i === 4 && w1 === 2 && ge[i + 2]! - gs[i + 2]! === 3) || (d0 === '8' && spokenPairs(groups, i, j)) || labelled(t, start))) || (g0 === 5 && ourCode(digits.slice(1)) && labelled(t, start)));
      if (!regrouped) return null;
    }
    // (Eleven bare digits with a code no Russian or Kazakh number has are a part's or a document's: '83212365946'
    // (BMW), '77034905521' (a notice in «Коммерсантъ»: 703 is no Kazakh mobile's code).)
    if (single && !ourCode(digits.slice(1))) return null;
    return candidate(start, '7' + digits.slice(1), true, formatted);
  }
  // '94 158-72-36' near 'в Узбекистане', '135 0453 7128 (китайский)', '9908-7714' near 'Монголия': a number of a
  // country that dials without a trunk prefix, grouped as its people group it (a bare one only after a label).
  // (Cyprus and Latvia group their eight 2-3-3, '99 318 426', '67 812 345', which Mongolia's '9908-7714' does not:
  // 'Монголия: 99 087 714 т'.)
  const twoThreeThree = n === 8 && j === i + 2 && g0 === 2 && wj === 3;
  if ((n === 7 || n === 8 || n === 9 || (n === 11 && d0 === '1')) && !belarusShort(digits, region) && (twoThreeThree || plainShape(t, groups, i, j, n, open, start))) {
    const abroad = foreign('abroadPlain', t, start, ge[j]!, digits);
    if (abroad && (!twoThreeThree || TWO_THREE_THREE.test(abroad))) return candidate(start, abroad, true, formatted);
  }
  // 'Тел: 998901874533', or grouped after a CIS country's own code, 'WhatsApp: 998 97 315 62 08', or China's,
  // 'TEL: 86-769-2288 1357': a label and a country code. (Only those codes when grouped: '916 123 45 678' after a
  // label is a Russian mobile mistyped.) (The operator's code may be in brackets: 'тел. 998 (70) 714 52 30'.)
  const ownCode = (open < 0 || open === i + 1) && (g0 === 3 ? /^(?:37[3-5]|380|99[2-68])/.test(digits) : g0 === 2 && digits.startsWith('86'));
  // (Grouped so, it may have its country named instead: 'Узбекистан, Самарканд. Отец: 998 97 702 33 18'; any
  // other country's code written apart after a label needs both: 'Tel: 90 242 511 00 22 / Fax: …' (Alanya).)
  const codeApart = open < 0 && !single && !ownCode && g0 === countryCodeLength(digits);
  if ((single || ownCode || codeApart) && foreignBare(digits, codeApart)) {
    // (A Belarusian, Kyrgyz, Uzbek or Turkish mobile in E.164 needs none, as ours does not: '375333627018' in a call
    // log. No ИНН starts so: 37 is Ivanovo's, whose tax offices go up to 11, 99 Baikonur's, 90 Zaporozhye's.)
    const label = (single && NEAR_MOBILE.test(digits)) || named(t, start, ge[j]!) || callEnd(t, start, ge[j]!, digits);
    const country = () => countryNamed(t, start, ge[j]!, digits);
    if (single ? label : ownCode ? label || country() : label && country()) return candidate(start, digits, true, formatted);
  }
  if (belarusShort(digits, region) && ((open === i && area >= 2 && area <= 4) || (open < 0 && labelled(t, start)))) {
    // Belarus without its trunk 0, after a label or an operator's name or with the code in brackets:
    // 'Моб. (44) 712-05-38', 'A1: 29 614-32-95', 'тел. 17 328-40-19'.
    return candidate(start, '375' + digits, true, formatted);
  }
  // '(312) 648-2095': North America's grouping, with an area code no number of ours has (not Chicago's 7312…).
  // (Not where another country is named: the brackets hold its code, '(960) 335-1122' near 'Maldives', '(511)
  // 437-7788' near 'Lima', or its area code, '(222) 248-6130' near 'Puebla', '(601) 742 3300' near 'Bogotá'.)
  const bracketed334 = n === 10 && open === i && area === 3 && j === i + 2 && w1 === 3 && wj === 4;
  const elsewhere = bracketed334 && (foreign('abroadCoded', t, start, ge[j]!, digits) ?? foreign('abroadPlain', t, start, ge[j]!, digits));
  if (elsewhere && !elsewhere.startsWith('1')) return candidate(start, elsewhere, true, formatted);
  if (bracketed334 && NANP.test(digits) && !ourCode(digits)) {
    return candidate(start, '1' + digits, true, formatted);
  }
  // '(907) 441-2873', '406-582-7731' near 'Alaska' or 'USA': North America's grouping, 3-3-4, which no one here
  // writes, with a code of ours (907 is a Russian mobile's too): the text decides. (So it does for India's mobiles,
  // grouped 5-5: 'Mob: 98231 47605', or bare after a label: 'Cell: 9867012345' near 'Mumbai'.)
  // (And Greece's ten digits, a city's code of four and 3-3, '2810 301 455' on Crete, Athens's 3-4-3 '210 3245 780',
  // Chania's 5-2-3 '28210 44 123': no number of ours starts 2 or 69.)
  // (And Nepal's mobiles, ten digits as ours are, bare or 4-6 after a label: 'Mob. 9841234567', 'mob. 9852 012345'
  // near 'Nepal'. With no such country named they stay ours; North America's are read grouped only, so 'USA, cell
  // 9163307215' is ours too.)
  // (Mexico's and Brazil's two-digit area codes then 4-4: Monterrey's '81 8342 7716', Cuiabá's '65 3027-8800'.)
  if (n === 10 && (open < 0 || open === i) && ((j === i + 2 && ((g0 === 3 && w1 === 3) || (g0 === 2 && w1 === 4)) && wj === 4) || (j === i + 2 && wj === 3 && ((g0 === 4 && w1 === 3) || (g0 === 3 && w1 === 4) || (g0 === 5 && w1 === 2))) || (j === i + 1 && (g0 === 5 || (g0 === 4 && w1 === 6))) || (single && named(t, start, ge[j]!)))) {
    const abroad = foreign('abroadPlain', t, start, ge[j]!, digits);
    if (abroad) return candidate(start, abroad, true, formatted);
  }
  // '(11) 3284-7190', '(51) 99182-3746' near 'Brasil': Brazil's two-digit area code in brackets, its last four apart
  // (a mobile's 9 may be apart too: '(51) 9 9623-4571'). So does Mexico's: Guadalajara's '(33) 3615-2290'.
  if (n > 9 && open === i && area === 2 && wj === 4 && (j === i + 2 || (j === i + 3 && w1 === 1))) {
    const abroad = foreign('abroadPlain', t, start, ge[j]!, digits);
    if (abroad) return candidate(start, abroad, true, formatted);
  }
  const e164 = n === 10 ? national(digits, region) : null;
  if (e164) {
    // '(495) 123-45-67', '(8552) 12-34-56': the area code in parentheses stands in for the prefix.
    if (open === i && area >= 3 && area <= 5) return candidate(start, e164, true, formatted);
    // (A mobile's code is 3 digits: India groups its mobiles 5-5, 'Mob: 98231 47605'.)
    if (open < 0 && (single || g0 === 3 || ((g0 === 4 || g0 === 5) && d0 !== '9')) && !(d0 === '8' && d1 === '9')) {
      // 'Телефон: 9163307215', 'тел. 495 123-45-67', 'тел. 7182 55 03 62': a label says it is a phone. (No area code starts 89:
      // 'тел. 8916123456' is a mobile with a digit missing, not a number to dial.)
      // (Ten bare digits only with a code in use at home: 'абонентский номер 3002114875' is a gas account's.)
      const homeCode = ourCode(digits) || (region === 'BY' && d0 === '0') || (region === 'KZ' && d0 === '7');
      // (Nor North America's grouping with a code we do not have: 'My cell 406-582-7731'.)
      const nanp = j === i + 2 && g0 === 3 && w1 === 3 && wj === 4;
      if ((homeCode || (!single && !nanp)) && named(t, start, ge[j]!)) return candidate(start, e164, true, formatted);
      // '910 123-45-67': a mobile written with separators. Bare '9101234567' stays out: it is also an ИНН.
      if (!single && g0 === 3 && needsNoLabel(digits, region)) return candidate(start, e164, false, formatted);
      // ('38471 5-38-24', '3842 55-61-40': a city's code of 4 or 5 digits, its number hyphenated as at home.)
      const local = g0 === 5 ? 1 : 2;
      if (j === i + 3 && (g0 === 4 || g0 === 5) && w1 === local && ge[j - 1]! - gs[j - 1]! === 2 && wj === 2 && seps[j]!.includes('-') && seps[j - 1]!.includes('-') && d0 !== '7' && ourCode(digits) && !MADE_UP.test(digits)) {
        return candidate(start, e164, false, formatted);
      }
      // ('бухгалтерия: 383-299-70-44': a card's field holding a city's code grouped 3-3-2-2, as phones are.)
      if (j === i + 3 && g0 === 3 && w1 === 3 && ge[j - 1]! - gs[j - 1]! === 2 && d0 !== '7' && ourCode(digits) && !MADE_UP.test(digits) && FIELD_BEFORE.test(textBefore(t, start, 40))) {
        return candidate(start, e164, false, formatted);
      }
    }
  }
  // '0555 71-24-93' near 'Кыргызстан' or 'в Оше': a number written the national way of a country the text names.
  // (A lone 0 only before a space or a bracket, '0 (262) 751 20 34', '(0)312 …': '0.12.4931827' is a version.
  // Bare digits only after a label, 'WhatsApp 0555318407', a name, or paired with another such number: see paired.)
  // (Nor one with dots: '04.05.1961', '02.09–12.09' are dates, in Germany as here; but no date has groups of three
  // and more, as Vietnam's 'SĐT: 0935.123.456', nor four groups and nine digits with no year after a dot, as
  // Brussels's '02.512.34.56' ('04–06.02.2026' is a fair's dates).)
  const dots = seps.slice(i + 1, j + 1).some((s) => s.includes('.'));
  const dotted =
    !dots ||
    (g0 >= 3 && ge.slice(i, j + 1).every((e, k) => e - gs[i + k]! >= 3)) ||
    (j - i >= 3 && n >= 9 && seps.slice(i + 1, j + 1).every((s, k) => !s.includes('.') || ge[i + 1 + k]! - gs[i + 1 + k]! <= 3));
  if (d0 === '0' && !e164 && (!single || open >= 0 || named(t, start, ge[j]!) || AFTER_NAME.test(textBefore(t, start, 24)) || paired(t, start, ge[j]!)) && (g0 > 1 || /^\)? *\(?$/.test(plainSep(seps[i + 1]!))) && dotted) {
    // (Not the end of a tracking code, letters and digits mixed before it: 'UPS 1Z 8A4 72E 04 1234 5678, Hamburg';
    // nor an account's after its IBAN's bank letters, 'NL91 ABNA 0417 1643 00'.)
    const before = textBefore(t, start, 12);
    const abroad = (/12345678/.test(digits) && CODE_BEFORE.test(before)) || IBAN_BANK.test(before) ? null : foreign('abroadNational', t, start, ge[j]!, digits);
    if (abroad) return candidate(start, abroad, true, formatted);
  }
  return null;
}

/**
 * Whether bare digits with a trunk 0 have another number with its 0 right beside them, a slash or a table's cell
 * between, each alone in its cell: two numbers of one country listed together, each saying the other is a phone
 * ('0722514880 / 0733221904 (Kisumu, Kenya)', '…\tSylhet\t01552 123 456\t01712345678'; not 'acc 0170299123\t…', an
 * account's). The country must still be named.
 */
function paired(t: string, start: number, end: number): boolean {
  const before = (start <= 40 ? '\n' : '') + textBefore(t, start, 40);
  return CELL_EDGE.test(before) && (PAIR_AFTER.test(t.slice(end, end + 24)) || PAIR_BEFORE.test(before));
}
const CELL_EDGE = /[\t\n/][ \xA0]*$/;
// A name, a person's or a city's, right before bare digits with a trunk 0: 'Дубай, Карама: Прасад 0526611840',
// 'Кишинёв, 068912304'. (An id's label is no name: 'MST 0301234567', 'пасош 012847395', 'Passport: 012345678'.)
const AFTER_NAME = /(?<![\p{L}\p{M}.-])\p{Lu}\p{Ll}+,? $/u;
/** One of Hebrew's one-letter prepositions, which join digits with a hyphen: 'מ-052-4417730' (from 052-…). */
const HEBREW_PREFIX = /(?:^|\s)[בהוכלמש]-$/;
const PAIR_AFTER = /^[ \xA0]*[/\t][ \xA0]*0[1-9](?:[ \xA0-]?\d){7,10}(?![\d.,/-])/;
const PAIR_BEFORE = /[\t\n/][ \xA0]*0[1-9](?:[ \xA0-]?\d){7,10}[ \xA0]*[/\t][ \xA0]*$/;

/** Groups i..j (n digits) as a country without a trunk prefix groups a phone: 'XX XXX-XX-XX', '(XX) …', 'XXXX-XXXX', 'XXX XXXX XXXX'. */
function plainShape(t: string, { gs, ge }: Groups, i: number, j: number, n: number, open: number, start: number): boolean {
  // (An address of a host is none, whatever country is named: 'IP: 91.213.45.67 … Toshkentdagi'.)
  if (IPV4.test(t.slice(gs[i], ge[j]))) return false;
  const len = (k: number): number => ge[k]! - gs[k]!;
  // ('моб.601234578', 'T. 67812345': bare digits after a label; a Chinese mobile's eleven need none, '小王 19945301186'.)
  if (i === j) return n === 11 || (n > 7 && named(t, start, ge[j]!));
  // ('634 81 245': Latvia's landlines outside Riga, Norway's mobiles; '77 79 18 00': Norway's landlines in pairs.)
  // ('41 99 4521', '(7) 866-3400', '7 832 1956': Cuba's, its area code apart; spaced, as no date is: '20.03.2025'.)
  if (n === 8) return (j === i + 2 && len(i) === 2 && len(i + 1) === 2 && len(j) === 4 && /^ +$/.test(t.slice(ge[i]!, gs[j]!).replace(/\d/g, ''))) || (open === i && j === i + 2) || (j === i + 1 && len(i) === 4) || (j === i + 2 && len(i) === 3 && len(i + 1) === 2 && len(j) === 3) || (j === i + 3 && len(i) === 2 && len(i + 1) === 2 && len(i + 2) === 2) || (j === i + 2 && len(i) === 1 && len(i + 1) === 3);
  // ('565 0712': Iceland's seven digits, 3-4; 'mob 5012 345': an Estonian mobile's, 4-3, after a label.)
  if (n === 7) return j === i + 1 && (len(i) === 3 || (len(i) === 4 && t.charAt(gs[i]!) === '5' && named(t, start, ge[j]!)));
  // (Or 3-3-3, as Poland and Czechia group theirs: '601 284 739'; 'Nr zamówienia 600-214-587' is an order, hyphenated
  // so without a phone's label ('kom. 698-451-223'), and so is the second of 'заказы 601 284 739 и 601 284 740', whose
  // label the first one's stands for.)
  // ('9 7745 2218': Chile's mobiles; '90 444 1208': Tajikistan's.)
  if (n === 9) return (j === i + 2 && len(i) < 3 && len(i + 1) + len(i) === 5) || (j >= i + 3 && len(j) === 2 && len(j - 1) === 2) || (open === i && j > i) || (j === i + 2 && len(i) === 3 && len(j) === 3 && (!plainSep(t.slice(ge[i]!, gs[j]!)).includes('-') || named(t, start, ge[j]!) || AFTER_NAME.test(textBefore(t, start, 24))) && !/\d{3} \d{3} \d{3}(?:,| и) $/.test(textBefore(t, start, 16)) && !idRow(t, start, ge[j]!));
  // ('手机: 13706 771 224': a Chinese mobile grouped any way after a label.)
  return (j === i + 2 && len(i) === 3 && len(i + 1) === 4) || (n === 11 && labelled(t, start));
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/** A 3-3-3 that is a table's id: under an id's column header, or opening a line whose amount follows it. */
function idRow(t: string, start: number, end: number): boolean {
  const header = columnHeader(t, start);
  if (header && ID_HEADER.test(header)) return true;
  const from = t.lastIndexOf('\n', start) + 1;
  const to = t.indexOf('\n', end);
  return !t.slice(from, start).trim() && LINE_AMOUNT.test(t.slice(end, to < 0 ? undefined : to));
}
const ID_HEADER = /^\s*(?:№|бейдж|badge|id|заказ|order|nr|номер)(?![a-zа-яё])/i;
const LINE_AMOUNT = /\d[\d \xA0]*(?:[.,]\d{2})?[ \xA0]*(?:pln|try|vnd|czk|eur|usd|rub|руб|₽|zł|kč|tl|inr|egp|rsd|brl)(?![a-zа-яё])/i;

/** Whether bare digits are named a phone: by a label or a log's field before them, their table column, or a messenger after them. */
const named = (t: string, start: number, end: number): boolean =>
  labelled(t, start) || inPhoneColumn(t, start) || PHONE_AFTER.test(t.slice(end, end + 16)) || PHONE_FIELD.test(textBefore(t, start, 12));

/**
 * Whether a phone label ends right before `start` (40: 'Телефон (звонить, а не писать): ' is 32), or before a list
 * of bare numbers this one continues ('Телефон\n9162207814\n9035514420', 'Тел.: 9161234567, 9031234567').
 */
function labelled(t: string, start: number): boolean {
  const near = textBefore(t, start, 40);
  // (A label alone on the line above names the value below it, 'Телефон\n9162207814'; but at a table's row start the
  // line above is its header, and its last cell no label of the first: 'inn,company,contact,phone\n7715904832,…'.)
  if (PHONE_LABEL.test(near)) return !(ROW_START.test(near) && columnHeader(t, start) !== '');
  // (Only after a list's separator: the list's pattern is tried at every place of the text before, which costs.)
  if (!LIST_SEP_BEFORE.test(textBefore(t, start, 12))) return false;
  const before = textBefore(t, start, 160);
  const list = PHONE_LIST_BEFORE.exec(before);
  return !!list && PHONE_LABEL.test(textBefore(before, list.index, 40));
}

/** Whether `start` is in a table's 'Телефон' column. */
const inPhoneColumn = (t: string, start: number): boolean => PHONE_HEADER.test(columnHeader(t, start));
/** Whether a comma-separated cell at `start` holds a phone: under a phone's header, or after a log's time. */
const phoneCell = (t: string, start: number): boolean => inPhoneColumn(t, start) || timeCell(t, start);

// A table's column of extensions ('Телефон\tДобавочный', 'Тел.;Доб.', '| Phone | Ext. |').
const EXT_HEADER = /^\s*"?(?:доб(?:авочн[a-zа-яё]*)?|вн(?:утр[a-zа-яё]*)?(?:\.?\s*тел[a-zа-яё]*)?|ext(?:ension|n)?)\.?(?:\s+номер)?"?\s*$/i;
// The cell right after a number's: an extension's digits alone in it.
const NEXT_CELL = /[ \xA0]*[\t|;][ \xA0]*(\d{1,6})[ \xA0]*(?![^\t|;\r\n])/y;

/** The extension in the cell right after a number's, in a table whose header names that column an extension. */
function extInNextCell(t: string, end: number): string | undefined {
  NEXT_CELL.lastIndex = end;
  const m = NEXT_CELL.exec(t);
  return m && EXT_HEADER.test(columnHeader(t, end + m[0].indexOf(m[1]!))) ? m[1] : undefined;
}

/** The last table columnHeader read: its text, separator, the line it read and the first line of its table. */
let table = { t: '', sep: '', from: -1, top: -1 };

/**
 * The header of the column `start` is in, for a table copied as text: the cells split by a tab, '|' or ';', the
 * header the first of the lines above that are split the same way ('Выгрузка:\nл/с;договор\n78001245673;…').
 */
function columnHeader(t: string, start: number): string {
  const from = t.lastIndexOf('\n', start) + 1;
  if (from === 0) return '';
  const to = t.indexOf('\n', start);
  const line = t.slice(from, to < 0 ? undefined : to);
  let sep = CELL_SEPS.find((c) => line.includes(c));
  // A comma-separated export ('phone,added,reason'): prose has commas too, so only lines with as many commas as this
  // one make its table (a quoted cell's comma or a decimal comma breaks it: the numbers stay unread, none taken).
  const commas = sep ? -1 : count(line, ',');
  if (commas >= 2) sep = ',';
  if (!sep) return '';
  const inTable = commas < 2 ? (l: string) => l.includes(sep) : (l: string) => count(l, ',') === commas;
  let top = from;
  for (let above = t.lastIndexOf('\n', top - 2) + 1; top > 0 && inTable(t.slice(above, top - 1)); above = t.lastIndexOf('\n', top - 2) + 1) {
    // (A line above whose table is known already: a long table's rows are read in order, each walk stops there.)
    if (top === table.from && t === table.t && sep === table.sep) {
      top = table.top;
      break;
    }
    top = above;
  }
  table = { t, sep, from, top };
  if (top === from) return '';
  const column = t.slice(from, start).split(sep).length - 1;
  return t.slice(top, from - 1).split('\n', 1)[0]!.split(sep)[column] ?? '';
}

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

function candidate(start: number, digits: string, strong: boolean, formatted: boolean): Candidate | null {
  // '+7 (999) 999-99-99', '+7 (900) 000-00-00' are input masks' placeholders, not numbers anyone has (abroad too:
  // '+381 (99) 999-9999'); '999 123-45-67' and '912 345-67-89' (libphonenumber's example, which phone inputs show)
  // are what docs and API samples write.
  return MASK.test(digits) ? null : { start, digits, strong, formatted };
}

/** Whether the number starting at `start` is free of glue on its left (a formatted one may touch a word). */
function leftFree(t: string, start: number, lastEnd: number, formatted: boolean): boolean {
  if (start === 0) return true;
  const c = t.charAt(start - 1);
  const b = t.charAt(start - 2);
  // Digits a phone dials after the call connects ('+16465550142,,84512345678#': a meeting's id) are no number.
  if (c === ',' && b === ',') return false;
  // A list written without spaces: '…45-67,8 (910)…', '…45-67/8 (495)…', or two cards' columns run together,
  // '…204-51-38+7 916 204-51-39'.
  if (((c === ',' || c === '/' || c === ';') && lastEnd === start - 1) || (lastEnd === start && t.charAt(start) === '+')) return true;
  if (c === '+' && t.charAt(start) === '+' && b !== '+') return true; // a slip of the finger: '++7 915 …'
  const before = textBefore(t, start, 64);
  if (c === '=' && PHONE_FIELD.test(before)) return true;
  // A link's own target in markup written out as text, '<a href="tel:+7909…">+7 909 …</a>': its text is the number.
  if (c === ':' && ATTRIBUTE_URI.test(before)) return false;
  // A catalogue's part number after its letter: 'A 906 420 02 20' (Mercedes); 'T 916 …', 'M …' label phones.
  if (PART_LETTER.test(before) && PART_START.test(t.slice(start, start + 4))) return false;
  // An EDI message's segment: '+' separates its fields ('NAD+DP+4607023651488::9'), it is no phone's plus.
  if (t.charAt(start) === '+' && EDI_FIELD.test(before)) return false;
  // (A '+' number may also touch a field's counter, 'Телефон 2+7 (495) …', or a log's time.)
  const counter = t.charAt(start) === '+' && (COUNTER_BEFORE.test(before) || TIME_BEFORE.test(before));
  // (And a formatted one may be *emphasised* in a messenger's markup.)
  // (And a mobile with its 8, eleven digits, may touch a lowercase Russian word: a missed space, 'Настя89057218830',
  // 'маме Кати на89261340755'; ids glued to a word are a capital code's, 'НФ890…', or a label's, 'заказ890…'.)
  // (Read only for a number something touches on its left: most have a space there.)
  const touching = () => (formatted && (isLetter(c) || (c === '*' && !HAS_DIGIT.test(b)))) || PHONE_LABEL_GLUED.test(before) || mobileAfterWord(t, start, c);
  if (gluesLeft(c) && !counter && !touching()) return false;
  // A URL path: 'x.ru/deal/79…'; but an Asterisk channel dials the number after its slash: 'PJSIP/trunk/8903…'.
  if (c === '/' && b.trim() && URL_TOKEN.test(before.slice(0, -1)) && !DIAL_STRING.test(before)) return false;
  // '1.2…', '14:30…', '1,5…'; but a '+' or an 8 and a bracket after a colon start a number: 'тел2:+7905…', 'тлф2:8(347)…'.
  // (A comma-separated export's cell is no decimal's fraction: 'op_17,89161234567' under 'agent,dst'.)
  // ('…DS-NSK-04,+73833421890,…': nor is a '+' after a cell's comma, nor a number's cell after a log's time.)
  if ((c === '.' || c === ':' || c === ',') && HAS_DIGIT.test(b) && !(c !== '.' && t.charAt(start) === '+') && !(c === ':' && t.startsWith('8(', start)) && !(c === ',' && phoneCell(t, start))) return false;
  // ('deal-79…', UUIDs; a formatted number after a name and a hyphen is a list's: 'Иван-8 903 418 27 65', and so is
  // a mobile with its 8 after a lowercase word: 'Мама-89026153478'; 'ЗМ-8902…' is a code's.)
  // (Nor is a Hebrew preposition's hyphen glue: 'העברה מ-052-4417730'.)
  if (/[\-\u2010-\u2014]/.test(c) && !PROSE_DASH.test(c) && isAlnum(b) && !(formatted ? isLetter(b) : mobileAfterWord(t, start, b) || HEBREW_PREFIX.test(before))) return false;
  // A word joined by a dot is a user name or a domain ('petrov.89031234567'); 'тел.8916…' is a label's, and so is
  // one before a '+', which no name has: 'т.р.+7 4912 …' (рабочий).
  if (c === '.' && isLetter(b) && t.charAt(start) !== '+' && !labelled(t, start)) return false;
  const label = before.slice(-48); // ('Номер заявки на ипотеку в ДОМ.РФ: ' is 34)
  // (A number with a phone's own marks, its '+' or its area code in brackets, is no id whatever the label:
  // 'Заказ: 8 (3412) 908-400' says where to order.)
  const madeUp = () => MADE_UP.test(t.slice(start, start + 24).replace(/\D/g, ''));
  if ((EXAMPLE_BEFORE.test(label) && (madeUp() || !WRITTEN_AS_PHONE.test(t.slice(start, start + 4)))) || RECORD_NO.test(label) || EXAMPLE_LIST.test(before) || ((FORMAT_BEFORE.test(before) || EXAMPLE_NEAR.test(before)) && madeUp()) || (LABEL_BEFORE.test(label) && !PHONE_MARKS.test(t.slice(start, start + 6)) && !PHONE_OF.test(label))) return false;
  // (A label names a list of bare ids as well as one: 'call_id 79126401871, 79126401872, 79126401874'.)
  if (!formatted && ID_LIST_BEFORE.test(before) && LABEL_BEFORE.test(before.replace(ID_LIST_BEFORE, ' '))) return false;
  // (The phone's label is read only where it decides: 'Телефон лида: 9265521894' is the lead's phone, not its id.)
  if (!formatted && RECORD_BEFORE.test(label) && !labelled(t, start)) return false;
  // (A table's column an id's label heads, 'л/с;договор;…': its bare digits are that id, as after the label itself.)
  if (!formatted && CELL_START.test(label) && LABEL_BEFORE.test(columnHeader(t, start))) return false;
  return !(NOT_PHONE_BEFORE.test(before) && !labelled(t, start));
}

const REJECT = 0;
const OK = 1;
/** Followed by ',' or '/' and a digit: a phone only if another number starts right there (a list). */
const IF_LIST = 2;

function rightFree(t: string, end: number, formatted: boolean): number {
  const c = t.charAt(end);
  if (!c) return OK;
  // (An Asterisk extension's context: 'Executing [89165204718@from-internal:1]'; an e-mail's domain has a dot.)
  if (c === '@') return DIAL_CONTEXT.test(t.slice(end, end + 40)) ? OK : REJECT;
  // (A mobile with its 8, eleven digits, may touch a Russian word on this side too: '…0351звонить после 8',
  // 'тел.89265174402Виталий'; not a unit's: '…0351шт'.)
  if (gluesRight(c) && !(formatted && isLetter(c)) && !(GLUED_WORD.test(t.slice(end, end + 4)) && GLUED_MOBILE_END.test(textBefore(t, end, 12)))) return REJECT;
  const d = t.charAt(end + 1);
  if (JOINER.test(c) && isAlnum(d)) {
    // (A formatted number's last pair after '/' is the next number's or a block's end: '288-61-00/19', '123-45-67/68'.)
    if (c === '/' && formatted && LAST_PAIR.test(t.slice(end + 1, end + 4))) return OK;
    if ((c === ',' || c === '/') && HAS_DIGIT.test(d)) return TIME_AFTER.test(t.slice(end + 1, end + 6)) ? OK : IF_LIST;
    // A word after ',', a prose dash, '/' and a Cyrillic word, or a sentence after a formatted number's '.': the
    // number ends there ('…24-60,т.8-812…', '…640-12-93.Спасибо', '89163002715.Просил'; '67.pdf', 'x.ru' and
    // '…45.Doc' stay glued).
    // (Nor a booking's passenger after '/': 'APM +79135842760/P1', an airline's reservation.)
    // (Nor a courier's card's next field after a '+' number's '/': '…/+79774103892/DS-MSK-07/…'.)
    const word = c === ',' || PROSE_DASH.test(c) || (c === '/' && (isCyrillic(d) || GDS_PAX.test(t.slice(end + 1, end + 5)) || (formatted && isUpper(d)))) || (c === '.' && isUpper(d) && (formatted || isCyrillic(d)));
    if (!word) return REJECT;
  }
  // ('+90 538 71 ***': the rest of a number masked, or lost: its first digits are no number.)
  return MONEY_AFTER.test(t.slice(end, end + 8)) || EXAMPLE_AFTER.test(t.slice(end, end + 40)) || MASKED_AFTER.test(t.slice(end, end + 4)) ? REJECT : OK;
}

/** A separator as written, its no-break and thin spaces read as spaces and its dashes as hyphens. */
const SPACE_BUT_ASCII = new RegExp(`[${SPACE.slice(1)}]`, 'g');
const plainSep = (s: string): string => s.replace(SPACE_BUT_ASCII, ' ').replace(/[\u2010-\u2014]/g, '-');

function sameSep(a: string, b: string): boolean {
  return plainSep(a) === plainSep(b);
}

/**
 * Phone numbers in one text (a text node's data). start/end are UTF-16 offsets of the number as written
 * (with its '+' and area-code parentheses, without the extension).
 */
export function findPhones(text: string, region: PhoneRegion = 'RU'): PhoneMatch[] {
  if (!HAS_DIGIT.test(text)) return [];
  // Full-width brackets and colons, as Chinese and Japanese text writes them ('电话：（0571）8765 4321'), are read as
  // their ASCII forms: one character for one, so the offsets hold.
  if (!UNUSUAL.test(text)) return findVisible(text, region);
  if (FULL_WIDTH.test(text)) text = text.replace(FULL_WIDTH_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!INVISIBLE.test(text)) return findVisible(text, region);
  // Invisible format characters are read as if absent: a mail template's guard against auto-linking
  // ('8\u200B(495)\u200B123-45-67'), bidi marks around a pasted number, a CMS's soft hyphens. Offsets map back.
  const at: number[] = [];
  let visible = '';
  for (let i = 0; i < text.length; i++) {
    if (INVISIBLE.test(text[i]!)) continue;
    at.push(i);
    visible += text[i];
  }
  return findVisible(visible, region).map((m) => ({ ...m, start: at[m.start]!, end: at[m.end - 1]! + 1 }));
}

const FULL_WIDTH_CHARS = '\\uFF08\\uFF09\\uFF1A';
const FULL_WIDTH = new RegExp(`[${FULL_WIDTH_CHARS}]`);
const FULL_WIDTH_ALL = new RegExp(`[${FULL_WIDTH_CHARS}]`, 'g');

/** Soft hyphen, zero-width space/joiners, direction marks and embeddings, word joiner, invisible operators, isolates, BOM. */
const INVISIBLE_CHARS = '\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);
const INVISIBLE_ALL = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
/** Either kind: one scan for the usual text, which has neither. */
const UNUSUAL = new RegExp(`[${INVISIBLE_CHARS}${FULL_WIDTH_CHARS}]`);

// An area code split inside its brackets, as a business card or an OCR writes it ('+7 (813-70) 2-55-18', '8(34-73)
// 25-14-87', '+7 (9 1 7) 405-22-18'), is read whole: its digits together at the bracket's start, spaces after them, so
// the offsets hold. (Not a trunk 8 or 7 in brackets with the code, '(8 800)', '(8-7262)', Lithuania's '(8 46)', nor
// two digits.)
const SPLIT_CODE = new RegExp(String.raw`\((?![78][${SPACE}-]\d+\))(\d{1,4}(?:[${SPACE}-]\d{1,4})+)\)`, 'g');
const joinCode = (all: string, inner: string): string => {
  const d = inner.replace(/\D/g, '');
  return d.length < 3 || d.length > 5 ? all : '(' + d + ' '.repeat(inner.length - d.length) + ')';
};

function findVisible(text: string, region: PhoneRegion): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  let pos = 0;
  let lastEnd = -1; // end of the last number found (lists: '…67/8 …')
  let pending = -1; // index in out of a number followed by ',' or '/' and a digit: kept if a number starts there
  let pendingAt = -1;
  for (;;) {
    RUN_RE.lastIndex = pos;
    const m = RUN_RE.exec(text);
    let waiting = -1;
    if (pending >= 0) {
      if (m && m.index === pendingAt) waiting = pending;
      else out.splice(pending, 1);
      pending = -1;
    }
    if (!m) break;
    pos = m.index + m[0].length;
    if (m[0].length >= 7) {
      const had = out.length;
      const run = m[0].includes('(') ? m[0].replace(SPLIT_CODE, joinCode) : m[0];
      const r = scanRun(run === m[0] ? text : text.slice(0, m.index) + run + text.slice(pos), m.index, run, out, lastEnd, region);
      lastEnd = r.lastEnd;
      if (r.extEnd > pos) {
        pos = r.extEnd;
        // More extensions of the same number, each its own match: '8 800 775-62-40, доб. 3 (выдача), доб. 5 (возврат)'.
        for (let more; (more = nextExt(text, pos, out[out.length - 1]!)); out.push(more)) pos = lastEnd = more.end;
      }
      if (r.listAt >= 0) {
        pending = out.length - 1;
        pendingAt = r.listAt;
      }
      const next = out.length === had && had ? sameOffice(text, out[had - 1]!, m.index, pos) : null;
      if (next) {
        out.push(next);
        lastEnd = pos;
      }
    }
    if (waiting >= 0 && out[waiting + 1]?.start !== m.index) {
      out.splice(waiting, 1);
      if (pending > waiting) pending--;
    }
  }
  if (ODD_GATE.test(text)) {
    if (abroad) abroad.addOddlyWritten(text, region, out, READER);
    else misses++;
  }
  return out;
}

/**
 * After an extension: an aside in brackets, a comma, a name, and another extension ('…, Носков Илья доб. 1189'), or a few
 * words and another 'доб.' ('…, по вопросам возврата — доб. 5'; a department's 'вн.' may be inside only).
 */
const MORE_EXT = /(?:[ \xA0]*\([^()\d\n]{2,32}\))?[ \xA0]*[,;][ \xA0]*(?:\p{Lu}\p{Ll}+[ \xA0]+(?:\p{Lu}\p{Ll}+[ \xA0]+)?(?:[–—-][ \xA0]*)?|(?:\p{Ll}+[ \xA0]+){1,4}(?:[–—-][ \xA0]*)?(?=доб))?((?:[дД]об|[вВ]н|[eE]xt)\.?[ \xA0]*(\d{1,6}))(?![\p{L}\p{N}])/uy;

/** The extension written right after a number ending at `end`, and where it ends. */
function extAfter(t: string, end: number): { ext: string; end: number } | null {
  EXT_START.lastIndex = EXT_RE.lastIndex = end;
  const e = EXT_START.test(t) ? EXT_RE.exec(t) : null;
  return e && { ext: e[1]!.replace('-', ''), end: EXT_RE.lastIndex }; // ('доб. 51-14', grouped as a number's last digits are)
}

function nextExt(t: string, at: number, prev: PhoneMatch): PhoneMatch | null {
  MORE_EXT.lastIndex = at;
  const m = MORE_EXT.exec(t);
  return m ? { start: MORE_EXT.lastIndex - m[1]!.length, end: MORE_EXT.lastIndex, digits: prev.digits, ext: m[2]! } : null;
}

// Numbers written in ways a run cannot hold (one odd separator throughout, a slash after an area code, a code in
// square brackets or a cell of its own, pauses, a broken line) are read by phone-odd.ts, which comes with the tables
// abroad. Its test: a digit (or a bracket) before such a separator, or a line broken between digits.
const ODD_GATE = /[\d\])][ \xA0]*(?:[/_\t\u2022\u00B7[]|\.\.\.|…)|[\d-]\r?\n[ \xA0>]*\d/;

/** What phone-odd.ts reads with: the text's numbers, a whole Russian number at a place, our codes. */
const READER: OddReader = {
  findVisible,
  ourCode,
  // A Russian number written whole from start to end, '8' or '+7' and ten digits, free at both ends; its extension after it.
  whole(t, start, end) {
    const c = leftFree(t, start, -1, true) && rightFree(t, end, true) !== REJECT && candidate(start, '7' + t.slice(start, end).replace(/\D/g, '').slice(1), true, true);
    const e = c && extAfter(t, end);
    return c ? (e ? { start, end, digits: c.digits, ext: e.ext } : { start, end, digits: c.digits }) : null;
  },
};

/** Between an office's numbers: a comma, a semicolon, a slash, 'и', 'или'. */
const OFFICE_SEP = /^[ \xA0]*(?:[,;/]|и|или)[ \xA0]*$/;
const shape = (s: string): string => plainSep(s.replace(/\d/g, '0'));

/**
 * More lines of the same office written with their local part only, grouped as the first number's local part
 * is: '(495) 123-45-67, 123-45-68', '8 4852 59-70-12, 59-70-13'. They take the first number's code (a local
 * number has at most 8 digits).
 */
function sameOffice(t: string, prev: PhoneMatch, start: number, end: number): PhoneMatch | null {
  if (prev.ext !== undefined || !OFFICE_SEP.test(t.slice(prev.end, start))) return null;
  const local = t.slice(start, end);
  const written = t.slice(prev.start, prev.end);
  const at = written.length - local.length;
  // (The first number's own local part, or a line before that took its code: '…48-56-12; 48-56-13; 48-56-14'.)
  if (at < 0 || (at > 0 && isDigit(written.charCodeAt(at - 1))) || !/\D/.test(local) || shape(written.slice(at)) !== shape(local)) return null;
  const tail = local.replace(/\D/g, '');
  if (tail.length > 8) return null;
  const digits = prev.digits.slice(0, -tail.length) + tail;
  return rightFree(t, end, true) === OK && candidate(start, digits, true, true) ? { start, end, digits } : null;
}

/**
 * Numbers in a field whose label the page shows apart from it, as a table's column header: under a phone label
 * a bare number counts as it would right after one ('Телефон' over a cell '9036127748'; an 'ИНН' column's stays
 * out). The text is read as if the label stood right before it.
 */
export function findPhonesUnder(label: string, text: string, region: PhoneRegion = 'RU'): PhoneMatch[] {
  if (!isPhoneHeader(label)) return findPhones(text, region);
  const shift = FIELD_LABEL.length;
  return findPhones(FIELD_LABEL + text, region).map((m) => ({ ...m, start: m.start - shift, end: m.end - shift }));
}
const FIELD_LABEL = 'тел.: ';

/** Whether a column's header (or a field's label shown apart) names phones: 'Телефон', 'Моб.', 'Phone number'. */
export const isPhoneHeader = (label: string): boolean => PHONE_HEADER.test(label);

/**
 * Whether bare digits are a phone only if a label says so (so a column's header is worth reading): '9036127748'
 * yes; '7707083893' no (no Russian number starts 7: an ИНН whatever the header), nor '89161234567' (one anyway).
 */
export function needsLabel(digits: string, region: PhoneRegion = 'RU'): boolean {
  return digits.length === 10 ? national(digits, region) !== null : belarusShort(digits, region) || foreignBare(digits);
}

/** Finds the numbers of one run (fewer than 7 chars never hold one), appending to out. */
function scanRun(text: string, base: number, r: string, out: PhoneMatch[], lastEnd: number, region: PhoneRegion): { lastEnd: number; extEnd: number; listAt: number } {
  const gs: number[] = [];
  const ge: number[] = [];
  const seps: string[] = [];
  for (let k = 0; k < r.length; ) {
    let s = k;
    while (k < r.length && !isDigit(r.charCodeAt(k))) k++;
    // (Pasted documents space out brackets, '8 ( 343 ) 217 - 45 - 09': the spaces inside them are dropped.)
    const sep = r.slice(s, k);
    seps.push(sep.length > 1 && /[()]/.test(sep) ? sep.replace(SPACED_OPEN, '(').replace(SPACED_CLOSE, ')') : sep);
    s = k;
    while (k < r.length && isDigit(r.charCodeAt(k))) k++;
    gs.push(base + s);
    ge.push(base + k);
  }
  const G = gs.length;
  const run: Groups = { gs, ge, seps, region };
  const spelled = G === 11 ? spelledOut(text, run, lastEnd) : null;
  if (spelled) {
    out.push(spelled);
    return { lastEnd: spelled.end, extEnd: -1, listAt: -1 };
  }
  const len = (k: number): number => ge[k]! - gs[k]!;
  const startsStrong = (k: number): boolean => {
    for (let j = Math.min(k + 6, G - 1); j >= k; j--) if (parse(text, run, k, j)?.strong) return true;
    return false;
  };
  // A group standing alone between spaces (or at the run's edge): it could be more of the same number.
  // (Not after a '№', which numbers something: 'Звонок №2 8 903 771 02 48', nor a word's digit: the operator's 'A1 8 044 …'.)
  const bareLeft = (k: number): boolean =>
    k === 0 ? !seps[0] && !/[:.,/-]/.test(text.charAt(gs[0]! - 1)) && !isLetter(text.charAt(gs[0]! - 1)) && !NUMBERED.test(textBefore(text, gs[0]!, 2)) : WS_ONLY.test(seps[k]!);
  const bareRight = (k: number): boolean => (k === G - 1 ? !/[:,/]/.test(text.charAt(ge[k]!)) : WS_ONLY.test(seps[k + 1]!));

  let extEnd = -1;
  let listAt = -1;
  let prev = -2; // last group of the previous number in this run
  // A number its left side rules out ('например 8 (912) …', 'ИНН…') takes its groups along: '(912) 345-67-89'
  // inside it is not a number of its own.
  let ruledOut = -1;
  for (let i = 0; i < G; ) {
    // (Up to 7 groups, and two more after a '8 10' dialled abroad: '8 10 995 32 2 31 00 07'.)
    let j = Math.min(i + (eightTen(text, run, i) ? 8 : 6), G - 1);
    let found: PhoneMatch | null = null;
    // (undefined: not tried yet; null: none.)
    let loose: ReturnType<typeof looseNumber> | undefined;
    for (; !found; j--) {
      if (j < i || loose) {
        // Nothing of a phone's usual shape starts here: last, a local part grouped any way, tried once.
        if (loose !== undefined || !(loose = looseNumber(text, run, i))) break;
        j = loose.j;
      }
      const c = loose ? loose.c : parse(text, run, i, j);
      if (!c) continue;
      // Left edge: the text before the run, or a neighbouring group of the same run (a date, another number).
      if (i === 0) {
        if (!leftFree(text, c.start, lastEnd, c.formatted)) {
          ruledOut = Math.max(ruledOut, j);
          continue;
        }
      } else {
        const s = seps[i]!;
        // ('1)89273104456 2)89273104457': a list's numbering glued to each number.)
        const numbered = s === ')' && len(i - 1) <= 2 && (i === 1 ? !seps[0] && !text.charAt(gs[0]! - 1).trim() : WS_ONLY.test(seps[i - 1]!));
        // ('+7 029 614-27-83': a trunk 0 after a country's code is a number written wrong, not one of its own.)
        if (!c.strong || !(HAS_WS.test(s) || numbered) || (i === 1 && seps[0] === '+' && text.charAt(gs[1]!) === '0')) continue;
        // '12 8 910 123 45 67': a short loose group written like the number's own groups may belong to it.
        if (prev !== i - 1 && len(i - 1) <= 4 && bareLeft(i - 1) && j > i && sameSep(s, seps[i + 1]!)) continue;
      }
      const end = ge[j]!;
      let ext: string | undefined;
      if (j === G - 1) {
        const e = extAfter(text, end);
        if (e) {
          ext = e.ext;
          extEnd = e.end;
        } else {
          const f = rightFree(text, end, c.formatted);
          if (f === REJECT) continue;
          // (A '+' number is whole as written: ',' and digits after it are the next field, '…,+7916…,2024-05-16'.)
          // (A comma-separated export's phone column: the next cell is another field, 'phone,added\n7903…,2025-03-02'.)
          // (Nor is a dial string's: 'SIP/trunk-mts/89165204718,60,tT' dials for 60 s.)
          if (f === IF_LIST && text.charAt(c.start) !== '+' && !(text.charAt(end) === ',' && (phoneCell(text, c.start) || DIAL_STRING.test(textBefore(text, c.start, 40))))) listAt = end + 1;
        }
      } else {
        const s = seps[j + 1]!;
        if (!c.strong || !HAS_WS.test(s)) continue;
        // '8 910 123 45 67 89': the number goes on; '… 45 67 12.05.2024' or '… 45 67 8 800 …' do not.
        if (j > i && len(j + 1) <= 4 && bareRight(j + 1) && sameSep(s, seps[j]!) && !startsStrong(j + 1)) continue;
      }
      found = { start: c.start, end, digits: c.digits };
      ext ??= extInNextCell(text, end);
      // (A signature's extension in brackets, alone at its line's end: 'т. +7 831 433-58-20 (201)'.)
      const bracketed = ext === undefined && c.strong ? BRACKET_EXT.exec(text.slice(end, end + 8)) : null;
      if (bracketed) {
        ext = bracketed[1];
        extEnd = end + bracketed[0].length;
      }
      if (ext !== undefined) found.ext = ext;
    }
    if (!found) {
      i = Math.max(i, ruledOut) + 1;
      continue;
    }
    out.push(found);
    lastEnd = Math.max(found.end, extEnd);
    prev = j + 1; // the loop's j-- ran once more after the match
    i = prev + 1;
  }
  return { lastEnd, extEnd, listAt };
}

/** Between the groups of a loosely grouped local number: what may part a phone's groups, but no bracket, dot or line break. */
const looseSep = (s: string): boolean => SEP_OK.test(s) && !/[().\n]/.test(s);

/**
 * A number whose local part is grouped any way, as a hurried hand or a speech recogniser groups it
 * ('8 861 2 99 40 17', '+7 903 1 5 5 6 0 2 8', '8 (4722) 3 3-50-17'): after the 8 or +7 and a 3-digit code, after
 * an area code in parentheses, or after an 8 glued to a 4-digit one ('84872 35 61 90'), groups of 1–4 digits that
 * add up to exactly the local number's length.
 * Returns the number and its last group, for scanRun to check its edges as it does parse's.
 */
function looseNumber(t: string, { gs, ge, seps, region }: Groups, i: number): { j: number; c: Candidate } | null {
  const G = gs.length;
  const sign = i === 0 && seps[0] === '+';
  const lead = ge[i]! - gs[i]! === 1 ? t.charAt(gs[i]!) : '';
  // ('84872 35 61 90': the trunk 8 glued to a 4-digit area code, which starts 3, 4 or 8; '8952 91 44 763' to a
  // mobile's code, as people dictate it, or to its first digit, the rest in pairs: '89 13 91 72 34 5'.)
  const w = ge[i]! - gs[i]!;
  const glued = !sign && t.charAt(gs[i]!) === '8' && (w === 5 ? '348'.includes(t.charAt(gs[i]! + 1)) : (w === 4 || w === 2) && t.charAt(gs[i]! + 1) === '9');
  const code = lead === (sign ? '7' : '8') ? i + 1 : i;
  if (code >= G - 1 || (code > i && !SEP_OK.test(seps[code]!))) return null;
  const area = glued ? w - 1 : ge[code]! - gs[code]!;
  const bracketed = seps[code]!.endsWith('(') && seps[code + 1]!.charAt(0) === ')';
  if (bracketed ? area < 3 || area > 5 : !glued && (code === i || area !== 3)) return null;
  let digits = t.slice(gs[code]! + (glued ? 1 : 0), ge[code]);
  for (let k = code + 1; k < G && digits.length < 10; k++) {
    const size = ge[k]! - gs[k]!;
    // (After a glued code, only the pairs and triples a phone's six digits are written in: '84872 03 2024' is a date;
    // after a glued 9, only pairs, the last may be a triple: 'номер заявления 89 161 234 567' is an id.)
    if (size > 4 || (glued && (w === 2 ? size > (digits.length + size === 10 ? 3 : 2) : size < 2 || size > 3)) || !(k === code + 1 ? SEP_OK.test(seps[k]!) : looseSep(seps[k]!))) return null;
    digits += t.slice(gs[k], ge[k]);
    if (digits.length !== 10) continue;
    const e164 = national(digits, region);
    // (Nothing but zeros after the code is a template's, as in parse; '8 (495) 1 2 3 4 5 6 7' a sample's.)
    const local = digits.slice(area);
    const c = e164 && /[1-9]/.test(local) && !'1234567'.startsWith(local) ? candidate(sign || (bracketed && code === i) ? gs[i]! - 1 : gs[i]!, e164, true, true) : null;
    return c && { j: k, c };
  }
  return null;
}

const SPACED_DASH = /^ [\-\u2010-\u2014] $/;

/**
 * A number spelled out digit by digit, the run nothing but its 11 digits ('мой тел 8 9 2 6 3 4 1 7 0 5 2',
 * 'номер 8 4 9 5 3 2 1 0 7 6 4', '8 9 1 6 – 7 0 7 – 1 2 – 3 4', as chats and voicemail transcripts write it). A
 * letter-spaced scan of requisites ('И Н Н 6 3 1 5 …') is no number.
 */
function spelledOut(t: string, { gs, ge, seps }: Groups, lastEnd: number): PhoneMatch | null {
  let digits = '';
  for (let k = 0; k < 11; k++) {
    if (ge[k]! - gs[k]! !== 1 || (k > 0 && seps[k] !== ' ' && !SPACED_DASH.test(seps[k]!))) return null;
    digits += t.charAt(gs[k]!);
  }
  const sign = seps[0] === '+';
  if (!(sign ? /^7[3489]/.test(digits) : /^[78][3489]/.test(digits)) || (seps[0] && !sign)) return null;
  const start = gs[0]! - (sign ? 1 : 0);
  const end = ge[10]!;
  return leftFree(t, start, lastEnd, false) && rightFree(t, end, false) === OK ? { start, end, digits: '7' + digits.slice(1) } : null;
}

/** No number has fewer digits (parse's first check: another line of the same office follows a number of its own). */
const MIN_DIGITS = 7;

/**
 * Whether a text has digits enough to hold a number: a test cheaper than the detector for the many short texts of
 * a page (amounts, counts, years), before it runs or its answer is kept.
 */
export function mayHoldPhone(text: string): boolean {
  for (let i = 0, n = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i)) && ++n === MIN_DIGITS) return true;
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const EXT_TAIL = /[\s,]*\(?(?:доб(?:авочный)?|вн(?:утр(?:енний)?)?(?:\.?\s?тел)?|д(?=\.)|ext(?:ension|n)?|wew|x|#)\.?:?\s*\d{1,6}\)?\s*$/i;

/**
 * The digits to dial for typed, selected or tel: text: '8 (910) 123-45-67' → '79101234567',
 * '+44 20 7946 0958' → '442079460958', 'tel:+7-910-123-45-67' → '79101234567'; anything else → null.
 * Idempotent on its own output and on findPhones digits.
 */
export function normalisePhone(input: string, region: PhoneRegion = 'RU'): string | null {
  let s = input.replace(INVISIBLE_ALL, '').trim();
  const uri = /^(?:tel|callto|sip|sips|phone):(?:\/\/)?/i.exec(s);
  if (uri) {
    s = s.slice(uri[0].length);
    try {
      s = decodeURIComponent(s);
    } catch {
      return null;
    }
    s = s.replace(/[;@?].*$/, ''); // tel: parameters (';ext=', ';phone-context='), a SIP host
  }
  s = s.replace(EXT_TAIL, '').trim();
  if (!/^\+?[\d\s().\-\u2010-\u2014]+$/.test(s)) {
    // Selected text with words around one number: 'Тел.: 8 (910) 123-45-67'.
    const found = findPhones(input, region);
    return found.length === 1 ? found[0]!.digits : null;
  }
  let plus = s.charAt(0) === '+';
  if (plus) s = s.replace(/\(0\)/, ''); // '+44 (0) 20 …': the trunk 0 is not dialled
  let d = s.replace(/\D/g, '');
  if (!plus && d.startsWith('00')) {
    d = d.slice(2); // international prefix 00
    plus = true;
  } else if (!plus && d.length > 11 && d.startsWith('810')) {
    d = d.slice(3); // Russian international prefix 8~10
    plus = true;
  }
  const n = d.length;
  const d0 = d.charAt(0);
  const d1 = d.charAt(1);
  if (n === 11 && !plus && d0 === '8' && d1 === '0' && d.charAt(2) !== '0') return '375' + d.slice(2); // Belarus: '8 029 …'
  // '+8 910 …' is a slip for +7 when the 8 stands alone (or before a 9: no country code starts 89); '+852 …',
  // '+84 91 …' are Hong Kong and Vietnam.
  const slip = plus && d0 === '8' && (d1 === '9' || /^\+8[^\d]/.test(s));
  if (n === 11 && (d0 === '7' || (d0 === '8' && (!plus || slip)))) {
    // Russia / Kazakhstan: 8 and the +8 slip mean +7.
    return d1 >= '3' && (plus || '34789'.includes(d1)) ? '7' + d.slice(1) : null;
  }
  if (n === 10 && !plus) return national(d, region); // a number without its 8: '(495) 123-45-67', BY '(029) 614-32-95'
  // E.164 with or without '+': 11–15 digits without it (shorter bare digits are local or ids).
  if (n > 15 || n < (plus ? 7 : 11) || d0 === '0' || d0 === '7' || (d0 === '1' && n !== 11)) return null;
  return d;
}

/**
 * A number for people: '79101234567' → '+7 910 123-45-67', '78001234567' → '8 800 123-45-67',
 * others '+' and the digits in simple groups. Short digits (an internal extension) are returned as they are.
 */
export function formatPhone(digits: string): string {
  const d = digits.replace(/\D/g, '');
  if (d.length < 7) return d || digits;
  if (d.length === 11 && d.charAt(0) === '7') {
    const a = d.slice(1, 4);
    return `${a === '800' ? '8' : '+7'} ${a} ${d.slice(4, 7)}-${d.slice(7, 9)}-${d.slice(9)}`;
  }
  if (d.length === 11 && d.charAt(0) === '1') return `+1 ${d.slice(1, 4)} ${d.slice(4, 7)}-${d.slice(7)}`;
  const cc = d.slice(0, CC2.includes(' ' + d.slice(0, 2)) ? 2 : '17'.includes(d.charAt(0)) ? 1 : 3);
  const groups = [cc];
  let rest = d.slice(cc.length);
  while (rest.length > 4) {
    groups.push(rest.slice(0, 3));
    rest = rest.slice(3);
  }
  if (rest) groups.push(rest);
  return '+' + groups.join(' ');
}

// Two-digit country codes (the rest are one digit, 1 and 7, or three digits).
const CC2 = ' 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98';
