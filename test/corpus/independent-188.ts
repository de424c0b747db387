/**
 * Independent corpus, hundred-and-eighty-eighth set: written by someone who had not seen the detector's rules, its tests or the main corpus.
 * Genres: the CRM of a Moscow importer of furniture fittings (hinges, runners, handles, brass hardware) and upholstery and home
 * textiles, with suppliers and agents in Poland, Czechia, Serbia, India, Vietnam, Egypt, Turkey and China: supplier cards and
 * e-mail signatures with numbers in each country's own national format next to the city or country (Warsaw 22 637 41 08, Czech
 * mobiles 603 418 275, Belgrade 011 3128 475, Pune 020 2712 4836, Hanoi mobiles 0912 736 418, Cairo 02 2736 4410, Istanbul
 * 0212 …, Foshan 0757-…), the same numbers with + and 00 and the old Russian 8-10 exit; Moscow managers', customs brokers' and
 * logisticians' numbers (Novorossiysk, St Petersburg, Vladivostok, Brest), trade-fair lead tables with a country column, WhatsApp,
 * WeChat, Zalo and Telegram chat notes, shipment and customs timelines, invoices and proformas.
 * Traps: Polish NIP (hyphenated 3-3-2-2 like a phone), REGON and KRS, Czech IČO/DIČ and bank accounts, Serbian PIB and matični
 * broj, Indian GSTIN, IEC and PAN, Vietnamese MST (10 digits starting with 0), Egyptian tax card numbers, Turkish vergi no and
 * GTİP, Chinese credit codes, IBAN/SWIFT, Russian ИНН/КПП/ОГРН/БИК/accounts, ТН ВЭД and HS codes, customs declaration numbers,
 * order, PO, invoice and proforma numbers hyphenated or spaced like phones (600-214-587, 123 456 789), amounts in zł, Kč, dinars,
 * rupees (lakh grouping), dong, lira, yuan and roubles written with spaces, container, B/L, AWB, CMR and seal numbers, dates,
 * postal codes, foreign national numbers with no country named, masked numbers and format hints, digits in URLs and e-mails.
 *
 * Its first run, with the rules made for the sets before it (the tables of Poland, Czechia, Serbia, India's
 * landlines, Vietnam and Brazil among them, which its brief's examples came from), none for it: ours precision 0.960,
 * recall 0.955, extensions 9 of 10; libphonenumber-js findNumbers 0.795 / 0.518. Read since: India's mobiles grouped
 * 5-5 near India's name; a cue on the number's own line before any on another (a table's row names its own country,
 * the next row another); Serbian Cyrillic letters as Serbia's sign, and 'Милан' the name no longer Milan the city;
 * 'без кода страны' no longer taken for a country unknown; 'č.', NIP and REGON as ids' labels; ₫ and dinars as money;
 * Vietnamese 'máy lẻ' as an extension. Still taken: a fair's badge numbers in a table's 'Бейдж' column beside a
 * Polish row. Still missed: a PBX log's '00'-prefixed numbers after 'исх.'.
 */
import type { Kind } from './phones.ts';

/** [kind, text, ...expected numbers] */
export const independent188: [Kind, string, ...string[]][] = [
  // Poland: supplier cards, signatures, requisites
  ['contact', 'Поставщик: Meblotech Sp. z o.o., Варшава (Польша)\nКонтакт: Tomasz Wiśniewski, export manager\nтел. 22 637 41 08, моб. 601 284 537\nNIP 525-248-71-36, REGON 146283517', '48226374108', '48601284537'],
  ['requisites', 'Meblotech Sp. z o.o.\nul. Połczyńska 31A, 01-377 Warszawa, Polska\nNIP: 525-248-71-36\nREGON: 146283517\nKRS: 0000418273\nIBAN: PL61 1090 1014 0000 0712 1981 2874, SWIFT WBKPPLPP'],
  ['email', 'Dzień dobry,\nw załączeniu proforma PF/2024/0412.\nPozdrawiam\nAgnieszka Zielińska\nDział eksportu | Okuć-Pol S.A.\nul. Fabryczna 12, 61-248 Poznań\ntel. +48 61 852 17 40 wew. 23\nkom. +48 698 143 270', '48618521740;ext=23', '48698143270'],
  ['invoice', 'Faktura VAT nr FV 118/03/2024 z dnia 14.03.2024\nNIP sprzedawcy: 779-231-48-05\nNIP nabywcy: brak (eksport poza UE)\nWartość netto: 48 250,00 zł, VAT 0%\nDo zapłaty: 48 250,00 PLN'],
  ['timeline', '14.03 11:20 Звонил Томаш (Варшава), +48 22 637 41 08 — подтвердил отгрузку петель 35 мм, 12 паллет. Наш заказ PO 600-214-587.', '48226374108'],
  ['deal', 'Номер с визитки без подписи: 512 384 906 — чей, непонятно, уточнить у Ольги'],
  ['contact', 'Агент в Польше: Krzysztof Nowak (Лодзь), ткани для мягкой мебели\nkom. 0048 605 217 384\nбиуро 42 630 18 57', '48605217384', '48426301857'],
  ['requisites', 'Okuć-Pol S.A., Poznań\nNIP 781-184-27-63 | REGON 300418527 | KRS 0000273814\nKapitał zakładowy: 2 400 000 zł\nmBank S.A. PL27 1140 2004 0000 3102 7518 4620'],
  ['email', 'Z poważaniem,\nMałgorzata Kamińska\nKierownik sprzedaży zagranicznej\nTEXPOL Łódź sp. j.\ntel./fax +48 42 636 27 19\nmob. +48 509 418 263\nwww.texpol-lodz.pl', '48426362719', '48509418263'],
  ['invoice', 'Счёт поставщика FV/2024/03/227 от 21.03.2024, Okuć-Pol\nПетли накладные 110°, 24 000 шт. × 1,85 zł = 44 400,00 zł\nОплата: 30 % предоплата 13 320 zł, остаток 31 080 zł до 05.04.2024'],
  ['timeline', 'WhatsApp с Малгожатой (TEXPOL, Лодзь): прислала новый номер склада — 42 636 27 40, старый 42 636 27 19 больше не отвечает', '48426362740', '48426362719'],
  ['deal', 'Сделка: велюр «Monolith» от TEXPOL (Польша), 3 200 пог. м\nСумма: 89 600 zł / 2 148 000 ₽\nЗаказ № 123 456 789 в их системе, наш — ЗП-2024-0318'],

  // Czechia
  ['contact', 'Dodavatel: TEXTILIA Dvůr Králové s.r.o. (Чехия)\nJana Nováková — obchod, mobil 603 418 275\nкабинет: 499 312 845\nIČO 27184562, DIČ CZ27184562', '420603418275', '420499312845'],
  ['email', 'S pozdravem\nPetr Dvořák\nSales Manager Export\nKOVO-Brno a.s.\nHybešova 42, 602 00 Brno, Czech Republic\nTel.: +420 543 217 806\nMobil: +420 731 602 489\nwww.kovo-brno.cz', '420543217806', '420731602489'],
  ['requisites', 'KOVO-Brno a.s., IČO: 463 47 128, DIČ: CZ46347128\nBankovní spojení: 2700418253/2010 (Fio banka)\nIBAN CZ65 2010 0000 0027 0041 8253\nSpisová značka B 4127 vedená u Krajského soudu v Brně'],
  ['invoice', 'Faktura č. 2024031877, datum vystavení 18.03.2024, DUZP 18.03.2024\nCelkem k úhradě: 386 450,00 Kč\nVariabilní symbol: 2024031877, konstantní symbol 0308'],
  ['contact', 'Чехия, Прага — агент Lukáš Černý\nтел. 224 815 376 (офис на Vinohradská), мобильный 777 602 148\nговорит по-русски', '420224815376', '420777602148'],
  ['timeline', 'Созвон с Яной (Чехия) 00420 603 418 275: ткань «Bohemia» снята с производства, предлагают аналог, образцы вышлют DHL AWB 41 8263 0475', '420603418275'],
  ['deal', 'KOVO-Brno: ручки-скобы 128 мм, партия 18 000 шт.\nЦена 14,20 Kč/шт., итого 255 600 Kč\nObjednávka č. 731 602 489 (их номер заказа, не телефон!)'],
  ['email', 'Dobrý den, paní Nováková,\nprosím o potvrzení termínu dodání objednávky OBJ-2024-0412.\nS pozdravem, Ольга Киселева\nООО «ФурнитураТекс», Москва\n+7 (495) 641-27-83 доб. 205', '74956412783;ext=205'],

  // Serbia
  ['contact', 'Добављач: Drvoplast d.o.o., Белград (Сербия)\nМилан Јовановић, комерцијала\nтел. 011 3128 475, моб. 063 812 4475\nPIB 108452396, MB 21045873', '381113128475', '381638124475'],
  ['email', 'Srdačan pozdrav,\nNikola Petrović\nIzvozni menadžer | Tekstil Novi Sad d.o.o.\nBulevar oslobođenja 84, 21000 Novi Sad, Srbija\nT: +381 21 6614 238\nM: +381 64 218 37 90', '381216614238', '381642183790'],
  ['requisites', 'Tekstil Novi Sad d.o.o.\nPIB: 104 318 562\nMatični broj: 08 215 473\nTekući račun: 160-0000000418256-42 (Banca Intesa)\nŠifra delatnosti: 1392'],
  ['invoice', 'Profaktura br. 0318/2024 od 18.03.2024.\nUkupno: 1 245 800,00 RSD (1 245 800 динаров)\nRok plaćanja: 30 dana, poziv na broj 97 418-263-5'],
  ['timeline', 'Милан (Drvoplast, Сербия) просил звонить на вайбер 00381 63 812 4475, городской 011 3128 475 после 16:00 не берут', '381638124475', '381113128475'],
  ['deal', 'Сербия, Ниш: фабрика мебельных ножек «Metalac Niš»\nдиректор Dragan — 018 425 317, моб. 065 241 8073\nобъём пробной партии 6 400 шт., 512 000 дин.', '38118425317', '381652418073'],

  // India
  ['contact', 'Supplier: Deccan Brass Fittings Pvt. Ltd., Pune, India\nMr. Rajesh Kulkarni, Export Head\nOffice: 020 2712 4836\nMobile/WhatsApp: 98220 14573\nGSTIN 27AAFCD4821K1Z3', '912027124836', '919822014573'],
  ['email', 'Warm regards,\nAnkit Sharma\nManager – International Business\nShree Ganesh Metal Works, Moradabad (U.P.), India\nPh: +91 591 241 7380\nCell: +91 97190 48263\nIEC: 0512004821', '915912417380', '919719048263'],
  ['invoice', 'Proforma Invoice No. SGMW/PI/2024-25/118 dated 02.04.2024\nTotal: ₹ 18,42,650.00 (Rupees Eighteen Lakh Forty Two Thousand Six Hundred Fifty only)\nHSN 8302 4200\nGSTIN: 09ABCFS6218M1ZP, PAN ABCFS6218M'],
  ['contact', 'Panipat Home Textiles (Панипат, Индия), Mr. Sandeep Goyal\nтел. офиса 0180 265 4117, моб. 98120 36471\nпледы и покрывала, MOQ 500 шт.', '911802654117', '919812036471'],
  ['invoice', 'Инвойс Deccan Brass № DBF/EXP/0318 от 18.03.2024\nИтого: 4 82 150 рупий (INR 482 150), оплата по SWIFT в USD по курсу банка\nIFSC HDFC0001842, A/c 50200018427361'],
  ['timeline', 'Раджеш (Пуна) написал в WhatsApp с другого номера: +91 98906 21437 — старый 98220 14573 оставить, он рабочий', '919890621437', '919822014573'],

  // Vietnam
  ['contact', 'Поставщик: Công ty TNHH Nội Thất Minh Phát, Bình Dương, Вьетнам\nMs. Nguyễn Thị Lan, sales\nDĐ: 0912 736 418 (Zalo)\nVP: 0274 3812 645\nMST: 3702184529', '84912736418', '842743812645'],
  ['email', 'Best regards,\nTran Van Hung\nPurchasing Dept. – Hanoi Rep. Office, Vietnam\nTel: +84 24 3826 4517\nMob: +84 983 417 256\nMST/Tax code: 0101 846 273', '842438264517', '84983417256'],
  ['invoice', 'Hóa đơn GTGT số 0001842, ký hiệu 1C24TMP, ngày 22/03/2024\nMST người bán: 0312845617-001\nTổng cộng tiền thanh toán: 186 450 000 ₫ (186.450.000 VND)'],
  ['contact', 'Агент во Вьетнаме (Ханой): Phạm Quốc Bảo\nмоб. 0912 736 418, Zalo тот же\nофис: 024 3771 5208', '84912736418', '842437715208'],
  ['requisites', 'Công ty TNHH Nội Thất Minh Phát\nMST: 3702184529\nGiấy CNĐKDN số 3702184529 do Sở KH&ĐT tỉnh Bình Dương cấp ngày 12/06/2014\nSTK: 0181 0037 48291 tại Vietcombank Bình Dương'],
  ['timeline', 'Лан (Вьетнам, Биньзыонг) прислала в Zalo: отгрузка столешниц из акации перенесена на 28/04, контейнер TCNU 718 2640, звонить 0084 912 736 418', '84912736418'],
  ['deal', 'В общем чате кто-то оставил номер 0983 417 256 без имени — не звонить, пока не выясним, чей'],
  ['email', 'Dear Olga,\nour HCMC office will handle the documents.\nContact: Ms. Vo Thi Hoa, Ho Chi Minh City\nTel: 028 3930 6172 | Mobile: 0903 618 247\nKind regards, Lan', '842839306172', '84903618247'],
  ['invoice', 'Инвойс Minh Phát № MP-2403-77: столешницы акация 1200×600, 840 шт.\nUSD 37 380.00 = 946 450 000 VND\nHS code 9403.60.90, ТН ВЭД 9403 60 100 9'],
  ['ticket', 'Тикет #4182: вьетнамский поставщик не может дозвониться до склада. Дали им наш склад в Подольске: +7 (4967) 58-31-20 и кладовщика Игоря 8 915 402-71-36', '74967583120', '79154027136'],

  // Egypt
  ['contact', 'Damietta Furniture Co. (Думьят, Египет)\nMr. Ahmed El-Sayed\nOffice: 057 236 4518\nMobile: 010 1847 2365\nTax Reg. No. 438-617-205', '20572364518', '201018472365'],
  ['email', 'Regards,\nMona Farouk\nExport Coordinator | Nile Textiles S.A.E.\n14 Abbas El Akkad St., Nasr City, Cairo, Egypt\nTel: 02 2736 4410 / 02 2736 4411\nMob: 0122 584 3107', '20227364410', '20227364411', '201225843107'],
  ['invoice', 'Commercial Invoice No. NT-2024-0318, Nile Textiles\nTotal amount: EGP 1 284 500 / USD 26 480\nCommercial Register No. 184 237, Tax Card 517-206-384'],
  ['contact', 'Агент в Александрии (Египет): Karim Mostafa\nтел. 03 486 2517, моб. 0111 624 3850 (WhatsApp)\nотвечает с 10 до 17 по Каиру', '2034862517', '201116243850'],
  ['timeline', 'Ахмед (Думьят) звонил с +20 10 1847 2365, просит подтвердить LC до пятницы. Номер аккредитива 0418 IMLC 2403 2617', '201018472365'],
  ['requisites', 'Nile Textiles S.A.E.\nTax ID: 517-206-384\nCommercial Registry: Cairo 184237\nImport/Export Reg. 27418\nIBAN EG38 0019 0005 0000 0000 2631 8007 9'],
  ['deal', 'Египет: хлопковые чехлы для подушек, Nile Textiles\n12 000 шт. × EGP 96 = EGP 1 152 000\nэквивалент 2 236 800 ₽\nPI № 02-2736-441 (так у них нумеруются проформы)'],
  ['email', 'From: Mona Farouk\nDear Mr. Belov,\nplease call me on WhatsApp 0020 122 584 3107, our landline in Cairo is out of order today.\nBR, Mona', '201225843107'],
  ['deal', 'Позвонить по номеру 02 2736 4410 — кто это, не помню, в карточке не сохранено'],

  // Turkey
  ['contact', 'Tedarikçi: Bursa Dokuma Tekstil A.Ş. (Бурса, Турция)\nAyşe Demir — ihracat\nTel: 0224 243 18 56\nGSM: 0532 417 28 63\nVergi No: 1840523697', '902242431856', '905324172863'],
  ['email', 'Saygılarımızla,\nMehmet Yılmaz\nDış Ticaret Müdürü\nKayseri Mobilya Aksesuar San. ve Tic. Ltd. Şti.\nOrganize Sanayi Bölgesi, 38070 Melikgazi/Kayseri, Türkiye\nT +90 352 321 47 80 (Dahili 214)\nM +90 533 682 14 07', '903523214780;ext=214', '905336821407'],
  ['invoice', 'Proforma Fatura No: PF-2024/0412\nToplam: 248 750,00 TL (₺248.750)\nGTİP: 9403.60.90.00.00\nVergi Dairesi: Erciyes, V.No: 6210 482 735'],
  ['contact', 'Турция, Стамбул — офис агента «Anadolu Trade»: 0212 654 32 18\nЭмре Арслан, моб. 0541 826 30 74\nДенизли (полотенца, фабрика): 0258 371 24 65', '902126543218', '905418263074', '902583712465'],
  ['requisites', 'Bursa Dokuma Tekstil A.Ş.\nVergi Dairesi: Uludağ, Vergi No: 1840523697\nMERSİS No: 0184052369700015\nTicaret Sicil No: 41827\nIBAN: TR33 0006 1005 1978 6457 8413 26'],
  ['timeline', 'Айше (Бурса) написала: по заказу SIP-2024-118 ткань готова, отгрузка 02.04. Просила перезвонить на 0090 532 417 28 63', '905324172863'],
  ['deal', 'Турецкая жаккардовая ткань, 4 800 м × 6,40 $ = 30 720 $\nдоставка автотранспортом Стамбул — Москва, 14 дней\nсчёт 532-417-286 от 12.03 (номер их бухгалтерии)'],
  ['email', 'Merhaba Olga Hanım,\nyeni numunelerimiz kargoya verildi, takip no: 7418 2630 5517.\nİyi çalışmalar,\nAyşe Demir\nBursa Dokuma Tekstil\n+90 224 243 18 56 / +90 532 417 28 63', '902242431856', '905324172863'],

  // China
  ['contact', '供应商: 佛山市顺德区伟业五金有限公司 (Фошань, Китай)\nMr. Chen Wei (陈伟), sales manager\nTel: 0757-2836 4519\nMob/WeChat: 138 2745 6190\n统一社会信用代码: 91440606MA4UX8K21C', '8675728364519', '8613827456190'],
  ['email', 'Best regards,\nLily Zhang\nExport Dept.\nShaoxing Keqiao Huafang Textile Co., Ltd.\nKeqiao, Shaoxing, Zhejiang, China\nTel: +86 575 8412 3076\nCell: +86 159 6728 4103', '8657584123076', '8615967284103'],
  ['invoice', 'PROFORMA INVOICE No.: HF20240318-07\nTotal: USD 18 460.00 / ¥ 132 680.00 (人民币壹拾叁万贰仟陆佰捌拾元整)\nHS Code: 5407.61.90\nContainer: TGHU 482617 3'],
  ['contact', 'Агент в Гуанчжоу: Анна (Li Na, 李娜)\nофис +86 20 8765 4321\nмоб. 186 2047 5318 (Китай), WeChat annali_gz', '862087654321', '8618620475318'],
  ['timeline', 'Из офиса до Чэня (Фошань, Китай) дозвонились только через восьмёрку: 8-10-86-757-2836-4519. Обещал выслать фото упаковки направляющих', '8675728364519'],
  ['requisites', 'Foshan Shunde Weiye Hardware Co., Ltd.\nUSCC: 91440606MA4UX8K21C\nBank: Bank of China Shunde Branch\nA/C No. 6452 7183 0926 4185\nSWIFT BKCHCNBJ400'],
  ['deal', 'Кто-то звонил с 15967284103 и 13827456190, представились «с фабрики», страна не указана — не перезванивать без проверки'],
  ['delivery', 'Коносамент COSU 6284517390, судно CSCL Saturn, порт погрузки Yantian\nКонтейнеры: CSNU 418263 7, TGHU 582017 4\nПломбы: 2418637, 2418638\nETA Восточный: 15.04.2024'],
  ['invoice', 'Счёт-проформа Huafang № HF-0318-07: шенилл 8 600 м\n¥ 126 480,00 (сто двадцать шесть тысяч юаней)\nэквивалент 1 612 620,00 ₽ по курсу ЦБ 12,75'],
  ['email', '您好 Ольга,\n货物已经装柜，柜号 TEMU 6182047，提单号 SZX24031877。\n有问题请联系我: 0757-2836 4520 (办公室), 陈伟\n佛山伟业五金', '8675728364520'],

  // Russian side: managers, logisticians, brokers
  ['contact', 'Менеджер ВЭД: Соколова Марина Андреевна\nрабочий +7 (495) 783-41-26 доб. 117\nмоб. +7 916 284-53-07\nTelegram @sokolova_ved', '74957834126;ext=117', '79162845307'],
  ['contact', 'Логист (Новороссийск): Ткаченко Артём\n8 (8617) 64-28-15, 8-988-417-23-60\nпо контейнерам MSCU 4826173, TGHU 1835204', '78617642815', '79884172360'],
  ['contact', 'Таможенный брокер ООО «ВЭД-Декларант»\nдекларант Шевчук Лилия, 8 (812) 407-19-36, моб. 8 921 630 48 15\nлицензия брокера № 0418/00', '78124071936', '79216304815'],
  ['requisites', 'ООО «ФурнитураТекс»\nИНН 7714582361 КПП 771401001\nОГРН 1157746382154\nр/с 40702810938000154826 в ПАО Сбербанк\nк/с 30101810400000000225, БИК 044525225\nОКПО 38215467'],
  ['contact', 'Владивосток, экспедитор «ДальТрансЛайн»\nдиспетчер: +7 (423) 230-71-48\nменеджер Крылов Денис 8-914-706-25-39', '74232307148', '79147062539'],
  ['delivery', 'Декларация на товары № 10702070/180324/3048215 выпущена 19.03.2024\nТН ВЭД 8302 42 000 9, 8302 10 000 0\nТаможенная стоимость 3 184 260,00 ₽, пошлина 8 % — 254 740,80 ₽'],
  ['timeline', '18.03 09:40 Артём (логист) звонил с нового: 8 989 264-17-03, старый 8-988-417-23-60 в ремонте. Контейнер MSCU 4826173 на досмотре', '79892641703', '79884172360'],
  ['contact', 'Руководитель закупок Белов Сергей Петрович\nтел. 8 495 641-27-83 доб. 201, моб. 8 903 715 26 84\nзамещает: Киселева Ольга, доб. 205', '74956412783;ext=201', '79037152684'],
  ['delivery', 'Сборный груз из Польши, CMR № 0418273 от 20.03.2024\nперевозчик TRANS-POL, тягач WGM 41827, прицеп WGM 2630P\nграница Брест — Козловичи, 22.03, 14 паллет, 6 240 кг'],
  ['contact', 'Водитель TRANS-POL (Польша): Paweł, kom. +48 604 182 736\nдиспетчер в Бресте (Беларусь): 8 0162 41-27-36', '48604182736', '375162412736'],
  ['ticket', 'Заявка 2024-0318-17: не приходят СМС с кодом от портала ФТС. Наш контактный номер в ЛК: +7 926 418-37-20. ИНН 7714582361', '79264183720'],
  ['invoice', 'Счёт № 418 от 25.03.2024 (ООО «ВЭД-Декларант»)\nУслуги таможенного оформления ДТ 10702070/180324/3048215 — 18 500,00 ₽\nИтого к оплате: 18 500,00 ₽, НДС не облагается'],

  // trade-fair leads with a country column
  ['deal', 'Лиды MosBuild 2024 (стенд поставщиков, зал 14)\nКомпания | Страна | Контакт | Телефон\nDrewnoStyl | Польша | Piotr K. | 58 341 27 90\nNábytek Plus | Чехия | Lucie H. | 777 215 830\nİstanbul Kumaş | Турция | Emre A. | 0212 487 15 36', '48583412790', '420777215830', '902124871536'],
  ['deal', 'Heimtextil, экспорт лидов (CSV):\nКомпания;Страна;Телефон;Интерес\nJaipur Weaves;Индия;0141 236 4817;пледы\nHanoi Silk House;Вьетнам;0904 217 683;шёлк\nCairo Cotton Co.;Египет;0100 482 1736;полотенца', '911412364817', '84904217683', '201004821736'],
  ['deal', 'Interzum, лиды по фурнитуре\nGuangzhou Hettong Hardware — Китай — 020 3826 7140\nMetalform Novi Sad — Сербия — 021 452 817\nBrass Art Moradabad — Индия — +91 94120 37815', '862038267140', '38121452817', '919412037815'],
  ['deal', 'Лиды выставки «Мебель-2024», колонки: № | Компания | Страна | Стенд | Бейдж\n17 | Tekstil-Beograd | Сербия | 8.1 C 24 | 418 263 075\n18 | Okucia Kraków | Польша | 2.3 A 11 | 418 263 076\n19 | Anatolia Home | Турция | FB 108 | 418 263 077'],
  ['deal', 'Лид с выставки Canton Fair (фаза 2)\nСтрана: Китай\nКомпания: Ningbo Sunrise Textile\nТел.: 0574 8736 2418, моб. 137 5849 2063\nСтенд 16.3 E 27', '8657487362418', '8613758492063'],
  ['deal', 'Лиды Heimtextil, без телефонов (только визитки отсканированы):\nCotton Valley (Индия) — стенд 12.0 D 41\nVina Textile (Вьетнам) — стенд 8.0 H 17\nNil Home (Египет) — стенд 12.1 B 09\nразбор до 05.04.2024'],
  ['deal', 'Лид: Arslan Mobilya Aksesuar\nСтрана: Турция | Город: Кайсери\nТелефон: 0352 321 58 14 | GSM: 0542 718 36 20\nИнтерес: ручки, опоры, 2 контейнера в квартал', '903523215814', '905427183620'],
  ['deal', 'Таблица лидов из Excel (выгрузка, колонка «Страна» потерялась при экспорте):\nPrimeBrass — 0591 241 7402\nSilkRoute — 0904 217 684\nHomeTex — 0100 482 1737'],
  ['deal', 'Лид с «Текстильлегпрома», страна — Россия\nООО «Ивтекс-Опт», Иваново\nтел. 8 (4932) 41-27-63, моб. 8 910 684-20-17', '74932412763', '79106842017'],

  // chats: WhatsApp, WeChat, Zalo, Telegram
  ['timeline', 'WhatsApp, Раджеш (Индия): "Madam, container loaded today, B/L MEDUIN418263 will share tomorrow. Call me 98220 14573 anytime"', '919822014573'],
  ['timeline', 'WeChat, Чэнь Вэй (Фошань): 样品已寄出，顺丰单号 SF 1428 5730 6127，请查收。', ],
  ['timeline', 'Telegram, логист Артём: «Контейнер TGHU 1835204 выгрузили, стоит на терминале НУТЭП, пропуск № 418263. Перезвони 89884172360»', '79884172360'],
  ['timeline', 'Zalo, Лан (Вьетнам): "Chị Olga ơi, em gửi lại số anh Bảo ở Hà Nội: 0912 736 418 nhé. Số cũ 0904 621 735 không dùng nữa."', '84912736418', '84904621735'],
  ['timeline', 'WhatsApp, Мона (Каир): «Payment received? Our bank ref 0418-2736-4410. Thanks!»'],
  ['timeline', 'Viber, Милан (Белград): «Poštovana Olga, kamion kreće sutra, broj CMR 4127360, tablice BG 418-CK. Moj mobilni i dalje 063 812 4475.»', '381638124475'],
  ['timeline', 'WhatsApp, Айше (Турция): "Olga Hanım, ödemeniz ulaştı, 30 720 USD. Dekont no: 2024031800418263"'],
  ['timeline', 'Telegram, Марина (ВЭД): Лили из Шаосина просит перезвонить на +86 159 6728 4103 после 10 утра по Пекину (это 5 утра у нас)', '8615967284103'],
  ['timeline', 'WhatsApp-группа «Поставки Индия»: Анкит добавил номер склада в Морадабаде +91 591 241 7395 и водителя 0091 97190 48270', '915912417395', '919719048270'],
  ['timeline', 'Чат с клиентом (мебельная фабрика «Уют», Пенза): прошу счёт на петли, наш тел. 8 (8412) 56-18-34, снабженец Ирина 8-927-382-14-06', '78412561834', '79273821406'],
  ['timeline', 'WeChat, Анна (Гуанчжоу): 订单号 PO-600-214-588，金额 ¥ 86 240，交期 4月18日'],

  // order / PO / invoice numbers spaced like phones
  ['deal', 'PO 600-214-587 подтверждён поставщиком, отгрузка партии 2 из 3 — 12.04.2024'],
  ['deal', 'Заказ поставщику № 123 456 789 от 12.03.2024, Okuć-Pol, петли Clip-on, 24 000 шт.'],
  ['invoice', 'Invoice No. 2024-0318-7741, PO ref. 418-263-705, due date 17.04.2024\nAmount due: USD 12 480.00'],
  ['invoice', 'Проформа PI 24/0412/118 от 04.04.2024, сумма 641 826,30 ₽ (в шаблоне по ошибке стояло 6 418 263)'],
  ['deal', 'Сделка № 495 641 278 (нумерация из 1С), заказчик ООО «Уют», сумма 2 418 600 ₽'],
  ['invoice', 'Счёт на оплату № 916-284-530 от 01.04.2024\nПоставщик: ООО «ФурнитураТекс»\nИтого: 184 263,00 ₽, в т.ч. НДС 20 % 30 710,50 ₽'],
  ['deal', 'Заказ клиента 8 903 715 — дубль, объединить с заказом 8 903 716 (оба — номера из интернет-магазина)'],
  ['invoice', 'Proforma No. 0212-654-3218 (Anadolu Trade) — 48 750 TL, ödeme 50/50'],
  ['invoice', 'Spec. № 2 к контракту № DBF-RU-2024/03 от 01.03.2024\nпозиции 1–14, итого USD 26 418.60\nсрок поставки 60 дней'],
  ['deal', 'Рекламация № 2024-017: брак направляющих, партия LOT 603 418 275, 1 240 шт. из 18 000'],

  // amounts in national currencies written with spaces
  ['invoice', 'Сводка платежей поставщикам за март:\nMeblotech — 48 250 zł\nKOVO-Brno — 255 600 Kč\nDrvoplast — 1 245 800 din.\nDeccan Brass — ₹ 4 82 150\nMinh Phát — 946 450 000 ₫\nBursa Dokuma — 248 750 TL\nWeiye — ¥ 126 480'],
  ['invoice', 'Курсовая разница по платежу в Вьетнам: 186 450 000 VND × 0,00371 = 691 729,50 ₽'],
  ['invoice', 'Egyptian pounds: EGP 1 152 000 (one million one hundred fifty two thousand), paid 2024-03-27'],
  ['invoice', 'Остаток долга перед Tekstil Novi Sad: 613 270 динара (RSD 613 270,00), срок 30.04.2024'],
  ['invoice', 'Платёжное поручение № 418 от 18.03.2024: 2 736 441,00 ₽ в пользу ООО «ВЭД-Декларант» (таможенные платежи)'],
  ['invoice', 'Предоплата Huafang 30 %: ¥ 39 804,00 = 507 501,00 ₽; остаток ¥ 92 876,00 перед отгрузкой'],
  ['invoice', 'Итого по инвойсу Panipat Home Textiles: ₹ 12 48 600 (INR 1 248 600), скидка 3 %'],

  // HS codes, declarations, certificates
  ['delivery', 'Коды ТН ВЭД по контракту:\nпетли мебельные — 8302 42 000 9\nнаправляющие — 8302 42 000 9\nручки — 8302 42 000 1\nткань жаккард — 5407 61 300 0\nпледы — 6301 40 100 0'],
  ['delivery', 'HS codes per invoice: 8302.42.00.90, 5407.61.30.00, 6302.31.00.90, 9403.60.10.00'],
  ['requisites', 'Декларация о соответствии ЕАЭС N RU Д-CN.РА01.В.41826/24 от 12.02.2024, срок до 11.02.2029\nСертификат происхождения Form A № 24C4418263070018'],
  ['delivery', 'ДТ 10702070/180324/3048215, 10216170/220324/3061827\nГрафа 33: 8302420009\nГрафа 47: пошлина 254 740,80, НДС 686 600,16'],
  ['requisites', 'Сертификат происхождения товара EUR.1 № PL/BA 0418263, выдан Krajowa Izba Gospodarcza 15.03.2024'],
  ['delivery', 'Отказ в выпуске по ДТ 10702070/250324/3071544: несоответствие кода 5407 61 300 0 — ткань содержит 38 % хлопка, код 5407 82 000 0'],

  // containers, B/L, AWB, CMR, seals
  ['delivery', 'Контейнер MSCU 482 617 3 (40HC), B/L MEDUIN418263, судно MSC Anna, порт Nhava Sheva → Новороссийск через Джидду\nETA 02.05.2024'],
  ['delivery', 'AWB 176-4825 3160 (Emirates SkyCargo), 3 места, 48 кг — образцы тканей из Каира, прибытие SVO 27.03'],
  ['delivery', 'Трекинг: контейнер TCNU 7182640, пломба VN 2418637, букинг 264817305, рейс 0418E'],
  ['delivery', 'Коносамент HLCUIST240318774, контейнеры HLXU 8204175 и HLXU 8204176, Mersin → Новороссийск, фрахт USD 3 850'],
  ['delivery', 'CMR 0418273, TIR Carnet XG 74 182 637, граница Брест 22.03.2024 09:40, время ожидания 14 ч'],
  ['delivery', 'Сборный груз Чехия → Москва, накладная ЖДЭ № 24-04182-63, 6 мест, 1 418 кг, 7,2 м³'],
  ['delivery', 'Экспедитор подтвердил букинг № 600214587 на 12.04, стоимость перевалки 48 250 ₽, контейнер будет на терминале до 19.04'],

  // more supplier cards and signatures, all eight countries
  ['contact', 'Поставщик мебели из мангового дерева: Marwar Handicrafts, Джодхпур (Индия)\nMr. Vikram Singh Rathore\nтел. 0291 274 3618, моб. +91-94141-27063\nPAN AAKFM4182R', '912912743618', '919414127063'],
  ['email', 'Thanks & Regards,\nPriya Menon\nSourcing Agent – Mumbai, India\nOff: 022 2836 4170 | Mob: +91 98190 62734\nEmail: priya.menon@sourceindia.co.in\nGST: 27AHKPM6182Q1ZB', '912228364170', '919819062734'],
  ['contact', 'Hải Phòng (Вьетнам), склад консолидации «Green Port Logistics»\nMr. Đỗ Minh Tuấn: 0225 3842 617, DĐ 0936 417 208\nMST 0201827364', '842253842617', '84936417208'],
  ['email', 'Trân trọng,\nLê Thu Hà\nPhòng Kinh doanh – Chi nhánh Đà Nẵng, Việt Nam\nĐT: 0236 3821 475\nDĐ: 0905 283 614', '842363821475', '84905283614'],
  ['contact', 'Египет, 6th of October City (Гиза): Orient Upholstery Fabrics\nMr. Tarek Hassan, tel. 02 3827 1460, mob. 0155 428 3716\nNational ID на визитке не указан, только Tax ID 624-318-507', '20238271460', '201554283716'],
  ['email', 'Saygılarımla,\nZeynep Kaya\nSatış Temsilcisi | Marmara Kumaş Ltd.\nKozyatağı, Kadıköy / İstanbul\nTel: 0216 574 18 32\nCep: 0555 281 43 69', '902165741832', '905552814369'],
  ['contact', 'Измир (Турция), фабрика фурнитуры Ege Metal\nофис +90 232 461 72 05\nэкспорт-менеджер Burak: +90 (544) 317 82 60', '902324617205', '905443178260'],
  ['email', 'Best regards,\nKevin Wu (吴凯)\nShanghai Yida International Trading Co., Ltd.\nTel: 021-6428 7153 ext. 806\nMob: +86 135 1042 7386\nAdd: Room 1807, No. 418 Caoxi Rd., Xuhui, Shanghai 200030, China', '862164287153;ext=806', '8613510427386'],
  ['contact', 'Шэньчжэнь (Китай), фабрика петель «Dongtai»\nотдел продаж 0755-2683 4170\nменеджер Jenny Liu, 手机 139 2841 6057', '8675526834170', '8613928416057'],
  ['email', 'Pozdrawiam serdecznie\nJoanna Lewandowska\nOkucia Kraków sp. z o.o., Polska\ntel. 12 416 27 38 wew. 105\nkom. +48 789 214 053', '48124162738;ext=105', '48789214053'],
  ['contact', 'Чехия, Острава: Ostravské kování s.r.o.\nMartin Svoboda, tel. 596 218 437, mob. 724 816 305\nIČO 258 41 726', '420596218437', '420724816305'],
  ['contact', 'Сербия, Крагуевац: Šumadija Tapeti d.o.o.\nZoran Ilić, фиксни 034 335 418, мобилни +381 60 417 2853\nPIB 101827364', '38134335418', '381604172853'],

  // personal ids and registry numbers (never phones)
  ['requisites', 'Agent (osoba fizyczna): Krzysztof Nowak, PESEL 85031412748, NIP 727-418-26-30, nr dowodu ABC 418263'],
  ['requisites', 'Jednatel: Ing. Jana Nováková, r. č. 856214/1234, IČO 27184562, DIČ CZ27184562, datová schránka 4k8r2t6'],
  ['requisites', 'Zastupnik: Milan Jovanović, JMBG 0103978710234, broj lične karte 008418263, PIB 108452396'],
  ['requisites', 'Agent agreement with Ms. Priya Menon\nAadhaar: 4182 6307 5519\nPAN: AHKPM6182Q\nGSTIN: 27AHKPM6182Q1ZB\nBank: ICICI, A/c 018201527364, IFSC ICIC0000182'],
  ['requisites', 'Đại diện: Phạm Quốc Bảo, CCCD số 001085012734 cấp ngày 10/08/2021\nMST cá nhân: 8041827365'],
  ['requisites', 'Agent: Karim Mostafa, National ID 28503120104178, Tax Registration 624-318-507, Commercial Register 41826 Alexandria'],
  ['requisites', 'Temsilci: Emre Arslan, T.C. Kimlik No: 41826307552, Vergi No: 0694182736, Vergi Dairesi: Kadıköy'],
  ['requisites', '法定代表人: 陈伟, 身份证号 440681198503124186\n统一社会信用代码 91440606MA4UX8K21C\n开户行: 中国银行顺德支行, 账号 6452 7183 0926 4185'],
  ['requisites', 'Vietnam: Công ty CP Dệt may Thành Công\nMST 0300418263\nĐKKD 0300418263 cấp lần 5 ngày 18/03/2019\nĐịa chỉ: 36 Tây Thạnh, Q. Tân Phú, TP.HCM, 700000'],
  ['requisites', 'Deccan Brass Fittings Pvt. Ltd.\nCIN: U28999PN2011PTC141826\nGSTIN: 27AAFCD4821K1Z3\nIEC: 3111018427\nPlot 41, MIDC Bhosari, Pune 411 026'],
  ['requisites', 'Drvoplast d.o.o. Beograd\nPIB 108452396, MB 21045873\nRačun: 265-1100310041826-53\nAdresa: Autoput 22, 11080 Zemun'],

  // masked numbers, placeholders, format hints
  ['contact', 'Контакт скрыт по требованию поставщика: Tomasz W., +48 601 *** *37'],
  ['contact', 'Чэнь Вэй, WeChat / тел. +86 138 **** 6190 (полный номер у Марины)'],
  ['ticket', 'Поле «Телефон поставщика» не проходит валидацию. Подсказка в форме: «формат: +48 XXX XXX XXX или +420 XXX XXX XXX»'],
  ['ticket', 'В карточке контакта стоит заглушка +7 (999) 999-99-99 — менеджер не заполнил. Исправить до 05.04'],
  ['ticket', 'Шаблон импорта лидов: колонка Phone, пример «+90 5XX XXX XX XX», колонка Country — ISO-код (TR, PL, CZ, RS, IN, VN, EG, CN)'],
  ['contact', 'Клиент: ООО «Мебель-Люкс», Казань, снабженец Гульнара, тел. 8 (843) 2**-**-14 — номер обрезан при импорте'],
  ['ticket', 'Форма обратной связи на сайте: «Введите телефон в формате 8 900 000-00-00». Заявки приходят с пустым полем'],

  // URLs and e-mail addresses with digits
  ['email', 'Раджеш прислал ссылку на каталог: https://deccanbrass.in/catalog/2027124836/hinges.pdf и адрес для писем rajesh.k9822014573@gmail.com'],
  ['timeline', 'Кнопка в подписи Моны ведёт на https://wa.me/201225843107 — номер продублирован текстом ниже не был'],
  ['email', 'Адреса поставщиков для рассылки прайса:\nexport@meblotech.pl\nlan.0912736418@minhphat.vn\nsales0757@weiye-hardware.cn\nayse.demir0532@bursadokuma.com.tr'],
  ['ticket', 'Ошибка интеграции 1С: GET http://192.168.14.27:8080/api/orders/600214587 вернул 502, повтор в 2024-03-18 14:36:22'],

  // dates, times, local numbers without a code, internal extensions
  ['timeline', 'График отгрузок: 18.03.2024 – 22.03.2024 (Польша), 02.04.2024 (Турция), 28.04.2024 (Вьетнам), 15.05.2024 (Индия)'],
  ['timeline', 'Звонок склада: внутренний 210-45-67, спросить Игоря — по приёмке партии из Чехии'],
  ['contact', 'Бухгалтерия ФурнитураТекс: доб. 230, касса доб. 231, отдел ВЭД — доб. 205–207'],
  ['timeline', 'Встреча с агентом из Стамбула 12.04 в 14:30, переговорная 3, пропуск 041826'],
  ['delivery', 'Окно приёмки на складе: 09:00–13:00, рампа 4, ворота 12, заезд по пропуску 2024/0418'],
  ['ticket', 'Звонила Лан из Вьетнама, оставила номер 3826 4517 — без кода города, перезвонить не можем, написать в Zalo'],

  // Russian clients (furniture factories, ateliers) and staff
  ['contact', 'Клиент: мебельная фабрика «Уют», Пенза\nдиректор Абрамов Виктор, 8 (8412) 56-18-30\nснабжение: Ирина, моб. 8-927-382-14-06, тел.8412561834', '78412561830', '79273821406', '78412561834'],
  ['contact', 'Ателье штор «Лоза», Краснодар, тел 89184073625 (Алла), ИНН 231204186375', '79184073625'],
  ['contact', 'ИП Давыдов (мягкая мебель, Ульяновск)\nмоб+79374152806\nсклад: (8422) 41-73-06', '79374152806', '78422417306'],
  ['email', 'С уважением,\nКиселева Ольга\nменеджер по закупкам\nООО «ФурнитураТекс»\nт. +7 495 641-27-83, доб. 205\nм. +7 (985) 217-46-03\nwww.furnituratex.ru', '74956412783;ext=205', '79852174603'],
  ['contact', 'Кладовщик Игорь Бондаренко: 8 915 402-71-36 / 8 915 402-71-37 (второй телефон, рабочий)', '79154027136', '79154027137'],
  ['contact', 'Санкт-Петербург, салон «Дом тканей»: (812) 336-41-27, менеджер Вера +7 921 418 26 35, тел. 9214182636 — WhatsApp', '78123364127', '79214182635', '79214182636'],
  ['deal', 'Сделка «Уют» — петли и направляющие на II квартал\nсумма 2 418 600 ₽, предоплата 50 %\nконтакт: Ирина 8 927 382 14 06', '79273821406'],
  ['contact', 'Горячая линия ФурнитураТекс для клиентов: 8-800-550-41-27, бесплатно по России', '78005504127'],

  // international forms: +, 00, (0) trunk in brackets, PBX logs
  ['contact', 'Drvoplast d.o.o., Beograd, Srbija\ntel. +381 (0)11 3128 475\nmob. +381 (0)63 812 4475', '381113128475', '381638124475'],
  ['email', 'Regards,\nRajesh Kulkarni\nDeccan Brass Fittings Pvt. Ltd.\nT: +91 (20) 2712 4836\nM: +91 98220 14573', '912027124836', '919822014573'],
  ['email', 'Mona Farouk | Nile Textiles S.A.E.\nT +20 (2) 2736 4410 | M +20 122 584 3107', '20227364410', '201225843107'],
  ['contact', 'Anadolu Trade (İstanbul) — +90 (212) 487 15 36, Emre +90 (541) 826 30 74', '902124871536', '905418263074'],
  ['contact', 'Weiye Hardware: +86-757-2836-4519, +86-138-2745-6190 (Mr. Chen)', '8675728364519', '8613827456190'],
  ['contact', 'Minh Phát: (+84) 912 736 418 — Ms. Lan; (+84) 274 3812 645 — văn phòng', '84912736418', '842743812645'],
  ['timeline', 'Журнал АТС, 18.03.2024\n10:14 исх. 0048226374108 — 00:04:12\n10:31 исх. 00420603418275 — 00:01:55\n11:02 вх. 79884172360 — 00:02:40', '48226374108', '420603418275', '79884172360'],
  ['timeline', 'Журнал АТС, 19.03.2024\n09:05 исх. +912027124836 — не отвечает\n09:07 исх. +919822014573 — 00:06:31\n09:20 исх. доб. 205 → доб. 117 — 00:00:48', '912027124836', '919822014573'],
  ['timeline', 'Пропущенные: +8613827456190 (2 раза), +201018472365, +905324172863. Перезвонить до обеда', '8613827456190', '201018472365', '905324172863'],
  ['contact', 'Jana Nováková (Чехия): +420 603 418 275\nпродублировала в WhatsApp: +420 603 418 275 — это один и тот же номер', '420603418275', '420603418275'],
  ['timeline', 'Томаш просил звонить на (22) 637 41 08 — это их варшавский офис, мобильный 601 284 537 выключен до понедельника', '48226374108', '48601284537'],
  ['timeline', 'Ахмед (Египет) дал номер брата-экспедитора в Порт-Саиде: 066 332 4187, и его мобильный 0106 418 2735', '20663324187', '201064182735'],
  ['contact', 'Агент в Китае дублирует номера по-китайски: 电话 020-3826-7141，手机 186-2047-5319 (Гуанчжоу)', '862038267141', '8618620475319'],
  ['timeline', 'Старый номер Айше в карточке: 0532 417 28 36 (ошибка, цифры переставлены), правильный 0532 417 28 63 — Бурса, Турция', '905324172836', '905324172863'],

  // traps: order/article/lot numbers, more ids, more money
  ['deal', 'Артикулы Okuć-Pol: 603-418-275 (петля 110° с доводчиком), 603-418-276 (планка 0 мм), 603-418-290 (заглушка)'],
  ['deal', 'Спецификация Weiye: SKU 1382745619 — направляющая 450 мм, SKU 1382745620 — 500 мм, MOQ 2 000 пар'],
  ['deal', 'Lot No. 0757-2836-45 / 0757-2836-46, production date 2024-03-11, QC passed'],
  ['invoice', 'Счёт-фактура № 2736 от 27.03.2024, УПД, сумма 441 000,00 ₽, НДС 73 500,00 ₽'],
  ['invoice', 'Fatura No: IST2024000418263\nTarih: 28.03.2024\nGenel Toplam: ₺ 48 750,00 (KDV hariç, ihracat)'],
  ['invoice', 'Đơn đặt hàng PO-VN-2024-0418, trị giá 1 286 400 000 ₫, thanh toán T/T 30/70'],
  ['invoice', 'Proforma Nr. 2024/0412/PL, netto 12 416,27 zł, brutto 15 272,01 zł, termin płatności 14 dni'],
  ['invoice', 'Zálohová faktura č. 7240418263, záloha 50 %: 193 225 Kč, splatnost 02.04.2024'],
  ['invoice', 'Predračun br. 011-3128/24, iznos 312 847,50 din., PDV 20 % uključen'],
  ['invoice', 'Tax Invoice No. DBF/24-25/0007 dt. 05.04.2024, IGST 0% (LUT ARN AD270324041826 3), value ₹ 9 82 736'],
  ['invoice', '发票号码 04418263，金额 ¥ 8 624,00，税率 13%，开票日期 2024年3月18日'],
  ['invoice', 'Commercial invoice EG-0318/24, EGP 236 441,00, payment via CIB, SWIFT CIBEEGCX, a/c 100041826307'],
  ['deal', 'Контракт № FT-CN-2024/07 с Weiye, сумма USD 86 240, поставка до 18.04.2024, условия FOB Shenzhen'],
  ['deal', 'Контракт № 0418-2736 от 01.02.2024 с Nile Textiles, приложение № 3, спецификация 27364410'],
  ['requisites', 'Реквизиты для оплаты в юанях: Bank of China (Hong Kong), SWIFT BKCHHKHH, A/C 012-875-2-041826-3, beneficiary Foshan Shunde Weiye Hardware'],
  ['requisites', 'Turkish supplier bank: Ziraat Bankası Bursa Şubesi (1827), hesap no 41826307-5002, IBAN TR12 0001 0018 2741 8263 0750 02'],

  // shipments and logistics with phones
  ['delivery', 'Контейнер MSCU 4826173 выпущен 21.03.2024. Забирает водитель Садыков Ринат, 8 961 527-40-83, тягач Х 418 МК 123, прицеп ЕА 2736 23', '79615274083'],
  ['delivery', 'Фура из Польши (TRANS-POL), водитель Paweł Mazur, +48 604 182 736, будет на складе в Подольске 23.03 к 10:00. CMR 0418273', '48604182736'],
  ['delivery', 'Доставка образцов из Каира: DHL AWB 4182736441, курьер позвонит с 8 (495) 789-41-26 перед приездом', '74957894126'],
  ['delivery', 'Груз из Вьетнама: порт Hai Phong → Владивосток, контейнер TCNU 7182640\nэкспедитор в Хайфоне: Mr. Tuấn 0936 417 208 (Вьетнам)\nво Владивостоке: Денис 8-914-706-25-39', '84936417208', '79147062539'],
  ['delivery', 'Железная дорога: контейнер TKRU 4182637 на платформе № 64182736, станция Селятино, прибытие 04.04.2024'],
  ['delivery', 'Отслеживание почтой России: 14530094182637, ЕМС EA418263075CN, СДЭК 1428573061'],
  ['delivery', 'Груз из Турции едет через Грузию: водитель Levan, +995 599 41 82 63, пересечение Верхний Ларс ожидается 30.03', '995599418263'],
  ['delivery', 'Перегруз в Бресте: ответственный на терминале БТЛЦ — Юрий, +375 29 641-82-73, городской 8 0162 41-27-37', '375296418273', '375162412737'],
  ['delivery', 'Таможенный пост Московский областной: отдел выпуска, 8 (495) 994-18-26, доб. 3041', '74959941826;ext=3041'],
  ['delivery', 'Паллеты 1200×800×1450, 14 шт., вес брутто 6 240 кг, нетто 5 818 кг, объём 19,6 м³, места 1–14'],

  // tickets and internal notes
  ['ticket', 'CRM: у поставщиков из Сербии телефоны сохраняются без кода страны и не набираются из карточки. Пример: Drvoplast, Белград, 011 3128 475. Просьба исправить', '381113128475'],
  ['ticket', 'Задача: перенести номера индийских поставщиков в формат +91. Пример: Deccan Brass (Пуна), 020 2712 4836 → +91 20 2712 4836', '912027124836', '912027124836'],
  ['ticket', 'Ошибка печати этикеток: штрихкод 4607041826370 печатается обрезанным, EAN 4607041826387 — нормально'],
  ['ticket', 'Поставщик не получает наши письма. Проверили SPF, IP отправителя 185.41.82.63, письмо № 2736441 отклонено сервером minhphat.vn'],
  ['ticket', 'Тикет #5517: клиент «Лоза» жалуется, что менеджер не перезвонил. Номер клиента в заявке 8 918 407 36 25, звонок назначен на 15:00', '79184073625'],
  ['ticket', 'Тикет #5520: дубль контакта «Chen Wei» — в одной карточке 0757-2836 4519 (Фошань), в другой +86 757 2836 4519. Объединить', '8675728364519', '8675728364519'],
  ['ticket', 'Лицензия 1С: регистрационный номер 800418263, пин-код 4826-1730-5517, срок до 31.12.2024'],
  ['ticket', 'Сканер ТСД на складе: серийный номер 21418263075, IMEI 356418263075514, прошивка 4.18.263'],

  // mixed e-mails with phones and traps
  ['email', 'Ольга, добрый день!\nПо заказу PO 600-214-587 Томаш подтвердил отгрузку 22.03, сумма 48 250 zł. Если что — его мобильный +48 601 284 537.\nМарина', '48601284537'],
  ['email', 'Коллеги, по Deccan Brass: инвойс DBF/EXP/0318 на ₹ 4 82 150, HS 8302 4200, контейнер MSCU 482 617 3. Звонить Раджешу лучше на WhatsApp +91 98220 14573.', '919822014573'],
  ['email', 'Dear Mr. Chen,\nplease correct the PI HF20240318-07: our INN is 7714582361, not 7714582316.\nFor urgent questions: +7 916 284 53 07 (Marina, WhatsApp).', '79162845307'],
  ['email', 'Sayın Mehmet Bey,\nsipariş no 6210-482-735 için ödeme yapılmıştır (USD 30 720).\nSaygılarımla, Ольга Киселева, +7 985 217 46 03', '79852174603'],
  ['email', 'Xin chào chị Lan,\nbên em đã chuyển khoản 30 % = 279 300 000 ₫ cho hợp đồng MP-2403-77.\nMọi thắc mắc xin gọi +7 (495) 641-27-83, máy lẻ 205.', '74956412783;ext=205'],
  ['email', 'Poštovani gospodine Petroviću,\nmolimo potvrdu za profakturu 0318/2024 (1 245 800 RSD).\nKontakt u Moskvi: Sergej Belov, +7 903 715-26-84', '79037152684'],
  ['email', 'Добрый день, Сергей Петрович!\nНаш агент в Египте, Карим (Александрия), на связи по номеру 0111 624 3850 и в офисе 03 486 2517. Сумма аванса EGP 236 441.', '201116243850', '2034862517'],
  ['email', 'Вложения: PI_HF20240318-07.pdf, PL_0318.xlsx, BL_COSU6284517390.pdf, CO_24C4418263070018.pdf'],

  // last batch: glued numbers, several per line, agents' notes
  ['contact', 'Агенты по странам: PL — Nowak +48605217384; CZ — Černý +420777602148; RS — Ilić +381604172853; TR — Arslan +905418263074', '48605217384', '420777602148', '381604172853', '905418263074'],
  ['contact', 'Агенты (продолжение): IN — Menon +919819062734; VN — Bảo +84912736418; EG — Mostafa +201116243850; CN — Li Na +8618620475318', '919819062734', '84912736418', '201116243850', '8618620475318'],
  ['timeline', 'Звонок Бурак (Измир, Турция) с моб.0544 317 82 60: скидка 4 % при заказе от 2 контейнеров', '905443178260'],
  ['contact', 'Пуна, Индия: склад Deccan Brass в Чакане — 02135 249 618 (Mr. Patil)', '912135249618'],
  ['timeline', 'Каир: Мона сменила мобильный, новый 0127 418 2630, старый 0122 584 3107 пока работает', '201274182630', '201225843107'],
  ['contact', 'Экспедитор в Гданьске (Польша): Baltic Forwarding, 58 762 41 83, dyspozytor 502 418 736', '48587624183', '48502418736'],
  ['deal', 'Новый поставщик пуговиц и фурнитуры для обивки, Ханой (Вьетнам): ông Hoàng, 024 3941 8260, DĐ 0988 204 175', '842439418260', '84988204175'],
  ['contact', 'Брокер в Новороссийске: «ЮгТаможСервис», 8(8617)30-41-82, Елена 8(918)641-82-73', '78617304182', '79186418273'],
  ['timeline', 'Созвонились с Петром (Брно, Чехия) по 543 217 806, обсудили цену скоб 128 мм, договорились на 13,80 Kč', '420543217806'],

  // last traps
  ['deal', 'Отчёт по закупкам Q1: 18 поставщиков, 64 контейнера, 4 182 630 $ оборот, 27 364 410 ₽ таможенных платежей'],
  ['requisites', 'Polski dostawca: NIP 952-210-45-67, REGON 016382741, BDO 000418263'],
  ['invoice', 'Отгрузочные документы по PO 600-214-587: packing list PL-0318 (14 мест), invoice FV/2024/03/227, CMR 0418273, EUR.1 PL/BA 0418263'],
  ['delivery', 'Контейнер CAIU 841 826 3 прибыл в Новороссийск 02.05.2024 14:20, постановка на ЗТК 03.05, ДТ подана 10317120/030524/3018264'],
  ['deal', 'Номер из переписки, страна не указана: 0532 417 28 99 — возможно, чей-то старый номер, уточнить'],
  ['timeline', 'Курс на дату оплаты 18.03.2024: 1 USD = 91,8234 ₽; 1 CNY = 12,7506 ₽; 1 TRY = 2,8473 ₽; 100 INR = 110,7318 ₽'],
];
