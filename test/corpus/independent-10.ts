/**
 * Independent corpus, tenth set: written by someone who had not seen the detector's rules, its tests or the main
 * corpus. Genres: international and bilingual business text as it lands in a Russian company's CRM — e-mails and
 * signatures from partners in China, Turkey, the UAE, India, Germany, Italy, Poland, the UK, the US, Israel, Serbia,
 * Vietnam, Korea, Japan and Brazil, exhibition badge scans and business cards, import/export documents (B/L, AWB,
 * invoices, packing lists, customs declarations, letters of credit), hotel/transfer/travel contacts abroad, and the
 * Russian side's own signatures and timeline notes about those partners. Positive forms: each country's international
 * format written the way people really write it — spaces, hyphens, dots, slashes ('+49 30/1234-5678'), brackets around
 * the area code ('+90 (212) …', '+55 (51) …'), the trunk '(0)' after the country code (UK, Germany, UAE, China, Japan,
 * Serbia, Israel, Vietnam — dropped in the expected value), the German direct-dial style '+49 40 54703-318' (the whole
 * digit run is the number), the '00' prefix ('0049 89 …', '00971 4 …', '0044 (0)121 …'), compact '+8613957912684',
 * no-break spaces and non-breaking hyphens, labels Tel:/Mob:/M:/T:/D:/Direct:/Cell./kom./WhatsApp/WeChat/Zalo, and
 * extensions 'ext. 204', 'x 12', 'Ext. 118', 'доб. 45'. Traps: VAT/USt-IdNr/P.IVA/NIP/GSTIN/IEC/TRN/EORI/PIB/CNPJ/
 * Korean BRN/Japanese corporate numbers, IBAN/SWIFT/sort codes/account numbers, HS and ТН ВЭД codes, container, seal,
 * B/L, AWB and booking numbers, invoice/PO/contract numbers, US and European dates, times with time zones
 * ('14:00 GMT+3'), flight numbers and e-ticket numbers, prices in USD/EUR/CNY/JPY/INR with grouped digits, ISBN,
 * serial numbers and IMEI, postcodes, 'Room 1204', Zoom/Teams meeting IDs, a phone-shaped number labelled 'Ref.',
 * phone numbers inside e-mail addresses and file names, a partially masked number and an input-format example.
 * Labelling decisions: foreign numbers written only in national form (no country code) were left out of the corpus
 * entirely; extensions written in foreign words a Russian manager would not know ('Durchwahl', 'wew.', 'interno',
 * 'Dahili', '内線') were left out, and so was the Italian '+39 (0)…' form (Italian keeps its leading 0, so the
 * bracket is misleading); an extension is attached only when it directly follows its number; numbers marked as old or
 * "WhatsApp only" are still expected; a number repeated in one snippet is listed twice; Russian numbers on the
 * company's own side are expected as usual; a badge ID, a booking "conf. no." and order/ref. numbers that happen to
 * look like phone numbers are traps because their label says what they are.
 *
 * First run, before any rule changed for it: ours 0.995 / 0.969 (6 of 193 missed, one false match);
 * libphonenumber-js findNumbers 0.904 / 0.876. Then read: a country's code in brackets with its '+' ('(+90) 224 …',
 * '(+84 24) 3825 6677'); and a customs code '8483 4025 900' is no longer taken for '8 483 …'. Still missed: German
 * numbers with '/' after the area code ('+49 30/1234-5678', '+49 (0)30 / 2061 7744').
 */
import type { Kind } from './phones.ts';

/** [kind, text, ...expected numbers] */
export const independent10: [Kind, string, ...string[]][] = [
  // ───────────── Китай: письма, подписи, WeChat ─────────────
  ['email', 'Dear Mr. Ivanov,\nplease find attached our updated price list for Q2.\nBest regards,\nLily Zhang | Sales Manager\nNingbo Haitian Hardware Co., Ltd.\nTel: +86-574-8765-4321\nMob/WeChat: +86 138 0574 2216', '8657487654321', '8613805742216'],
  ['email', 'Kevin Wu\nExport Dept.\nShenzhen Lianda Electronics Co., Ltd.\nT: +86 755 2661 3380 ext. 806\nM: +86 139 2845 0071\nSkype: kevin.lianda', '8675526613380;ext=806', '8613928450071'],
  ['email', 'Dear partner,\nour factory will be closed for the Spring Festival from 01/28/2025 to 02/12/2025. Orders placed after 01/20/2025 will ship from 02/15/2025.\nSorry for any inconvenience.\nAmy'],
  ['contact', 'WhatsApp/WeChat: +86 186 2190 4473 (Mr. Chen, English OK)', '8618621904473'],
  ['timeline', 'Звонила Лили из Нинбо, просила перезвонить на мобильный +86 13805742216 после 10:00 по Пекину (05:00 МСК).', '8613805742216'],
  ['invoice', 'PROFORMA INVOICE No. HT-PI-20250317-08\nDate: 2025-03-17\nBuyer: OOO "Tekhnosnab", Moscow\nTotal: USD 48,612.50 (SAY US DOLLARS FORTY EIGHT THOUSAND SIX HUNDRED TWELVE AND CENTS FIFTY ONLY)\nPayment: 30% T/T in advance, 70% against copy of B/L'],
  ['contact', 'Shanghai office: +86-21-6123-4567, fax +86-21-6123-4568', '862161234567', '862161234568'],
  ['requisites', 'Beneficiary: YIWU JINSHENG TRADING CO., LTD\nA/C No.: 3301 0405 2600 1878 8\nBank: Bank of China, Zhejiang Branch\nSWIFT: BKCHCNBJ92A'],
  ['email', '王经理 / Manager Wang\n电话 Tel: 0086 579 8551 2037\n手机 Mob: 0086 135 6791 2048', '8657985512037', '8613567912048'],
  ['deal', 'Образцы из Гуанчжоу: 3 шт. по CNY 1 280, доставка DHL CNY 645. Итого CNY 4 485 = 55 612 ₽ по курсу 12,40.'],
  ['email', 'Hi Anna,\nthe container will be loaded on Friday. Any urgent issue pls call me directly +86 (20) 8392 5106 or my colleague Jason +86 (0) 20 8392 5117.\nTony', '862083925106', '862083925117'],
  ['delivery', 'Container No.: TGHU 876543 2\nSeal No.: CN2451187\nB/L No.: COSU6351248870\nVessel/Voyage: COSCO SHIPPING ARIES / 047W\nETD Shanghai 03/22/2025, ETA St. Petersburg 05/04/2025'],
  ['requisites', 'Unified Social Credit Code: 91330782MA2D4K7X1Q\nCustoms Reg. No.: 3318964512\nPostcode: 322000 Yiwu, Zhejiang'],
  ['contact', 'Mr. Zhou (Yiwu agent): +8613957912684, QQ 2845117063', '8613957912684'],
  ['invoice', 'Alibaba Trade Assurance order #2417 8853 0012 6690, paid USD 3,860.00 on 2025-02-11 09:42 (GMT+8).'],
  ['email', 'Qingdao port agent Sunny Liu\nTel: +86 532 8099 1234\nMob: +86 133 7542 0916\nPlease call before 17:00 Beijing time (12:00 Moscow).', '8653280991234', '8613375420916'],
  ['contact', 'Lily Zhang, mobile +86 138 0013 8000, e-mail 13800138000@163.com, QQ mail 2845117063@qq.com', '8613800138000'],
  ['delivery', 'China Post EMS EE123456789CN, второй пакет RR 9876 5432 1CN, вес 2,35 кг, отправлено 03/14/2025.'],

  // ───────────── Турция ─────────────
  ['email', 'Saygılarımla / Best regards\nMehmet Yılmaz\nExport Manager\nAkdeniz Tekstil San. ve Tic. A.Ş.\nT: +90 (212) 555 12 34\nM: +90 (532) 417 88 06\nF: +90 (212) 555 12 35', '902125551234', '905324178806', '902125551235'],
  ['contact', 'Ayşe Demir (закупщик, Измир), моб. +90 533 412 77 05, WhatsApp тот же', '905334127705'],
  ['requisites', 'Vergi Dairesi: Bağcılar\nVergi No: 012 345 6789\nMERSİS No: 0123 4567 8900 0015\nIBAN: TR33 0006 1005 1978 6457 8413 26'],
  ['timeline', 'Созвон с Анкарой: офис +90-312-468-21-90, доб. 45 (Селин). Договорились о пробной партии.', '903124682190;ext=45'],
  ['deal', 'Рейс TK 414 Стамбул — Москва, вылет 14:35 (GMT+3), прилёт 18:50. Бронь PNR 6XKQ2B, билет 235 2145 678901.'],
  ['email', 'Sent from my iPhone\n\nMurat Kaya\n+90 216 444 05 73 / +90 549 873 22 10', '902164440573', '905498732210'],
  ['contact', 'Bursa factory (fabrika): (+90) 224 243 17 80, ask for Hakan Bey', '902242431780'],
  ['invoice', 'GTİP / HS Code: 6204.62.31.00.00\nBeyanname No: 25341300EX123456\nFatura No: AKD2025000001847'],
  ['contact', 'Mob. 0090 532 611 24 09 (Emre, lojistik)', '905326112409'],
  ['deal', 'Teklif / Offer: 12.500 adet × USD 3,85 = USD 48.125,00; nakliye EUR 2.350,00 FCA Istanbul.'],
  ['delivery', 'Kargo takip no: 1234 5678 9012 (Aras Kargo). Sorun olursa Selin Hanım: +90 232 464 90 12', '902324649012'],
  ['timeline', 'Встреча в 14:00 TRT (GMT+3) — по Москве то же время. Zoom ID 845 2217 6093, код доступа 550142.'],
  ['contact', 'Mehmet Bey — старый номер (не работает с марта): +90 212 555 12 30; новый: +90 (212) 555 12 34', '902125551230', '902125551234'],

  // ───────────── ОАЭ ─────────────
  ['email', 'Best Regards,\nRahul Menon\nProcurement Lead\nAl Noor General Trading LLC\nP.O. Box 123456, Deira, Dubai, UAE\nTel: +971 4 123 4567\nMob: +971-50-123-4567', '97141234567', '971501234567'],
  ['contact', 'Dubai showroom: 00971 4 332 1456 | Abu Dhabi: 00971 2 665 0890', '97143321456', '97126650890'],
  ['requisites', 'TRN (Tax Registration Number): 100 2345 6789 0003\nTrade Licence No.: 786512\nP.O. Box 45321, Sharjah'],
  ['timeline', 'Омар из Шарджи прислал новый номер: +971 (0)55 765 4321. Старый +971 56 210 3344 больше не отвечает.', '971557654321', '971562103344'],
  ['deal', 'Встреча в Дубае 12.11 в 16:00 GST (UTC+4), это 15:00 по Москве. Отель Rove Downtown, номер 1204.'],
  ['email', 'Regards,\nFatima Al Hashimi\nD: +971 2 410 7788 | M: +971 52 998 1203\nwww.gulfbridge.ae', '97124107788', '971529981203'],
  ['contact', 'Direct: +971 4 885 2231 | Switchboard: +971 4 885 2200 | Fax: +971 4 885 2299', '97148852231', '97148852200', '97148852299'],
  ['delivery', 'AWB 176-12345675, DXB–SVO, EK 133, 4 pcs / 86.5 kg, ETD 03/18/2025 09:40 GST.'],
  ['contact', 'WhatsApp only: +971 58 612 7734 (Karim, JAFZA warehouse)', '971586127734'],
  ['requisites', 'JAFZA licence 164521, Plot S30512, P.O. Box 262618, Jebel Ali Free Zone, Dubai'],
  ['contact', 'Gulf Trust Bank, relationship manager Mr. Ali Raza: +971 4 609 2218, mob +971 55 114 8830', '97146092218', '971551148830'],
  ['invoice', 'Price: AED 18,450.00 incl. 5% VAT (AED 878.57). Invoice INV-00231-2025, due 04/15/2025.'],

  // ───────────── Индия ─────────────
  ['email', 'Thanks & Regards,\nSanjay Kulkarni\nGeneral Manager – Exports\nPrabhat Pharma Machinery Pvt. Ltd.\nPlot No. 42, MIDC Bhosari, Pune 411026\nPh: +91 20 2712 4455\nMob: +91 98765 43210', '912027124455', '919876543210'],
  ['requisites', 'GSTIN: 27AAPCP1234F1Z5\nIEC: 0312045678\nPAN: AAPCP1234F\nCIN: U29253MH2004PTC148921'],
  ['contact', 'Priya (Chennai office) +91-44-4211-7890; WhatsApp +91 94440 12378', '914442117890', '919444012378'],
  ['timeline', 'Санджай просил звонить на мобильный +91-98765-43210, в офис (+91 20 2712 4455) после 18:30 IST не дозвониться.', '919876543210', '912027124455'],
  ['invoice', 'Invoice No. PPM/EXP/2024-25/0187 dated 15/01/2025\nAmount: USD 1,24,500.00\nHS Code: 8422 30 00\nShipping Bill No. 4567812 dt. 18.01.2025'],
  ['email', 'Regards,\nVikram Shah\nDirector\nM: +91 99200 45612 | T: +91 22 6654 3210 Ext. 118\nAndheri (E), Mumbai – 400 093', '919920045612', '912266543210;ext=118'],
  ['contact', 'Delhi NCR: 0091 11 4165 2290 / 0091 98110 47723', '911141652290', '919811047723'],
  ['requisites', 'IFSC: HDFC0001234\nA/c No.: 50200012345678\nMICR: 400240015\nBranch: Andheri East, Mumbai'],
  ['contact', 'Bengaluru R&D centre: +91 (0)80 4123 5678', '918041235678'],
  ['invoice', 'LC No. 0123ILC0045625 dated 02/03/2025, amount USD 2,45,000.00, latest shipment 15/04/2025, expiry 30/04/2025.'],
  ['email', 'Pl. call Mr. Rao on +91-93230-11875 regarding PO No. 4500987612 (qty 1,200 pcs).', '919323011875'],
  ['timeline', 'Созвон 11:30 IST (GMT+5:30) = 09:00 МСК. Dial-in PIN 2290 4416 31#.'],

  // ───────────── Германия ─────────────
  ['email', 'Mit freundlichen Grüßen / Best regards\n\nDipl.-Ing. Thomas Becker\nVertrieb Osteuropa\nHansen Antriebstechnik GmbH\nIndustriestraße 14, 22525 Hamburg\nTel.: +49 (0)40 5470 3318\nMobil: +49 (0)171 4428 907\nE-Mail: t.becker@hansen-antrieb.de', '494054703318', '491714428907'],
  ['contact', 'Berlin, Vertriebsbüro: +49 30/1234-5678', '493012345678'],
  ['requisites', 'USt-IdNr.: DE 812 345 678\nSteuernummer: 27/456/12345\nHandelsregister: Amtsgericht Hamburg HRB 123456\nGeschäftsführer: Klaus Meier'],
  ['contact', 'Zentrale München 0049 89 2154 7730, Fax 0049 89 2154 7739', '498921547730', '498921547739'],
  ['requisites', 'Bankverbindung: Commerzbank AG\nIBAN: DE89 3704 0044 0532 0130 00\nBIC: COBADEFFXXX\nEORI: DE4728163900000'],
  ['timeline', 'Томас Беккер: встреча перенесена, звонить на прямой +49 40 54703-318 или мобильный +49 171 4428907.', '494054703318', '491714428907'],
  ['delivery', 'Lieferschein Nr. 80012457 vom 14.03.2025\nAuftrag 4500123456, Pos. 10\n22525 Hamburg → 123060 Moskau\nGewicht: 1.245,50 kg'],
  ['email', 'Viele Grüße\nSabine Krüger | Exportabteilung\nT +49 711 9876 5432 | M +49 160 9123 4567', '4971198765432', '4916091234567'],
  ['contact', 'Niederlassung Düsseldorf: Tel. +49 (211) 8642 9510, Fax +49 (211) 8642 9519', '4921186429510', '4921186429519'],
  ['deal', 'Bestellung Nr. 4500123456 vom 03.02.2025, Ihre Anfrage vom 28.01.2025, Liefertermin KW 14/2025, Zolltarifnummer 8483 4025 900.'],
  ['timeline', 'Клаус (Штутгарт) — мобильный +49 (0) 151 2345 6789, по-русски говорит немного.', '4915123456789'],
  ['ticket', 'Рекламация: редуктор HA-250, Serien-Nr. 2024-0815-3317, Artikelnummer 31.4470.112-00, Baujahr 2024.'],
  ['contact', 'Telefon:\u00A0+49\u00A0(0)30\u00A0/\u00A02061\u00A07744 – Zentrale', '493020617744'],
  ['email', 'Unser Zeichen / Our Ref.: KM-49-2025-0318\nIhr Zeichen / Your Ref.: 0049/118/25\nDatum: 18.03.2025'],
  ['deal', 'Каталог Hansen: https://hansen-antrieb.de/katalog/2025/49301234567.pdf, прайс EUR 1.236.450,00 на всю линейку.'],

  // ───────────── Италия ─────────────
  ['email', 'Cordiali saluti,\nGiulia Rossi\nUfficio Export\nFerretti Valvole S.r.l.\nVia Industria 27, 20090 Segrate (MI)\nTel. +39 02 1234 5678\nCell. +39 347 123 4567', '390212345678', '393471234567'],
  ['requisites', 'P.IVA / VAT: IT 01234567890\nCod. Fiscale: 01234567890\nREA: MI-1234567\nCapitale sociale € 500.000,00 i.v.'],
  ['contact', 'Bologna: +39 051 634 2211 (centralino), +39.051.634.2240 (Marco, tecnico)', '390516342211', '390516342240'],
  ['timeline', 'Джулия из Милана: заказ подтверждён, вопросы по сертификатам — на +39 02 12345678 до 17:00 CET.', '390212345678'],
  ['deal', 'Выставка EIMA, Болонья, 06–10.11.2024, павильон 30, стенд B/14. Бюджет стенда EUR 12.450,00 + НДС.'],
  ['contact', 'Roma, ufficio commerciale: 0039 06 4521 8830', '390645218830'],
  ['requisites', 'IBAN: IT60 X054 2811 1010 0000 0123 456\nBIC: BPMOIT22XXX\nCodice SDI: M5UXCR1'],
  ['contact', 'Cell./WhatsApp +39 333 912 4470 (Luca, agente per Russia e CSI)', '393339124470'],
  ['delivery', 'DDT n. 1457/2025 del 12/03/2025, colli 14, peso lordo 2.340,00 kg, CAP 20090 Segrate.'],
  ['contact', 'Torino: tel. +39 011 561 2280, fax +39 011 561 2281', '390115612280', '390115612281'],
  ['deal', 'Offerta n. 2025/0312 — prezzo EUR 1.245.800,00, validità 30 gg, consegna 16-18 settimane.'],

  // ───────────── Польша ─────────────
  ['email', 'Z poważaniem / Kind regards\nPiotr Nowak\nKierownik Działu Eksportu\nPolmet Sp. z o.o.\nul. Przemysłowa 8, 02-232 Warszawa\ntel. +48 22 123 45 67\nkom. +48 601 234 567', '48221234567', '48601234567'],
  ['requisites', 'NIP: 527-10-34-567\nREGON: 012345678\nKRS: 0000123456\nBDO: 000012345'],
  ['contact', 'Kraków, magazyn: +48 (12) 345 67 89; Ania, logistyka: +48 512-876-430', '48123456789', '48512876430'],
  ['timeline', 'Пётр (Варшава) просил подтверждение отгрузки по WhatsApp +48 601 234 567 до пятницы.', '48601234567'],
  ['delivery', 'CMR nr 0451287, ciągnik WX 12345, naczepa WX 6789P\nZaładunek: 21.03.2025, 08:00\nGranica: Terespol–Brześć, T1 nr 25PL301010T0123456'],
  ['contact', 'Gdańsk port office: 0048 58 301 22 47', '48583012247'],
  ['invoice', 'Faktura VAT nr FV/2025/03/0147, data wystawienia 14.03.2025, kwota brutto 123 456,78 PLN, rachunek PL61 1090 1014 0000 0712 1981 2874.'],
  ['contact', 'Wrocław (Marta, biuro obsługi): +48 71 788 45 12, ext. 34', '48717884512;ext=34'],
  ['deal', 'Nr zamówienia 600-214-587, ref. klienta RU/2025/0458, termin płatności 30 dni.'],
  ['contact', 'Poznań, sekretariat: +48-61-852-33-10', '48618523310'],

  // ───────────── Великобритания ─────────────
  ['email', 'Kind regards,\nOliver Hughes\nHead of Trade Sales\nBramwell & Stone Ltd\n14 Canal Street, Manchester M1 3HE\nT: +44 (0)161 496 0123\nM: +44 (0)7700 900 456', '441614960123', '447700900456'],
  ['contact', 'London office +44 (0)20 7946 0958 ext. 204 (Emma, accounts)', '442079460958;ext=204'],
  ['requisites', 'Registered in England & Wales No. 08123456\nVAT Reg. No. GB 123 4567 89\nEORI: GB123456789000'],
  ['timeline', 'Эмма из бухгалтерии (Лондон) просит звонить по оплатам на +44 20 7946 0958 доб. 204, после 12:00 МСК.', '442079460958;ext=204'],
  ['invoice', 'Remittance: Invoice 0001842, PO 45-7781-220, sort code 20-45-77, account 83456712.'],
  ['contact', 'Edinburgh: 0044 131 496 0781 | Mobile: 0044 7700 900 982', '441314960781', '447700900982'],
  ['email', 'Best,\nHarriet Cole\nTel +44 20 3987 6543 | Mob +44 7911 123456', '442039876543', '447911123456'],
  ['delivery', 'Order ref. 44-2025-0318-77, your PO 207946, despatch 18/03/2025 from EC2A 4NE London.'],
  ['contact', 'Birmingham depot: 0044 (0)121 496 0555 — ask for goods-in', '441214960555'],
  ['deal', 'Heathrow T5, BA 676 to Istanbul 07:15 GMT, then TK 415 — booking ref. X4P9QK, e-ticket 125 2104 887615.'],
  ['contact', 'M: +44 (0) 7700 900 321 (Sam, accounts payable)', '447700900321'],

  // ───────────── США ─────────────
  ['email', 'Best,\nJessica Miller\nVP, International Sales\nBlueRiver Instruments Inc.\n2100 Market St, Suite 1204, San Francisco, CA 94114\nOffice: +1 (415) 555-0142 x 12\nCell: +1.415.555.0199', '14155550142;ext=12', '14155550199'],
  ['contact', 'Chicago warehouse: +1 312-555-0176; after hours +1 (312) 555 0177', '13125550176', '13125550177'],
  ['requisites', 'EIN: 94-3456789\nD-U-N-S: 12-345-6789\nRouting (ABA): 121000358\nAccount: 4567 8912 3456'],
  ['timeline', 'Джессика (Сан-Франциско) просила не звонить раньше 19:00 МСК (08:00 PST). Номер: +1\u2011415\u2011555\u20110142, доб. 12.', '14155550142;ext=12'],
  ['deal', 'Flight UA 960 / LH 1440, Newark 05/06/2025 17:40 EDT. Booking ref. K7XQ2L, e-ticket 016 2389 451276.'],
  ['email', 'Toll-free (US & Canada): +1 800 555 0199\nInternational: +1 646 555 0133', '18005550199', '16465550133'],
  ['contact', 'Houston office: +1 713.555.0184, ext. 2205', '17135550184;ext=2205'],
  ['invoice', 'PO# 4500129876, Invoice# 2025-10477, Net 30, due 04/16/2025, total USD 128,450.00, UPS tracking 1Z 999 AA1 01 2345 6784.'],
  ['contact', '+1-305-555-0161 (Miami, Carlos – habla español)', '13055550161'],
  ['timeline', 'Call scheduled 10:00 AM EST (18:00 MSK) via Teams, meeting ID 285 447 193 021, passcode 8Hx2qP.'],
  ['email', 'Direct: +1 (646) 555-0109 | Mobile: +1 (917) 555-0164', '16465550109', '19175550164'],

  // ───────────── Израиль ─────────────
  ['email', 'Best regards,\nYael Cohen\nBusiness Development\nNegev Agritech Ltd.\nTel: +972-3-123-4567\nMobile: +972-52-765-4321', '97231234567', '972527654321'],
  ['contact', 'Haifa lab: +972 (0)4 855 1290 ext. 3', '97248551290;ext=3'],
  ['requisites', 'Company No. (ח.פ.) 514567890\nVAT No. 514567890\nBank Leumi, branch 800, account 12-345-678901'],
  ['contact', 'Tel Aviv: 00972 3 609 4455 (Sharon)', '97236094455'],
  ['delivery', 'Shipment via Ashdod, container ZIMU 312457 8, B/L ZIMUASH0451287, ETA 03/29/2025.'],
  ['timeline', 'Яэль из Тель-Авива: в пятницу и субботу не на связи, в остальные дни +972 52 765 4321 (WhatsApp).', '972527654321'],
  ['invoice', 'Payment ref. 972-2025-0031, ILS 45,600.00 ≈ USD 12,480.00, value date 02/27/2025.'],
  ['contact', 'Jerusalem: +972 (2) 567 1188', '97225671188'],

  // ───────────── Сербия ─────────────
  ['email', 'Srdačan pozdrav,\nMilan Petrović\nKomercijalni direktor\nDunav Agro d.o.o.\nTel: +381 11 123 4567\nMob: +381 64 123 4567', '381111234567', '381641234567'],
  ['contact', 'Novi Sad, magacin: +381 (0)21 455-780, Jelena +381 63 8812 445', '38121455780', '381638812445'],
  ['requisites', 'PIB: 101234567\nMatični broj: 07654321\nTekući račun: 160-123456-78\nŠifra delatnosti: 4690'],
  ['timeline', 'Милан (Белград) просил звонить на +381 64 123 45 67, в офисе его почти не бывает.', '381641234567'],
  ['invoice', 'Faktura br. 2025-00147, datum 14.03.2025, iznos 1.245.600,00 RSD, poziv na broj 97 11-2025-0147.'],
  ['contact', 'Niš: 00381 18 525 330, mob. 00381 65 4412 098', '38118525330', '381654412098'],
  ['delivery', 'Carinska deklaracija 25RS010100E0123456, EX1, Horgoš 21.03.2025 06:40 CET.'],

  // ───────────── Вьетнам ─────────────
  ['email', 'Best regards,\nNguyen Thi Lan (Ms.)\nSales Executive\nSaigon Coffee Export JSC\n123 Nguyen Hue, District 1, Ho Chi Minh City\nTel: +84 28 3823 4567\nMobile/Zalo: +84 90 123 4567', '842838234567', '84901234567'],
  ['contact', 'Hanoi rep office: (+84) 24 3936 1122 – Mr. Tuan', '842439361122'],
  ['invoice', 'Commercial Invoice No. SCE-2025-0412\nRobusta coffee grade 1, screen 18\nQty: 19,200 kg, USD 4,350/MT\nTotal: USD 83,520.00\nHS code: 0901.11.10'],
  ['contact', 'Hai Phong warehouse: +84 225 3765 890, Mr. Hung +84 912 345 678', '842253765890', '84912345678'],
  ['requisites', 'Tax code (MST): 0312345678-001\nBusiness registration cert.: 0312345678, issued 15/06/2018'],
  ['timeline', 'Лан (Хошимин) — на связи через Zalo/WhatsApp +84 90 123 45 67, у них на 4 часа больше, чем в Москве.', '84901234567'],
  ['deal', 'Рейс VN 65 Ханой — Москва, вылет 01:05 (GMT+7), билет 738 2105 447812, багаж 2×23 кг.'],
  ['contact', 'Da Nang rep: (+84) 236 3822 456', '842363822456'],

  // ───────────── Корея ─────────────
  ['email', 'Best regards,\nKim Min-jun\nOverseas Sales Team\nHanil Precision Co., Ltd.\nT. +82 2-123-4567\nM. +82 10-9876-5432', '8221234567', '821098765432'],
  ['contact', 'Busan plant: +82-51-740-2233 ext. 215 (Ms. Park)', '82517402233;ext=215'],
  ['requisites', 'Business Registration No.: 123-45-67890\nCorporate Registration No.: 110111-1234567'],
  ['contact', 'Incheon logistics: +82-32-745-8810 / +82-10-4471-2209 (Mr. Lee)', '82327458810', '821044712209'],
  ['timeline', 'Созвон с Сеулом в 09:00 KST (GMT+9) = 03:00 МСК — попросили перенести на 16:00 KST.'],
  ['contact', 'Seoul HQ: 0082 2 3456 7890', '82234567890'],
  ['delivery', 'Export declaration No. 12345-25-0412345X, HS 8708.99-9090, KRW 45,600,000, B/L HDMU 4521 8876 3.'],
  ['timeline', 'Мин-Джун: звонить в Сеул после 10:00 МСК на мобильный +82 10 9876 5432.', '821098765432'],

  // ───────────── Япония ─────────────
  ['email', 'Best regards,\nTakahashi Kenji\nInternational Business Div.\nMarunaka Kogyo Co., Ltd.\n2-3-1 Shibaura, Minato-ku, Tokyo 108-0023\nTEL: +81 3-1234-5678\nFAX: +81 3-1234-5679', '81312345678', '81312345679'],
  ['contact', 'Osaka branch +81-(0)6-6345-7788 / mobile +81 90-2345-6789', '81663457788', '819023456789'],
  ['deal', 'Синкансэн Tokyo–Osaka, Nozomi 23, 09:30 JST, вагон 7, место 12D, JR Pass № 2503 1187 4412.'],
  ['contact', 'Nagoya plant: +81 52-123-4567', '81521234567'],
  ['requisites', 'Corporate number (法人番号): 1010401012345\n〒108-0023\nQualified invoice No. T1010401012345'],
  ['contact', 'Yokohama office 0081 45 663 2210', '81456632210'],
  ['deal', 'Quotation No. MK-250311-07, JPY 12,480,000 (tax excl.), delivery 03/31/2025, FOB Yokohama.'],
  ['timeline', 'Такахаси-сан: по срочным вопросам +81 90 2345 6789, остальное — письмом.', '819023456789'],

  // ───────────── Бразилия ─────────────
  ['email', 'Atenciosamente,\nRafael Souza\nGerente de Exportação\nCafé Mantiqueira Ltda.\nTel.: +55 11 3456-7890\nCel./WhatsApp: +55 11 91234-5678', '551134567890', '5511912345678'],
  ['contact', 'Porto Alegre: +55 (51) 3212-4455; Marina: +55 51 9 8765-4321', '555132124455', '5551987654321'],
  ['requisites', 'CNPJ: 12.345.678/0001-95\nInscrição Estadual: 123.456.789.112\nCEP 04538-132, São Paulo – SP'],
  ['contact', 'Santos (porto): 0055 13 3219 4470', '551332194470'],
  ['invoice', 'Nota Fiscal nº 000.123.456, série 1, chave de acesso 3525 0312 3456 7800 0195 5500 1000 1234 5610 0012 3456'],
  ['timeline', 'Рафаэль (Сан-Паулу) отвечает в WhatsApp +55 11 9 1234-5678, звонить после 15:00 МСК (09:00 BRT).', '5511912345678'],
  ['delivery', 'Embarque: BL MAEU 245123789, container MSKU 781234 5, ETA Santos 04/02/2025, frete USD 3,250.00.'],
  ['contact', 'Rio: +55 (21) 2533-7788', '552125337788'],

  // ───────────── Выставки, визитки ─────────────
  ['contact', 'Canton Fair, Phase 1, Booth 12.1 F23-24\nGuangzhou Weili Lighting\nSales: Jenny Lin +86 150 1234 8876 (WeChat same)', '8615012348876'],
  ['timeline', 'Контакты с Hannover Messe (павильон 11, стенд C47): Клаус Фогель, +49 511 8944 2210, моб. +49 172 566 1049.', '4951189442210', '491725661049'],
  ['deal', 'MosBuild 2025: 01–04.04, Крокус Экспо, павильон 2, зал 8, стенд E4047. Предоплата 450 000 ₽, счёт № 2025-0147.'],
  ['contact', 'Визитка с Gulfood: Ahmed Saleh, Emirates Dates Co., T +971 4 887 6510, M +971 50 441 9087, Hall 5, Stand S5-C12', '97148876510', '971504419087'],
  ['contact', 'From the Interzum badge scan: Marco Bellini, Bellini Arredo S.p.A., +39 0422 123456, marco.bellini@belliniarredo.it', '390422123456'],
  ['deal', 'Стенд на Canton Fair: Hall 9.2, Booth D12-14, даты 15–19.04.2025, бейдж № 2025 0415 8873.'],
  ['contact', 'Визитка (Automechanika Dubai): Arjun Patel, Mob +91 98203 55471, UAE +971 55 301 6682', '919820355471', '971553016682'],
  ['deal', 'Lead from Automechanika Frankfurt: scanned badge ID 4930 2217 0058, company Ratio Parts GmbH, stand 9.1 B84.'],
  ['contact', 'Poznań fair contact: Tomasz Wójcik, tel. +48 61 869 24 15, kom. +48 698 412 550', '48618692415', '48698412550'],
  ['deal', 'Итоги ПродЭкспо 10–14.02.2025: стенд 21D40, посетителей 42 318, заявок 117, контрактов на USD 1,245,000.'],
  ['contact', 'Seoul Food 2025, Booth 4B-117: Choi Eun-ji, Daesung Foods, T +82 31 712 4488, M +82 10 3312 7705', '82317124488', '821033127705'],
  ['deal', 'Pass for Interpack Düsseldorf: order 2025-448712, hall 6, stand B21, valid 04.05.–10.05.2025.'],
  ['contact', 'Contact from Anuga: Deniz Öztürk, Efes Gıda, +90 (232) 376 40 18 / +90 (505) 611 73 92', '902323764018', '905056117392'],
  ['invoice', 'Exhibitor no. 1204-3317, stand fee EUR 8.640,00, electricity EUR 312,50, invoice due 15.03.2025.'],

  // ───────────── ВЭД-документы ─────────────
  ['delivery', 'HS 8504 40 300 9 / ТН ВЭД 8504 40 300 9, 8536 50 110 0, 8544 49 930 9'],
  ['delivery', 'Containers: MSCU 451236 8, MEDU 782140 3, TGHU 605512 9 — all 40HC, discharged Novorossiysk 14.02.2025.'],
  ['delivery', 'AWB 157-4582 1126 (Qatar Airways Cargo), 2 pcs, 34 kg, transit DOH, arrival SVO 03/21/2025 06:55.'],
  ['delivery', 'Notify party: OOO Tekhnosnab, 125047 Moscow, Russia, tel. +7 495 640 21 18, INN 7707123456', '74956402118'],
  ['delivery', 'Shipper: Ningbo Haitian Hardware Co., Ltd., No. 88 Xingning Rd, Ningbo 315040, China, Tel: 0086-574-87654321', '8657487654321'],
  ['invoice', 'Invoice No. 2025/EXP/0147, PO 4500123456, Contract No. RU-CN-2024/318 dated 12/20/2024.'],
  ['delivery', 'Certificate of Origin Form A No. 2541 0003 1245 7, issued 03/05/2025, CCPIT ref. 25C3302A1234/00012.'],
  ['delivery', 'Packing list: 24 pallets, gross 12,480.00 kg, net 11,960.50 kg, 48.6 CBM, marks TS/2025/0318/1-24.'],
  ['delivery', 'ДТ № 10702070/180325/3045871, код ТН ВЭД 8481 80 819 9, таможенная стоимость 4 567 890,12 руб.'],
  ['delivery', 'Consignee contact: Elena Smirnova, +7 (812) 640-22-18 ext. 314; Shipper contact: Kevin Wu, +86 755 2661 3380', '78126402218;ext=314', '8675526613380'],
  ['invoice', 'MT103: :32A:250314USD48612,50 :50K:/40702810938000012345 :59:/33010405260018788 :71A:SHA'],
  ['delivery', 'EX-A MRN: 25DE123456789012A1, EORI DE1234567890123, Ausfuhrzollstelle DE004851.'],
  ['email', 'Our Ref.: 86-2025-0317-04 / Your Ref.: TS-0458. Please quote both references on all documents.'],
  ['invoice', 'Letter of credit No. 0708LC2501234, opened 03/11/2025, expiry 06/10/2025, amount EUR 245.680,00, advising bank SWIFT INGBPLPW.'],
  ['delivery', 'Forwarder (Istanbul): Atlas Lojistik, ops team +90 216 555 08 44, after hours +90 530 221 47 19', '902165550844', '905302214719'],
  ['delivery', 'Seal No. 0045871236, container OOLU 874523 1, VGM 27,450 kg, booking 2504561287.'],
  ['email', 'Ref.: 4940 5471 2208/25 — please quote this reference number in all correspondence (letters, fax, e-mail).'],

  // ───────────── Гостиницы и поездки ─────────────
  ['contact', 'Hotel Bosphorus Garden, Beşiktaş, Istanbul\nReception 24/7: +90 212 310 44 00\nBooking conf. 84512367', '902123104400'],
  ['deal', 'Трансфер из аэропорта Пудун: водитель Mr. Li, +86 139 1634 2207, табличка «TEKHNOSNAB». Рейс MU 592, прилёт 06:15 (GMT+8).', '8613916342207'],
  ['deal', 'Booking.com confirmation 3567.812.409, PIN 4471. Check-in 14:00, check-out 12:00. Room 1204, city view. Total EUR 1.236,00.'],
  ['contact', 'Grand Hanoi Riverside Hotel, front desk (+84 24) 3825 6677', '842438256677'],
  ['contact', 'Hotel Alster Residenz, Hamburg — Rezeption +49 40 2288 4410 (Zimmer 1204)', '494022884410'],
  ['deal', 'Рейс SU 520 Москва — Дубай 03/20/2025, 09:45 → 15:50 GST; обратно EK 131, место 42K, билет 176 2105 443128.'],
  ['contact', 'Huangpu Garden Hotel, 200120 Shanghai, Tel +86 21 5888 1234, Room 1712', '862158881234'],
  ['deal', 'Виза в Китай: анкета № 2025RU0318445, запись в визовый центр 18.03 на 11:20, сбор 4 700 руб.'],
  ['contact', 'Гид в Стамбуле (по-русски): Ольга, +90 535 772 14 06, WhatsApp тот же', '905357721406'],
  ['deal', 'Страховка ВЗР: полис № 001-2025-7845123, покрытие EUR 50 000, срок 18.03–29.03.2025.'],
  ['contact', 'Водитель в Дубае: Imran, +971 50 883 2716 (только WhatsApp, звонки не берёт)', '971508832716'],
  ['deal', 'Отель в Милане: check-in 15:00 CET, Room 1204, conf. no. 39021 45678, city tax EUR 6,30/night.'],
  ['contact', 'Hotel Sava Park, Beograd: +381 11 330 5500, reservations +381 11 330 5511', '381113305500', '381113305511'],
  ['deal', 'Ресепшен сказал: в номере 1204 набрать 0 для оператора, 9 — выход в город, 112 — экстренные службы.'],
  ['contact', 'Ryokan Sakura-tei, Kyoto: +81 75-561-2345, check-in after 15:00 JST', '81755612345'],

  // ───────────── Наша сторона: подписи, тикеты, заметки ─────────────
  ['email', 'Best regards,\nElena Smirnova\nForeign Trade Manager\nTekhnosnab LLC, Moscow\nTel.: +7 (495) 640-21-18 ext. 314\nMob./WhatsApp: +7 916 205 44 71', '74956402118;ext=314', '79162054471'],
  ['email', 'Dear Mr. Becker,\nplease call our chief engineer Sergey Orlov: +7 (812) 640-22-25 or mobile +7 921 448 12 09.\nKind regards, Elena', '78126402225', '79214481209'],
  ['requisites', 'Our bank details: JSC Severny Bank, BIC 044525912, corr. acc. 30101810845250000912, acc. 40702810401234567890, SWIFT SVRNRUMM.'],
  ['timeline', 'Перезвонил в Шанхай: +86 21 6123 4567 доб. 8021 (Ms. Zhao), образцы будут к 25.03.', '862161234567;ext=8021'],
  ['deal', 'Отправить образцы в Варшаву, получатель Piotr Nowak, tel. +48 22 123 45 67 — указать в накладной DHL, AWB 12 3456 7890.', '48221234567'],
  ['timeline', 'Звонок с Пекином назначен на 14:00 GMT+3 (19:00 по Пекину), 45 мин, переговорная 1204.'],
  ['ticket', 'Тикет #45821: партнёр из Тель-Авива пишет, что расширение не набирает +972-3-123-4567. Проверить формат.', '97231234567'],
  ['ticket', 'Тикет #45822: в карточке поле «Телефон» заполнено VAT-номером DE812345678 — исправить вручную.'],
  ['contact', 'WeChat: +86 138 **** 8000 (номер скрыт, запросить у Лили)'],
  ['ticket', 'Подсказка в поле ввода: иностранные номера вводить с кодом страны, например +49 30 1234 5678.'],
  ['ticket', 'Тикет #45830: не работает клик по номеру +90 (532) 417 88 06 в письме от Мехмета; тот же номер в карточке (+90 532 417 88 06) работает.', '905324178806', '905324178806'],
  ['ticket', 'Тикет #45833: сканер принял IMEI 356938035643809 за телефон. Устройство: терминал сбора данных, S/N 2304 5567 8812.'],
  ['timeline', 'Созвонились с Дубаем (+971 4 123 4567) и Мумбаи (+91 22 6654 3210 ext. 118), обоим выслать КП до 17:00 МСК.', '97141234567', '912266543210;ext=118'],
  ['deal', 'Сделка «Hanil — подшипники»: KRW 45,600,000 ≈ USD 31,450.00, маржа 18,5 %, срок поставки 12.05.2025.'],
  ['deal', 'Книга для партнёров: «Доступная логистика Азии», ISBN 978-5-9614-6543-2, тираж 2 000 экз.'],
  ['email', 'Dear Kim,\nthe order is confirmed. Please call me on +7 (495) 640-21-18, ext. 314 or on my mobile +7 916 205 44 71 (WhatsApp/Telegram).\nElena', '74956402118;ext=314', '79162054471'],
  ['timeline', 'Время созвона с Сан-Паулу: 15:00 GMT+3 / 09:00 GMT-3. Номер конференции в письме.'],
  ['email', 'Hi Elena,\nmy new direct line is +44 20 7946 0177, the old one +44 20 7946 0958 ext. 204 will be switched off on 03/31/2025.\nEmma', '442079460177', '442079460958;ext=204'],
  ['invoice', 'Счёт № 2025-0318 от 18.03.2025 для Akdeniz Tekstil: USD 48,125.00, курс 88,4521, сумма 4 256 757,31 руб.'],
  ['delivery', 'Отслеживание DHL: 1234567890, FedEx: 7712 3456 7890, TNT: GE123456789WW.'],
  ['contact', 'Yael Cohen, Negev Agritech — Mobile:\u2009+972\u200952\u2009765\u20094321', '972527654321'],
  ['requisites', 'Партнёр в Сербии: PIB 101234567, MB 07654321, račun 160-0000123456789-12.'],
  ['timeline', 'Из Ханоя звонили с +84 24 3936 1122, просят прайс на СИЗ. Перезвонить после 11:00 МСК.', '842439361122'],
  ['deal', 'HS 0901.11.10, кофе зелёный, 19 200 кг × USD 4,35 = USD 83 520,00; пошлина 0 %, НДС 10 %.'],
  ['invoice', 'Commercial invoice CI-90-212-5551, packing list PL-90-212-5552, Istanbul, 03/14/2025.'],
  ['requisites', 'GSTIN 07AABCD1234E1Z3, IEC 0507034512, Udyam UDYAM-DL-11-0012345.'],
  ['delivery', 'Booking No. 2503 1187 44, container CMAU 412578 0, cut-off 03/25/2025 12:00 (GMT+8), Yantian.'],
  ['deal', 'Спецификация № 3: 4 800 шт. × CNY 21,50 = CNY 103 200,00; 1 250 шт. × CNY 86,40 = CNY 108 000,00.'],
  ['timeline', 'Созвоны на неделе: пн 10:00 CET (12:00 МСК), ср 09:30 EST (17:30 МСК), пт 08:00 GMT+8 (03:00 МСК).'],
  ['requisites', 'Steuer-ID 12 345 678 901, Finanzamt Hamburg-Nord, Kundennummer 4930 1122 88.'],
  ['ticket', 'Тикет #45840: серийный номер прибора SN 8613 8001 3800 подсвечивается как телефон — баг.'],
  ['email', 'Dear Sirs,\nplease refer to our Purchase Order No. 4400-1723-9981 and Delivery Note 8000 1245 7 dated 17.03.2025.'],
];
