/**
 * Independent corpus, hundred-and-seventy-third set: written by someone who had not seen the detector's rules, its tests or the main corpus.
 * Genres: the CRM of a Yekaterinburg B2B exporter of crushers, conveyors and spare parts with partners in Germany, Poland, Czechia,
 * Serbia, Turkey, Israel, the UAE, India, China, Vietnam, Mongolia, Georgia, Azerbaijan, Kyrgyzstan, the USA and Brazil, written
 * in Russian and English with local-language signatures: e-mail signatures in each country's own national format (030 61284730
 * in Berlin, 0532 412 87 36 in Istanbul, 050-684-2217 in Israel, 98231 47605 in Pune, 0574-8618 2735 in Ningbo, 9911-4827 in
 * Ulaanbaatar, (11) 98473-2651 in São Paulo…), partner cards, trade-fair lead lists and CSV exports with a country column,
 * WhatsApp/WeChat/Zalo chats and group logs, call notes, visa invitation requests and letters, invoices, shipments and the
 * exporter's own Russian signatures with extensions. A foreign national number counts only where the text makes the country
 * plain (a city, a country, an address or a country column); the same digits with no such hint are not expected.
 * Traps: VAT ids (DE…, CZ…, PL…), EORI, NIP/REGON/KRS, IČO/DIČ, PIB/MB, VKN/Mersis/T.C. kimlik, Israeli company and ID numbers,
 * UAE TRN and Emirates ID, GSTIN/PAN/IEC/CIN, USCC, Vietnamese MST and customs declarations, Mongolian, Georgian, Azerbaijani and
 * Kyrgyz tax and register ids, EIN/DUNS/ABA, CNPJ/CPF/CEP/NF-e keys, IBANs (one holding 0532…), SWIFT codes, HS/ТН ВЭД/GTİP/NCM
 * codes, fair halls, stands, booths and badge ids, order, PO, invoice, proforma and contract numbers, УНК and ДТ numbers, CMR,
 * containers, B/L, AWB and tracking numbers, passports and visa invitation numbers, dates in foreign formats (03/12/2026,
 * 12/3/26, 2026-12-03, 2026年12月3日), times, prices in EUR/USD/TRY/INR/AED/VND/BRL, weights, postal codes, placeholders,
 * masked numbers, internal extensions alone, digits inside URLs and e-mail addresses, and foreign national numbers with no
 * country hint.
 *
 * Its first run, with the rules made for the sets before it, none for it: ours precision 0.974, recall 0.746,
 * extensions 6 of 6; libphonenumber-js findNumbers 0.686 / 0.358. Read since: India's mobiles grouped 5-5 ('Mob:
 * 98231 47605') are no Russian mobile's; then, once the other countries' tables loaded on demand and no longer
 * weighed on the content script, the national forms of Poland and Czechia (3-3-3 with spaces, an amount in zł or Kč
 * after it excluded), Serbia, India's landlines and Vietnam, and a Czech extension's 'linka 214' (recall 0.935).
 * Left: Brazil's '(11) 3284-7190' (its shapes are Russian ones), India's bare mobiles 5-5, a German '030/61284730',
 * an Israeli or Emirati '050 772 4183' the text asks about, a Mongolian account '5012 3847 26', a Belgrade number the
 * text says was saved 'без кода страны', and '(415) 208-7731' with no country named (Kamchatka's code).
 */
import type { Kind } from './phones.ts';

/** [kind, text, ...expected numbers] */
export const independent173: [Kind, string, ...string[]][] = [
  // the exporter's own signatures, requisites and contracts
  ['email', 'С уважением,\nАнна Ковалёва\nменеджер ВЭД\nООО «УралТехЭкспорт»\n620014, г. Екатеринбург, ул. Малышева, 51, оф. 1204\nтел. +7 (343) 311-48-20 доб. 214\nмоб./WhatsApp +7 912 604-18-37\nwww.uraltechexport.ru', '73433114820;ext=214', '79126041837'],
  ['email', 'Best regards,\nAnna Kovaleva\nExport Manager | UralTechExport LLC\nEkaterinburg, Russia\nPhone: +7 343 311 48 20, ext. 214\nMobile/WhatsApp/Telegram: +7 912 604 18 37\nToll-free in Russia: 8 800 350-47-18', '73433114820;ext=214', '79126041837', '78003504718'],
  ['requisites', 'ООО «УралТехЭкспорт»\nИНН 6670438215, КПП 667001001, ОГРН 1169658047321\nр/с 40702810816540048213 (RUB)\nвалютный счёт 40702840716540001274 (USD)\nтранзитный валютный 40702840016541001274\nв Уральском банке ПАО Сбербанк, БИК 046577674, к/с 30101810500000000674\nSWIFT SABRRUMMEA1'],
  ['requisites', 'Для оплаты в CNY: счёт 40702156416540000318, банк-корреспондент Bank of China (Hong Kong), SWIFT BKCHHKHH, счёт банка в банке-корреспонденте 012-875-9-2047316'],
  ['contact', 'Отдел ВЭД, внутренние: Анна — 214, Сергей — 216; таможенный брокер Ольга — 8 (343) 311-48-29; склад в Берёзовском 8 (34369) 4-17-52', '73433114829', '73436941752'],
  ['timeline', '03.12.2026 10:42 Сергей Плотников: исходящий на +7 922 148-30-67 (брокер, ДТ 10502110/031226/3047182 выпущена), 4 мин', '79221483067'],
  ['contact', 'Экспортный склад: Екатеринбург, ул. Монтёров, 3. Приёмка грузов: 8-343-311-48-35, пропуск через КПП, въезд с ул. Фронтовых бригад', '73433114835'],
  ['deal', 'Сделка № EX-2026-0412: Anadolu Makina, 3 дробилки СМД-110, FCA Екатеринбург, сумма USD 186 400,00, предоплата 30 % до 15/12/2026, УНК 26120047/1481/0000/2/1'],
  ['deal', 'Контракт № UTE-DE-2026/07 от 2026-03-12, валюта EUR, сумма 412 850,00, Incoterms DAP Berlin, отгрузка до 31.05.2026'],
  ['contact', 'Брокер «Таможенный Союз-Урал»: 8 (343) 228-41-73, Ольга Рябова моб. 8-922-604-18-73; WhatsApp: 9226041873', '73432284173', '79226041873', '79226041873'],
  ['contact', 'ТК «Урал-Евро-Транс»: диспетчер +7 (343) 379-41-82 доб. 3, водитель на Европу Ринат 89126047315', '73433794182;ext=3', '79126047315'],

  // Germany
  ['email', 'Mit freundlichen Grüßen\nMarkus Behrendt\nEinkauf / Procurement\nKrähmer Anlagenbau GmbH\nGneisenaustraße 41, 10961 Berlin\nTel. 030 61284730\nMobil 0172 4183526\nUSt-IdNr.: DE287451936', '493061284730', '491724183526'],
  ['requisites', 'Krähmer Anlagenbau GmbH\nUSt-IdNr. DE287451936\nEORI DE4718253\nSteuernummer 29/462/01847\nIBAN DE27 1005 0000 0190 4471 83\nBIC BELADEBEXXX\nHRB 184523 B, Amtsgericht Charlottenburg'],
  ['email', 'Freundliche Grüße / С уважением\nSabine Wöhrle, Export Sales Support\nHeller-Pumpen GmbH & Co. KG\nIndustriestraße 8, 73730 Esslingen am Neckar, Deutschland\nTelefon +49 (0)711 931842-0\nTelefax +49 (0)711 931842-99', '497119318420', '4971193184299'],
  ['deal', 'Лид с bauma 2025 (Мюнхен), Halle B5, Stand 327: Thomas Greiner, Greiner Baumaschinen GmbH, Regensburg. Моб. 0160 91782243, просил КП на дробилки до 15.11.', '4916091782243'],
  ['deal', 'bauma 2025, Halle A4, Stand 4.415 — посетитель без визитки, Badge-ID 7391 2048 6617; интерес: ТН ВЭД 8474 20 000 0, бюджет ~ EUR 240 000'],
  ['timeline', 'Звонок в Гамбург, Hanseatische Frachtkontor GmbH: +49 40 3786 1150, говорил с Jens Albers — контейнер MSKU 7240518 придёт в Бремерхафен 2026-12-03', '494037861150'],
  ['invoice', 'Rechnung Nr. 2026-004518 vom 03.12.2026\nKunden-Nr. 104872, Lieferschein 80047215\nNetto EUR 18.450,00, USt 0 % (steuerfreie Ausfuhrlieferung)\nZahlbar bis 02.01.2027 ohne Abzug'],
  ['contact', 'Rhein-Main Trading GmbH, Hanauer Landstraße 126, 60314 Frankfurt am Main\nTel. 069 2475 1830, Fax 069 2475 1839\nAnsprechpartner: Herr Dieter Kolb', '496924751830', '496924751839'],
  ['timeline', 'Дмитрию: перезвонить Алексу по номеру 0151 2846 7390 после 16:00, он сам не сказал, откуда звонит'],
  ['contact', 'Мюнхен, представитель Ingenieurbüro Haas: Stefan Haas, 089 4127 3380, mobil 0171 8824605 (по-русски не говорит, только DE/EN)', '498941273380', '491718824605'],
  ['email', 'Sehr geehrte Frau Kovaleva,\nanbei unsere Bestellung Nr. 4500287316 vom 12.03.2026 über 4 Stück Backenbrecher, Liefertermin KW 22/2026.\nBitte bestätigen Sie den Auftrag bis 20.03.2026.'],
  ['email', 'Старый номер Маркуса в Берлине 030 6128 4700 больше не работает, новый прямой: +49 30 61284730', '493061284700', '493061284730'],
  ['requisites', 'Heller-Pumpen GmbH & Co. KG, Registergericht Stuttgart HRA 214873, USt-IdNr. DE147382916, WEEE-Reg.-Nr. DE 48271936, Zollnummer 4718263'],
  ['timeline', 'Набрать через 8-10: 8-10-49-211-5863-410 (Düsseldorf, Fa. Brückner Stahlhandel), спросить Frau Otten', '492115863410'],
  ['deal', 'Лиды Hannover Messe 2026, Halle 17, Stand C40:\n1) Lukas Brandt, Bremen — 0421 33784490\n2) Anja Seidel, Leipzig — 0341 22187703\n3) визитка без телефона, только e-mail a.roth@roth-hydraulik.de', '4942133784490', '4934122187703'],
  ['invoice', 'Zahlungsavis: EUR 123.850,00 überwiesen am 2026-12-03, Verwendungszweck: RE 2026-004518 / KD 104872, IBAN DE89 3704 0044 0532 0130 00'],
  ['contact', 'Ansprechpartner Logistik bei Krähmer (Berlin): Herr Yilmaz, +49 (0) 30 6128 4735', '493061284735'],
  ['delivery', 'Lieferadresse: Krähmer Anlagenbau GmbH, Tor 3, Gneisenaustraße 41, 10961 Berlin. Anlieferung Mo–Fr 7:00–14:30, Avisierung 24 h vorher unter 030 6128 4740', '493061284740'],
  ['delivery', 'CMR № 0471826, TIR-карнет XC 74128365, тягач В 472 ОР 196, прицеп АХ 1836 66; граница Брест–Тересполь 03.12.2026'],
  ['contact', 'Шаблон карточки из Германии: Tel. +49 (0) XXX XXXXXXX, Mobil +49 1XX XXXXXXX — заполнить после встречи'],
  ['timeline', 'Markus schreibt: Rückruf bitte unter 030/61284730, ich bin bis 17 Uhr im Berliner Büro', '493061284730'],
  ['invoice', 'Ursprungszeugnis Nr. 0418273, Zolltarifnummer 8474 2010 00, Ursprungsland RU, Bruttogewicht 18.450 kg, Warenwert EUR 62.140,00'],

  // Poland
  ['email', 'Pozdrawiam serdecznie\nPiotr Zawadzki\nKierownik Zakupów\nHydro-Tech Sp. z o.o.\nul. Przemysłowa 14, 62-080 Tarnowo Podgórne, Polska\ntel. +48 61 814 27 30 wew. 112\nkom. 601 284 739\nNIP 777-314-82-06', '48618142730;ext=112', '48601284739'],
  ['requisites', 'Hydro-Tech Sp. z o.o.\nNIP: 7773148206\nREGON: 302847165\nKRS: 0000418273\nBDO: 000184726\nIBAN: PL61 1090 1014 0000 0712 1981 2874\nSWIFT: WBKPPLPP'],
  ['contact', 'Варшава, склад «Vistula Logistics»: кладовщик Марек, тел. 22 637 41 08, моб. 512 408 336 (говорит по-русски)', '48226374108', '48512408336'],
  ['deal', 'Targi Kielce, Hala C, stoisko 12: Katarzyna Nowicka, Agro-Mix (Kalisz, Polska), tel. 607 934 128 — chce cennik w EUR, wysłać do 2026-12-03', '48607934128'],
  ['invoice', 'Faktura VAT nr FV/2026/12/0418 z dnia 03.12.2026\nNetto: 18 400,50 PLN, VAT 0% (eksport)\nTermin płatności: 17.12.2026\nNr zamówienia: ZAM-2026-03127'],
  ['timeline', 'Пётр из Hydro-Tech (Познань) звонил с нового: 603 771 284, старый 601 284 739 пока тоже активен', '48603771284', '48601284739'],
  ['delivery', 'Odbiór w Gdańsku: DCT Gdańsk, kontener TGHU 8127364, booking 4271839650, kierowca p. Wiśniewski 509 318 472', '48509318472'],
  ['contact', 'Biuro rachunkowe klienta w Krakowie: (12) 421 84 30 wew. 25', '48124218430;ext=25'],
  ['requisites', 'Polski kontrahent: NIP PL5261040828, EORI PL526104082800000, PKD 46.69.Z, kod pocztowy 00-950 Warszawa'],
  ['timeline', 'Marek z Warszawy: «zadzwoń na 22 637 41 08 po 15:00, rano jestem na rampie»', '48226374108'],

  // Czechia
  ['email', 'S pozdravem\nJan Dvořák\nobchodní ředitel\nKovoplast Brno s.r.o.\nVídeňská 112, 619 00 Brno, Česká republika\nTel.: +420 543 214 870\nMobil: 603 418 275\nIČO: 27482915, DIČ: CZ27482915', '420543214870', '420603418275'],
  ['invoice', 'Faktura – daňový doklad č. 2026110457\nVariabilní symbol: 2026110457, konstantní symbol: 0308\nČíslo účtu: 2401847563/2010\nIBAN: CZ65 2010 0000 0024 0184 7563\nCelkem k úhradě: 245 000,00 CZK'],
  ['contact', 'Прага, дистрибьютор на Na Příkopě 22: офис 224 812 537, Павел (говорит по-русски) 777 230 418', '420224812537', '420777230418'],
  ['timeline', 'WhatsApp 03.12.2026 09:15, Jan Dvořák (Brno): «Posílám objednávku č. OBJ-2026-0871, volejte na 739 412 608, jsem na cestě»', '420739412608'],
  ['deal', 'MSV Brno 2026, pavilon P, stánek 041: lead z Ostravy, firma Ferrum Strojírny, pan Novák +420 596 128 437', '420596128437'],
  ['requisites', 'Ferrum Strojírny a.s., IČO 04718263, DIČ CZ04718263, zapsaná v OR u KS v Ostravě, oddíl B, vložka 11284'],
  ['contact', 'Kovoplast Brno, Česko: ústředna 543 214 800, linka 214 (p. Dvořák)', '420543214800;ext=214'],

  // Serbia
  ['email', 'Srdačan pozdrav,\nNenad Jovanović\nDirektor nabavke\nMetalprom d.o.o.\nBulevar Mihajla Pupina 10, 11070 Novi Beograd, Srbija\nTel: 011 3128 475\nMob: 064 218 3390\nPIB: 104827316, MB: 20748213', '381113128475', '381642183390'],
  ['requisites', 'Metalprom d.o.o. — tekući račun 160-0000000418273-61 kod Banca Intesa a.d. Beograd, SWIFT DBDBRSBG, PIB 104827316, matični broj 20748213, šifra delatnosti 4672'],
  ['timeline', 'WhatsApp от Ненада (Белград): «Brate, kamion je na Horgošu, carina do sutra». Его второй номер +381 63 745 1029', '381637451029'],
  ['contact', 'Нови-Сад, склад Metalprom: Драган, 021 452 318, моб. 065 284 1170', '38121452318', '381652841170'],
  ['invoice', 'Predračun br. 418/2026 od 03.12.2026; iznos EUR 42.870,00; rok plaćanja 15 dana; poziv na broj 97 2041827316'],
  ['contact', 'Водитель-серб для визы: JMBG 0101980710123, pasoš br. 012847361 — телефон не дал'],

  // Turkey
  ['email', 'Saygılarımızla,\nMehmet Yılmaz\nDış Ticaret Müdürü\nAnadolu Makina San. ve Tic. A.Ş.\nİkitelli OSB Mah. 10. Cad. No: 14, 34490 Başakşehir / İstanbul\nTel: 0212 671 48 30 (pbx)\nGSM: 0532 412 87 36\nVergi Dairesi: İkitelli, VKN 0691234785', '902126714830', '905324128736'],
  ['requisites', 'Anadolu Makina A.Ş.\nIBAN: TR33 0006 4000 0011 2345 6789 01\nSWIFT: ISBKTRISXXX, Türkiye İş Bankası, İkitelli Şubesi (1096)\nMersis No: 0069123478500015\nTicaret Sicil No: 487213'],
  ['invoice', 'Proforma Fatura No: PF-2026/0318\nTarih: 03/12/2026\nGTİP: 8474.20.10.00.00\nToplam: 1.245.800,00 TRY (≈ USD 36 420)\nÖdeme: %30 peşin, %70 yükleme öncesi'],
  ['deal', 'Лид WIN EURASIA (Стамбул), Hall 9, Stand D140: Ahmet Koç, Koç Hidrolik, Bursa. Cep 0 533 287 41 06, ofis (0224) 443 18 92', '905332874106', '902244431892'],
  ['timeline', 'Неизвестный входящий в WhatsApp с 0532 904 17 28: «Hello, price list please». Кто и откуда — не представился'],
  ['contact', 'İzmir şubesi (Anadolu Makina): Atatürk Cad. No: 212, Alsancak / İzmir, tel. +90 232 463 18 40, faks +90 232 463 18 41', '902324631840', '902324631841'],
  ['timeline', '[03.12.2026, 14:27] +90 532 412 87 36: Good morning Anna, LC is opened today\n[03.12.2026, 14:29] Анна УТЭ: Thank you, Mehmet! Swift copy please', '905324128736'],
  ['delivery', 'Груз в Анкару: 2 ящика, 1 845 kg, CMR 0472193, получатель Çelik Yapı Ltd., Ostim OSB 1203. Cad. No: 7, Yenimahalle / Ankara, tel. 0312 385 27 16', '903123852716'],
  ['contact', 'Шаблон карточки турецкого клиента: GSM +90 5XX XXX XX XX, ofis +90 2XX XXX XX XX'],
  ['requisites', 'Çelik Yapı Ltd. Şti., Ostim V.D. 2140873615, Ticaret Sicil No 184273, posta kodu 06374'],
  ['contact', 'Анкара, Çelik Yapı: Hasan Bey, GSM 0 (542) 318 27 64, говорит по-английски плохо', '905423182764'],
  ['ticket', 'Для приглашения: Hasan Demir, T.C. Kimlik No 18427364902, pasaport U18427364, geçerlilik 2031-03-11'],
  ['delivery', 'Mersin Limanı, Türkiye: acente Deniz Lojistik, 0324 238 41 72; konşimento MEDUTR418273, konteyner MSCU 4827193', '903242384172'],
  ['timeline', 'Mehmet прислал ссылку wa.me/905324128736 — написать ему туда по поводу LC'],
  ['contact', 'Визитка без адреса: Daniel K., Sales Director, tel. 0212 487 30 16, mob. 0544 281 73 90'],
  ['contact', 'Та же визитка, оборот: «Istanbul · Ankara · Baku». Звонить в стамбульский офис: 0212 487 30 16', '902124873016'],

  // Israel
  ['email', 'Best regards,\nYoav Ben-David\nProcurement Manager\nNegev Water Systems Ltd.\n12 HaMelacha St., Rosh HaAyin 4809112, Israel\nTel. 03-902-4718\nMobile 050-684-2217', '97239024718', '972506842217'],
  ['requisites', 'Negev Water Systems Ltd., Company No. 51-458273-6, VAT/Osek 514582736, Bank Leumi (10), branch 812, account 47281/93, SWIFT LUMIILITXXX'],
  ['timeline', 'Ася, номер Даны для WhatsApp: 052-731-4408 — она сейчас в разъездах, страну уточнить'],
  ['timeline', 'Созвон с Хайфой (Carmel Valves Ltd.): 04-851-2290, Эли Мизрахи. Договорились о пробной партии 20 шт., 100 % предоплата', '97248512290'],
  ['contact', 'Офис в Израиле: Yoav — +972-50-684-2217, склад в Ашдоде +972 8-856-3104', '972506842217', '97288563104'],
  ['invoice', 'Invoice No. NW-2026-0871 dated 12/03/2026 (dd/mm/yyyy), Total USD 48,275.00, Customer PO 4500031872, Import entry 26IL0418273'],
  ['email', 'Yoav, as agreed, 3 x 40\' HC (MSCU 4827193, MSCU 4827201, MSCU 4827218) leave Novorossiysk on 2026-12-03, ETA Haifa 2026-12-11, B/L MEDUNV184273'],
  ['contact', 'Тель-Авив, агент по сертификации SII: Михаил Коган, моб. 054 772 1839, офис 03 617 4420, пишет по-русски', '972547721839', '97236174420'],
  ['contact', 'Израиль, приёмная Negev Water: +972\u2011(0)3\u2011902\u20114718', '97239024718'],
  ['ticket', 'Посредник просит оформить приглашение: ת.ז. 041827364, паспорт Израиля 31847263, въезд 2026-12-03 — телефон не указан'],

  // UAE
  ['email', 'Kind regards,\nRashid Al Mansoori\nGeneral Manager\nGulf Steel Trading LLC\nOffice 1204, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, UAE\nT: 04 332 8714 | M: 050 418 2693\nTRN 100384726100003', '97143328714', '971504182693'],
  ['invoice', 'Tax Invoice No. GST/2026/0418\nTRN 100 3847 2610 0003\nLPO No. 4500287316 dated 03/12/2026\nSubtotal AED 35,000.00, VAT 5% AED 1,750.00, Total AED 36,750.00'],
  ['timeline', 'Рашид (Дубай) пишет: звоните на мой номер в Эмиратах 055 902 3317 или на саудовский +966 55 184 2207, я в Эр-Рияде до пятницы', '971559023317', '966551842207'],
  ['contact', 'Jebel Ali Free Zone, склад Emirates Hub FZE, South Zone, Plot S40218: кладовщик Sanjay, +971 4 881 7420, моб. +971 56 210 4836', '97148817420', '971562104836'],
  ['requisites', 'Gulf Steel Trading LLC, Trade Licence No. 784213, Chamber Membership 418273, Emirates NBD, IBAN AE07 0260 0010 1482 7193 601, SWIFT EBILAEAD'],
  ['contact', 'Шарджа (ОАЭ), SAIF Zone: Petrotech FZC, Ахмед, tel. 06 557 2184, WhatsApp 050 813 4472', '97165572184', '971508134472'],
  ['contact', 'Номер Рашида в CRM замаскирован: +971 50 *** **93 — полный в личной карточке менеджера'],
  ['deal', 'Big 5 Global, Dubai World Trade Centre, Sheikh Saeed Hall 2, stand S2-B118: лид Faisal Qureshi, Abu Dhabi, tel. 02 644 1827, mobile 050 662 1904', '97126441827', '971506621904'],
  ['ticket', 'Letter of invitation for Mr. Rashid Al Mansoori, UAE passport P4827193, Emirates ID 784-1982-4827193-4 — гражданам ОАЭ виза не нужна, только бронь отеля'],
  ['delivery', 'Курьер в Дубае позвонит с +971 4 299 5518 перед доставкой; получатель Rashid (Dubai), моб. 050 418 2693', '97142995518', '971504182693'],
  ['delivery', 'Документы в Дубай: DHL Express 4182736190, AWB 176-41827364 (Emirates SkyCargo), отправлено 2026-12-03'],
  ['deal', 'Лид с выставки, страна не записана: «Omar, 050 772 4183, интерес — щековые дробилки». Уточнить, Израиль это или ОАЭ'],

  // India
  ['email', 'Warm regards,\nRajesh Kumar Iyer\nGeneral Manager – Imports\nShreeji Engineering Works Pvt. Ltd.\nPlot 47, MIDC Bhosari, Pune 411026, Maharashtra, India\nPh: 020 2712 4836\nMob: 98231 47605', '912027124836', '919823147605'],
  ['requisites', 'Shreeji Engineering Works Pvt. Ltd.\nGSTIN 27AAKCS4821M1ZP\nPAN AAKCS4821M\nIEC 0314082756\nCIN U29100PN2011PTC140275\nHDFC Bank, A/c 50200041827391, IFSC HDFC0000418'],
  ['deal', 'IMTEX 2026, BIEC Bengaluru, Hall 3, B21: Suresh Reddy, Hyderabad, mobile +91-94403 18275, wants quote CIF Nhava Sheva', '919440318275'],
  ['invoice', 'PO No. SEW/PO/2026-27/0418 dt. 03/12/2026\nValue: ₹ 48,50,000 + 18% IGST\nHSN 84742010\nDelivery: Pune 411026'],
  ['contact', 'Mumbai office: Shreeji, 402 Raheja Chambers, Nariman Point, Mumbai 400021 — 022-6654 1290 ext. 14 (accounts, Ms Priya)', '912266541290;ext=14'],
  ['timeline', 'Раджеш просил набрать его по WhatsApp, номер тот же, что в подписи: 98231 47605 (Пуна, Индия)', '919823147605'],
  ['timeline', 'Пропущенный с индийского номера, CRM сохранила только «+91 98XXX XXXXX», клиент не определён'],
  ['delivery', 'Shipment to Chennai: container CMAU 7182436, B/L CMDU ECB0418273, ETA Chennai Port 2026-12-28. CHA Sri Balaji Logistics, 044 2522 8437, Mr Murugan 94441 82736', '914425228437', '919444182736'],
  ['ticket', 'Визовое приглашение: гражданин Индии Rajesh Kumar Iyer, паспорт Z4827391, д.р. 14.03.1978, цель — деловая, срок 03.12.2026–02.01.2027, номер приглашения 077 0418273. Контакт в Индии: +91 98231 47605', '919823147605'],
  ['email', 'Dear Anna,\nplease call our Mumbai branch at +91 22 6654 1290 or me directly at +91 98231 47605 (IST = MSK + 2:30).\nPO ref. SEW/PO/2026-27/0418', '912266541290', '919823147605'],
  ['contact', 'Kolkata agent (India): Banerjee Trading Co., 7 Brabourne Road, Kolkata 700001, ph. 033 2282 4173', '913322824173'],
  ['requisites', 'Aadhaar XXXX XXXX 4827 (masked), PAN ABCPI4827K, Udyam UDYAM-MH-26-0418273, LUT ARN AD270326041827H'],

  // China
  ['email', '此致 / Best regards\nLily Zhang (张丽)\nSales Manager\nNingbo Hengda Machinery Co., Ltd.\nNo. 88 Jinhai Road, Beilun District, Ningbo, Zhejiang, China\nTel: 0574-8618 2735\nMob/WeChat: 138 5741 2690', '8657486182735', '8613857412690'],
  ['requisites', 'Ningbo Hengda Machinery Co., Ltd.\nUSCC: 91330206MA2H4K7X1L\nBank of China, Ningbo Beilun Sub-branch\nA/C No. 3587 5820 1473\nSWIFT: BKCHCNBJ92A\nCNAPS 104332004187'],
  ['deal', 'Кантонская ярмарка, 1 фаза, павильон 11.3, стенд F25-26: Kevin Wu, Foshan (Guangdong), WhatsApp +86 186 2075 4418, WeChat kevinwu_fs', '8618620754418'],
  ['contact', 'Иу (Yiwu), агент Ван Лэй: офис 0579-8523 6617, моб. 159 8872 3140, склад Futian Market District 2, Gate 7', '8657985236617', '8615988723140'],
  ['invoice', 'Commercial Invoice No. HD20261203-01, Date: 2026-12-03, HS Code 8474.20.90, Qty 12 sets, Unit Price USD 8,450.00, Total USD 101,400.00'],
  ['timeline', 'WeChat от Лили: «Anna, 2026年12月3日 发货, 柜号 TGHU 4187263», перезвонить ей на 138-5741-2690 после 10:00 по Пекину', '8613857412690'],
  ['timeline', 'Клиент прислал только «139 2048 7716», без имени и страны — уточнить у Сергея'],
  ['contact', 'Shanghai office (Hengda): Room 1805, No. 1000 Lujiazui Ring Road, Pudong, Shanghai 200120, tel. 021-6841 2730', '862168412730'],
  ['delivery', 'Отгрузка из Шэньчжэня: терминал Yantian, контейнер OOLU 8412736, пломба 4182736, водитель г-н Ли, 136 3281 4470 (Шэньчжэнь)', '8613632814470'],
  ['contact', 'Старые номера Кевина (Фошань, Китай): 0757-8327 4418 (офис закрыт), 186-2075-4418 актуален', '8675783274418', '8618620754418'],
  ['contact', 'Guangzhou rep office, Tianhe District, Guangzhou, China: 020-8362 1745, Ms Huang', '862083621745'],
  ['ticket', 'Приглашение для Chen Hao (КНР): паспорт EJ4827361, 身份证 330206198407194827, д.р. 1984-07-19, въезд 2026-12-03, выезд 2026-12-17'],
  ['deal', 'bauma CHINA 2026, Shanghai New International Expo Centre, Hall E5, Booth E5.418: лид Mr. Chen Hao, Xuzhou, mobile 150 5218 7364', '8615052187364'],
  ['timeline', 'Входящий WeChat-звонок с +86 138 **** 2690, номер скрыт приложением'],

  // Vietnam
  ['email', 'Trân trọng,\nNguyễn Văn Hùng\nTrưởng phòng mua hàng\nCông ty TNHH Cơ khí Sài Gòn\n125 Lý Thường Kiệt, Quận 10, TP. Hồ Chí Minh, Việt Nam\nĐT: (028) 3865 4127\nDĐ: 0903 218 457\nMST: 0312487561', '842838654127', '84903218457'],
  ['requisites', 'Công ty TNHH Cơ khí Sài Gòn, MST 0312487561, TK 0071000418273 tại Vietcombank CN TP.HCM, SWIFT BFTVVNVX'],
  ['invoice', 'Hóa đơn GTGT số 0000418, ký hiệu 1C26TAA, ngày 03/12/2026\nTổng cộng tiền thanh toán: 1.245.600.000 VNĐ'],
  ['contact', 'Ханой, дилер «Hà Nội Thiết bị»: 24 Trần Hưng Đạo, Hoàn Kiếm — тел. 024 3942 7183, менеджер Тхюи 091 234 8876 (Zalo)', '842439427183', '84912348876'],
  ['timeline', 'Хунг (Хошимин) в Zalo: новый номер 0938 471 205, старый 0903 218 457 отключит в январе', '84938471205', '84903218457'],
  ['delivery', 'Cảng Cát Lái, TP.HCM: container TCNU 1827364, tờ khai hải quan số 105418273640, ngày 2026-12-03'],
  ['deal', 'Vietnam Expo, Hà Nội, gian hàng A-2140: lead Trần Minh Đức, Hải Phòng, tel. 0225 3847 216, mobile 0988 142 736', '842253847216', '84988142736'],
  ['ticket', 'Приглашение для Nguyễn Văn Hùng (Вьетнам), паспорт C4182736, д.р. 05.11.1982. Адрес во Вьетнаме: 125 Lý Thường Kiệt, Q.10, TP.HCM; телефон для консульства: 0903 218 457', '84903218457'],
  ['contact', 'Đà Nẵng, Việt Nam — chi nhánh miền Trung: 0236 3827 416', '842363827416'],
  ['deal', 'Цена для Вьетнама: CIF Hai Phong USD 71 300 за комплект, курс 25 412 VND/USD, итого ≈ 1 811 875 600 VND; оплата L/C at sight'],
  ['timeline', 'Zalo-контакт без подписи: «0977 418 263», язык переписки английский, компания не указана'],

  // Mongolia
  ['contact', 'Улан-Батор, ХХК «Монгол Ачаа Тээвэр»: Батбаяр, утас 9911-4827, оффис 7011-2385, Сүхбаатар дүүрэг, 1-р хороо', '97699114827', '97670112385'],
  ['requisites', 'Монгол Ачаа Тээвэр ХХК, регистр 6014827, Хаан банк, данс 5012 3847 26, SWIFT AGMOMNUB, улсын бүртгэлийн гэрчилгээ 9011418273'],
  ['timeline', 'Батбаяр (Монголия) звонил с +976 8810 4472 — просит перенести отгрузку на 2026-12-10, Замын-Ууд забит', '97688104472'],
  ['delivery', 'ЖД-отправка в Монголию: ст. назначения Улан-Батор, код ЕСР 318505, вагон № 54187263, накладная СМГС № 0418273, вес 62 400 кг'],
  ['contact', 'Эрдэнэт (Монголия), ГОК, отдел снабжения: +976 7035 2418, Ганбаатар; моб. 9508 1736', '97670352418', '97695081736'],
  ['deal', 'Mongolia Mining 2026, Ulaanbaatar, stand 84: лид Oyunaa, 8899-1204, компания Tavan Tolgoi Service', '97688991204'],
  ['ticket', 'Батбаяр: регистрийн дугаар УБ84071927, паспорт E1827364 — для Монголии виза не нужна до 30 дней'],

  // Georgia
  ['contact', 'Тбилиси, Caucasus Trade Group LLC, ул. Цотне Дадиани, 7: офис 032 2 19 48 37, Гиорги — моб. 599 41 28 73', '995322194837', '995599412873'],
  ['requisites', 'Caucasus Trade Group LLC, საიდენტიფიკაციო კოდი 405128374, IBAN GE29TB7194836120100003, TBC Bank, SWIFT TBCBGE22'],
  ['deal', 'Батуми, порт: экспедитор Black Sea Forwarding, Нино, 0422 27 45 18, mob. 577 18 42 63 (Грузия)', '995422274518', '995577184263'],
  ['timeline', 'WhatsApp: +995 599 41 28 73 (Гиорги, Тбилиси): «Анна, инвойс INV-2026-1204 получил, оплатим 15/12»', '995599412873'],
  ['invoice', 'Инвойс № INV-2026-1204 от 03.12.2026 для Caucasus Trade Group (Грузия): 18 450,00 USD, эквивалент ~ 49 815 GEL; ТН ВЭД 8431 49 800 9'],
  ['contact', 'Подпись Гиорги: «Giorgi Beridze | Caucasus Trade Group | Tbilisi, Georgia | +995 32 2 19 48 37 | +995 599 41 28 73»', '995322194837', '995599412873'],
  ['contact', 'Кутаиси (Грузия), цех клиента: 0431 24 18 27, Давит', '995431241827'],

  // Azerbaijan
  ['contact', 'Баку, «Caspian Engineering» MMC, пр. Гейдара Алиева, 152: Эльчин Мамедов, (050) 284-17-39; офис (012) 497-31-82', '994502841739', '994124973182'],
  ['requisites', 'Caspian Engineering MMC, VÖEN 1402837461, hesab AZ21NABZ00000000137010001944, Kapital Bank, SWIFT AIIBAZ2X, kod 200004'],
  ['contact', 'Сумгаит (Азербайджан), цех Caspian Engineering: мастер Рауф, (018) 642-17-35; моб. (055) 718-42-06', '994186421735', '994557184206'],
  ['timeline', 'Эльчин из Баку просил писать на WhatsApp +994 70 412 83 61, а звонить на (050) 284-17-39', '994704128361', '994502841739'],
  ['delivery', 'Отгрузка в Баку через Самур–Ялама: ТС А 184 КМ 196, CMR 0471936, ДТ 10317120/031226/0418273, получатель Caspian Engineering MMC'],
  ['contact', 'Гянджа, Азербайджан: дилер Ganja Texnika, (022) 256-41-83', '994222564183'],
  ['invoice', 'Hesab-faktura № 0418/26, tarix 03.12.2026, məbləğ 31 365,00 AZN, ƏDV 18 % daxil deyil, GB № 0418273'],

  // Kyrgyzstan
  ['contact', 'Бишкек, ОсОО «Ала-Тоо Импекс», ул. Токтогула, 125: директор Айбек Садыков, 0555 41 28 73; бухгалтерия 0312 61-48-27', '996555412873', '996312614827'],
  ['requisites', 'ОсОО «Ала-Тоо Импекс»: ИНН 02304201910241, ОКПО 28471936, р/с 1280016028471936 в ОАО «Бакай Банк», БИК 128001'],
  ['contact', 'Ош (Кыргызстан), филиал «Ала-Тоо Импекс»: (03222) 5-41-27, кладовщик Улан 0770 18 42 63', '996322254127', '996770184263'],
  ['timeline', 'Айбек (Кыргызстан) сменил номер: теперь +996 700 418 273, старый 0555 41 28 73 оставил для WhatsApp', '996700418273', '996555412873'],
  ['deal', 'Сделка EX-2026-0437 с Ала-Тоо Импекс: 2 конвейера, DAP Бишкек, 2 480 000 RUB, ЕАЭС — без ДТ, статформа № 0418273 до 10.01.2027'],
  ['contact', 'Паспорт директора для доверенности: AN4182736, ПИН 21203198400418, выдан МКК 211041 — контакты в основной карточке'],

  // Kazakhstan (transit)
  ['contact', 'Алматы, ТОО «Жетысу Машинери» (транзит в Кыргызстан): +7 727 339-41-28, моб. +7 701 482 17 36', '77273394128', '77014821736'],
  ['requisites', 'ТОО «Жетысу Машинери», БИН 180440018273, ИИК KZ41 8560 0000 0418 2736, БИК KCJBKZKX, Кбе 17'],

  // more traps from the export department
  ['deal', 'ТН ВЭД / HS codes по сделкам: 8474 20 000 0 (дробилки), 8428 33 000 0 (конвейеры), 8431 49 800 9 (запчасти), 7308 90 980 9 (металлоконструкции)'],
  ['requisites', 'SWIFT-коды партнёров: COBADEFFXXX (DE), WBKPPLPP (PL), KOMBCZPP (CZ), ISBKTRISXXX (TR), HDFCINBB (IN), BKCHCNBJ (CN), BFTVVNVX (VN), TBCBGE22 (GE), KICBKG22 (KG)'],
  ['requisites', 'EORI клиентов ЕС: DE4718253, PL526104082800000, CZ27482915, NL823746182; AEO-сертификат DEAEOF104827'],
  ['invoice', 'Итого по инвойсу INV-2026-1203: 412 850,00 EUR; курс ЦБ на 03.12.2026 — 98,4127; в рублях 40 630 237,20'],
  ['deal', 'Прайс FCA Екатеринбург: СМД-110 — USD 62 140, СМД-117 — USD 78 900, конвейер КЛС-650 — EUR 18 450; действителен до 2026-12-31'],
  ['deal', 'Декларация на товары 10502110/031226/3047182, графа 33: 8474209000, таможенная стоимость 18 412 730,40 руб., УНК 26120047/1481/0000/2/1'],
  ['invoice', 'Сертификат происхождения СТ-1 № 0418273, форма А № RU 4182736, дата выдачи 2026-12-03, ТПП Свердловской области'],
  ['invoice', 'Packing list PL-2026-0418: 14 packages, gross 18 450 kg, net 17 920 kg, 62.4 m³, marks UTE/SEW/01-14'],
  ['ticket', 'Тикет #41827: не открывается ссылка https://crm.uraltechexport.ru/deals/4918273641?tab=phones&lead=4930612847 — ошибка 502'],
  ['email', 'Адреса для рассылки: info.4930612847@kraehmer-anlagenbau.de, export905324128736@anadolu-makina.com.tr'],
  ['deal', 'Badge scan export, Hall 3, B21: 2026-12-03 10:14; 2026-12-03 10:22; 2026-12-03 11:05 — всего 47 сканов, 12 квалифицированных'],
  ['deal', 'Лиды ИННОПРОМ без телефонов:\n0876 | Asia Steel | CN | стенд 4.1-C17 | badge 418273640\n0877 | Gulf Pipes | AE | стенд 2.2-A08 | badge 418273641'],

  // USA
  ['email', 'Best,\nMichael O\'Connor\nVP Purchasing\nGreat Lakes Industrial Supply, Inc.\n2150 W. Fulton St., Chicago, IL 60612\nO: (312) 847-2916 ext. 305\nC: 312.906.4418', '13128472916;ext=305', '13129064418'],
  ['requisites', 'Great Lakes Industrial Supply, Inc.\nEIN 36-4821973\nDUNS 08-146-6849\nJPMorgan Chase Bank, N.A., ABA 071000013, Acct 4827391056\nSWIFT CHASUS33'],
  ['contact', 'Houston, TX: Lone Star Drilling Parts LLC, 8400 Westpark Dr., Houston, TX 77063 — main 713-784-2210, Bob Hernandez cell 832-419-7735', '17137842210', '18324197735'],
  ['invoice', 'Invoice #GL-26-0418, Date 12/03/2026 (MM/DD/YYYY), Terms Net 30, Amount Due $18,750.00, PO 4500418273, UPS 1Z 84F 729 03 4182 7361'],
  ['contact', 'Great Lakes customer support (USA & Canada): 1-888-412-7730, Mon–Fri 8 a.m.–5 p.m. CST', '18884127730'],
  ['timeline', 'Майкл (Чикаго): пропущенный вызов с +1 (312) 906-4418 в 02:14 по Екатеринбургу — перезвонить утром по их времени', '13129064418'],
  ['delivery', 'Shipment to the US: Port of Houston, container HLXU 4182736, ISF filed 2026-12-03, Entry No. 418-2736194-0, bond 84127365'],
  ['deal', 'CONEXPO-CON/AGG 2026, Las Vegas Convention Center, West Hall, Booth W41827: лид Jennifer Blake, Denver, CO, (303) 672-1194', '13036721194'],
  ['contact', 'Great Lakes, New York sales office: 350 Fifth Ave., New York, NY 10118, tel. (212) 671-4830', '12126714830'],
  ['contact', 'Номер без подписи из формы на сайте: (415) 208-7731, «call after 9 am» — город и страна не указаны'],

  // Brazil
  ['email', 'Atenciosamente,\nCarlos Eduardo Souza\nGerente de Importação\nMetalúrgica Paulista Ltda.\nAv. Paulista, 1842 – 12º andar, São Paulo – SP, 01310-200, Brasil\nTel.: (11) 3284-7190\nCel./WhatsApp: (11) 98473-2651', '551132847190', '5511984732651'],
  ['requisites', 'Metalúrgica Paulista Ltda.\nCNPJ 12.487.361/0001-58\nInscrição Estadual 115.482.736.110\nBanco do Brasil, agência 1827-3, conta corrente 41827-6\nSWIFT BRASBRRJSPO'],
  ['contact', 'Porto Alegre (RS), representante Gaúcho Máquinas: Rua dos Andradas, 1234 — (51) 3218-4470, celular (51) 99182-3746', '555132184470', '5551991823746'],
  ['invoice', 'Pedido de compra nº 2026/00418, data 03/12/2026, valor total R$ 245.890,00, NCM 8474.20.10, frete CIF Santos'],
  ['timeline', 'Карлос (Сан-Паулу) попросил звонить на WhatsApp: +55 11 98473-2651; в офисе после 9:00 по Бразилии', '5511984732651'],
  ['contact', 'CPF do representante: 384.127.560-21, RG 41.827.364-5, CEP 90010-000 — телефон не указан'],
  ['contact', 'Rio de Janeiro, Brasil: escritório de despachante Carioca Comex, (21) 2518-4736', '552125184736'],
  ['invoice', 'NF-e nº 000.418.273, série 1, chave de acesso 3526 1212 4873 6100 0158 5500 1000 4182 7310 4827 3645'],
  ['contact', 'Metalúrgica Paulista (Brasil): +55\u00a0(11)\u00a03284\u20117190', '551132847190'],

  // trade-fair lead lists
  ['deal', 'Экспорт лидов ИННОПРОМ 2026 (CSV):\nID;Компания;Страна;Телефон;Стенд\n0871;Baltic Hydraulics;PL;+48 58 342 17 90;4.1-B21\n0872;Kovoplast Brno;CZ;+420 543 214 870;4.1-B21', '48583421790', '420543214870'],
  ['deal', 'Лиды ИННОПРОМ, страница 2 (колонка «Страна»):\n0873 | Tashkent Mash | UZ | +998 71 238 41 07\n0874 | Demir Döküm | TR | 0 216 487 12 30\n0875 | Ingenieurbüro Haas | DE | 089 4127 3380', '998712384107', '902164871230', '498941273380'],
  ['deal', 'Лиды ИННОПРОМ, страница 3:\n0878 | Saigon Mech | VN | 0903 218 457 | 4.1-B21\n0879 | Gulf Steel | AE | 04 332 8714 | 2.2-A08', '84903218457', '97143328714'],
  ['deal', 'Лист лидов из сканера бейджей (страна не выгружается):\nBadge 418273642 | Omer | 0 532 771 40 18\nBadge 418273643 | Lina | 050-418-7726'],
  ['deal', 'Лиды MiningWorld Russia 2026, павильон 2, зал 8, стенд 8.2-B104: посетители из Монголии и Казахстана, 31 визитка, 14 квалифицированных, бюджеты USD 50 000–400 000'],
  ['deal', 'Booth 11.3F25-26, Canton Fair phase 1, 2026-10-15 to 2026-10-19, booth fee CNY 48 600, order no. CF2026-0418273'],
  ['deal', 'Lead list Automechanika Dubai 2026, Hall 5, stand 5D41:\n1. Faisal Qureshi, Abu Dhabi, UAE, +971 50 662 1904\n2. Vikram Shah, Ahmedabad, India, 079 2658 1437', '971506621904', '917926581437'],
  ['deal', 'Выставка в Стамбуле, стенд посещал Emre (Bursa, Türkiye): cep 0 535 624 18 07, хочет дистрибуцию по Мраморноморскому региону', '905356241807'],

  // visa invitations
  ['ticket', 'Заявка на визовое приглашение № ВП-2026-0418\nИностранец: YILMAZ MEHMET, гражданин Турции, паспорт U18427364, выдан 12.03.2021, действителен до 11.03.2031\nПринимающая сторона: ООО «УралТехЭкспорт», ИНН 6670438215\nКонтакт приглашаемого: +90 532 412 87 36', '905324128736'],
  ['ticket', 'Приглашение выдано ГУ МВД по Свердловской области: номер 0418273640, дата 2026-12-03, кратность однократная, срок 30 дней. Визу получать в Генконсульстве РФ в Стамбуле'],
  ['ticket', 'Visa support letter for Mr. Chen Hao (PRC passport EJ4827361, born 1984-07-19), visit dates 2026-12-03 to 2026-12-17, host: UralTechExport LLC, contact person Anna Kovaleva +7 912 604 18 37', '79126041837'],
  ['ticket', 'Виза Батбаяру (Монголия) не нужна, регистрация по месту пребывания: гостиница «Онегин», Екатеринбург, тел. 8 (343) 310-58-40', '73433105840'],
  ['ticket', 'Форма приглашения, поле «Телефон приглашаемого»: +__ ___ ___ __ __ (пример: +49 30 12345678) — не заполнено'],
  ['ticket', 'Приглашение для Suresh Reddy (India), passport W8127364, адрес: Plot 12, Jubilee Hills, Hyderabad 500033, Telangana, phone 040 2354 1827', '914023541827'],
  ['ticket', 'Письмо-приглашение для Markus Behrendt (Deutschland), Reisepass C01X00T47, geboren 22.07.1979 in Berlin; Visum-Nr. 418273640 wird nach Erteilung eingetragen'],
  ['ticket', 'Приглашение для Nenad Jovanović (Сербия) не требуется, безвиз 30 дней; для брони гостиницы нужен его мобильный: +381 64 218 3390', '381642183390'],
  ['ticket', 'Заявка МВД: серия и номер бланка приглашения 77 № 0418273, УИН 18891660418273640000, госпошлина 800 руб. оплачена 03.12.2026'],
  ['ticket', 'Приглашение для Pham Thi Lan (Việt Nam): hộ chiếu C7183642, ngày sinh 11/04/1990, SĐT liên hệ tại Hà Nội: 0912 736 418', '84912736418'],

  // WhatsApp, WeChat and Telegram chats
  ['timeline', '[12/3/26, 09:41] Lily Zhang: Anna, the container is loaded\n[12/3/26, 09:42] Lily Zhang: B/L draft attached, No. NGBEKB418273\n[12/3/26, 09:50] Anna Kovaleva: Thank you!'],
  ['timeline', 'WhatsApp-группа «Anadolu – UTE shipment»:\n+90 533 287 41 06 joined using this group\'s invite link\n+7 912 604 18 37 added +90 212 671 48 30', '905332874106', '79126041837', '902126714830'],
  ['timeline', '[03.12.26, 18:02] Nenad Metalprom: Anna, call me 064 218 3390, urgent — inspection at Belgrade customs', '381642183390'],
  ['timeline', '[03.12.26, 18:05] Anna: This message was deleted\n[03.12.26, 18:06] Nenad Metalprom: ok 👍 €42 870 paid today, ref 2041827316'],
  ['timeline', 'Чат WhatsApp с Ахмедом (Шарджа): «my brother in Oman +968 9218 4736 also wants crushers, call him»', '96892184736'],
  ['timeline', 'Экспорт чата: «Messages and calls are end-to-end encrypted» … «Missed voice call» 03/12/2026 14:02 от Rajesh Iyer'],
  ['timeline', 'Telegram, Айбек: «Анна, скиньте счёт на оплату, банк просит номер контракта и дату: № UTE-KG-2026/03 от 2026-03-12»'],
  ['timeline', '[2026-12-03 11:20] Carlos Souza: Anna, can you talk now? +55 11 98473-2651\n[2026-12-03 11:24] Anna: calling in 5 min', '5511984732651'],
  ['timeline', 'WeChat ID: hengda_lily_0574, QQ 418273640 — для звонков использовать мобильный из подписи'],
  ['timeline', 'Zalo от Тхюи (Ханой): «chị gọi em số 091 234 8876 nhé, em đang ở kho Gia Lâm»', '84912348876'],
  ['timeline', 'WhatsApp: «Hi, it\'s Yoav from Negev Water, my Israeli number changed: 050-684-2290 instead of 050-684-2217»', '972506842290', '972506842217'],
  ['timeline', 'Сообщение от +7 912 604 18 37 переслано в группу «Logistik Berlin» — Markus ответил с +49 172 4183526', '79126041837', '491724183526'],

  // calls and mixed notes
  ['timeline', 'Звонок 03.12.2026 16:40 → +49 172 418 35 26 (Markus, Berlin), не дозвонились; повтор 17:10 — 3 мин', '491724183526'],
  ['email', 'Anna, my colleague in Berlin will call you from 0049 30 6128 4730, and our Warsaw partner from 0048 22 637 41 08', '493061284730', '48226374108'],
  ['contact', 'Krähmer, Berlin Tel:+493061284730Fax:+493061284739', '493061284730', '493061284739'],
  ['contact', 'Ningbo Hengda\u00a0— tel.\u00a0+86\u00a0574\u00a08618\u00a02735, mob.\u00a0+86\u00a0138\u00a05741\u00a02690', '8657486182735', '8613857412690'],
  ['timeline', 'Перезвонить: 03-617-4420 — кто это, не записали, из какой страны тоже'],
  ['timeline', 'Номер с визитки без адреса: 04 332 8714, «Rashid?» — уточнить, это тот же Rashid или нет'],

  // orders, payments, shipments and other traps
  ['invoice', 'Счёт № 418 от 03.12.2026 для Great Lakes Industrial Supply: USD 18 750,00; платёж по SWIFT MT103, референс UTE26120418, дата валютирования 2026-12-05'],
  ['invoice', 'Оплата от Shreeji Engineering: INR 48,50,000 ≈ USD 58 130, Inward remittance ref. HDFC0418273640, дата 03/12/2026'],
  ['invoice', 'Anadolu Makina: akreditif (L/C) No. 0418TRLC26000273, tutar USD 186.400,00, son yükleme tarihi 2026-12-20, geçerlilik 2027-01-15'],
  ['delivery', 'Трек EMS оригиналов в Пекин: EE418273640RU, вес 0,4 кг, отправлено 03.12.2026 14:05'],
  ['delivery', 'Booking Maersk 241827364, контейнеры MRKU 4182736, MRKU 4182741, порт погрузки Санкт-Петербург, ETD 2026-12-03, ETA Nhava Sheva 2027-01-11'],
  ['delivery', 'Авианакладная 555-18273640 (Aeroflot Cargo) в Шанхай, 3 места, 142 кг, объём 0,86 м³, рейс SU 208 от 03.12'],
  ['requisites', 'IBAN-ы для проверки: TR46 0001 0004 1827 3640 5001 01 (Ziraat), DE44 5001 0517 5407 3249 31 (ING), PL27 1140 2004 0000 3002 0135 5387'],
  ['requisites', 'Serbian bank account 205-0000000418273-64, PIB 108274631, Czech IBAN CZ55 0800 0000 0041 8273 6400, Georgian code 404182736'],
  ['deal', 'Сделка EX-2026-0451 (Вьетнам): 4 дробилки, CIF Hai Phong, USD 285 200, L/C Vietcombank № 0071LC2604182, срок отгрузки 2027-02-15'],
  ['deal', 'Сделка EX-2026-0455 (Бразилия): 1 линия, CFR Santos, USD 412 000, pedido 2026/00418, Licença de Importação 26/4182736-4'],
  ['email', 'Dear Michael,\nyour PO 4500418273 of 12/03/2026 is confirmed. Lead time 14–16 weeks, FCA Ekaterinburg, price USD 18,750.00 per unit, valid until 2026-12-31.'],
  ['email', 'Уважаемый Пётр, подтверждаем заказ ZAM-2026-03127 от 03.12.2026: 18 400,50 PLN, отгрузка 52 KW, тягач О 418 РХ 196, прицеп ВУ 2736 66'],
  ['ticket', 'Тикет #41902: в карточке Metalprom телефон сохранился как «011 3128 475» без кода страны, хотя в адресе Beograd — поправить формат', '381113128475'],
  ['ticket', 'Тикет #41903: импорт лидов падает на строке 418, поле phone = «0049 (0) 89 4127 3380» (Мюнхен) — ошибка парсинга', '498941273380'],
  ['ticket', 'Тикет #41905: версия CRM 4.18.27, сборка 2026.12.03-1827, сервер 10.41.82.73:8443 — не грузится модуль лидов'],
  ['contact', 'Внутренний справочник: ВЭД 214, бухгалтерия 220, склад 235, охрана 201 — звонить с городского только через 9'],
  ['contact', 'Маска номера в форме: +7 (___) ___-__-__, для иностранцев: +__ ___ ________'],
  ['deal', 'Воронка экспорта на 03.12.2026: 47 лидов, 18 КП на USD 2 418 730, 6 сделок в работе, 3 закрыты на EUR 918 400'],
  ['deal', 'Hall 3, B21 / Halle 4.1, Stand C17 / павильон 8, стенд 8.2-B104 / Booth W41827 — расписание дежурств 2026-12-03 … 2026-12-06'],
  ['invoice', 'Курсы на 03.12.2026: USD 92,4185; EUR 98,4127; CNY 12,7364; TRY 2,6418; INR 1,0827; AED 25,1638; BRL 16,4827'],
  ['delivery', 'Страховой полис грузов № 418273640-26/CAR, сумма EUR 412 850, франшиза EUR 1 000, маршрут Екатеринбург – Берлин'],
  ['contact', 'Серб без адреса в визитке: Marko, 063 411 28 70 — страна не указана, номер не подтверждён'],
  ['contact', 'Бишкек: Айбек просил указать в инвойсе телефон для таможни КР — (0312) 61-48-27', '996312614827'],
  ['email', 'С уважением,\nСергей Плотников\nруководитель отдела ВЭД\nООО «УралТехЭкспорт», Екатеринбург\nт. +7 (343) 311-48-20, вн. 216\nм. 8 922 148 30 67', '73433114820;ext=216', '79221483067'],
  ['requisites', 'Turkish customs: Gümrük beyannamesi No. 26341300EX041827, tescil tarihi 03.12.2026, çıkış gümrüğü Kapıkule'],
];
