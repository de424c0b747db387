/**
 * Independent corpus, two-hundred-and-fifty-fourth set: written by someone who had not seen the detector's rules, its tests or the main corpus.
 * Genres: the CRM of Pontus Shipping LLC, a Russian ship-chartering and port-agency company with offices in
 * Novorossiysk (+7 8617, six-digit local numbers), Saint Petersburg (+7 812) and Vladivostok (+7 423), plus Tuapse (+7
 * 86167); Russian mobiles +7 9xx, also written with a leading 8. Contact cards, deals (fixtures, port calls),
 * requisites, timeline call notes, e-mails with signatures (Tel / Mob / 24h duty / Fax, with ext., доб., dahili, r.
 * extensions), support tickets, invoices (PDA/FDA), deliveries, WhatsApp notes, in English and Russian with some
 * German, Greek, Turkish, Portuguese, Dutch and Vietnamese labels. Agents, surveyors, bunker suppliers and owners in
 * Singapore (+65, 6xxx/8xxx/9xxx), Rotterdam (+31 10, mobiles 06, 085 VSAT), Antwerp (+32 3, 04xx), Hamburg (+49 40,
 * 0151/0160/0171), Piraeus and Athens (+30 210, 69x), Istanbul (+90 212) and Mersin (+90 324, mobiles 5xx), Alexandria
 * (+20 3, 10x), Jeddah (+966 12, 5x), Fujairah and Dubai (+971 9 / 4, 5x), Mumbai (+91 22, 9xxxx), Colombo (+94 11,
 * 7x), Chittagong (+880 31, 01xxx), Busan (+82 51, 010) and Seoul (+82 2), Shanghai (+86 21) and Qingdao (+86 532, 1xx
 * mobiles), Ho Chi Minh City (+84 28) and Haiphong (+84 225, 9xx), Santos (+55 13, 9xxxx-xxxx, 0xx13), Houston (+1
 * 713/281/832, 1-800), Durban (+27 31, 08x), Lagos (+234 1, 080x/081x/070x) and Onne (+234 84); owners and brokers in
 * Limassol, Hong Kong, Copenhagen, Oslo, Monaco, Geneva and London; masters via Inmarsat +870, Iridium +8816 and VSAT
 * lines (+47, +31 85, +44 20). Forms: +CC, 00CC, CC without plus, (0) trunk, national forms with trunk 0 only where the
 * port or country is named, a bare local number after a full one, dots, slashes, odd brackets, no-break and thin
 * spaces, numbers glued to labels, tab-separated table rows, the same number written twice.
 * Traps: IMO and MMSI numbers (ship and coast station), call signs, Inmarsat-C telex IDs, AmosConnect IDs, CDR and
 * trace ids, voyage, rotation and port-call numbers, B/L, booking, AWB and courier numbers, container and seal numbers,
 * berths, coordinates, drafts, tonnages and hold capacities, laytime, despatch and demurrage calculations, bunker
 * quantities and BDN numbers, dates and times in UTC/LT/ISO, charter party terms, invoice, PDA/FDA and debit-note
 * numbers, IBAN/SWIFT/ABA/BIK and bank accounts, INN/KPP/OGRN/CNPJ/GSTIN/TRN/VAT and business registration ids,
 * postcodes, car plates, crew passport and diploma numbers, the office codes 8617/812/423 used as labels, Excel
 * scientific notation, masked, partial, placeholder and input-mask numbers, wa.me/t.me links and SIP addresses.
 *
 * Its first run, with the rules made for the sets before it, none for it (the thirtieth session's rules for sets 240
 * and 245–253 already in): ours precision 1.000, recall 0.966, extensions 15 of 16; libphonenumber-js findNumbers 0.922
 * / 0.719. Read since (thirtieth session): 'Antwerp' for Belgium, Korea's code written apart without its '+' after a
 * label ('Tel 82-51-463-5500', where Korea is named), Portuguese 'r. 231' for an extension. Still missed: a Greek
 * number grouped 3-4-3 after 'τηλ.', a bare Greek mobile after 'after hours only:', the Fax after 'Tel 82-51-463-5500
 * /' (no label of its own), Bangladesh's second local number without its code, Brazil's '(0xx13)' placeholder and '[+7]
 * [8617] 60 12 34'.
 */
import type { Kind } from './phones.ts';

/** [kind, text, ...expected numbers] */
export const independent254: [Kind, string, ...string[]][] = [
  // Novorossiysk head office and first port calls
  ['contact', 'Дежурный агент (24/7), Новороссийск: +7 (8617) 60-12-34, моб. +7 918 453-21-07', '78617601234', '79184532107'],
  ['contact', 'Ковальчук Андрей Петрович — operations manager\nТел.: 8 (8617) 67-45-90 доб. 112\nМоб.: 8-918-011-22-47', '78617674590;ext=112', '79180112247'],
  ['deal', 'm/v NORDIC STAR, IMO 9321483, MMSI 273456780, позывной UBCD7, флаг RU. ETA Новороссийск 14.03.2024 06:00 LT'],
  ['timeline', '12.03.2024 09:14 — звонок капитану через Inmarsat +870 773 214 659, не ответил. Повторить в 12:00 UTC.', '870773214659'],
  ['deal', 'Рейс 24/117, коносамент MEDU8452316, контейнеры MSCU 123456-7, MSCU 765432-1, пломбы 004518273 / 004518274'],
  ['contact', 'Капитан т/х «Адмирал Ушаков» Смирнов И.В.\nIridium: +8816 3151 2345\nVSAT: +47 23 96 58 10', '881631512345', '4723965810'],
  ['requisites', 'ООО «Понтус Шиппинг»\nИНН 2315187456 КПП 231501001\nОГРН 1152315004567\nр/с 40702810630000012345 в Краснодарском отделении № 8619 ПАО Сбербанк\nк/с 30101810100000000602, БИК 040349602'],
  ['contact', 'Singapore agent: Lion Maritime Pte Ltd\nTel +65 6221 3456 | Mob +65 9123 4567 | 24h duty +65 8765 4321', '6562213456', '6591234567', '6587654321'],
  ['deal', 'Причал № 29 ПКТ, осадка 12,45 м, DWT 75 000, GRT 42 311, NRT 25 876, LOA 225,00 м. Laycan 15–20.03.2024.'],
  ['email', 'Best regards,\nJan de Vries\nHusbandry Department\nMaas Port Agency B.V., Rotterdam\nT: +31 10 412 3456\nM: +31 6 2345 6789\n24/7 duty: +31 10 412 3400', '31104123456', '31623456789', '31104123400'],
  ['deal', 'Позиция судна 44°43\'N 037°47\'E, курс 135°, скорость 11,5 уз. Остаток топлива: VLSFO 412,5 мт, MGO 87,3 мт.'],
  ['contact', 'Antwerp — Scheldt Shipping Services NV\ntel. 03 231 45 67\ngsm 0475 12 34 56', '3232314567', '32475123456'],
  ['invoice', 'PDA № NVS-2024-0187 от 05.03.2024\nПортовые сборы: 18 452,30 USD\nЛоцманский сбор: 3 214,00 USD\nИтого: 21 666,30 USD'],
  ['email', 'Mit freundlichen Grüßen\nKlaus Brenner\nHanseatic Ship Agency GmbH\nBurchardkai 1, 21129 Hamburg\nTel.: +49 (0)40 3609 8712\nMobil: +49 (0)171 482 9930\nFax: +49 (0)40 3609 8799', '494036098712', '491714829930', '494036098799'],
  ['deal', 'Demurrage USD 18,500 pdpr / despatch half demurrage. Laytime 72 hours SHINC, NOR tendered 14.03.2024 08:30 LT, time to count 14:30 LT.'],
  ['contact', 'Piraeus: Aegean Marine Agencies S.A., Akti Miaouli 85\nτηλ. 210 4122 567, κιν. 694 512 3478', '302104122567', '306945123478'],
  ['timeline', 'Отход 16.03.2024 23:40 LT (20:40 UTC). Осадка нос/корма 11,80/12,10 м. Погружено 74 850 мт пшеницы, 6 трюмов.'],
  ['contact', 'Istanbul — Bosphorus Shipping Agency Ltd. Şti.\nTel: 0212 252 48 16\nCep: 0532 417 26 93', '902122524816', '905324172693'],
  ['contact', 'Mersin agent Akdeniz Liman Hizmetleri\n+90 (324) 238 12 34 / +90 (533) 612 45 78', '903242381234', '905336124578'],
  ['ticket', 'Заявка #48213: сюрвейер на осмотр трюмов, т/х OCEAN GRACE (IMO 9587412), причал 7А, 18.03 в 10:00. Стоимость 650 USD.'],
  ['contact', 'Alexandria — Nile Delta Maritime\nTel: +20 3 480 1234\nMob: +20 100 234 5678', '2034801234', '201002345678'],
  ['deal', 'C/P dd 02.03.2024, Gencon 94. Freight USD 24.75 pmt FIOS, 5% add. comm., 1.25% brokerage. Cargo 70 000 mt 10% MOLOO.'],
  ['contact', 'Jeddah: Red Sea Ship Agencies Co.\nTel +966 12 647 1234, Mob +966 55 123 4567', '966126471234', '966551234567'],
  ['contact', 'Fujairah bunker supplier — Gulf Energy Marine FZE\nTel: +971 9 222 3456 | Mobile: +971 50 765 4321\nBunker desk 24h: 09 222 3400', '97192223456', '971507654321', '97192223400'],
  ['delivery', 'BDN № FJR-24-03317: VLSFO 0.5% S, 850.000 MT, density 0.9412 @15°C, visc. 178.5 cSt @50°C, flash point >60°C. Barge ARABIAN STAR, delivered 11.03.2024 13:25–19:40 LT.'],
  ['email', 'Regards,\nRahul Mehta\nOcean Link Shipping Pvt. Ltd., Mumbai\nPh: +91 22 2262 1234 / 2262 1235\nCell: +91 98200 45123', '912222621234', '912222621235', '919820045123'],
  ['invoice', 'Invoice No. 2024/0345 dd 07.03.2024\nSWIFT: SABRRUMMXXX\nIBAN: DE89 3704 0044 0532 0130 00\nAmount: EUR 12 480,00'],
  ['contact', 'Colombo: Serendib Marine Services (Pvt) Ltd\nTel: +94 11 244 5678\nMobile: +94 77 345 6789', '94112445678', '94773456789'],
  ['contact', 'Chittagong agent: Karnaphuli Shipping Lines\nOffice: +880 31 2522418\nMobile/WhatsApp: +880 1711-234567', '880312522418', '8801711234567'],
  ['deal', 'Chittagong outer anchorage, Alpha anchorage pos. 22°11.5\'N 091°47.2\'E. Waiting time abt 6–8 days, lighterage 3 000 mt/day.'],
  ['contact', 'Busan: Haeundae Marine Agency Co., Ltd.\nT. 051-463-1234\nH.P. 010-9876-5432', '82514631234', '821098765432'],
  ['contact', 'Shanghai Ocean Shipping Agency\nTel: +86 21 6595 1234\nMob: +86 139 1234 5678', '862165951234', '8613912345678'],
  ['contact', '青岛 Qingdao Penavico branch\nTel: 0532-8298 7654\nMobile: 138 6395 4210', '8653282987654', '8613863954210'],
  ['deal', 'Qingdao Qianwan berth 98, ETB 21/0600, cargo iron ore fines 169 850 WMT, draft survey initial 18.20 m. Hatch 1-9.'],
  ['contact', 'Ho Chi Minh City: Saigon Port Agency\nĐT: (028) 3829 1234\nDĐ: 0903 456 789', '842838291234', '84903456789'],
  ['contact', 'Santos (SP), Brasil — Agência Marítima Santista Ltda.\nTel.: (13) 3219-4567\nCel.: (13) 99712-3456', '551332194567', '5513997123456'],
  ['ticket', 'Тикет SUP-3391: не приходят уведомления о смене ETA. Последнее успешное — 02.03.2024 17:45:12 MSK, id события 874512390.'],
  ['contact', 'Houston, TX — Gulf Coast Marine Agency Inc.\nOffice: (713) 868-4410\nCell: 832-419-7723', '17138684410', '18324197723'],
  ['contact', 'Durban port agent: Natal Shipping (Pty) Ltd\nTel: +27 31 301 2345\nCell: +27 82 456 7890', '27313012345', '27824567890'],
  ['contact', 'Lagos — Apapa Marine Services Ltd\nTel: +234 1 271 4589\nMob: 0803 123 4567', '23412714589', '2348031234567'],
  ['deal', 'Lagos roads, Apapa berth 14, TEU 1 850, reefer plugs 120. Port dues NGN 4 512 300,00. ETA 2024-03-22T04:00Z.'],

  // Saint Petersburg office
  ['contact', 'Санкт-Петербург, офис на Межевом канале, 5\nТел.: +7 (812) 331-45-67 доб. 214\nМоб.: +7 921 765-43-21', '78123314567;ext=214', '79217654321'],
  ['contact', 'Морской сюрвейер Петренко О.Н., СПб\nтел. 8 812 245 12 90, 8 911 002 33 18', '78122451290', '79110023318'],
  ['requisites', 'АО «Балтийская бункерная компания»\nИНН 7805123456, КПП 780501001\nОКПО 12345678, ОКВЭД 52.22.1\n198035, г. Санкт-Петербург, Межевой канал, д. 5, лит. А, пом. 12-Н'],
  ['timeline', '13.03 14:20 — Ольга (СПб) перезвонила в Hamburg agency на +49 40 3609 8712, подтвердили ETA 18.03 0600 LT.', '494036098712'],
  ['deal', 'т/х BALTIC TRADER: DWT 12 350, осадка 7,20 м, 2 трюма, кран 2×30 т. Фрахт 38,50 USD/мт, демередж 6 500 USD в сутки.'],

  // Vladivostok office
  ['contact', 'Владивосток, ул. Стрельникова, 9, оф. 401\nТел.: (423) 230-12-45\nДежурный: +7 (914) 700-45-12', '74232301245', '79147004512'],
  ['contact', 'Бункеровщик «Приморнефтепродукт», диспетчер: 8 423 265-00-31, доб. 3', '74232650031;ext=3'],
  ['delivery', 'Бункеровка т/б «ВОСТОК-3»: ДТ 120,5 т, мазут ИФО-380 640,0 т, плотность 0,9856. Накладная № 00452/24 от 04.03.2024, время 04:10–09:55 ВЛД.'],

  // WhatsApp, SIP, masks
  ['timeline', 'WhatsApp от агента в Пирее (+30 694 512 3478): «Vessel berthed 0920 LT, NOR accepted 0930».', '306945123478'],
  ['timeline', 'Переписка в WhatsApp с агентом: wa.me/306945123478 — ссылка в карточке, номер не подтверждён.'],
  ['contact', 'WhatsApp капитана: +7 (978) 012-34-56 (ссылка wa.me/79780123456)', '79780123456'],
  ['contact', 'Телефон для связи: +7 (___) ___-__-__\nE-mail: ops@pontus-shipping.ru'],
  ['contact', 'Моб. капитана: +7 918 ***-**-45 (скрыт, доступ у старшего менеджера)'],
  ['contact', 'IP-телефония офиса: sip:78617601234@pbx.pontus-shipping.ru, городской +7 8617 60-12-34', '78617601234'],
  ['ticket', 'Телефон агента в Джидде неполный: +966 12 647… остальное не записали, перезапросить по почте.'],

  // Crew lists and crew changes
  ['deal', 'Crew list (extract):\n1. Master IVANOV Sergei, RUS, DOB 12.04.1971, PP 75 4512378, SB МК 0123456\n2. C/O PETROV Anton, RUS, DOB 03.11.1984, PP 72 1198743, SB МК 0456789'],
  ['deal', 'Crew change Singapore 19.03: on-signers 4, off-signers 4, flight SQ 363 dep 23:55, hotel booking ref 7X2K9P, PNR QWE45T.'],
  ['contact', 'Crew agent Singapore (crew change): Mr. Tan Wei Ming, mob +65 9012 3344, office 6538 7711', '6590123344', '6565387711'],
  ['delivery', 'Spare parts delivery: AWB 176-12345675, 3 pcs, 84,5 kg, dims 120x80x65 cm, customs ref SG-24-0091873.'],
  ['delivery', 'Ship spares to Rotterdam — consignee Maas Port Agency B.V., att. Jan de Vries, tel. 010-4123456, mob. 06-23456789. Ref: MV NORDIC STAR, voy 24/117.', '31104123456', '31623456789'],

  // ETA notices
  ['email', 'ETA NOTICE\nMV OCEAN GRACE / IMO 9587412 / MMSI 636019874\nETA Novorossiysk outer roads 18/0600 LT WP\nROB: VLSFO 512.4 MT, MGO 96.8 MT, FW 180 MT\nArrival draft F 12.35 / A 12.60 m'],
  ['email', 'ETA 72 hrs notice, MV ADMIRAL USHAKOV: ETA Fujairah anchorage 21.03.2024 14:00 LT. Master can be reached via Fleet Broadband +870 773 214 659 or Iridium +8816 3151 2345.', '870773214659', '881631512345'],
  ['email', 'ETD Novorossiysk 16/2340 LT, ETA Port Said 20/0800 LT, Suez transit convoy 21/0300, ETA Jeddah 24/1600 LT. Speed 12.5 kn, consumption 28.5 mt/day.'],

  // Laytime
  ['deal', 'Laytime statement\nNOR tendered: 14.03.2024 08:30\nLaytime commenced: 14.03.2024 14:30\nCompleted: 17.03.2024 11:45\nTime used: 2 d 21 h 15 m\nAllowed: 3 d 00 h 00 m\nDespatch: 0 d 02 h 45 m × USD 9,250 = USD 1,059.90'],
  ['deal', 'SOF: 15.03 0600-0815 rain stop, 0815-1200 loading hatch 2/4/6, 1200-1300 shift change, 1300-2400 loading. Total loaded 18 450 mt.'],

  // Invoices
  ['invoice', 'FDA № SPB-24-00213 dd 20.03.2024\nBalance due to agent: USD 2 315.40\nBank: Raiffeisenbank AO, SWIFT RZBMRUMM\nAcc. 40702840600001234567'],
  ['invoice', 'Счёт № 145 от 11.03.2024 за агентирование т/х NORDIC STAR. Вопросы по счёту — бухгалтерия, тел. +7 (8617) 60-12-40, Марина.', '78617601240'],
  ['invoice', 'Invoice 7712/24, PO 4500123987, due 30 days. Total USD 48 125.00 (forty eight thousand one hundred twenty five). VAT 0%.'],

  // Surveyors and owners
  ['contact', 'Hamburg surveyor: Dipl.-Ing. H. Vogt, Tel 040/37 45 82-0, Handy 0160/934 51 27', '49403745820', '491609345127'],
  ['email', 'Kind regards / Με εκτίμηση\nNikos Papadopoulos\nChartering Manager\nPoseidon Bulk Carriers Inc., Piraeus, Greece\nT: +30 210 452 8900 (ext. 31)\nM: +30 697 123 4567\nE: chartering@poseidonbulk.gr', '302104528900;ext=31', '306971234567'],
  ['email', 'Subject: MV POSEIDON GLORY – fixture recap\nAcct Poseidon Bulk, 55 000 mt 10% Moloo wheat, Novorossiysk / Alexandria, laycan 25–30 March, L/D 10 000 / 8 000 mt SHINC, frt USD 21.50 pmt, dem USD 14,000 pdpr / HDLTSBE, 3.75% ttl comm.'],

  // Ship communications
  ['contact', 'Судовые средства связи т/х «Капитан Мещеряков»:\nFBB: +870 772 345 678\nIridium: 00 8816 2345 6789\nVSAT (офис судовладельца): +44 20 3514 2298', '870772345678', '881623456789', '442035142298'],
  ['deal', 'Inmarsat-C (только телекс/SafetyNET, голос недоступен): IMN 427 312 345. Позывной UBQR4, MMSI 273 312 340.'],
  ['timeline', '18.03.2024 03:15 UTC — капитан вышел на связь с Iridium +8816 3151 2345, сообщил о задержке на 6 часов из-за шторма (ветер 25 м/с).', '881631512345'],
  ['timeline', 'Звонок на судно не прошёл: Inmarsat сеанс 04:12–04:13 UTC, длительность 00:00:47, стоимость 3,85 USD, CDR id 87012345678.'],
  ['contact', 'Bridge VSAT line: +31 85 208 4417 (Marlink)\nShip office: +31 85 208 4418', '31852084417', '31852084418'],
  ['contact', 'MV SEA PIONEER — VSAT: bridge +47 21 53 61 47, cargo office +47 21 53 61 48', '4721536147', '4721536148'],

  // Far East
  ['contact', 'Агент в Пусане (для судов на линии Владивосток–Пусан): Kim Min-jun, моб. +82 10 4521 7788, офис +82 51 440 2210', '821045217788', '82514402210'],
  ['deal', 'Линия Владивосток – Пусан, рейс VB-2412, 312 TEU, 48 рефконтейнеров (+18 °C... -25 °C), букинг BKG 0045123987, отход 22.03 18:00 ВЛД.'],
  ['contact', 'Owners (Hong Kong): Far East Bulk Shipping Co., Ltd\nTel +852 2815 6633, DPA 24h +852 9123 8877', '85228156633', '85291238877'],

  // Call logs, numbers glued to other text
  ['timeline', '14.03.2024 16:05 звонок с +79184532107, 3 мин 12 с — агент подтвердил причал 29.', '79184532107'],
  ['contact', 'Моб.:+79217654321/+78123314567', '79217654321', '78123314567'],
  ['timeline', '15.03 10:02 входящий 8(918)4532107 — пропущенный', '79184532107'],
  ['timeline', '15.03 10:02 — входящий со скрытого номера, длительность 00:00:00, id звонка 451278.'],

  // Phone-like ids
  ['deal', 'Booking № 8617451234, контейнер TGHU 874512-3, вес брутто 24 850 кг, VGM 27 130 кг, пломба № 2315874.'],
  ['invoice', 'Платёжное поручение № 812 от 12.03.2024, сумма 4 231 567,00 руб., назначение: оплата по счёту 145 от 11.03.2024, НДС не облагается.'],
  ['deal', 'B/L No. NVS7913456120, Shipped on board 16.03.2024, 3/3 originals, freight prepaid. Notify: as per L/C No. 0423MLC2400158.'],
  ['requisites', 'Beneficiary: Pontus Shipping LLC\nBank: VTB Bank (PJSC), Saint Petersburg\nSWIFT: VTBRRUM2\nUSD acc.: 40702840300000012345\nCorr. bank ABA 021000089'],

  // Durban, Santos, Houston
  ['email', 'Cheers,\nSipho Ndlovu\nBoarding Agent | Natal Shipping (Pty) Ltd | Durban, South Africa\nTel 031 301 2345 · Cell 082 456 7890 · After hours 031 301 2399', '27313012345', '27824567890', '27313012399'],
  ['deal', 'Durban Maydon Wharf berth M 8, draft restriction 10.90 m, tug x2, pilot boarding ground 29°53\'S 031°06\'E.'],
  ['contact', 'Santos: vistoriador (surveyor) Sr. Paulo Ribeiro — +55 13 99812-4477; escritório +55 (13) 3226-1190', '5513998124477', '551332261190'],
  ['invoice', 'Nota fiscal nº 000.124.587, série 1, CNPJ 12.345.678/0001-95, valor R$ 48.350,00, vencimento 15/04/2024.'],
  ['email', 'Thanks,\nMike Rodriguez\nBoarding Agent – Houston / Galveston\nGulf Coast Marine Agency Inc.\nO: 713.868.4410 x 207\nC: 281.904.6612', '17138684410;ext=207', '12819046612'],
  ['deal', 'Houston Ship Channel, Barbours Cut terminal, berth 5, ETA 03/24/2024 1400 CDT, vessel LOA 199.9 m, beam 32.26 m, air draft 45.5 m.'],
  ['contact', 'Судовладелец: Mediterranean Bulk Management Ltd, Limassol, Cyprus\nTel: +357 25 362 410\nDPA/CSO (24h): +357 99 612 845', '35725362410', '35799612845'],
  ['ticket', 'Заявка на лоцманскую проводку через Босфор: т/х NORDIC STAR, transit no. TR-24-031287, время 19.03 05:30 LT, лоц. станция VHF 12/13/14.'],

  // Middle East, South Asia
  ['contact', 'Alexandria port agent (Egypt) — Mr. Ahmed Fawzy\nOffice: 03 480 1234 ext 115\nMobile: 0100 234 5678', '2034801234;ext=115', '201002345678'],
  ['deal', 'Alexandria berth 85/86, discharge rate 6 000 mt/day, grain sampling GAFTA 100, quality cert No. 2024/EG/00412.'],
  ['invoice', 'JIP proforma: port dues SAR 45,120.00, pilotage SAR 8,750.00, VAT 15% SAR 8,080.50, total SAR 61,950.50. CR No. 4030123456.'],
  ['email', 'Best regards\nMohammed Al-Harbi\nOperations, Red Sea Ship Agencies Co., Jeddah, KSA\nTel: 012 647 1234 Ext. 220\nMob: 055 123 4567', '966126471234;ext=220', '966551234567'],
  ['timeline', '20.03 08:40 — бункер-брокер (Fujairah) подтвердил баржу, диспетчерская: 09 222 3400, моб. 050 765 4321', '97192223400', '971507654321'],
  ['deal', 'Mumbai JNPT, GTI berth, vessel call no. 2024MUM0412, IGM No. 2314567 dd 22.03.2024, line no. 14.'],
  ['contact', 'Colombo bunker supplier: Lanka Marine Fuels, 24h: 011 244 5600 / 077 345 6700', '94112445600', '94773456700'],
  ['email', 'Best Regards,\nMd. Rafiqul Islam\nKarnaphuli Shipping Lines, Agrabad C/A, Chattogram-4100, Bangladesh\nPhone: +880-31-2522418, 2522419\nCell: 01711-234567, 01819-876543', '880312522418', '880312522419', '8801711234567', '8801819876543'],
  ['deal', 'Shanghai Waigaoqiao phase 4, berth 108, customs declaration No. 220120241000458713, container TCLU 456789-0.'],
  ['contact', 'Qingdao surveyor (draft survey): Mr. Wang Lei, +86 532 8298 7600, mobile 186 6180 2233', '8653282987600', '8618661802233'],
  ['contact', 'Agent TP. Hồ Chí Minh: Ms. Nguyen Thi Lan, +84 28 3829 1250, Zalo/mobile +84 903 456 790', '842838291250', '84903456790'],
  ['deal', 'Cat Lai terminal, Ho Chi Minh City, berth CL3, draft max 12.0 m, tide +3.2 m at 14:35 LT, pilot station 10°19\'N 107°03\'E.'],
  ['email', 'Warm regards,\nChinedu Okafor\nApapa Marine Services Ltd, Lagos, Nigeria\nOffice: 01-271 4589\nMobile: 0803 123 4567, 0812 987 6543', '23412714589', '2348031234567', '2348129876543'],
  ['invoice', 'NPA invoice No. NPA/APP/2024/004518, vessel dues NGN 12,450,000.00, exchange rate 1,512.35 NGN/USD, Form M MF20240012345.'],

  // North-west Europe
  ['deal', 'Rotterdam Maasvlakte, ECT Delta terminal, berth 3, visit ID NLRTM24031245, ENS MRN 24NL0001234567890.'],
  ['contact', 'Surveyors Rotterdam: Van Dijk Marine Surveys — +31 (0)10 - 436 7788, 24/7: +31 (0)6 51 22 33 44', '31104367788', '31651223344'],
  ['email', 'Met vriendelijke groeten,\nPieter Janssens\nScheldt Shipping Services NV, Antwerpen\nT +32 3 231 45 67 | M +32 475 12 34 56', '3232314567', '32475123456'],
  ['invoice', 'Factuur nr. 2024/03/0451, BTW BE 0412.345.678, IBAN BE71 0961 2345 6769, BIC GKCCBEBB, bedrag EUR 3.215,40.'],

  // Black Sea
  ['contact', 'Новороссийск, приёмная: +7 (8617) 60-12-30 (доб. 101 — секретарь)', '78617601230;ext=101'],
  ['deal', 'Новороссийск, НМТП, причал 12, глубина 13,6 м, длина 260 м. Очередь на рейде: 4 судна, ожидание ~36 ч.'],
  ['contact', 'Портовый агент Туапсе (резерв): 8 86167 2-34-56', '78616723456'],
  ['timeline', '16.03.2024 23:40 отход, 17.03 00:10 сдача лоцмана, 17.03 02:30 прохождение точки 44°35\'N 037°20\'E.'],
  ['timeline', 'Напоминание: позвонить сюрвейеру в Стамбул в 10:00 (11:00 МСК) по номеру +90 212 252 48 16.', '902122524816'],

  // Tables and odd spacing
  ['contact', 'Агент\tПорт\tТелефон\nLion Maritime\tSingapore\t+65 6221 3456\nMaas Port Agency\tRotterdam\t+31 10 412 3456\nHanseatic Ship Agency\tHamburg\t+49 40 3609 8712', '6562213456', '31104123456', '494036098712'],
  ['deal', 'Судно\tIMO\tMMSI\tПозывной\nNORDIC STAR\t9321483\t273456780\tUBCD7\nOCEAN GRACE\t9587412\t636019874\tD5QR8\nBALTIC TRADER\t9145278\t273311920\tUFGH'],
  ['contact', 'Тел.:\u00a0+7\u00a0(812)\u00a0331-45-67', '78123314567'],
  ['contact', 'Mob.\u00a0+30\u00a0697\u00a0123\u00a04567', '306971234567'],
  ['contact', 'Теле фон: +7 423 230 12 45; моб: +7-914-700-45-12', '74232301245', '79147004512'],
  ['contact', 'тлф. 8(8617)67-45-90, сот 8 918 011 22 47', '78617674590', '79180112247'],
  ['deal', 'Осадка: 12\u00a0450 мм; DWT 75\u00a0000 т; водоизмещение 89\u00a0213 т; TPC 68,4 т/см.'],
  ['contact', 'Hamburg duty phone:\u2009+49\u200940\u20093609\u20098700', '494036098700'],
  ['ticket', 'Ошибка импорта: строка 4512, поле «phone» пустое, значение «+7» отброшено (job 20240315-0412).'],
  ['email', 'С уважением,\nЕлена Соколова\nменеджер по фрахтованию\nООО «Понтус Шиппинг», Санкт-Петербург\nтел. +7 812 331-45-67 (доб. 220)\nмоб. +7 (921) 345-67-89\nWhatsApp/Telegram: +7 921 345 67 89', '78123314567;ext=220', '79213456789', '79213456789'],
  ['email', 'Re: MV NORDIC STAR / Voy. 24/117 / B/L 1-3\nPls find attached draft B/L 1, 2, 3 for 24 500 + 25 000 + 24 850 mt = 74 350 mt. Kindly confirm by 1600 LT.'],
  ['contact', 'Agent Piraeus (Greece), after hours only: 6945123478', '306945123478'],
  ['deal', 'Piraeus anchorage, area B, pos. 37°55.8\'N 023°35.4\'E, waiting for berth 2-3 days, P&I club ref. 2024/GR/8812.'],
  ['timeline', '19.03 11:30 — созвон с судовладельцем (Limassol) +357 25 362 410, обсудили продление чартера на 30 дней ±15.', '35725362410'],
  ['deal', 'T/C extension: 30 days +/- 15 days in charterers option, hire USD 16,750 daily incl. overtime, redelivery DLOSP Novorossiysk 1 safe berth, ballast bonus USD 275,000 lumpsum.'],
  ['contact', 'Capt. Sergey Ivanov (Master, MV NORDIC STAR)\nsat: +870 764 512 380\nemail: master.nordicstar@fleetmail.com', '870764512380'],
  ['contact', 'Master MV OCEAN GRACE — e-mail only: master@oceangrace.amosconnect.com, AmosConnect ID 456123789, Inmarsat-C 463 701 234 (telex).'],
  ['ticket', 'Тикет #48230: не проходит звонок на Iridium 8816 2345 6789 из SIP-телефонии. Номер набирать с 00: 00 8816 2345 6789.', '881623456789', '881623456789'],
  ['ticket', 'Тикет #48231: звонок на Inmarsat не тарифицируется, тариф 4,95 USD/мин, лимит 500 USD/мес, счёт оператора № 870-2024-031.'],
  ['email', 'Dear Sirs,\nPls note our new 24h duty phone: +90 532 417 26 93 (WhatsApp as well). Old number +90 532 417 26 90 no longer in use.\nBRGDS\nBosphorus Shipping Agency', '905324172693', '905324172690'],
  ['deal', 'Bosphorus transit: northbound, Sariyer pilot 41°13\'N 029°07\'E, ETA 05:30 LT, transit ref 2024-TR-031287, sanitary fee TRY 12 480,50.'],
  ['contact', 'Mersin — surveyor Mr. Emre Yılmaz\n0 533 612 45 79\n0 324 238 12 40', '905336124579', '903242381240'],
  ['invoice', 'Fatura No: MRS2024000001234, Vergi No: 1234567890, tutar 85.412,75 TL, KDV %20.'],
  ['contact', 'Singapore bunker trader: +65-6735-1188 (desk), +65-9688-2211 (after hours)', '6567351188', '6596882211'],
  ['delivery', 'Singapore bunker stem: 1 200 mt VLSFO + 150 mt MGO, delivery window 19–21 March, barge licence SB/2024/0142, MFM cert 12345-SG.'],
  ['contact', 'Сюрвейер (драфт-сюрвей) Новороссийск: ИП Гончаренко — 8 (8617) 64-21-88; 8 988 312 45 66', '78617642188', '79883124566'],
  ['deal', 'Draft survey: initial 7.42/7.58/7.71 m, final 12.31/12.45/12.60 m, constant 312 mt, cargo by draft 74 812.350 mt vs B/L 74 850 mt, diff. -0.05%.'],
  ['contact', 'Busan bunker: SK Energy marine desk +82-51-620-4433; 24h hotline +82-10-2233-4455', '82516204433', '821022334455'],
  ['deal', 'Busan New Port, PNC terminal berth 4, BPA call sign check OK, port entry no. 2024-051-001234, ship particulars: GT 27 986, NT 14 123.'],
  ['contact', 'Shanghai: Mr. Li Qiang, branch manager\n+86-21-6595-1200 ext. 8016\n+86-135-6402-7788', '862165951200;ext=8016', '8613564027788'],
  ['invoice', 'Debit note DN-SH-240315-07: agency fee RMB 12,500.00, bank charges RMB 150.00, total RMB 12,650.00, tax ID 91310000MA1FL12345.'],
  ['contact', 'Вьетнам, Хайфон (резерв. агент): +84 225 3842 111, моб. +84 912 345 678', '842253842111', '84912345678'],
  ['deal', 'Santos, Terminal XXXIX (39), berço 2, calado máx. 13,2 m, DUV 20240012345, escala 2024SSZ0456.'],
  ['email', 'Atenciosamente,\nCarla Mendes\nAgência Marítima Santista Ltda. — Santos/SP\nFone: +55 13 3219-4567 r. 231\nCelular/WhatsApp: +55 13 99712-3456', '551332194567;ext=231', '5513997123456'],
  ['deal', 'Houston: cargo steel coils 1 245 pcs, 24 850.5 mt, B/L HOU240315/01-12, CBP entry no. ABC-1234567-8, HTS 7208.39.0015.'],
  ['contact', 'Houston surveyor — J. Miller, (281) 904-6600, emergencies +1 832 419 7700', '12819046600', '18324197700'],
  ['deal', 'Durban: container CMAU 412365-8, seal 0045123, cargo weight 21 400 kg, tariff code 1001.99.10, Transnet ref DBN2403150042.'],
  ['contact', 'Lagos surveyor: Capt. O. Adeyemi, +234 (0) 803 456 7812 / +234 (0) 1 453 9021', '2348034567812', '23414539021'],
  ['ticket', 'Тикет #48244: в карточке агента Lagos указан номер «+234 803» — неполный, запросить у агента полный номер.'],
  ['contact', 'Владивосток: ООО «ДВ Бункер», диспетчер 24 ч: +7 (423) 265-00-31, моб. 8 (924) 233-11-45', '74232650031', '79242331145'],

  // Traps: charter, money, dates
  ['deal', 'Voyage no. NVS-ALX-2403, CP dated 02/03/2024, laycan 25/30 March, cargo 55,000 mt +/-10% MOLOO, load rate 10,000 mt PWWD SHEX UU.'],
  ['requisites', 'SWIFT: SABRRUMMNA1\nIBAN (EUR): GB29 NWBK 6016 1331 9268 19\nAcc. No. 40702978900000012345\nRouting 026009593'],
  ['invoice', 'Invoice PNT-2024-0312-045\nDate: 12.03.2024\nDue: 11.04.2024\nAgency fee: USD 1 850.00\nCommunication & sundries: USD 150.00\nTotal: USD 2 000.00'],
  ['timeline', '2024-03-14 08:30:00 UTC+3 — NOR tendered; 2024-03-14 14:30:00 — laytime commenced; duration 06:00:00.'],
  ['delivery', 'Поставка снабжения: 48 мест, 1 254 кг, накладная ТТН № 0000451 от 13.03.2024, пропуск в порт № 8617/24-0451, авто В 452 КХ 123.'],
  ['deal', 'Container list: MSCU 123456-7, MSCU 234567-8, TGHU 345678-9, CAIU 456789-0; seals ML-0045123 … ML-0045126; total 4×40HC.'],
  ['deal', 'Grain loading: hatch 1 – 12 450 mt, hatch 2 – 12 600 mt, hatch 3 – 12 380 mt, hatch 4 – 12 520 mt, hatch 5 – 12 400 mt, hatch 6 – 12 500 mt. Total 74 850 mt.'],
  ['deal', 'Coordinates of waiting area: 44°38,5\' N 037°52,0\' E — 44°36,0\' N 037°55,5\' E. Depth 45–60 m.'],
  ['timeline', 'ETA обновлено: было 18.03.2024 06:00, стало 18.03.2024 18:00 (+12 ч). Причина: штормовое предупреждение № 0412 от ГМЦ.'],
  ['deal', 'Demurrage claim: 3 d 14 h 25 m × USD 18,500 pdpr = USD 66,612.85. Claim ref. DC-2024-0087.'],
  ['deal', 'Bunker quantity survey: ROB before 212.4 mt, supplied 850.0 mt, ROB after 1 061.8 mt, discrepancy 0.6 mt (0.07%).'],
  ['contact', 'Контакт: Лейла (агент Мерсин), телефон уточняется, e-mail ops@akdenizliman.com.tr, Skype akdeniz.ops'],
  ['contact', 'Phone: +90 5xx xxx xx xx (will send after appointment confirmed)'],
  ['email', 'Pls call me back on my mobile, number ends with …26 93. Rgds, Murat'],
  ['ticket', 'Формат телефона в CRM: +7 (XXX) XXX-XX-XX или +CC NNNN…, пример: +7 (000) 000-00-00.'],
  ['deal', 'Класс РС, рег. № 12.345.678, дата постройки 15.06.2009, верфь Jiangsu New Yangzi, корпус № YZJ2006-712.'],
  ['invoice', 'Счёт-фактура № 00231 от 15.03.2024, ИНН/КПП 2315187456/231501001, сумма 1 245 300,00 руб., в т.ч. НДС 20% 207 550,00 руб.'],
  ['deal', 'Call sign: 9HA5412, Official No. 9876, Port of registry Valletta, MMSI 248 123 000.'],
  ['delivery', 'Tracking: DHL 1234567890, dispatched Hamburg 14.03 16:45, ETA Novorossiysk 19.03, weight 2.4 kg, docs: original B/L 3/3.'],
  ['timeline', 'Время по Гринвичу: 09:00 UTC = 12:00 МСК = 16:00 ВЛД; созвон с Пусаном в 17:00 KST.'],

  // More agents
  ['contact', 'Agent Durban (SA) — backup: +27-31-332-4410, mob +27 83 210 5566', '27313324410', '27832105566'],
  ['contact', 'Jeddah surveyor (SGS KSA): +966-12-6650-123', '966126650123'],
  ['email', 'Tel:  +971-9-222 3456\nFax:  +971-9-222 3457\nMob:  +971-50-765 4321\nEmail: ops@gulfenergy-fze.ae', '97192223456', '97192223457', '971507654321'],
  ['contact', 'Mumbai surveyor Capt. Desai: +91-22-6631 2200 / +91 99675 40213', '912266312200', '919967540213'],
  ['contact', 'Colombo Port (Sri Lanka) ship chandler: 0112 445 690, 0714 567 890', '94112445690', '94714567890'],
  ['timeline', '21.03 — Chittagong agent не отвечает по +880 1711-234567, дозвонились на +880 1819-876543.', '8801711234567', '8801819876543'],
  ['contact', 'Pusan (Korea) chandler: Tel 82-51-463-5500 / Fax 82-51-463-5501', '82514635500', '82514635501'],
  ['contact', 'Qingdao: +86 (0)532 8298 7611', '8653282987611'],
  ['contact', 'HCMC surveyor: (+84) 28 3940 5566', '842839405566'],
  ['contact', 'Brazil, Santos — despachante: (0xx13) 3219-4500', '551332194500'],
  ['contact', 'USA, Houston — P&I correspondent (24h): +1-713-868-4400; toll-free 1-800-432-1155', '17138684400', '18004321155'],
  ['contact', 'P&I correspondents Novorossiysk (24 h): +7 8617 67 00 11; +7 918 670 01 12', '78617670011', '79186700112'],
  ['email', 'С уважением,\nДмитрий Ли\nВладивостокский филиал\nООО «Понтус Шиппинг»\nг. Владивосток, ул. Стрельникова, 9, оф. 401, 690065\nТ. +7 (423) 230-12-45 доб. 3\nМ. +7 (914) 700-45-12', '74232301245;ext=3', '79147004512'],
  ['timeline', 'Звонил капитан с VSAT +44 20 3514 2298 — просит организовать смену экипажа в Пусане, 4 чел.', '442035142298'],
  ['timeline', 'Missed call 09:41 UTC from +8816 2345 6789 (MV KAPITAN MESHCHERYAKOV). Called back 09:50 — OK.', '881623456789'],
  ['contact', 'Inmarsat Fleet One: +870 773 901 246\nIridium Pilot: +8816 7770 1234 (voice line 1)', '870773901246', '881677701234'],
  ['contact', 'Шипчандлер (Новороссийск): «Марин Сервис», 8-8617-64-45-12, 8-918-44-55-120', '78617644512', '79184455120'],
  ['contact', 'Хамбург (Германия), агент для судов Понтус: тел. 040-37458200', '494037458200'],
  ['email', 'Kind regards\nAnna Schmidt\nCrew Operations\nHanseatic Ship Agency GmbH | Hamburg\nPhone +49 40 3609 87-15\nMobile +49 151 2345 6789', '494036098715', '4915123456789'],
  ['contact', 'Rotterdam bunker supplier: +31 (0)10 - 294 5500 / mob. +31 6 5381 2299', '31102945500', '31653812299'],

  // Traps: port codes of the world
  ['deal', 'ETA/ETD Rotterdam: arr 22/03 04:00 LT, berth 23/03 06:00, dep 24/03 18:00. Draught 14.20 m, Maasgeul channel restriction TSS.'],
  ['delivery', 'Sludge disposal: 12.5 m³, receipt MARPOL Annex I No. 2024-RTM-004512, barge ENI 02318745.'],
  ['invoice', 'Rechnung Nr. 24-000815 vom 15.03.2024, USt-IdNr. DE123456789, Betrag EUR 4.812,50, Zahlungsziel 30 Tage.'],
  ['deal', 'Hamburg, Burchardkai, Liegeplatz 6, ETA 23.03.2024 02:00 MEZ, Tiefgang 12,80 m, Schlepper 2.'],
  ['deal', 'Piraeus Container Terminal Pier II, slot 04, vessel visit no. PCT24-0312, BAPLIE received 11:02 LT.'],
  ['invoice', 'ΑΦΜ 094123456, ΔΟΥ ΦΑΕ Πειραιά, τιμολόγιο 0000452, ποσό EUR 6.120,00.'],
  ['deal', 'Alexandria → Jeddah: distance 1 318 nm via Suez, SCNT 24 612.75, Suez Canal dues USD 184,500 est.'],
  ['timeline', 'Suez Canal: convoy N1 21.03 03:00, transit completed 21.03 17:25, waiting Great Bitter Lake 2 h 10 m.'],
  ['deal', 'Fujairah anchorage area A, pos. 25°10\'N 056°24\'E, bunkering ETC 22.03 0300 LT, stem no. FJ-24-3317.'],
  ['invoice', 'Tax invoice TRN 100234567800003, invoice FJR/24/0311, AED 1,234,567.50.'],
  ['deal', 'Mumbai Port: vessel registration no. MBPT/2024/0451, shipping bill 4512378 dt 18.03.2024, IEC 0512345678.'],
  ['invoice', 'GSTIN 27AABCO1234F1Z5, invoice OLS/24-25/0012, INR 4,12,500.00.'],
  ['deal', 'Colombo: VTMS clearance 0612 LT, berth JCT-4, moves 845, crane productivity 28 mph.'],
  ['deal', 'Chittagong: rotation no. 2024/0451, IGM submitted 20.03, berth J-7, lighter vessels 6 × 1 500 mt.'],
  ['deal', 'Shanghai: 上海港 berth 4, 集装箱 2 150 TEU, port call no. 3100002403150012.'],
  ['invoice', 'Busan: KRW 12,345,678, business reg. no. 605-81-12345, invoice BSN-240318-002.'],
  ['deal', 'HCMC: tờ khai hải quan số 105123456780, container SEGU 123450-4, weight 22 480 kg.'],
  ['deal', 'Santos: conhecimento de embarque nº SSZ240315001, NCM 1001.99.00, peso 48.250,000 kg.'],
  ['deal', 'Houston: EIN 76-0123456, SCAC code GCMA, FMC license 024512N, bond no. 98765432.'],
  ['invoice', 'Durban: VAT no. 4123456789, Transnet invoice 9012345678, ZAR 245 312,40.'],

  // Lagos, Far East deals, requisites
  ['deal', 'Lagos: Apapa terminal, TDO no. 2024/APM/04512, PAAR 24-0012345, container MRKU 452310-6.'],
  ['contact', 'Nigeria (Lagos) bunker: Capt. Bello +234 809 111 2233; Onne backup +234 84 231 456', '2348091112233', '23484231456'],
  ['timeline', 'Агент в Лагосе прислал новый номер дежурного: 0706 412 8812', '2347064128812'],
  ['email', 'Уважаемые коллеги!\nПросим согласовать ETA т/х «Адмирал Ушаков» в Новороссийск 25.03.2024 10:00.\nКонтакт на судне: капитан Кравец А.А., Iridium +8816 3151 2345, e-mail master@ushakov.ru\nДежурный агент: +7 (8617) 60-12-34\n--\nС уважением, отдел операций', '881631512345', '78617601234'],
  ['deal', 'Сделка: фрахт т/х «Капитан Мещеряков», 30 000 т угля, Восточный – Пусан. ЛПР со стороны фрахтователя: Mr. Park, +82 2 3456 7890 (Seoul HQ)', '82234567890'],
  ['deal', 'Восточный, угольный терминал, причал 47, норма погрузки 20 000 т/сут, сталийное время 36 ч SHINC, демередж 12 000 USD/сут.'],
  ['requisites', 'Реквизиты агента:\nООО «Понтус Шиппинг»\nИНН 2315187456, КПП 231501001\nАдрес: 353900, г. Новороссийск, ул. Советов, д. 42, оф. 315\nТел./факс: +7 (8617) 60-12-30\nE-mail: info@pontus-shipping.ru', '78617601230'],
  ['requisites', 'Beneficiary: Hanseatic Ship Agency GmbH, Burchardkai 1, 21129 Hamburg\nIBAN DE44 2005 0550 1234 5678 90, BIC HASPDEHHXXX\nTel. +49 40 3609 8712', '494036098712'],
  ['invoice', 'Invoice MPA-24-0145, Maas Port Agency B.V., KvK 24123456, BTW NL812345678B01. Questions: accounts dept. +31 10 412 3470', '31104123470'],
  ['invoice', 'Proforma DA — Alexandria, total USD 38,415.00. For queries call Mr. Fawzy +20 3 480 1234 or e-mail.', '2034801234'],

  // Support tickets
  ['ticket', 'Тикет #48260: клиент просит перезвонить по номеру +7 (812) 245-12-90 после 15:00. Тема: счёт № 145.', '78122451290'],
  ['ticket', 'SUP-3402: телефон агента Antwerp записан как 0032 3 231 45 67 — корректно, оставить.', '3232314567'],
  ['ticket', 'SUP-3405: дубль контакта, номера +65 6221 3456 и +65 6221-3456 — один и тот же.', '6562213456', '6562213456'],
  ['ticket', 'SUP-3410: при импорте из Excel номера превращаются в 7,91845E+10 — включить текстовый формат колонки.'],
  ['ticket', 'SUP-3411: в поле «IMO» введено 93214830 (8 цифр), ожидается 7. Исправить на 9321483.'],

  // Deliveries
  ['delivery', 'Доставка оригиналов коносаментов курьером: получатель — Aegean Marine Agencies, Piraeus, тел. получателя +30 210 4122 567. Накладная EMS EE123456789RU.', '302104122567'],
  ['delivery', 'Delivery of provisions MV OCEAN GRACE at Singapore Western Anchorage, launch boat contact: Mr. Rajan +65 9777 1203, launch no. SB 4512Q.', '6597771203'],
  ['delivery', 'Отправка ЗИП на т/х BALTIC TRADER, Санкт-Петербург, Морской порт, пропуск оформлен. Водитель: Сергей, 8 (921) 512-12-34', '79215121234'],
  ['delivery', 'Bunker barge ARABIAN STAR contact on VHF ch. 72; barge master mob. +971 55 902 3311', '971559023311'],
  ['delivery', 'Chandler delivery Busan: truck driver Mr. Choi 010-3344-9021, gate 3, 10:30 KST', '821033449021'],
  ['delivery', 'Доставка провизии: 1 850 кг, 42 места, рефрижератор −18 °C, счёт 2024-0318-07, время 14:00–16:00 МСК.'],

  // Traps: ship particulars and calculations
  ['deal', 'Tonnage certificate: GT 43 012, NT 26 845, SCGT 44 120, SCNT 39 870, Panama NT 37 215.'],
  ['deal', 'Hold capacity (grain): 1 – 17 245 m³, 2 – 19 870 m³, 3 – 19 870 m³, 4 – 19 870 m³, 5 – 17 920 m³. Total 94 775 m³.'],
  ['timeline', '2024-03-18T06:00:00Z ETA; 2024-03-18T09:12:44Z — статус «на рейде»; 2024-03-19T15:30:00Z — ETB.'],
  ['contact', 'Капитан (смена с 01.04): Кравец Андрей Алексеевич, 14.02.1975 г.р., паспорт моряка 0912345, диплом № 7812/2019-КД.'],
  ['invoice', 'Банковская гарантия № 8617-БГ/2024-015 на сумму 250 000 USD, срок действия до 31.12.2024.'],
  ['deal', 'Рейс № 423-24/05, Владивосток – Циндао – Шанхай, 28 суток, расход 24,5 т/сут, итого ~686 т.'],
  ['deal', 'Point A 43°05\'N 131°53\'E (Vladivostok) — Point B 35°06\'N 129°02\'E (Busan), 512 nm, ETA +38 h.'],
  ['requisites', 'Банк получателя: ПАО «Приморье», БИК 040507795, к/с 30101810800000000795, р/с 40702810900000004523.'],
  ['deal', 'Speed & consumption: 13.5 kn on abt 28.5 mt VLSFO, 12.0 kn on abt 22.0 mt VLSFO, port idle 3.0 mt MGO, working 4.5 mt MGO.'],

  // Formatting variety
  ['contact', 'Tel. [+7] [8617] 60 12 34', '78617601234'],
  ['contact', 'моб. +7 918 453 2107 / +7-918-453-2107 (WA)', '79184532107', '79184532107'],
  ['contact', 'тел.+7(8617)601234', '78617601234'],
  ['contact', 'Agent (Singapore): 6221.3456 / 9123.4567', '6562213456', '6591234567'],
  ['contact', '+65 6221 3456 ext 12', '6562213456;ext=12'],
  ['contact', 'Piraeus office: (+30) 210-4528900, ext.31', '302104528900;ext=31'],
  ['contact', 'Hamburg: +49-40-36098712', '494036098712'],
  ['contact', 'Antwerpen: +32 (0)3 231 45 67', '3232314567'],
  ['contact', 'Istanbul office +90(212)2524816', '902122524816'],
  ['contact', 'Mob: +86 13912345678 (WeChat same)', '8613912345678'],
  ['contact', 'Durban after-hours: +27 (0)31 301 2399', '27313012399'],
  ['contact', 'Vladivostok duty: 8-914-700-4512', '79147004512'],
  ['contact', 'Owner\'s DPA: Capt. J. Hansen, +45 33 12 45 67 (Copenhagen), mob +45 20 34 56 78', '4533124567', '4520345678'],
  ['contact', 'Technical superintendent (Athens): 00 30 210 8945 612 / 00 30 6944 123 456', '302108945612', '306944123456'],
  ['contact', 'Charterers\' operator, Geneva: +41 22 319 45 60', '41223194560'],
  ['contact', 'Brokers London: +44 (0)20 7623 4590, desk mob +44 (0) 7700 912 345', '442076234590', '447700912345'],
  ['contact', 'Oslo owners: +47 22 83 45 10; mob. +47 913 45 678', '4722834510', '4791345678'],
  ['contact', 'Owners\' office, Monaco: +377 97 97 45 12', '37797974512'],

  // E-mails
  ['email', 'From: ops@lionmaritime.sg\nSent: 15/03/2024 09:12\nSubject: MV OCEAN GRACE / IMO 9587412 / PDA\n\nDear Pontus team,\nPDA attached, total USD 24,612.40. Pls remit 100% prior arrival.\n\nRgds,\nTan Wei Ming | Lion Maritime Pte Ltd | 10 Anson Road #22-05, Singapore 079903\nT +65 6221 3456 | M +65 9012 3344', '6562213456', '6590123344'],
  ['email', 'Dear Capt.,\nGood day. Pls be advised pilot boarding time 0630 LT at pilot station No. 2. Agent\'s boarding officer Mr. Kostas will be available on +30 694 512 3478 (24h).\nBRGDS\nAegean Marine Agencies S.A.', '306945123478'],
  ['email', 'Добрый день!\nНа т/х NORDIC STAR нужен сюрвейер для осмотра трюмов 18.03 в 08:00. Контактное лицо на борту — старпом, связь через VSAT +31 85 208 4417.\nСпасибо!', '31852084417'],
  ['email', 'Dear Sirs,\nReceived with thanks your remittance of USD 24,612.40 value 14.03.2024, ref. FT24074001234567.\nBest regards,\nAccounts, Lion Maritime'],
  ['email', 'Subject: RE: Laytime calculation MV POSEIDON GLORY voy 12\nTime allowed 5 d 12 h, time used 6 d 03 h 40 m, on demurrage 15 h 40 m × USD 14,000 pdpr = USD 9,138.89.'],
  ['email', 'Hi,\nCan you pls call the master directly? Inmarsat +870-773-214-659. If no answer try the VSAT 0044 20 3514 2298.\nThx, Mike', '870773214659', '442035142298'],
  ['email', 'Please note our office will be closed on 23.03 (public holiday). For emergencies use VHF ch. 16/12 or MRCC.'],
  ['email', 'Уважаемый Андрей Петрович,\nподтверждаем бронирование гостиницы для экипажа (4 чел., 19–20.03).\nГостиница «Бригантина», Новороссийск, тел. +7 (8617) 30-45-67.\nБронь № 452318.', '78617304567'],
  ['email', 'Crew change confirmed: 4 on / 4 off, Busan 28.03, flights KE 982 ICN 14:20 → VVO 17:55, visa ref. 2024-KR-045123.'],
  ['email', 'Dear Sir,\nWe are bunker suppliers in Fujairah and Khor Fakkan. 24/7 trading desk: +971 4 388 2211 (Dubai HQ), ops Fujairah +971 9 228 1100.\nRegards', '97143882211', '97192281100'],
  ['email', 'Sehr geehrte Damen und Herren,\nbitte rufen Sie unseren Notdienst unter 0171 482 9930 an (Hamburg, 24h).\nMfG', '491714829930'],
  ['email', 'Saygılarımızla,\nMurat Demir\nBosphorus Shipping Agency Ltd. Şti., İstanbul\nT: +90 212 252 48 16 (dahili 104)\nGSM: +90 532 417 26 93', '902122524816;ext=104', '905324172693'],

  // Traps: the rest
  ['deal', 'Berth 29, NMTP grain terminal, Novorossiysk — max LOA 260 m, max draft 13.6 m, air draft 38 m, load rate 20 000 mt/day.'],
  ['invoice', 'Счёт № 8617/03-24 от 18.03.2024 на сумму 3 214 567,89 руб. Срок оплаты — 5 банковских дней.'],
  ['timeline', 'Расчёт стояночного времени: 72 ч SHINC, использовано 68 ч 45 мин, диспач 3 ч 15 мин × 9 250 USD/сут / 24 = 1 252,60 USD.'],
  ['deal', 'Heavy lift: 2 units 145.5 t each, dims 18.40 × 4.85 × 5.12 m, lashing 24 × 10 t chains, cargo ref. HL-2024-0091.'],
  ['delivery', 'Seal numbers: 4512378, 4512379, 4512380, 4512381 (hatches 1–4), seal cert. No. 0317/24.'],
  ['deal', 'MMSI 273 456 780 / IMO 9 321 483 / Call sign UBCD7 / Flag RU / GT 42 311 / DWT 75 000 / Built 2009.'],
  ['deal', 'Weather: wind NE 7–8 Bft (15–19 m/s), swell 3.5 m, pressure 998 hPa, visibility 2 nm; anchorage closed 18.03 12:00 – 19.03 06:00.'],
  ['ticket', 'Тикет #48275: ошибка 500 при сохранении карточки судна, trace id 7f3a-4512-9c0b, версия CRM 24.3.1.'],
  ['contact', 'Агент в Мерсине — тел. в подписи письма от 12.03 (не переносили в CRM).'],
  ['ticket', 'Звонок на короткий номер 112 с судна невозможен; для связи с МСКЦ использовать DSC MMSI 002734417.'],
  ['deal', 'UN/LOCODE: RUNVS, RULED, RUVVO, SGSIN, NLRTM; коды 8617, 812, 423 используются в отчётах как коды офисов.'],
  ['invoice', 'Account statement 01.03–31.03.2024: opening balance USD 12,450.00, debits 48,215.75, credits 52,300.00, closing USD 16,534.25.'],
  ['deal', 'ETA 25/1000 LT, ETB 25/1400, ETC 27/0800, ETD 27/1000 — all times local (UTC+3).'],
  ['deal', 'Cargo: urea in bulk 30 000 mt 5% MOLCO, SF abt 1.35 cbm/mt, L/D 8 000 / 5 000 PWWD SHINC, freight USD 32.00 fio.'],
  ['delivery', 'Bunker delivery note No. 0451278, supplier code 7812, barge IMO 9412357, ROB 0.0 before/after, sample seal 3458712 / 3458713.'],
  ['ticket', 'SUP-3420: в шаблоне письма остался плейсхолдер «Tel: {{agent_phone}}» — исправить.'],
  ['contact', 'WhatsApp: wa.me/905324172693\nTelegram: t.me/bosphorus_ops'],
  ['contact', 'Click-to-call: sip:79213456789@sip.pontus-shipping.ru'],
  ['deal', 'Vessel position report 18.03 12:00 UTC: 41°02.3\'N 028°58.7\'E, dist. to go 412 nm, avg speed 12.8 kn, ROB VLSFO 398.2 / MGO 85.1.'],
  ['invoice', 'Freight invoice FI-2024-0118: 74 850 mt × USD 24.75 = USD 1,852,537.50, less 5% add. comm. USD 92,626.88, net USD 1,759,910.62.'],

  // Deals and notes with a number among ids
  ['deal', 'Сделка #1452: т/х OCEAN GRACE, IMO 9587412, фрахт 24,75 USD/т, 74 850 т. Брокер: Mr. Hughes, London, +44 20 7623 4591.', '442076234591'],
  ['timeline', '18.03.2024 07:55 — капитан Кравец с Iridium 8816 3151 2345 (без +), связь прервалась через 00:01:10.', '881631512345'],
  ['deal', 'Port call Mersin 22–24.03: agent +90 324 238 12 34, berth 9, draft 11.2 m, cargo 28 500 mt.', '903242381234'],
  ['contact', 'Surveyor Antwerp (Belgium): 0032 475 98 76 54', '32475987654'],
  ['contact', 'Jeddah Islamic Port — harbour master office +966 12 627 1111 ext 2201', '966126271111;ext=2201'],
  ['deal', 'Сделка #1460: бункеровка в Коломбо, 600 т VLSFO по 612,50 USD/т. Трейдер: +94 11 230 4455.', '94112304455'],
  ['timeline', 'Звонок в Chittagong (+880 31 2522418) — 14 мин, договорились о лихтеровке 3 000 т/сут.', '880312522418'],
];
