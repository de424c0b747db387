/**
 * Independent corpus, hundred-and-thirtieth set: written by someone who had not seen the detector's rules, its tests or the main corpus.
 * Genres: the CRM of a Moscow foreign-trade company (ООО «ТехИмпортСервис») that buys equipment and spare parts in Germany,
 * Turkey, China, South Korea, Japan, Belarus, Uzbekistan and the UAE: supplier cards, contracts and specifications, proforma
 * and commercial invoices, customs declarations (ДТ), certificates of origin, bank transfer confirmations (SWIFT MT103),
 * forwarding and delivery notices, tickets and claims, activity timelines, and supplier correspondence in English, German,
 * Turkish, Russian (with a little Uzbek, Korean, Japanese and Chinese) with signatures.
 * Traps: foreign registration and tax numbers next to country and city names — German HRB/HRA, USt-IdNr., Steuernummer
 * (021/815/08150), EORI, WEEE numbers; Turkish vergi no (10 digits, some starting with 0), Mersis and sicil numbers; Chinese
 * USCC codes and CCPIT certificate numbers; Korean business registration (214-87-60392) and corporate numbers; Japanese
 * 13-digit corporate and invoice numbers; Belarusian УНП, Uzbek ИНН/STIR and МФО, UAE TRN (15 digits) and licence numbers;
 * HS/GTİP/ТН ВЭД codes, ДТ numbers, IBANs, SWIFT UETRs, AWB, container and B/L numbers, CMR numbers, postal codes
 * (0150 Oslo, 06420 Ankara, 〒143-0006, 51529), order numbers like 0470-2023, European and Asian date forms, prices in
 * EUR/USD/TRY/CNY/KRW/JPY/AED, Russian ИНН/КПП/ОГРН/р/с/БИК, masked phones and format examples. Real phones are written with
 * + or 00 country codes, with the German (0) habit, and nationally with trunk 0 / 8 where the country is plain.
 *
 * Its first run, before any rule changed for it: ours precision 0.959, recall 0.959, extensions 15 of 15;
 * libphonenumber-js findNumbers 0.829 / 0.553. A round of traps made for the national numbers abroad: an order's
 * '0470-2023' and an article's '0211-4366-19' beside German text were read as German numbers, and a tracking code and
 * 'напр.' examples; all right since (Germany at 9 digits and more, German id labels). Left missed: German numbers
 * ending in a switchboard's '-0' or a direct line's '-12' written the national way ('0211 43 66 19-0'), and Dubai
 * landlines whose city is two lines below.
 */
import type { Kind } from './phones.ts';

/** [kind, text, ...expected numbers] */
export const independent130: [Kind, string, ...string[]][] = [
  // Germany: supplier cards, requisites, correspondence
  ['contact', 'Поставщик: Hallmann Antriebstechnik GmbH\nLudwigsburger Str. 114, 70435 Stuttgart, Deutschland\nTel.: +49 711 2580 4417',
    '4971125804417'],
  ['requisites', 'Hallmann Antriebstechnik GmbH\nAmtsgericht Stuttgart HRB 734512\nUSt-IdNr.: DE 813 456 782\nSteuernummer: 99018/15083'],
  ['contact', 'Hallmann, Vertrieb Osteuropa: Frau Sabine Krüger\nTel. +49 (0)711 2580-4431, Mobil +49 172 845 2109',
    '4971125804431', '491728452109'],
  ['email', 'Mit freundlichen Grüßen\nSabine Krüger\nExport Sales\nHallmann Antriebstechnik GmbH · Ludwigsburger Str. 114 · 70435 Stuttgart\n' +
    'Telefon 0711 2580-4431 · Telefax 0711 2580-4499\nSitz: Stuttgart, Registergericht: Amtsgericht Stuttgart, HRB 734512',
    '4971125804431', '4971125804499'],
  ['requisites', 'Bankverbindung: Baden-Württembergische Bank\nIBAN: DE89 6005 0101 0004 0512 84\nBIC: SOLADEST600\nSteuernummer 99018/15083'],
  ['deal', 'Сделка 0470-2023: редукторы Hallmann KF-87, 14 шт., EUR 48\u00a0250,00, поставка EXW Stuttgart 70435, срок KW 14/2024'],
  ['timeline', '12.03.2024 10:41 — звонок в Hallmann (+49 711 2580 4417), Frau Krüger подтвердила отгрузку на KW 14, Auftrag 0470-2023',
    '4971125804417'],
  ['contact', 'Müller & Söhne Ersatzteile KG\nHafenstraße 21, 20457 Hamburg\nZentrale: 040 3890 2150\nHRA 118204', '494038902150'],
  ['requisites', 'Müller & Söhne Ersatzteile KG, Hamburg\nUSt-IdNr. DE 294 017 638\nEORI: DE4031887\nSteuernummer 46/712/04391\nHRA 118204'],
  ['email', 'Sehr geehrter Herr Orlow,\nanbei die Proforma-Rechnung Nr. PR-0241/24 vom 05.04.2024 über EUR 12.480,00.\n' +
    'Bei Rückfragen erreichen Sie mich unter 0049 40 3890 2163.\nMfG\nJens Petersen, Müller & Söhne, Hamburg', '494038902163'],
  ['invoice', 'Proforma Invoice No. PR-0241/24 dated 05.04.2024\nSeller: Müller & Söhne Ersatzteile KG, 20457 Hamburg\n' +
    'HS 8483 40 90, 120 pcs × EUR 104,00 = EUR 12.480,00\nPayment: 100% prepayment within 10 days'],
  ['contact', 'Kessler Hydraulik GmbH, 86167 Augsburg\nAnsprechpartner: Dipl.-Ing. Thomas Brandl\nTel. 0821/74 52 90-12\nMobil 0151 2734 8810',
    '4982174529012', '4915127348810'],
  ['requisites', 'Kessler Hydraulik GmbH\nAmtsgericht Augsburg HRB 21877\nUSt-IdNr. DE 127 845 330\nSteuer-Nr. 021/815/08150\nWEEE-Reg.-Nr. DE 41738625'],
  ['timeline', '02.04.2024 — Brandl (Kessler Hydraulik, Augsburg) просит перенести созвон на 04.04 в 15:00 MEZ; номер прежний: +49 821 745290-12',
    '4982174529012'],
  ['delivery', 'Отгрузка Kessler Hydraulik: 3 паллеты, 612 кг, 86167 Augsburg → Москва, CMR № 0471823, прибытие на СВХ 18.04.2024'],
  ['contact', 'Weber Präzisionslager AG\nPrinzregentenstr. 54, 80538 München\nTel +49 89 2154 7760\nFax +49 89 2154 7769',
    '498921547760', '498921547769'],
  ['requisites', 'Weber Präzisionslager AG, München\nHRB 204817 (Amtsgericht München)\nUSt-IdNr. DE 262 118 905\nIBAN DE27 7002 0270 0015 8834 01, BIC HYVEDEMMXXX'],
  ['ticket', 'Тикет ВЭД-1184: Weber не видит платёж по счёту RE 2024-0877 от 28.02.2024 на EUR 7\u00a0910,40.\n' +
    'MT103 отправлен 29.02, UETR 4f1c2e90-7b3a-4d0e-9a11-2c5e8f0d3b77'],
  ['email', 'Guten Tag Frau Ivanova,\ndie Zahlung ist heute eingegangen, vielen Dank.\nViele Grüße aus München\nMarkus Weber\n' +
    'T +49 89 2154 7762 | M +49 160 9381 4405', '498921547762', '4916093814405'],
  ['contact', 'Rheinmetallbau Service GmbH, Kaiserswerther Str. 199, 40476 Düsseldorf\nService-Hotline: 0211 43 66 19-0\nNotdienst (24/7): 0173 551 20 48',
    '492114366190', '491735512048'],
  ['requisites', 'Rheinmetallbau Service GmbH\nHRB 80415, Amtsgericht Düsseldorf\nUSt-IdNr. DE 811 904 276\nGeschäftsführer: Dr. Frank Lenz\nPLZ 40476'],
  ['email', 'Hallo Herr Orlow,\nleider ist Pos. 3 (Art.-Nr. 0211-4366-19) erst am 24.05.2024 lieferbar.\nGruß\nUwe Schäfer\nRheinmetallbau Service GmbH\n' +
    'Tel.: +49 (0) 211 43 66 19-27', '4921143661927'],
  ['deal', 'Сделка 0512-2024 «Rheinmetallbau — запчасти к прессу», EUR 9\u00a0384,00, Art.-Nr. 0211-4366-19, 0211-4366-22; этап: ждём AB (Auftragsbestätigung)'],
  ['invoice', 'Auftragsbestätigung Nr. AB-0470-2023 vom 07.03.2024\nKunden-Nr. 0040712\n' +
    'Lieferbedingung: FCA Stuttgart, Incoterms® 2020\nGesamtbetrag netto: 48.250,00 EUR'],

  // Turkey
  ['contact', 'Tedarikçi: Anadolu Valf Sanayi ve Ticaret A.Ş.\nOSTİM OSB, 1234. Cadde No: 18, 06374 Yenimahalle / Ankara, Türkiye\nTel: +90 312 385 42 17',
    '903123854217'],
  ['requisites', 'Anadolu Valf San. ve Tic. A.Ş.\nVergi Dairesi: Ostim V.D.\nVergi No: 0680412395\nMersis No: 0068041239500017\nTicaret Sicil No: 184527'],
  ['contact', 'Anadolu Valf — ihracat müdürü Emre Kaya\nCep: 0532 614 27 80\nOfis: 0 (312) 385 42 17 / dahili 214',
    '905326142780', '903123854217;ext=214'],
  ['email', 'Merhaba Sergey Bey,\nproforma fatura ektedir (PF-0412/2024, 14.03.2024, USD 23.640,00).\nSaygılarımla,\nEmre Kaya\nİhracat Müdürü\n' +
    'T: +90 312 385 42 17 Dahili: 214\nM: +90 532 614 27 80', '903123854217;ext=214', '905326142780'],
  ['invoice', 'PROFORMA FATURA No: PF-0412/2024\nTarih: 14.03.2024\nAlıcı: OOO TekhImportServis, 119049 Moskova\n' +
    'GTİP 8481.80.81.90.00 — küresel vana DN50 PN40, 240 adet\nToplam: USD 23.640,00'],
  ['requisites', 'Banka: Türkiye İş Bankası, Ostim Şubesi (şube kodu 4217)\nIBAN: TR33 0006 4000 0014 2170 0123 45\nSWIFT: ISBKTRISXXX'],
  ['contact', 'Bosphorus Hidrolik Ltd. Şti.\nİkitelli OSB Mah. Atatürk Bulvarı No: 72, 34490 Başakşehir / İstanbul\nTel: 0212 549 30 60 (pbx)\nFaks: 0212 549 30 69',
    '902125493060', '902125493069'],
  ['requisites', 'Bosphorus Hidrolik Ltd. Şti.\nİkitelli V.D. 1790452368\nMersis: 0179045236800011\nİTO Sicil: 0892145-5'],
  ['timeline', '19.04.2024 11:20 — WhatsApp от Murat Demir (Bosphorus Hidrolik): «Konteyner hazır», фото упаковки; его номер +90 533 208 14 65',
    '905332081465'],
  ['delivery', 'Контейнер MSKU 7814523, коносамент MEDU4T082145, порт погрузки Ambarlı (İstanbul), порт выгрузки Новороссийск, ETA 06.05.2024'],
  ['contact', 'Ege Pompa Makina A.Ş., Atatürk OSB 10003 Sk. No: 5, 35620 Çiğli / İzmir\nSatış: +90 (232) 376 88 12\nWhatsApp: +90 549 712 04 33',
    '902323768812', '905497120433'],
  ['deal', 'Сделка 0158-2024 «Ege Pompa — насосы EP-80», USD 61\u00a0300, предоплата 30%, ГТД ожидается в мае'],
  ['email', 'Emre Bey, iyi günler.\nDN80 vana için teslim süresini teyit edebilir misiniz? Sipariş no: 0470-2023 / 2. parti.\nTeşekkürler,\n' +
    'Ольга Семёнова, ООО «ТехИмпортСервис»\n+7 495 640-22-81 доб. 305', '74956402281;ext=305'],
  ['contact', 'Konya Döküm Sanayi A.Ş., 42300 Selçuklu / Konya\nTel: 0 332 251 47 90\nYetkili: Hasan Yılmaz, cep 0 542 318 60 27',
    '903322514790', '905423186027'],
  ['requisites', 'Konya Döküm San. A.Ş. — Selçuk V.D., VKN 5830127746; Konya TSO sicil 21458; posta kodu 42300'],
  ['ticket', 'Претензия № CL-0087: Bosphorus Hidrolik прислал 48 уплотнений вместо 84 (Invoice 2024/0331 от 31.03.2024).\n' +
    'Контакт по претензии: Ayşe Çelik, +90 212 549 30 60 dahili 118', '902125493060;ext=118'],

  // China
  ['contact', 'Ningbo Hengda Bearing Co., Ltd.\nNo. 88 Jinshan Road, Beilun District, Ningbo 315800, Zhejiang, China\nTel: +86-574-8688 2231\n' +
    'Mob/WeChat: +86 139 5741 2206', '8657486882231', '8613957412206'],
  ['requisites', 'Ningbo Hengda Bearing Co., Ltd.\nUnified Social Credit Code: 91330206MA2CK4R71T\nBank of China Ningbo Branch, A/C 3587 6142 0158\nSWIFT: BKCHCNBJ92A'],
  ['email', 'Dear Mr. Orlov,\nPlease find attached PI No. HD20240312-03 (USD 18,754.20). Goods: HS 8482.10.00, 6,400 pcs.\nBest regards,\nLily Chen (陈莉)\n' +
    'Sales Dept., Ningbo Hengda Bearing, China\nTel: 0574-8688 2231 ext. 806\nMobile: 139 5741 2206', '8657486882231;ext=806', '8613957412206'],
  ['contact', 'Shanghai Dongfang Machinery Parts Co., Ltd.\n上海市闵行区莘庄工业区申富路 669 号, 201108\nTel: 021-6489 5570 / Fax: 021-6489 5571',
    '862164895570', '862164895571'],
  ['requisites', 'Shanghai Dongfang Machinery Parts Co., Ltd.\n统一社会信用代码 913101127989435620\nExport licence 02317645\nPost code 201108'],
  ['deal', 'Сделка 0312-2024: подшипники Hengda, 6\u00a0400 шт., FOB Ningbo, USD 18\u00a0754,20; PI HD20240312-03; аккредитив № 0241LC0000871'],
  ['timeline', '21.03.2024 06:15 — созвон с Шанхаем (Mr. Zhang, +86 21 6489 5570 ext. 12), разница 5 часов, договорились о FOB Shanghai',
    '862164895570;ext=12'],
  ['contact', 'Shenzhen Juli Electric Motor Co., Ltd.\nBao\'an District, Shenzhen 518101, Guangdong\nSales manager: Kevin Wu\n' +
    'Tel 0086 755 2763 4480, Mob 0086 186 2081 5527', '8675527634480', '8618620815527'],
  ['invoice', 'COMMERCIAL INVOICE No. JL-24-0521\nDate: 2024/05/21\nShipper: Shenzhen Juli Electric Motor Co., Ltd.\n' +
    'HS Code 8501.52.2000, 180 sets × USD 143.50 = USD 25,830.00\nContainer TGHU 8127340'],
  ['delivery', 'Сертификат происхождения Form A, CCPIT № 24C4403A1287/00015 от 23.05.2024, Shenzhen; получатель ООО «ТехИмпортСервис», Москва'],
  ['contact', 'Qingdao Haixin Rubber Products Co., Ltd., Jiaozhou, Qingdao 266300, China\nTel: +86 532 8728 6615\nContact: Ms. Wang Fang',
    '8653287286615'],
  ['email', 'Dear Olga,\nwe received your payment USD 9,260.00 (ref. TT240417-0532), thank you.\nWang Fang\nQingdao Haixin Rubber Products Co., Ltd.\n' +
    'Tel: 0532-8728 6615  Fax: 0532-8728 6616', '8653287286615', '8653287286616'],

  // South Korea
  ['contact', 'Daesung Precision Co., Ltd.\n27, Seongsan-ro 312beon-gil, Seongsan-gu, Changwon-si, Gyeongsangnam-do 51529, Korea\n' +
    'Tel. +82-55-285-4417\nMobile +82-10-4827-3391', '82552854417', '821048273391'],
  ['requisites', 'Daesung Precision Co., Ltd.\nBusiness Registration No. 214-87-60392\nCorporate Reg. No. 194211-0052817\nTrade code (무역업고유번호) 30418527'],
  ['email', 'Dear Mr. Sergey Orlov,\nThank you for your PO No. DS-0424-017.\nBest regards,\nPark Ji-hoon / Overseas Sales Team\n' +
    'Daesung Precision Co., Ltd. (Changwon, Korea)\nT. 055-285-4417 (ext. 231)  M. 010-4827-3391', '82552854417;ext=231', '821048273391'],
  ['contact', 'Hanil Industrial Valve Co., 서울특별시 금천구 가산디지털1로 168, 08507, Korea\nTel 02-2107-6039 / Fax 02-2107-6040',
    '82221076039', '82221076040'],
  ['requisites', 'Hanil Industrial Valve Co.\n사업자등록번호: 107-81-52934\n법인등록번호: 110111-2845731\nKITA 무역업고유번호: 21057734'],
  ['timeline', '08.04.2024 — Kim Min-jun (Hanil, Сеул) звонил с мобильного +82 10 9154 2270, просил прислать ДТ 10013160/050424/3028471 для их банка',
    '821091542270'],
  ['deal', 'Deal 0089-2024 Daesung: шестерни DSG-45, KRW 84\u00a0600\u00a0000 ≈ USD 63\u00a0180; оплата 50/50; PO DS-0424-017'],

  // Japan
  ['contact', 'Toyo Seimitsu Kogyo K.K. (東洋精密工業株式会社)\n〒143-0006 東京都大田区平和島 4-2-17\nTEL 03-5763-2280 / FAX 03-5763-2281',
    '81357632280', '81357632281'],
  ['requisites', '東洋精密工業株式会社\n法人番号: 6010801012847\n適格請求書発行事業者登録番号: T6010801012847\n〒143-0006'],
  ['email', 'Dear Ms. Semenova,\nWe confirm Order No. 0470-2023-J for 36 units of linear guides, delivery FCA Tokyo by 2024/06/14.\nYours sincerely,\n' +
    'Kenji Watanabe, Export Div.\nToyo Seimitsu Kogyo K.K.\nTel: +81-3-5763-2285  Mobile: +81-90-3381-5527', '81357632285', '819033815527'],
  ['contact', 'Naniwa Kikai Co., Ltd., 2-5-8 Minamisemba, Chuo-ku, Osaka 542-0081, Japan\nTel. 06-6245-3310\nMr. Hiroshi Tanaka (携帯 080-4127-9963)',
    '81662453310', '818041279963'],
  ['invoice', 'INVOICE No. NK-240611, Osaka, 11 June 2024\nHS 8466.93 — spare parts for machine tools, JPY 4,287,500\nCorporate number 4120001078345'],
  // Belarus
  ['contact', 'ОАО «Гомельский завод гидроагрегатов», 246010, Республика Беларусь, г. Гомель, ул. Шилова, 16\nПриёмная: 8 (0232) 75-12-40\n' +
    'ОВЭД: +375 232 75-12-58', '375232751240', '375232751258'],
  ['requisites', 'ОАО «Гомельский завод гидроагрегатов»\nУНП 400052817\nОКПО 05764283\nр/с BY20 AKBB 3012 0000 4181 5000 0000 в ОАО «АСБ Беларусбанк»\nБИК AKBBBY2X'],
  ['contact', 'ООО «МинскПромКомплект», 220030, г. Минск, ул. Октябрьская, 19, офис 412\nДиректор Ковалёв Андрей Петрович\n' +
    'тел. 8 017 388-42-17, моб. 8 029 614-32-95 (A1)', '375173884217', '375296143295'],
  ['requisites', 'ООО «МинскПромКомплект»\nУНП 191784530\nр/с BY86 ALFA 3012 2D45 7800 1027 0000\nЗАО «Альфа-Банк», БИК ALFABY2X\nИндекс 220030'],
  ['email', 'Добрый день, Ольга!\nНаправляем спецификацию № 3 к договору № 17/24-ВЭД от 11.01.2024.\nС уважением,\nКовалёв А.П.\nООО «МинскПромКомплект»\n' +
    'тел./факс +375 17 388-42-17\nVelcom +375 44 712-08-53', '375173884217', '375447120853'],
  ['deal', 'Договор № 17/24-ВЭД с МинскПромКомплект: 184\u00a0620,00 BYN (≈ 5\u00a0216\u00a0300 ₽), срок действия до 31.12.2024, УНП 191784530'],
  ['timeline', '15.02.2024 — Брест: CMR № 0472815, тягач 4271 АВ-1 (BY), пересечение Брест – Козловичи пройдено в 14:30;\n' +
    'водитель белорус, на связи 8 033 651-27-04', '375336512704'],
  ['contact', 'ЧУП «БрестЛитМаш», 224020, Беларусь, г. Брест, ул. Катин Бор, 106\nСнабжение: +375 162 21-45-78\nГлавный инженер Лукашик О.В., +375 25 903-11-64',
    '375162214578', '375259031164'],
  ['requisites', 'ЧУП «БрестЛитМаш»: УНП 290418375, почтовый индекс 224020, счёт BY04 BPSB 3012 1075 3201 7933 0000, ОКПО 29041837'],
  ['invoice', 'Счёт-фактура (BY) № 0001047 от 04.03.2024\nПоставщик: ЧУП «БрестЛитМаш», УНП 290418375\n' +
    'Отливки корпусов КН-40, 120 шт. × 312,50 BYN = 37\u00a0500,00 BYN'],
  ['email', 'Ольга, добрый день.\nДокументы по отгрузке 04.03 отправили курьером, трек EE 104 728 315 BY.\n' +
    'Если срочно — звоните в Гомель: 8 0232 75-12-58 (ОВЭД), Сергей.',
    '375232751258'],

  // Uzbekistan
  ['contact', 'ООО «Tashkent Agro Mash Parts», 100084, Республика Узбекистан, г. Ташкент, ул. Амира Темура, 107Б\nТел.: +998 71 238-45-60\n' +
    'Mob: +998 90 354-21-87', '998712384560', '998903542187'],
  ['requisites', 'Tashkent Agro Mash Parts MChJ\nИНН (STIR): 305678912\nОКЭД 28300\nр/с 20208000905123456001 в АКБ «Капиталбанк», МФО 01088'],
  ['email', 'Assalomu alaykum, Olga xonim!\nShartnoma № UZ-0215/2024 bo\'yicha to\'lov qabul qilindi.\nHurmat bilan,\nDilshod Rahimov\n' +
    'Tel: +998 (71) 238-45-61\nTelegram: +998 93 517 40 82', '998712384561', '998935174082'],
  ['contact', 'Samarqand Metall Servis, 140100, Узбекистан, г. Самарканд, ул. Гагарина, 62\nТел. +998 66 233-14-05\nДиректор Усманов Б., +998 97 412-55-80',
    '998662331405', '998974125580'],
  ['requisites', 'Samarqand Metall Servis XK: STIR 207415893, IFUT 46900, bank MFO 00873, hisob raqami 20208000100458712001, indeks 140100'],
  ['delivery', 'Автоперевозка Ташкент – Москва, CMR № 0012847, т/с 01 A 472 BA (UZ), транзит через Казахстан,\nТД 10719110/280324/0047183, выезд 28.03.2024'],
  ['deal', 'Сделка UZ-0215/2024 (Tashkent Agro Mash Parts): литьё корпусов, USD 14\u00a0880, два транша, STIR 305678912'],
  ['timeline', '29.03.2024 — Dilshod (Ташкент) просит звонить только в Telegram; старый номер +998 90 354-21-87 больше не отвечает', '998903542187'],

  // UAE
  ['contact', 'Gulf Marine Spares FZE\nPlot S20512, Jebel Ali Free Zone South, P.O. Box 261877, Dubai, UAE\nTel: +971 4 887 5521\n' +
    'Mobile/WhatsApp: +971 50 412 7789', '97148875521', '971504127789'],
  ['requisites', 'Gulf Marine Spares FZE\nTRN: 100234567800003\nJAFZA Licence No. 184502\nIBAN AE07 0331 2345 6789 0123 456 (Emirates NBD)\nSWIFT EBILAEAD'],
  ['email', 'Dear Sergey,\nPlease note our new office landline from 01.07.2024: 04 887 5530 (old 04 887 5521 will be disconnected).\nRegards,\n' +
    'Rahul Menon | Gulf Marine Spares FZE | Jebel Ali, Dubai\nM: 050 412 7789', '97148875530', '97148875521', '971504127789'],
  ['contact', 'Al Noor Industrial Equipment Trading L.L.C., Industrial Area 6, Sharjah, UAE, P.O. Box 42719\nTel +971 6 557 3302, Fax +971 6 557 3303\n' +
    'Mr. Faisal Al Hashimi, 00971 55 928 1146', '97165573302', '97165573303', '971559281146'],
  ['requisites', 'Al Noor Industrial Equipment Trading L.L.C.\nTrade Licence No. 614587 (Sharjah Economic Development Dept.)\n' +
    'Tax Registration Number 100387265400003\nPO Box 42719 Sharjah'],
  ['invoice', 'TAX INVOICE No. GMS/INV/24/0631, date 14-06-2024\nTRN 100234567800003\nShip spares: HS 8409.99, qty 42, AED 96,415.00, VAT 0% (export)'],
  ['timeline', '14.06.2024 09:05 — Rahul (Dubai) прислал в WhatsApp +971 50 412 7789 фото упаковки; отправка авиа AWB 176-84512376, Emirates SkyCargo',
    '971504127789'],
  ['delivery', 'AWB 176-84512376, DXB → SVO, 3 pcs / 148 kg, flight EK 133 on 16 JUN 24, ETA 16.06.2024 13:55 MSK'],

  // Our own company
  ['contact', 'ООО «ТехИмпортСервис», 119049, г. Москва, ул. Донская, 4, стр. 2\nТел.: +7 (495) 640-22-81\nОтдел ВЭД: 8 (499) 130-57-12',
    '74956402281', '74991305712'],
  ['requisites', 'ООО «ТехИмпортСервис»\nИНН 7706481235 КПП 770601001\nОГРН 1187746512384\nр/с 40702810938000047125 в ПАО Сбербанк\n' +
    'к/с 30101810400000000225 БИК 044525225'],
  ['requisites', 'Валютный счёт (EUR): 40702978938000047126, ПАО Сбербанк, SWIFT SABRRUMM\nВалютный счёт (CNY): 40702156938000047127\nИНН 7706481235'],
  ['email', 'С уважением,\nСергей Орлов\nруководитель отдела ВЭД\nООО «ТехИмпортСервис»\nт. +7 495 640-22-81, доб. 210\nм. +7 916 205-73-48\nwww.techimport-service.ru',
    '74956402281;ext=210', '79162057348'],
  ['email', 'Best regards,\nOlga Semenova\nPurchasing Manager, OOO TechImportService, Moscow, Russia\n' +
    'Phone: +7 495 640 22 81 ext. 305\nMobile/WhatsApp: +7 903 718 44 90',
    '74956402281;ext=305', '79037184490'],

  // Customs
  ['invoice', 'ДТ № 10013160/150324/3012345\nОтправитель: Hallmann Antriebstechnik GmbH, 70435 Stuttgart, DE\nКод ТН ВЭД 8483 40 900 9\n' +
    'Таможенная стоимость 4\u00a0812\u00a0760,45 руб.\nСтрана происхождения: DE (276)'],
  ['ticket', 'Тикет ТМ-0927: декларант Сорокина (+7 916 482-17-39) просит у Ningbo Hengda исправить Form A № 0241C3302A0018 —\nв графе 8 «P» вместо «W»; HS 8482.10',
    '79164821739'],
  ['invoice', 'ДТ № 10702070/220424/3061872, порт Новороссийск\nТовар 1: 8481 80 819 9 — краны шаровые DN50, TR (792), 240 шт.\n' +
    'Товар 2: 8484 20 000 0 — уплотнения, TR, 84 шт.\nТаможенные платежи: 1\u00a0284\u00a0116,80 руб.'],
  ['timeline', '23.04.2024 — ДТ 10702070/220424/3061872 выпущена; брокер «Порт-Декларант», Новороссийск, Андрей: 8 (8617) 60-41-92', '78617604192'],
  ['ticket', 'Запрос ФТС по ДТ 10013160/050424/3028471: подтвердить стоимость (прайс Daesung, инвойс DS-240402, экспортная декларация Кореи\n' +
    '№ 41203-24-0418736X). Ответить до 12.04.2024.'],
  ['delivery', 'Код ТН ВЭД 8413 70 810 0 (насосы центробежные), ставка пошлины 0%, НДС 20%; страна происхождения TR; сертификат ЕАЭС RU Д-TR.РА01.В.48219/24'],
  ['contact', 'Таможенный брокер ООО «ВЭД-Консалт», г. Москва, Шереметьевское ш., д. 2\nДиспетчер: +7 (495) 578-19-06\nЭкстренно: 8 926 331-08-74',
    '74955781906', '79263310874'],

  // Certificates of origin
  ['delivery', 'Ursprungszeugnis Nr. 0470 2023 175, IHK Region Stuttgart, ausgestellt 14.03.2024; Warenursprung: Deutschland; Empfänger: Moskau'],
  ['delivery', 'Certificate of Origin No. 2024/IST/0418752, İstanbul Ticaret Odası, 18.04.2024\nExporter: Bosphorus Hidrolik Ltd. Şti., 34490 Başakşehir'],
  ['delivery', 'Сертификат СТ-1 № 0812345 (BY), выдан Гомельским отделением БелТПП 01.03.2024, к договору № 17/24-ВЭД'],
  ['delivery', '原产地证书 C/O No. 24C3302A0018/00003 (CCPIT Ningbo), date 12/03/2024, exporter Ningbo Hengda Bearing Co., Ltd., HS 8482.10'],
  ['delivery', 'Certificate of Origin (Korea Chamber of Commerce and Industry, Changwon) No. 0424-CW-00318 issued 2024.04.24, HS 8483.40'],
  ['delivery', '原産地証明書 No. 24-TK-008715, 東京商工会議所, 2024年6月12日, HS 8482.99'],
  ['delivery', 'Dubai Chamber Certificate of Origin Ref. DC-24-6127735 dated 13/06/2024, re-export, origin: JP/KR'],
  // Bank transfers
  ['invoice', 'Платёжное поручение (валютное) № 0471 от 17.04.2024\nСумма: EUR 48\u00a0250,00\n' +
    'Бенефициар: Hallmann Antriebstechnik GmbH, IBAN DE89 6005 0101 0004 0512 84\n' +
    'Назначение: Contract 0470-2023, invoice RE-2024-0312'],
  ['email', 'MT103 confirmation\n:20:TIS240417-0471\n:32A:240417EUR48250,00\n:50K:/40702978938000047126 OOO TECHIMPORTSERVICE MOSCOW\n' +
    ':59:/DE89600501010004051284 HALLMANN ANTRIEBSTECHNIK GMBH'],
  ['timeline', '18.04.2024 — валютный контроль банка запросил контракт 0470-2023 и спецификацию № 2; менеджер банка Кравцова, +7 495 500-55-50 доб. 41172',
    '74955005550;ext=41172'],
  ['ticket', 'Платёж Ege Pompa на USD 18\u00a0390 вернулся (return reason AC01). IBAN получателя TR56 0001 0012 3456 7890 1234 56 — сверить с инвойсом.\n' +
    'Связаться: Ayten Hanım, muhasebe Ege Pompa (İzmir), 0232 376 88 15', '902323768815'],
  ['invoice', 'Bank confirmation, Kapitalbank (Tashkent): incoming transfer USD 14,880.00, value date 02.04.2024, ref. 0215-2024-UZ, MFO 01088'],
  ['invoice', 'SWIFT gpi tracker: UETR 9b2d7f14-3c80-4e61-a5f2-70c4d13e8b05, status ACCC, credited 19.04.2024 10:42 UTC, CNY 134,560.00, Bank of China Ningbo'],
  ['email', 'Dear Olga,\nThe payment of AED 96,415.00 was credited on 20/06/2024, thank you.\n' +
    'Accounts: accounts@gulfmarinespares.ae, +971 4 887 5524\nPriya, Gulf Marine Spares FZE',
    '97148875524'],
  ['invoice', 'Подтверждение списания: 24.05.2024, KRW 42\u00a0300\u00a0000, курс 0,0671, комиссия OUR USD 45,00,\nполучатель Daesung Precision Co., Ltd., A/C 301-0287-4417-01'],

  // Germany, more
  ['contact', 'Schmitz Industrietechnik GmbH & Co. KG, Gewerbepark 7, 06420 Könnern (Sachsen-Anhalt)\nTel. +49 34691 5217-0\nFax +49 34691 5217-99',
    '493469152170', '4934691521799'],
  ['requisites', 'Schmitz Industrietechnik GmbH & Co. KG\nAmtsgericht Stendal HRA 4721\nKomplementärin: Schmitz Verwaltungs GmbH, HRB 12345\nUSt-IdNr. DE 279 401 558'],
  ['email', 'Sehr geehrte Frau Semenova,\nwir bitten um Zahlung bis 30.04.2024 auf IBAN DE44 8005 3762 0380 1127 45.\n' +
    'Für Rückfragen: Buchhaltung, Frau Hoffmann, Tel. 034691 5217-14\nSchmitz Industrietechnik, Könnern', '4934691521714'],
  ['ticket', 'Тикет ВЭД-1210: рекламация по редуктору Hallmann KF-87, S/N 24031704417, Baujahr 2024, Auftrag 0470-2023; фото шильдика отправлены Frau Krüger'],
  ['email', 'Hallo Sergey,\nwie telefonisch besprochen (Handy: 0172 845 21 09) schicke ich Ihnen die Ersatzteilliste.\nPos. 10: Lager 6310-2RS, 24 Stk.\n' +
    'Pos. 20: Dichtring 80x100x10, 48 Stk.\nGruß Sabine', '491728452109'],
  ['deal', 'Сделка 0233-2024 Weber: подшипники 6310-2RS (EAN 4012802123459), 2\u00a0400 шт., EUR 21\u00a0120; доставка DAP Москва 119049'],
  ['contact', 'Spedition Nordtrans GmbH (экспедитор по Германии), Am Sandtorkai 44, 20457 Hamburg\nDisposition: +49 40 309 987 30\nLKW-Fahrer: +49 1523 7781 064',
    '494030998730', '4915237781064'],
  ['delivery', 'Sendungsnummer NT-2024-041877, Abholung 15.04.2024 in 70435 Stuttgart, Lieferung nach 119049 Moskau über Brest, 3 EP, 612 kg, LDM 1,2'],

  // Norway (sea freight agent)
  ['contact', 'Nordic Heavy Freight AS (морской фрахт для проекта), Karl Johans gate 12, 0154 Oslo, Norge\nSentralbord: +47 22 41 30 50\nOrg.nr. 918 427 305 MVA',
    '4722413050'],
  ['requisites', 'Nordic Heavy Freight AS\nPostboks 640 Sentrum, 0150 Oslo\nOrg.nr. 918 427 305\nKontonr. 1503 42 81736\nIBAN NO93 8601 1117 947'],

  // Turkey, more
  ['email', 'Sayın Olga Hanım,\nsiparişiniz (No: 0470-2023/TR) üretime alındı. Termin: 20.05.2024.\nİyi çalışmalar,\n' +
    'Murat Demir\nBosphorus Hidrolik, İstanbul\nGSM: 0533 208 14 65',
    '905332081465'],
  ['contact', 'Başkent Rulman Ltd. Şti., Ziya Gökalp Cad. No: 41, 06420 Çankaya / Ankara\nTel: 0312 418 27 55\nCep: 0505 771 23 09 (Hasan Bey)',
    '903124182755', '905057712309'],
  ['requisites', 'Başkent Rulman Ltd. Şti. — Maltepe V.D. 0150427716, Ankara Ticaret Sicil 245871, posta kodu 06420'],
  ['timeline', '24.04.2024 15:10 — позвонили в Başkent Rulman (Анкара) по 0312 418 27 55; секретарь: Hasan Bey в отпуске до 02.05', '903124182755'],
  ['deal', 'Сделка 0604-2024: Başkent Rulman, подшипники 22220 E, 60 шт., 1.284.600,00 TL (≈ USD 39\u00a0850), GTİP 8482.30'],
  ['email', 'От: export0312@anadoluvalf.com.tr\nТема: RE: Sipariş 0470-2023 / DN80\nEmre Bey: termin 06.06.2024, 2. parti 120 adet. Fiyat değişmedi: 98,50 USD/adet.'],

  // China, more
  ['contact', 'Zhejiang Wanli Pump Industry Co., Ltd.\nWenling, Taizhou 317500, Zhejiang, P.R. China\nTel: +86 (0)576 8651 0023\nFax: +86 (0)576 8651 0025\n' +
    'WhatsApp: +86 158 6761 3042', '8657686510023', '8657686510025', '8615867613042'],
  ['requisites', 'Zhejiang Wanli Pump Industry Co., Ltd.\nUSCC 91331081MA28G5QX6P\nCustoms code (海关编码) 3310960817\nICBC Wenling, A/C 1207 0310 0920 0115 827'],
  ['email', 'Hi Olga,\nShipment booked: B/L COSU6384127590, vessel COSCO SHIPPING ARIES V.024E, ETD Ningbo 2024-05-08, ETA St. Petersburg 2024-06-19.\n' +
    'Best, Jenny\nZhejiang Wanli Pump, China\nTel 0576-8651 0023 ext 8012', '8657686510023;ext=8012'],
  ['invoice', 'PACKING LIST No. WL-PL-240508\nCTN 1–42, G.W. 3,860 KGS, N.W. 3,612 KGS, MEAS 11.8 CBM\nContainer CSNU 6238410 / Seal CN 0471235'],
  ['timeline', '09.05.2024 — Kevin Wu (Shenzhen Juli) в WeChat: отгрузка задерживается из-за праздников; для срочной связи его китайский мобильный 186 2081 5527',
    '8618620815527'],
  ['ticket', 'Образцы из Шанхая: SF Express № SF1428703915624 застряли на таможне в Пулково с 14.05.2024; Mr. Zhang просит номер ДТЭГ'],
  ['deal', 'Сделка 0508-2024 Wanli: насосы WL-65, 42 места, CNY 134\u00a0560,00, FOB Ningbo; USCC 91331081MA28G5QX6P; таможенный код 3310960817'],

  // South Korea, more
  ['email', 'Dear Olga,\nPlease contact our logistics partner in Busan: Mr. Lee, +82-51-469-2213 / +82-10-2274-5518.\nB/L No. PNOBUS24041887\nRegards, Park',
    '82514692213', '821022745518'],
  ['contact', 'Korea Hydro Tech Co., Ltd. (KHT), 31, Namdongseo-ro 362beon-gil, Namdong-gu, Incheon 21634, Republic of Korea\nTel 032-817-4520 | Fax 032-817-4529',
    '82328174520', '82328174529'],
  ['requisites', 'Korea Hydro Tech Co., Ltd.\nBusiness Reg. No. 131-86-27518\nCustoms Clearance Code (통관고유부호) P180412745871\nKEB Hana Bank, A/C 391-910017-45204'],
  ['deal', 'Deal 0131-2024 KHT: гидрораспределители, USD 27\u00a0450,00 CIF St. Petersburg; BRN 131-86-27518; инвойс KHT-2404-018'],

  // Japan, more
  ['contact', 'Chubu Hydraulics Co., Ltd. (中部油圧株式会社)\n〒455-0831 愛知県名古屋市港区十一屋 2-118\nTEL 052-381-6620\nFAX 052-381-6621',
    '81523816620', '81523816621'],
  ['requisites', '中部油圧株式会社\n法人番号 3180001045778\n登録番号 T3180001045778\n取引銀行: 三菱UFJ銀行 名古屋営業部 普通 0712345'],
  ['email', 'Dear Sergey-san,\nThank you very much for your order (PO 0470-2023-C). Payment terms: T/T 30 days after B/L date.\nKind regards,\nYuki Sato\n' +
    'Chubu Hydraulics Co., Ltd.\nPhone +81 (0)52-381-6620', '81523816620'],
  ['timeline', '12.06.2024 — Tanaka-san (Naniwa Kikai) просит звонить после 10:00 JST (04:00 MSK); телефон офиса в Осаке 06-6245-3310', '81662453310'],

  // Belarus, Uzbekistan, UAE, more
  ['timeline', '06.03.2024 — Ковалёв (Минск) сменил номер: новый моб. +375 29 118-64-30, старый 8 029 614-32-95 не использовать', '375291186430', '375296143295'],
  ['ticket', 'Тикет ВЭД-1198: МинскПромКомплект выставил счёт на УНП 191784530 в BYN вместо RUB; спецификация № 3 от 11.01.2024, 62\u00a0418,00 BYN'],
  ['contact', 'ИП «Андижан Техно Сервис», 170100, Узбекистан, г. Андижан, ул. Навои, 41\nТел.: (+998 74) 223-18-40\nМоб.: +998 91 604 72 15',
    '998742231840', '998916047215'],
  ['requisites', 'Андижан Техно Сервис: ИНН 541207839, ПИНФЛ 30412855470021, р/с 20218000300874521001, МФО 00548, индекс 170100'],
  ['email', 'Dear Mr. Orlov,\nKindly find our quotation Q-24-0150 valid until 30/06/2024: AED 42,870.00 ex-works Sharjah.\nBest regards,\nFaisal Al Hashimi\n' +
    'Al Noor Industrial Equipment Trading L.L.C., Sharjah\nMob: 055 928 1146 | Off: 06 557 3302', '971559281146', '97165573302'],
  ['requisites', 'Emirates NBD, Jebel Ali branch, SWIFT EBILAEAD, account 1015234567801, IBAN AE07 0331 2345 6789 0123 456, TRN 100234567800003'],

  // Masks, forms, links
  ['ticket', 'В карточке Ege Pompa телефон WhatsApp скрыт: +90 549 *** ** 33. Запросить полный номер у Emre Kaya (+90 532 614 27 80)', '905326142780'],
  ['contact', 'Форма «Новый поставщик»: телефон в международном формате, напр. +49 30 1234 5678 или +86 21 1234 5678; поле «Страна» обязательно'],
  ['email', 'Ссылка на портал поставщика: https://portal.hallmann-antrieb.de/order/0470-2023?cust=0040712&ref=4971125804417\nЛогин: tis-moskau-0040712'],
  ['contact', 'Gulf Marine Spares — дубль карточки. Телефон: +971 50 XXX 7789 (маска из выгрузки), e-mail: sales@gulfmarinespares.ae'],
  ['deal', 'Сделка 0701-2024 «Гидроцилиндры Chubu для АО "Уралмаш-сервис"», JPY 6\u00a0120\u00a0000; клиент: Петров И.С., +7 343 287-45-10', '73432874510'],
  ['timeline', '03.07.2024 — звонок клиенту (8 912 604-17-33): сроки поставки из Японии сдвигаются на 3 недели, новая дата 24.07.2024', '79126041733'],
  // Contracts and specifications
  ['deal', 'Контракт № 0470-2023 от 07.03.2023 с Hallmann Antriebstechnik GmbH (DE), спецификация № 2 от 15.01.2024, валюта EUR,\nУНК 23030001/1481/0000/2/1'],
  ['deal', 'Спецификация № 4 к контракту TR-0158/2024: поз. 1 — EP-80/160, 12 шт. × USD 4\u00a0150,00; поз. 2 — ремкомплект EP-80-RK, 24 шт. × USD 187,50'],
  ['email', 'Уважаемый Emre Bey,\nвысылаем подписанную спецификацию № 4. Оригиналы — DHL, waybill 4518 2730 61.\n--\nОльга Семёнова\n' +
    'тел. +7 (495) 640-22-81, доб. 305\nмоб. 8-903-718-44-90', '74956402281;ext=305', '79037184490'],
  ['delivery', 'DHL Express waybill 4518273061, pickup Moscow 26.04.2024, destination 06374 Ankara TR, delivered 29.04.2024 10:14, signed: KAYA'],
  ['delivery', 'UPS 1Z 8A4 72E 04 1234 5678, Hamburg 20457 → Москва, 2 pkg, 14,6 kg, customs cleared 11.04.2024'],
  ['invoice', 'Specification No. 2 to Contract 0470-2023: pos. 1 — ТН ВЭД 8481 80 819 9; pos. 2 — 8412 21 800 8; pos. 3 — 8483 10 950 0; total EUR 48\u00a0250,00'],
  ['deal', 'Договор поставки № KR-0424/17 с Daesung Precision: предмет — шестерни и валы, Incoterms 2020 CIF St. Petersburg, арбитраж — МКАС при ТПП РФ'],
  ['email', 'Dear Mr. Park,\nplease sign and return Appendix No. 2 dated 24.04.2024 to Contract KR-0424/17.\nSincerely,\nSergey Orlov\nOOO TechImportService, Moscow\n' +
    'Tel. +7 495 640 22 81 (ext. 210)', '74956402281;ext=210'],

  // Registration numbers right next to phones
  ['contact', 'Sejin Bearing Korea Co., Ltd., Seoul\n사업자등록번호 214-87-60392\nTel. 02-2187-6039\nBusan branch: 051-647-2290', '82221876039', '82516472290'],
  ['requisites', 'Sejin Bearing Korea Co., Ltd., 06236 Seoul, Gangnam-gu, Teheran-ro 152\nBRN 214-87-60392 / CRN 110111-4418236\nWoori Bank A/C 1005-803-417265'],
  ['contact', 'Kansai Spare Parts Trading Co., Ltd.\n法人番号 8120001156324\nTEL: +81-6-6536-0421\n〒550-0013 大阪市西区新町 1-4-26', '81665360421'],
  ['invoice', 'Invoice No. KSP-24-0613 / 2024年6月13日\nConsignee: OOO TechImportService, 119049 Moscow\nHS 8412.21, 8 units, JPY 2,840,000\n' +
    'Invoice registration No. T8120001156324'],
  ['contact', 'Emirates Power Parts LLC, Al Quoz Industrial Area 3, Dubai, UAE\nTRN 100541872300003\nTel +971 4 338 6617\nMob +971 52 718 4406',
    '97143386617', '971527184406'],
  ['contact', 'Abu Dhabi Valve Services LLC, Mussafah M-37, Abu Dhabi, UAE\nTel: 02 551 8830\nMobile: 056 204 7712\nTRN 100629814500003',
    '97125518830', '971562047712'],
  ['contact', 'Guangzhou Tianhe Seals Co., Ltd., Guangzhou, China\nUSCC 91440101MA5CYK1M8R\nTel: 020-3759 4412\nMobile: 137 2240 8851',
    '862037594412', '8613722408851'],
  ['contact', 'Tianjin Heavy Machinery Export Co., 300457 Tianjin, China\nTel: (022) 6629 1870\nUSCC 91120116MA06XF9L3D', '862266291870'],
  ['contact', 'ОАО «Гродненский механический завод», 230005, Беларусь, Гродно, ул. Горького, 87\nУНП 500041287\nтел. 8 (0152) 74-33-10\n' +
    'факс 8 (0152) 74-33-19', '375152743310', '375152743319'],
  ['contact', 'Fergana Gidravlika MChJ, 150100, Farg\'ona sh., Mustaqillik ko\'chasi 14, O\'zbekiston\nSTIR 302871564\nTel: +998 73 244 12 08\n' +
    'Mob: +998 99 871 30 65', '998732441208', '998998713065'],
  ['requisites', 'Kessler Hydraulik GmbH, Augsburg — Steuer-Nr. 021/815/08150, Tel. 0821/74 52 90-0, USt-IdNr. DE 127 845 330', '498217452900'],
  ['requisites', 'Anadolu Valf A.Ş. — Vergi No 0680412395, Tel 0312 385 42 17, Faks 0312 385 42 19, Mersis 0068041239500017',
    '903123854217', '903123854219'],
  ['requisites', 'Gulf Marine Spares FZE — TRN 100234567800003, P.O. Box 261877, Tel 04 887 5521, Jebel Ali, Dubai', '97148875521'],
  ['requisites', 'ООО «МинскПромКомплект» — УНП 191784530, тел. 8 017 388-42-17, индекс 220030, Минск', '375173884217'],
  ['requisites', 'Tashkent Agro Mash Parts — STIR 305678912, MFO 01088, tel. +998 71 238-45-60, indeks 100084', '998712384560'],
  ['requisites', 'Покупатель: ООО «ТехИмпортСервис», ИНН/КПП 7706481235/770601001, 119049, Москва, ул. Донская, 4/2,\n' +
    'тел. +7 495 640-22-81, e-mail ved@techimport-service.ru',
    '74956402281'],
  ['invoice', 'Счёт № 0312 от 12.03.2024 (вознаграждение таможенного брокера)\nИНН 7714987650, КПП 771401001\n' +
    'р/с 40702810700000012345, БИК 044525974\nИтого: 48\u00a0600,00 ₽'],

  // More signatures
  ['email', 'Beste Grüße / Best regards\nKatrin Vogel\nInnendienst Export\nWeber Präzisionslager AG\nTel.: +49 (0)89 2154 77-65\nMobil: +49 (0)171 390 48 21\n' +
    'www.weber-lager.de', '498921547765', '491713904821'],
  ['email', 'Dear Mr. Orlov,\nunfortunately our EORI number was wrong in the invoice. Correct: DE4031887 (not DE4031877).\n' +
    'Regards,\nJens Petersen, Hamburg\n+49 40 3890 2163',
    '494038902163'],
  ['email', 'Kind regards,\nSelin Aydın\nExport Department, Ege Pompa Makina A.Ş.\nPhone: +90 (0)232 376 88 12 ext. 140\nMobile: +90 (0)549 712 04 33',
    '902323768812;ext=140', '905497120433'],
  ['requisites', 'Ege Pompa Makina A.Ş.\nÇiğli V.D. 3250417893\nMersis 0325041789300015\nİzmir Ticaret Sicil 148752\nKEP: egepompa@hs01.kep.tr'],
  ['email', '此致\nBest regards,\nZhang Wei (张伟)\nExport Manager\nShanghai Dongfang Machinery Parts Co., Ltd.\nTel: +86 21 6489 5570 ext. 12\nMob: +86 135 6441 0728',
    '862164895570;ext=12', '8613564410728'],
  ['email', '감사합니다.\nKim Min-jun | Sales Manager\nHanil Industrial Valve Co.\nT +82 (0)2-2107-6039 | F +82 (0)2-2107-6040 | M +82 (0)10-9154-2270',
    '82221076039', '82221076040', '821091542270'],
  ['email', 'よろしくお願いいたします。\n渡辺 健二\n東洋精密工業株式会社 海外営業部\nTEL: 03-5763-2285 / 携帯: 090-3381-5527', '81357632285', '819033815527'],
  ['email', 'С уважением,\nДильшод Рахимов\nTashkent Agro Mash Parts\nг. Ташкент, 100084\n' +
    'тел. +998 71 238 45 61, моб. +998 93 517-40-82', '998712384561', '998935174082'],
  ['email', 'С уважением,\nЛукашик Олег Викторович, главный инженер ЧУП «БрестЛитМаш», г. Брест\nтел. 8 (0162) 21-45-78, моб. 8 (025) 903-11-64',
    '375162214578', '375259031164'],
  ['email', 'Best regards,\nRahul Menon\nSales Manager, Gulf Marine Spares FZE\nJAFZA, Dubai, United Arab Emirates\nT +971 (4) 887 5530 | M +971 (50) 412 7789',
    '97148875530', '971504127789'],

  // No phones: dates, times, money, ids
  ['timeline', '15.03.2024 14:00–15:30 MSK / 12:00–13:30 MEZ — видеозвонок Teams с Hallmann, ID встречи 348 512 907 614, код 7xQ2pL'],
  ['ticket', 'Тикет ИТ-0415: не работает интеграция 1С с порталом ФТС, ошибка 0x80070005, сервер 10.12.4.215:8443, платформа 8.3.24.1467'],
  ['deal', 'Воронка ВЭД, 2 кв. 2024: 14 сделок, 1\u00a0284\u00a0600 EUR + 387\u00a0200 USD; средний цикл 47 дней; конверсия 28,6%'],
  ['invoice', 'Proforma Invoice No. 240315-0470, 15.03.2024, 36 pcs, unit price JPY 118,000, total JPY 4,248,000; FCA Tokyo; MUFG Bank Ltd., A/C 0123456'],
  ['delivery', 'Контейнер HDMU 6127490 (40\' HC), пломба 0470231, брутто 18\u00a0420 кг, прибыл в порт Восточный 12.06.2024 07:40'],
  ['delivery', 'ЖД накладная № ЭА 047123, вагон 42871563, ст. Алтынколь – ст. Ворсино, контейнер TKRU 4127553, прибытие 21.05.2024'],
  ['timeline', 'Liefertermin bestätigt: 15. März 2024 → verschoben auf 02.04.24 (KW 14); Kessler Auftrag 21877-0412'],
  ['email', 'Teslim tarihi: 15 Mart 2024 yerine 2 Nisan 2024. Sipariş 0470-2023, 240 adet, birim fiyat 98,50 USD.\nSaygılarımla, Emre'],
  ['invoice', 'Rechnung Nr. RE-2024-0312 vom 12/03/2024, Kunden-Nr. 0040712, Lieferschein LS 0470-2023-02, Zahlungsziel 30 Tage netto'],
  ['deal', 'Курсы на 15.03.2024: EUR 99,6188; USD 91,6359; CNY 12,6812; TRY 2,8471; KRW 6,8862 за 100; JPY 61,4102 за 100; AED 24,9516'],
  ['ticket', 'Тикет ВЭД-1233: в ДТ 10013160/150324/3012345 неверный код страны 792 (TR) вместо 276 (DE) в гр. 16; корректировка КДТ до 20.03.2024'],
  ['delivery', 'Сертификат соответствия ЕАЭС RU С-DE.АБ53.В.01247/24, срок с 02.02.2024 по 01.02.2029, изготовитель Hallmann, 70435 Stuttgart'],
  ['deal', 'Сделка 0620-2024: переупаковка на СВХ, 14 паллет, 28\u00a0400 ₽; склад «Ворсино», ячейка 02-14-3'],
  ['invoice', 'Commercial Invoice No. DS-240402 date 02.04.2024\nBRN of shipper 214-87-60392\n120 pcs × USD 527.50 = USD 63,300.00\nOrigin: Republic of Korea'],
  ['requisites', '東洋精密工業株式会社: 資本金 9,800万円, 設立 1968年4月, 従業員 214名, 法人番号 6010801012847'],
  ['ticket', 'Тикет ВЭД-1240: в инвойсе Wanli ошибка в весе — 3,860 KGS vs 3 680 кг по CMR № 0048127; заявка на корректировку от 11.05.2024'],

  // Short, local, masked numbers
  ['ticket', 'Курьер DHL в Анкаре не дозвонился, оставил «DHL Türkiye: 444 0 345». Для повторной доставки звоните в русскую поддержку 8 800 250-41-17',
    '78002504117'],
  ['contact', 'Emirates SkyCargo, Dubai: call centre 800 4636 (toll-free, только из ОАЭ). Агент в Москве: +7 495 937-86-14', '74959378614'],
  ['timeline', 'Минский офис: внутренний Ковалёва 214, секретарь — вн. 201. Основной номер: +375 17 388-42-17', '375173884217'],
  ['timeline', '05.02.2024 — Ковалёв продиктовал городской 388-42-17, код не назвал; мобильный прежний +375 29 614-32-95', '375296143295'],
  ['contact', 'Daesung Precision — телефон из письма частично скрыт: +82 10 ****-3391; проверить по визитке Park Ji-hoon'],
  ['contact', 'Шаблон импорта поставщиков: Phone = +CC (area) number, пример: +81 3 0000 0000; Fax — необязательно'],
  ['email', 'Уважаемые коллеги! Для связи используйте только +7 495 640-22-81; номера вида +7 (495) XXX-XX-XX в старых подписях недействительны.',
    '74956402281'],

  // Transit and forwarders
  ['contact', 'Экспедитор в Хоргосе (Казахстан): ТОО «Khorgos Trans Logistic», Ержан Абилов, 8 701 455 20 18, рабочий 8 (72831) 9-12-40',
    '77014552018', '77283191240'],
  ['delivery', 'Хоргос – Алтынколь: перегруз 21.05.2024, контейнер TKRU 4127553 → вагон 42871563; СМГС № 0417852'],
  ['contact', 'ООО «Балтик Форвардинг», Санкт-Петербург, морской порт, Межевой канал, 5\nДиспетчер: 8 (812) 335-70-12\nМобильный: +7 921 944-18-03',
    '78123357012', '79219441803'],
  ['timeline', '19.06.2024 — COSCO ARIES прибыл в Петербург; Балтик Форвардинг (+7 921 944-18-03): досмотр контейнера CSNU 6238410 назначен на 21.06',
    '79219441803'],
  ['contact', 'Mersin Lojistik A.Ş., 33020 Akdeniz / Mersin\nTel: 0324 238 15 70\nOperasyon: Gökhan Arslan, 0 530 418 72 26', '903242381570', '905304187226'],
  ['email', 'Dear Olga,\nyour container MSKU 7814523 is loaded on MSC ARINA, voyage FE417R, departure Ambarlı 24.04.2024.\nRegards, Gökhan\nMersin Lojistik, Türkiye\n' +
    '+90 530 418 72 26', '905304187226'],

  // 00 prefix and mixed
  ['contact', 'Izmir Conveyor Parts Ltd., 35410 Gaziemir / İzmir, Türkiye\nTel. 0090 232 252 61 40\nFax 0090 232 252 61 49', '902322526140', '902322526149'],
  ['timeline', '11.06.2024 — из Японии звонил Watanabe с мобильного 0081 90 3381 5527, подтвердил отгрузку 14.06', '819033815527'],
  ['contact', 'Changwon Gear Works, Korea — офис 0082 55 262 3380, Mr. Choi 0082 10 3318 6620', '82552623380', '821033186620'],
  ['contact', 'Kevin Wu, Shenzhen Juli\nTel: +86 186 2081 5527\nWhatsApp: +86 186 2081 5527\nWeChat ID: kevinwu_0755', '8618620815527', '8618620815527'],
  ['contact', 'Yusuf Öztürk (Bursa Otomotiv Yedek Parça), 16140 Nilüfer / Bursa\nTel: 00 90 224 441 23 80\nCep: 00 90 532 774 15 06', '902244412380', '905327741506'],
  ['timeline', '27.05.2024 — звонок в Ташкент: 00998 71 238 45 60 не отвечает, написали в Telegram Дилшоду', '998712384560'],
  ['contact', 'Hallmann — представительство в Москве (Repräsentanz): +7 495 787-15-40, Geschäftsführer +49 711 2580 4400', '74957871540', '4971125804400'],
  ['deal', 'Сделка 0815-2024 (Hallmann, запчасти к KF-87): EUR 3\u00a0412,80, счёт RE-2024-0815; связь: Frau Krüger 0711 2580-4431', '4971125804431'],
  // Special spaces and dashes, more mixed rows
  ['contact', 'Hallmann Antriebstechnik GmbH\nTel.\u00a0+49\u00a0711\u00a02580\u00a04417\nPLZ\u00a070435 Stuttgart', '4971125804417'],
  ['email', 'Thomas Brandl, Kessler Hydraulik GmbH, Augsburg\nMobil:\u00a00151\u20112734\u20118810', '4915127348810'],
  ['contact', 'Anadolu Valf (Ankara), santral: +90\u2009312\u2009385\u200942\u200917', '903123854217'],
  ['ticket', 'Претензия CL-0091 к Naniwa Kikai: 2 из 8 шпинделей с дефектом, S/N NK2406-0311 и NK2406-0318;\nответственный в Осаке Tanaka, +81 80 4127 9963',
    '818041279963'],
  ['invoice', '수출신고필증 No. 41203-24-0418736X, 신고일자 2024/04/18, 세번부호 8483.40-9000, 결제금액 USD 63,300'],
  ['requisites', 'Заявка на валютный контроль: Japanese corporate number 1010001012345 / Korean BRN 220-81-62517 / Chinese USCC 91310000607212345X'],
  ['delivery', 'Образцы из Осаки: EMS EJ 123 456 789 JP, отправлено 2024/06/05, вес 1,8 kg, отправитель 〒542-0081'],
  ['deal', 'Сделка 0903-2024 «Emirates Power Parts — запчасти ДГУ», AED 218\u00a0400,00; TRN 100541872300003; ответственный Орлов'],
  ['email', 'Dear Sir,\nPlease send the original B/L to our office: P.O. Box 261877, Jebel Ali, Dubai. Courier: Aramex Dubai, +971 4 286 5000.\nRegards, Rahul',
    '97142865000'],
  ['timeline', '17.05.2024 10:00 MSK (15:00 в Шанхае) — Zhang Wei (моб. +86 135 6441 0728) подтвердил Form A на партию 0312-2024', '8613564410728'],
  ['contact', 'Ankara Hidrolik Servis, 06420 Çankaya / Ankara\nTel.: (0312) 425 60 18\nGSM: (0532) 471 09 36\nVergi No: 0710384526', '903124256018', '905324710936'],
  ['contact', 'Qingdao Port Logistics Co., Qingdao, Shandong, China\nTel: 0532-8298 7741\nVessel ops: 0532-8298 7745', '8653282987741', '8653282987745'],
  ['requisites', 'Qingdao Port Logistics Co. — USCC 91370200MA3C8K2T4Q, bonded warehouse code 0532A0471, 266011 Qingdao'],
  ['email', 'Sehr geehrter Herr Orlow,\nanbei die Ausfuhranmeldung (MRN 24DE471259836217E7) und EUR.1 Nr. A 0123456.\n' +
    'Mit freundlichen Grüßen\nHans Becker, Zollabteilung\n' +
    'Müller & Söhne, Hamburg, Tel. 040 3890 2170', '494038902170'],
  ['delivery', 'MRN 24DE471259836217E7, Ausgangszollstelle DE004851 (Frankfurt/Oder), Ausgang bestätigt 17.04.2024'],
  ['deal', 'Сделка 1002-2024 Гродно: станины, 18\u00a0шт., 96\u00a0480 BYN, УНП 500041287; ДТ не нужна (внутренний рынок ЕАЭС), СТ-1 не требуется'],
  ['timeline', '02.07.2024 — из Гродно (ГМЗ) перезвонили с 8 (0152) 74-33-10: готовность станин 15.07', '375152743310'],
  ['email', 'Olga xonim, hujjatlar tayyor: sertifikat СТ-1 № 0412785, 24.06.2024.\nTel: +998 73 244 12 08 (Farg\'ona ofis)', '998732441208'],
  ['ticket', 'Тикет ВЭД-1302: Samarqand Metall Servis просит сверку за 1 кв. 2024; их бухгалтер Нодира, +998 66 233-14-07; акт сверки № 0031',
    '998662331407'],
  ['invoice', 'Invoice No. 24/0617/AE, 17 June 2024, Al Noor Industrial Equipment Trading L.L.C.\nMashreq Bank, IBAN AE46 0330 0000 1904 5218 003\nTotal AED 42,870.00'],
  ['contact', 'Busan Marine Parts Co., 46758 Busan, Gangseo-gu, Korea\nTel +82-51-831-5402\nBRN 621-81-47720', '82518315402'],
  ['email', 'Ольга, номер Frau Krüger для WhatsApp: +49 172 845 2109. Hallmann HRB 734512 — если банк спросит. Сергей', '491728452109'],
  ['ticket', 'Тикет ВЭД-1311: IBAN DE89 6005 0101 0004 0512 84 и DE44 8005 3762 0380 1127 45 перепутаны в карточках Hallmann и Schmitz — исправить'],
  ['contact', 'Ningbo Hengda — склад: 0574-8688 2290, после 17:30 по Пекину не отвечают; офис: +86 574 8688 2231', '8657486882290', '8657486882231'],
  ['deal', 'Сделка 0099-2024 Sejin: подшипники 6205ZZ, 12\u00a0000 шт., KRW 26\u00a0400\u00a0000; FOB Busan; оплата T/T 30/70'],
  ['timeline', '2024-06-21 08:30 KST — Park Ji-hoon (Changwon): отгрузка по PO DS-0424-017 выполнена, B/L PNOBUS24062114; мобильный 010-4827-3391',
    '821048273391'],
  ['email', 'Merhaba, faturada VKN yanlış: 0680412395 yerine 0680412359 yazılmış. Düzeltilmiş faturayı bekliyoruz.\nOlga'],
  ['invoice', 'Kessler Hydraulik: Rechnung 2024-04127 vom 12.04.2024, Steuernummer 021/815/08150, EUR 6.412,00 zzgl. 0 % USt (Ausfuhrlieferung)'],
  ['contact', 'Weber Präzisionslager AG — Lager Garching bei München: Tel. 089 / 32 90 18-0, Warenannahme Mo–Fr 7:00–15:30', '49893290180'],
  ['contact', 'Bursa Otomotiv Yedek Parça — muhasebe: Elif Hanım, 0224 441 23 84; Nilüfer V.D. 1870452931', '902244412384'],
  ['requisites', 'Fergana Gidravlika MChJ: STIR 302871564, hisob raqami 20208000400912587001, MFO 00412, indeks 150100'],
  ['timeline', '10.07.2024 — Abu Dhabi Valve Services: Mr. Sameer перезвонил с 056 204 7712 (мобильный, ОАЭ), просит LC вместо T/T', '971562047712'],
];
