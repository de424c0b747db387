/**
 * Independent corpus, two-hundred-and-fifty-second set: written by someone who had not seen the detector's rules, its tests or the main corpus.
 * Genres: the Kommo-style CRM of the international sales and customer-success team of Tessera Systems FZ-LLC, a
 * Russian-founded software company with its HQ in Dubai Internet City and staff in Belgrade, Yerevan, Almaty, Tbilisi
 * and Limassol; mostly English with some Russian (plus a little German, Dutch, French, Serbian and Georgian in
 * signatures): e-mail signatures, call notes and dialer logs, demo bookings and web-form dumps, LinkedIn / Sales
 * Navigator CSV imports with tabs, support tickets, partner and reseller agreements, invoices and bank requisites,
 * shipments of hardware keys and laptops. Countries and plans: USA and Canada +1 (212, 214, 206, 312, 403, 408, 415,
 * 416, 418, 438, 512, 514, 581, 604, 617, 646, 647, 905, 917, 972 Dallas, 1-800/888 toll-free); UK +44 (020 London,
 * 0161 Manchester, 0131 Edinburgh, 07xxx mobiles, written +44 (0)20 …, 0044 …); Ireland +353 (01 Dublin, 021 Cork, 091
 * Galway, 085/087 mobiles); Germany +49 (030 Berlin, 089 Munich, 040 Hamburg, 069 Frankfurt, 0221 Cologne,
 * 0151/0152/0160/0171/0172/0176 mobiles, +49 (0)89 …); Netherlands +31 (020 Amsterdam, 010 Rotterdam, 06 mobiles);
 * India +91 (80 Bengaluru, 22 Mumbai, 11 Delhi, 44 Chennai, 40 Hyderabad, 124 Gurugram, 10-digit 7/8/9 mobiles as 98765
 * 43210); Singapore +65 (6xxx landlines, 8/9xxx mobiles, 3xxx); Hong Kong +852 (2/3 fixed, 5/6/9 mobiles); UAE +971 (04
 * Dubai, 02 Abu Dhabi, 06 Sharjah, 050/052/055/056 mobiles); Saudi Arabia +966 (011 Riyadh, 012 Jeddah, 05x mobiles);
 * Israel +972 (02 Jerusalem, 03 Tel Aviv, 04 Haifa, 05x mobiles); Serbia +381 (011 Belgrade, 063/064/065 mobiles, 6-
 * and 7-digit subscribers); Armenia +374 (010 Yerevan, 077/091/098/099 mobiles); Georgia +995 (32 2xx xx xx Tbilisi,
 * 5xx mobiles); Kazakhstan +7 (727 Almaty, 7172 Astana, 701/705/747/777 mobiles, 8 (727) …); Cyprus +357 (25 Limassol,
 * 22 Nicosia, 9x mobiles); Russia +7 / 8 (495, 812, 9xx, 8-800). Forms: E.164 with spaces, dots, dashes, no-break and
 * thin spaces, non-breaking hyphens, (0) trunk in brackets, national with trunk near a city or country, 00
 * international prefix, odd brackets, compact runs, several numbers per line, extensions as
 * ext./Ext:/x/Extn/poste/lokal/доб.
 * Traps: ticket, case, invoice, PO, order, opportunity and quote numbers; license keys and serials; ARR/MRR/ACV amounts
 * in USD, EUR, AED, SAR, INR (lakh grouping), HKD, KZT, RUB with various separators; US and European dates, ISO
 * timestamps, times with time zones; Zoom meeting ids and passcodes, dial PINs, OTP codes; version and build numbers;
 * IP addresses, CIDR and ports, MAC addresses; EIN, DUNS, UK company numbers, VAT, TRN, GSTIN/CIN, KvK, HRB, PIB/MB,
 * BIN, INN/KPP/OGRN, UEN, CR numbers; IBAN, SWIFT, sort codes, account numbers; ZIP+4 and other postal codes, P.O.
 * boxes; courier tracking and AWB numbers, customs declarations; Telegram ids, CRM record ids, CDR ids; masked, partial
 * and placeholder numbers, input masks, short emergency numbers, wa.me / t.me / viber links and SIP addresses,
 * spelled-out digits, flight numbers.
 *
 * Its first run, with the rules made for the sets before it, none for it (the thirtieth session's rules for sets 240
 * and 245–248 already in): ours precision 0.979, recall 0.884, extensions 13 of 13; libphonenumber-js findNumbers 0.827
 * / 0.574. Read since (thirtieth session): North America's cities, states and provinces ('(Austin, TX)', '(Calgary,
 * AB)'), its time zones ('3pm ET') and 'United States'; 'Munich'; Ireland and Singapore written the national way (two
 * new rows); Cyprus as '(CY)'; the UK's NHS; a JSON key ending in 'id' as an id's label ('"pageId":"88214019532"').
 * Still wrong: a truncated '+44 20 7946 09..' read as a number; '(972) 841-5502' with no country named read as a
 * Russian mobile (the card's other number, '(214) 630-9917', is North America's); missed 'Ph.(415)867-2291' after 'SF
 * office', '[+49] 30 / 2589 1147' and 'phone on profile: 9845017326 (India mobile)'.
 */
import type { Kind } from './phones.ts';

/** [kind, text, ...expected numbers] */
export const independent252: [Kind, string, ...string[]][] = [
  // E-mail signatures
  ['email', 'Best regards,\nMichael Torres\nVP Procurement | Halvorsen Logistics Inc.\n1450 Market St, Suite 300, San Francisco, CA 94103\nO: (415) 863-2271 | M: (415) 730-9184\nmtorres@halvorsenlogistics.com', '14158632271', '14157309184'],
  ['email', 'Thanks,\nPriya Raman\nHead of IT, Veltrix Analytics Pvt. Ltd.\nBengaluru 560 038\nMob: +91\u00a098450\u00a017326\nOff: +91 80 4127 6650', '919845017326', '918041276650'],
  ['email', 'Kind regards,\n\nOliver Grant\nCommercial Director\nBrightwater Retail Ltd\nt: +44 (0)20 7946 0321\nm: +44 (0)7700 914 552\nRegistered in England & Wales, company no. 08412736', '442079460321', '447700914552'],
  ['email', 'Mit freundlichen Grüßen / Best regards\nJulia Hoffmann\nTeamleitung IT-Einkauf\nKessler & Sohn GmbH\nLeopoldstraße 112, 80802 München\nTel.: +49 (0)89 2180 4417\nMobil: +49 (0)171 582 9930\nFax: +49 (0)89 2180 4499\nAmtsgericht München HRB 214587 · USt-IdNr. DE 287 415 963', '498921804417', '491715829930', '498921804499'],
  ['email', 'Met vriendelijke groet,\nSanne de Vries\nAccount Manager | Brouwer Digitaal B.V.\nKeizersgracht 241, 1016 EA Amsterdam\nT +31 (0)20 521 8830\nM +31 (0)6 4172 9058\nKvK 67284019 | BTW NL857201493B01', '31205218830', '31641729058'],
  ['email', 'Regards,\nTan Wei Ming\nRegional IT Manager, APAC\nLumira Holdings Pte. Ltd.\n8 Marina View, #28-04, Singapore 018960\nDID: +65 6521 3487 | HP: +65 9127 4408', '6565213487', '6591274408'],
  ['email', 'Best,\nAhmed Al Mansoori\nProcurement Lead\nGulfbridge Trading LLC, Dubai\nTel: 04 335 8120\nMobile: 050 617 2294\nP.O. Box 118342, Dubai, UAE', '97143358120', '971506172294'],
  ['email', 'Cheers,\nKaren Leung\nOperations Manager\nHarbourline Freight Ltd.\n22/F, 118 Connaught Road West, Sheung Wan, Hong Kong\nT: +852 2815 6630  M: +852 9372 1184', '85228156630', '85293721184'],
  ['email', 'Thanks,\nNoa Ben-David\nCTO, Qelvin Ltd.\nHaMasger St 35, Tel Aviv\nMobile: +972-54-618-2290\nOffice: 03-761-4402', '972546182290', '97237614402'],
  ['email', 'Regards,\nFaisal Al-Harbi\nIT Director | Najd Cement Co.\nRiyadh, KSA\nM: +966 55 481 3307\nT: +966 11 218 4460 Ext. 231', '966554813307', '966112184460;ext=231'],
  ['email', 'Pozdrav / Best regards,\nMarko Jovanović\nCustomer Success Manager, Belgrade office\n+381 64 218 7743\nBulevar Mihajla Pupina 10B, 11070 Novi Beograd', '381642187743'],
  ['email', 'Best,\nAni Grigoryan\nSolutions Engineer | Yerevan\nMob. +374 91 48 27 16\nWork: +374 10 54 38 21', '37491482716', '37410543821'],
  ['email', 'Regards,\nGiorgi Beridze\nPartner Manager, Tbilisi\n+995 599 41 27 83\nOffice: +995 32 2 19 44 70', '995599412783', '995322194470'],
  ['email', 'С уважением,\nАйгерим Сарсенова\nменеджер по работе с партнёрами, Алматы\nмоб.: +7 701 318 44 92\nраб.: 8 (727) 356-21-08', '77013184492', '77273562108'],
  ['email', 'Kind regards,\nElena Christodoulou\nHR & Office Manager, Limassol\nT: +357 25 820 417\nM: +357 99 514 382\n28 Oktovriou Ave 223, 3035 Limassol, Cyprus', '35725820417', '35799514382'],
  ['email', 'Thanks a mill,\nCiarán Murphy\nProcurement, Tallow Fintech DAC\nSir John Rogerson\'s Quay, Dublin 2, D02 X576\nT: +353 1 697 4230\nM: +353 87 219 6641', '35316974230', '353872196641'],
  ['email', 'Best,\nSophie Tremblay\nDirectrice des opérations, Nordique Médias inc.\nMontréal (QC) H3B 4W8\nTél. : 514 872-3390, poste 214\nCell. : 438 219-7702', '15148723390;ext=214', '14382197702'],
  ['email', 'С уважением,\nДмитрий Ковалев\nруководитель отдела продаж СНГ\nTessera Systems FZ-LLC\n+7 (916) 482-17-39 (WhatsApp, Telegram)\n+971 52 913 4406', '79164821739', '971529134406'],
  ['email', 'Best regards,\nLaura Becker\nFinance Operations\nInvoice queries: ap@nordhafen-logistik.de\nNordhafen Logistik GmbH · Am Sandtorkai 48 · 20457 Hamburg\nHRB 148392 · USt-IdNr. DE 314 872 095 · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX'],
  ['email', 'Thanks,\nJason Miller | Director of RevOps\nCalderon Health, Inc. · EIN 84-3217765\n101 Federal St, Boston, MA 02110-1832\nPlease send all POs to purchasing@calderonhealth.com'],
  ['email', 'Sent from my iPhone\n\n> On 12 Mar 2025, at 18:42, Anna Petrova <anna.p@tessera.io> wrote:\n> Hi Tom, the renewal quote Q-2025-00417 is attached (EUR 48,600.00 / year, 120 seats).'],
  ['email', '--\nRaj Malhotra | Sr. Manager, Vendor Mgmt\nKestrel Infotech Ltd. | CIN: L72200KA1999PLC025564\nGSTIN 29AABCK1234F1Z5 | PAN AABCK1234F'],
  ['email', '—\nWith best regards, Armen Sahakyan\nFinance, Tessera Armenia LLC\nTIN 02631487 | Reg. No 286.110.1048765\nAcc. 1570022001234567 (Ameriabank)'],

  // Call notes
  ['timeline', 'Call 14:20 GST — spoke to Rahul (Infosphere), he asked to call back on his direct line 022 6178 4410 after the board meeting. Mumbai office.', '912261784410'],
  ['timeline', 'Left voicemail for Jessica @ Crestline (Austin, TX). Cell 512-884-2719. Try again Tue 10am CT.', '15128842719'],
  ['timeline', 'Inbound call from +1 (646) 413-2290, caller said he is from Pinebrook Capital, wants pricing for 250 seats.', '16464132290'],
  ['timeline', 'Call scheduled 03/04/2025 09:30–10:15 EST (Zoom). Meeting ID: 842 6613 9570, passcode 418273.'],
  ['timeline', 'Spoke with Hans (Kessler & Sohn, Munich). He prefers mobile: 0160 9184 2275, office is 089 2180 4417 but he is rarely at the desk.', '4916091842275', '498921804417'],
  ['timeline', 'Demo done (45 min). Attendees: 6. They run v3.8.2 on-prem, build 20418, ~1,200 endpoints. Follow-up 24.03 at 11:00 CET.'],
  ['timeline', 'Called back 09:05 Dubai time. Sara from Al Noor Clinics: "please use my mobile +971 55 702 1843, landline 02 644 3190 is reception in Abu Dhabi".', '971557021843', '97126443190'],
  ['timeline', 'No answer x2. Number on file +44 20 7946 09.. looks truncated in the import, asked SDR to fix.'],
  ['timeline', 'Tried +65 8233 9147 twice — goes to voicemail. Messaged on WhatsApp (wa.me/6582339147).', '6582339147'],
  ['timeline', 'Call with Yerevan team re: ticket #48213. Escalated to L3, ETA 2–3 business days, ref. CS-2025-0918.'],
  ['timeline', 'Звонок с Алматы: Ержан просит перезвонить на +7 (747) 210 58 34 после 15:00 по Алматы.', '77472105834'],
  ['timeline', 'Renewal call moved: was 11/05/2025 4:30 PM PT, now 11/12/2025 1:00 PM PT (= 21:00 GMT / 01:00 GST+1).'],
  ['timeline', 'Spoke to Dave in Toronto, (416) 977-3102 x 318, decision maker is his VP, cell 647.291.8836.', '14169773102;ext=318', '16472918836'],

  // Demo bookings
  ['deal', 'Demo booked via Calendly: Thu, 20 Feb 2025, 10:00–10:45 (Asia/Singapore). Invitee: Lim Jia Hui, +65 9748 2013, jiahui.lim@orbisgroup.sg', '6597482013'],
  ['deal', 'Demo booked via Calendly: Wed, 19 Feb 2025, 15:30–16:00 (Europe/London). Invitee phone: not provided. Event ID 7f3a-2291-bc04.'],
  ['deal', 'New demo request (website form)\nName: Robert Klein\nCompany: Westmark Insurance Group\nCountry: United States\nPhone: 312.460.7781\nEmployees: 1001-5000\nMessage: need SSO + audit logs', '13124607781'],
  ['deal', 'Webinar registration #55810 — seats: 250, region EMEA, UTM campaign q1_2025_emea_2203, source id 10028847.'],
  ['deal', 'Demo request\nName: Omar Haddad\nCompany: Sahara Retail Group (Jeddah)\nPhone: 050 391 8224\nCountry: Saudi Arabia', '966503918224'],
  ['deal', 'Zoom: https://us02web.zoom.us/j/86412907735?pwd=Tk9ZbGx2 Meeting ID: 864 1290 7735 Passcode: 552190'],
  ['deal', 'Demo — Berlin. Contact: Lena Wolff, Tel. 030 2589 1147, bitte vorher anrufen.', '493025891147'],
  ['deal', 'Join by phone: +1 646 931 3860 US (New York), +44 203 481 5237 UK. Meeting ID: 815 2207 4436 #, Passcode: 771904', '16469313860', '442034815237'],

  // LinkedIn / CSV imports
  ['contact', 'First Name\tLast Name\tCompany\tTitle\tPhone\tCountry\nEmily\tCarter\tNorthgate Bank\tHead of Security\t+1 (617) 254-0983\tUnited States', '16172540983'],
  ['contact', 'Rohan\tMehta\tSapphire Pharma\tIT Manager\t+91-99204-58813\tIndia', '919920458813'],
  ['contact', 'Daniel\tO\'Brien\tGreenhaven Foods\tCOO\t087 331 9042\tIreland', '353873319042'],
  ['contact', 'Anna\tSchulz\tBaltic Freight GmbH\tCFO\t\tGermany\t2023-09-14\t12'],
  ['contact', 'Connections export: "Wei","Zhang","Pacific Crest Ltd","Finance Director","wei.zhang@pacificcrest.hk","+852 6128 4470","Hong Kong","2024-06-11"', '85261284470'],
  ['contact', '"Thomas","Keller","Alpenblick AG","Procurement","t.keller@alpenblick.ch","","Switzerland","2022-11-03"'],
  ['contact', 'Imported from LinkedIn Sales Navigator — Yusuf Demir, Head of IT, Nexa Logistics (Dubai Silicon Oasis). Phone (from ZoomInfo): +971 4 501 2286; mobile +971 56 338 7712.', '97145012286', '971563387712'],
  ['contact', 'Imported 312 contacts, 17 duplicates merged, 4 skipped (invalid phone). Job #20250214-0931.'],

  // Tickets
  ['ticket', 'Ticket #73114 — Customer can\'t log in after SSO change.\nReporter: Kevin Walsh (IT), callback +44 161 496 0723, available 9–5 UK.', '441614960723'],
  ['ticket', 'Ticket #73120 — Agent v4.12.0 (build 4120.77) crashes on Windows 10 22H2, error 0x80070005. Logs: 2025-02-11T08:14:22Z.'],
  ['ticket', 'Ticket #73122 — Firewall blocking 185.71.64.12 and 185.71.65.0/24 on port 8443. Customer asks for static egress IPs.'],
  ['ticket', 'Ticket #73127 [Urgent] — Outage at Ravensbourne Hospital NHS Trust. On-call: 020 3299 4155 (24/7 bridge), escalate to Mark, 07911 208 364.', '442032994155', '447911208364'],
  ['ticket', 'Re: [Ticket #73131] License key rejected: TSR-8841-2290-7735-1064. Seats 150/150 used. Expiry 31.12.2025.'],
  ['ticket', 'Ticket #73140 — Support PIN 4471-09. Customer (Jerusalem) asks us to call 02-650-3318 ext. 12 before 17:00 Israel time.', '97226503318;ext=12'],
  ['ticket', 'Ticket #73144 — SMS OTP not delivered to +7 910 ***-**-12. Provider status code 4003, msg id 7d1c0e59.'],
  ['ticket', 'Ticket #73152 (Almaty) — клиент просит звонить только на рабочий: +7 727 339 10 62, доб. 104.', '77273391062;ext=104'],

  // Invoices
  ['invoice', 'Invoice INV-2025-00318\nDate: 02/14/2025  Due: 03/16/2025 (Net 30)\nSubtotal: USD 36,000.00\nTax: 0.00\nTotal: USD 36,000.00\nPO # 4500187236'],
  ['invoice', 'Tax Invoice No. TS-AE-2025-0142 · TRN 100472938400003 · Amount AED 132,212.50 (incl. VAT 5% AED 6,295.83)'],
  ['invoice', 'Bill to: Meridian Cargo LLC, Office 1204, Jumeirah Bay X2, JLT, Dubai · Attn: Accounts, tel. +971 4 427 9035 · TRN 100381726500003', '97144279035'],
  ['invoice', 'Remit to: Tessera Systems FZ-LLC · Emirates NBD · IBAN AE07 0331 2345 6789 0123 456 · SWIFT EBILAEAD · Ref. INV-2025-00319'],
  ['invoice', 'Invoice #10472 — EUR 12 480,00 — bank: ING, IBAN NL91 ABNA 0417 1643 00, BIC INGBNL2A, KvK 34117280'],
  ['invoice', 'Questions about this invoice? Contact billing: +1 (888) 412-7730 (toll-free, US & Canada) or +357 25 030 118 (Limassol).', '18884127730', '35725030118'],
  ['invoice', 'GST Invoice 2024-25/MH/0891 · GSTIN 27AAGCT4187M1ZP · HSN 998314 · Amount INR 4,12,500.00 · Place of supply: Maharashtra (27)'],

  // Deliveries
  ['delivery', 'Shipment of 40 YubiKeys to Singapore. Consignee: Lumira Holdings Pte Ltd, attn Tan Wei Ming, 6521 3487 / 9127 4408. AWB 176-48213390.', '6565213487', '6591274408'],
  ['delivery', 'DHL Express waybill 4718 2203 96 — picked up 18.02.2025 14:32, Dubai hub, ETA 20.02. Weight 3.2 kg, 2 pcs.'],
  ['delivery', 'UPS tracking 1Z 999 AA1 01 2345 6784 · Ship to: 2200 Mission College Blvd, Santa Clara, CA 95054-1549'],
  ['delivery', 'Courier note: call recipient before delivery — Mr. Vikram Nair, +91 80 2294 6135 (reception), mobile 70221 48396. Whitefield, Bengaluru.', '918022946135', '917022148396'],
  ['delivery', 'FedEx 7741 2389 0064 — status: delivered 2025-01-27 09:58 (signed: K.LEE). Ref PO-88412.'],

  // Partner agreements
  ['deal', 'Reseller agreement — Caucasus Digital LLC (Tbilisi). Signatory: Nino Kapanadze, Director, tel. 032 2 47 11 90, mob. 577 31 44 08.', '995322471190', '995577314408'],
  ['deal', 'Partner agreement No. PA-2025/017 dated 01.03.2025, term 36 months, discount 25%, MDF cap USD 15,000, min. commitment 500 seats.'],
  ['deal', 'Distributor: Armenia — ArmSoft Distribution CJSC, Yerevan. Contacts: Hayk (sales) 098 21 45 63, office 010 58 72 14.', '37498214563', '37410587214'],
  ['deal', 'Registration no. HE 412873 (Cyprus), VAT CY10412873X, share capital EUR 1,000. Registered office: 1 Arch. Makariou III Ave, 3105 Limassol.'],
  ['deal', 'Serbian partner: Digitalni Most d.o.o., Beograd, PIB 109284731, MB 21736519. Kontakt: Jelena Petrović, 011 3287 445, 063 418 772.', '381113287445', '38163418772'],
  ['deal', 'MSA signed 2024-12-19, effective 2025-01-01, auto-renew 12 mo. Order Form OF-3392, ACV $84,500, TCV $253,500.'],

  // Accounts
  ['contact', 'Main: +1-206-734-1190\nSupport line: 1-800-418-2260\nHQ: 1201 3rd Ave, Seattle, WA 98101', '12067341190', '18004182260'],
  ['contact', 'Address: 1201 3rd Ave, Suite 2200, Seattle, WA 98101-3029 · DUNS 07-941-2236 · NAICS 541511'],
  ['contact', 'Phone: +44 131 496 0187 (Edinburgh office), +44 7700 900 418 (mobile)', '441314960187', '447700900418'],
  ['contact', 'UK company no. 11482039 · VAT GB 294 7381 06 · Registered office: 71-75 Shelton Street, London WC2H 9JQ'],
  ['contact', 'Tel: +31 10 799 4420 (Rotterdam)\nMobiel: 06-21 84 37 95', '31107994420', '31621843795'],
  ['contact', 'KvK 24381177 · BTW NL 8105.47.291.B01 · Postbus 2145, 3000 CC Rotterdam'],
  ['contact', 'Hong Kong office: (852) 3758 2210 · Fax (852) 3758 2299', '85237582210', '85237582299'],
  ['contact', 'BR No. 71632904-000-05-24-3 · CR No. 2983117 · Hong Kong'],

  // Call notes in Russian
  ['timeline', 'Созвон с Андреем (партнёр в Лимасоле) — мобильный +357 96 418 250, офис 25 878 311.', '35796418250', '35725878311'],
  ['timeline', 'Созвон перенесли на 14.03 в 16:00 МСК (17:00 GST). Сумма сделки 2 450 000 ₽, скидка 12%, счёт № 318 от 05.03.2025.'],
  ['timeline', 'Клиент из Москвы, звонил с 8 (495) 150-42-77, просит КП на 80 лицензий.', '74951504277'],
  ['timeline', 'Перезвонить в пн. Номер не оставил, только ник в Telegram @alex_k_2019 и ID 5839201744.'],

  // E-mails with inline numbers
  ['email', 'Hi team,\nplease reach out to our new IT lead, Sandeep, directly on +91 90043 71265. He is based in Pune and joins calls 10:30–19:00 IST.\nThanks, Meera', '919004371265'],
  ['email', 'Hi Anna,\nConfirming PO 4501-22871 for 75 additional seats at USD 19.50/seat/month, pro-rated from 03/01 to 12/31/2025. Cost center 7710-340.\nBest, Greg'],
  ['email', 'Hi Sergei,\nmy number changed — new one is +49 1522 6138407 (German SIM), the old +7 926 … one is off.\nCheers, Pavel', '4915226138407'],
  ['email', 'Dear customer,\nyour verification code is 482 913. It expires in 10 minutes. If you did not request this, contact support quoting case 00918273.'],
  ['email', 'Hey Rachel — quick one: can you call me at 617-535-0148 instead of the office line? On the road till 3pm ET. — Brian (Boston)', '16175350148'],
  ['email', 'Hi, our ref is 2025/ENG/00417 and your quote 7720-4415-A. Payment sent 14.02.2025, amount EUR 9,870.00, SWIFT ref 0214TRF4417209.'],

  // Misc contact fields
  ['contact', 'Vancouver office — +1.604.218.5530 (click to call)', '16042185530'],
  ['contact', 'https://wa.me/971501234567?text=Hi%20Tessera — WhatsApp link from the landing page form (no phone field filled).'],
  ['contact', 'SIP: sip:442079460958@pbx.brightwater.co.uk; internal ext 4410'],
  ['contact', 'Reception +44 (0) 20 3870 2291 / direct dial +44 (0) 20 3870 2245', '442038702291', '442038702245'],

  // Deals
  ['deal', 'Deal: Northgate Bank — Enterprise, 1,500 seats, ARR $412,800, stage: Negotiation (70%), close date 06/30/2025.'],
  ['deal', 'Deal: Gulfbridge — AED 285,000 ARR, MRR AED 23,750, 3-yr term, payment terms 50/50.'],
  ['deal', 'Deal: Sapphire Pharma (Hyderabad). Champion: Dr. Kavitha Rao, +91 40 6612 9087, cell 94402 18753.', '914066129087', '919440218753'],
  ['deal', 'Deal: Najd Cement — procurement contact Abdullah, 011 465 2283 (Riyadh), WhatsApp same as mobile 056 204 7719.', '966114652283', '966562047719'],
  ['deal', 'Deal: Tallow Fintech — €96,000 ACV, 18 months, Q3 FY25, opp ID 0065g00000Xk2pQ, forecast category Commit.'],
  ['deal', 'Deal: Crestline Energy (Calgary, AB) — Chris, 403-262-4410 ext 5, "call after 2 MT".', '14032624410;ext=5'],

  // Tickets
  ['ticket', 'Ticket #73160 — Customer upgraded from 3.9.14 to 4.0.2; DB migration 20250219_1142 failed at step 7/12.'],
  ['ticket', 'Ticket #73166 — Caller: Moshe L., Haifa, 04-821-5530 (office), 052-713-9048 (mobile). Issue: export to CSV hangs.', '97248215530', '972527139048'],
  ['ticket', 'Ticket #73171 — MFA: user enters 6-digit TOTP 019 284, server says invalid. Server time 12:04:51 UTC, device time 12:06:13.'],
  ['ticket', 'Ticket #73175 (Belgrade, P1) — Klijent: Telekom Partner, kontakt 011 2207 114 lokal 38.', '381112207114;ext=38'],

  // Requisites
  ['requisites', 'Company: Tessera Systems FZ-LLC\nLicense No. 94127\nRegistration No. 0000004036418\nDubai Internet City, Building 12, Office 305\nP.O. Box 500741, Dubai, UAE'],
  ['requisites', 'Tessera Systems FZ-LLC\nDubai Internet City, Building 12, Office 305, Dubai, UAE\nTel: +971 4 568 2210\nTRN: 100538291700003', '97145682210'],
  ['requisites', 'Tessera Tech d.o.o. Beograd · PIB 112847302 · MB 21849571 · Tekući račun 160-0000000418273-91 · Šifra delatnosti 6201'],
  ['requisites', 'ТОО «Тессера Казахстан», БИН 210940017328, г. Алматы, пр. Аль-Фараби 77/7, тел. +7 727 311 05 48', '77273110548'],
  ['requisites', 'EIN 88-4127703 · D-U-N-S 118472930 · Delaware file no. 7294418 · 251 Little Falls Drive, Wilmington, DE 19808'],
  ['requisites', 'Tessera Systems Ltd (Cyprus) · HE 398214 · VAT CY10398214M · 1 Agias Zonis, 3027 Limassol · T +357 25 262 740', '35725262740'],
  ['requisites', 'IBAN: GB29 NWBK 6016 1331 9268 19 · Sort code 60-16-13 · Account no. 31926819 · SWIFT NWBKGB2L'],
  ['requisites', 'IBAN GE29NB0000000101904917 · SWIFT BAGAGE22 · ს/კ (ID) 405318442 · Tbilisi, 0179'],

  // Short lines
  ['contact', 'Mob: +7 (777) 218-40-96', '77772184096'],
  ['contact', 'Mob: +7 (777) 2**-**-96'],
  ['contact', '☎ +353 21 427 8810 (Cork)', '353214278810'],
  ['contact', 'Postcode T12 X8Y1 · Eircode D02 X576 · Cork 021'],

  // More signatures, varied formatting
  ['email', 'Best,\nAlex Novak\nSenior AE, DACH | Tessera\n+49\u00a0151\u00a04127\u00a06603\nalex.novak@tessera.io', '4915141276603'],
  ['email', 'Regards,\nSiddharth Jain\nFounder & CEO, Quill Labs\nNew Delhi\n+91\u200911\u20094162\u20097720 | +91\u200998110\u200942357', '911141627720', '919811042357'],
  ['email', 'Thanks!\nMegan Walsh\nCustomer Success Lead — Americas (San Francisco)\nTessera Systems\nc. 415.729.3306\nBook time with me: calendly.com/megan-walsh-tessera/30min', '14157293306'],
  ['email', 'Thanks!\nMegan Walsh\nCustomer Success Lead — Americas\nOffice hours: Mon–Fri 8:00–17:00 PT\nTicket portal: support.tessera.io/hc/requests/73188'],
  ['email', 'Cordialement / Regards,\nJean-Philippe Roy\nVP Ventes, Québec\nT 418 694-2213 poste 4021 | C 581 308-7742', '14186942213;ext=4021', '15813087742'],
  ['email', 'Thanks & Regards,\nAnil Kumar\nSr. Network Engineer | Chennai\nPh: 044-4592 3318 Extn: 227\nMob: +91-7708 214 539', '914445923318;ext=227', '917708214539'],
  ['email', 'Warm regards,\nFatima Al Zaabi\nSenior Manager, Digital Transformation\nKhalifa Port Logistics, Abu Dhabi\nDirect: +971 2 695 1188\nMobile: +971 50 882 4471', '97126951188', '971508824471'],
  ['email', 'Best,\nLior Katz | VP R&D\nM: 054.337.8129\nRothschild Blvd 22, Tel Aviv-Yafo, Israel', '972543378129'],
  ['email', 'Hvala / Thanks,\nNikola Ilić\nTessera — Support Team Lead (Beograd)\nTel. +381 11 404 8832\nMob. +381 65 318 2047', '381114048832', '381653182047'],
  ['email', 'Best,\nTatevik Mkrtchyan\nAccount Executive, Yerevan\n+374 (77) 51-38-20 (WhatsApp/Telegram)', '37477513820'],
  ['email', 'Tamar Lomidze | Legal Counsel\nTessera Georgia LLC\n+995 (32) 2 55 01 83 · +995 (595) 11 73 48', '995322550183', '995595117348'],
  ['email', 'Regards,\nChris Hadjipetrou\nTechnical Account Manager\nNicosia, Cyprus\nTel. 22 458 310 | Mob. 97 611 824', '35722458310', '35797611824'],
  ['email', 'Cheers,\nAoife Kelly\nIT Ops, Lúnasa Health, Galway, Ireland\n091 524 718 / 085 712 4403', '35391524718', '353857124403'],
  ['email', 'Best regards,\nJames Whitfield\nHead of Procurement\nOakridge Partners LLP, Manchester\nTel: 0161 832 7716\nMob: 07825 441 906', '441618327716', '447825441906'],
  ['email', 'Viele Grüße\nStefan Krüger\nIT-Leiter, Hanseatische Versicherungs-AG, Hamburg\nTel. 040 3760 2118\nFax 040 3760 2100', '494037602118', '494037602100'],
  ['email', 'Mit freundlichen Grüßen\nStefan Krüger\nHanseatische Versicherungs-AG · Sitz Hamburg · Registergericht Hamburg HRB 36218 · Vorstand: Dr. K. Brandt · Bankverbindung: IBAN DE12 2005 0550 1234 5678 90'],
  ['email', 'Kind regards,\nSupport Team\nThis e-mail and any attachments are confidential. Tessera Systems FZ-LLC, License No. 94127, Dubai Internet City. Ref: MSG-20250219-004412'],
  ['email', 'Best,\nHarpreet Singh\nDirector, Channel Sales — Canada\nBrampton, ON\n905-791-4420 (o)\n416-880-3157 (c)', '19057914420', '14168803157'],
  ['email', 'On Tue, Feb 18, 2025 at 9:14 AM Karen Leung <karen.leung@harbourline.hk> wrote:\n> Please quote for 45 users, PO will follow (budget HKD 186,000).'],
  ['email', 'Regards,\nAbhishek | Bengaluru\nSent from Outlook for Android\n+91 88614 02735', '918861402735'],

  // Call notes and dialer log
  ['timeline', '10:12 — outbound to Nexa Logistics, +971-4-501-2286 ext. 309 (Yusuf), no answer.', '97145012286;ext=309'],
  ['timeline', '10:40 — demo prep, env demo-eu-3, tenant id 48213, seats 300/300, API rate limit 1200 rpm.'],
  ['timeline', '11:05 — Call w/ Lim Jia Hui, she asked to loop in her boss Mr. Ong (+65 6838 1290, Singapore HQ).', '6568381290'],
  ['timeline', '11:30 — QBR deck v7 sent. NPS 62 → 71, tickets/month 148 → 97, avg FRT 2h 14m.'],
  ['timeline', 'Missed call from +44 7458 220 913 at 16:02 BST — unknown, probably Oakridge (Manchester).', '447458220913'],
  ['timeline', 'Missed call from Unknown / Hidden number, 16:20 BST. Duration 00:00:41.'],
  ['timeline', 'Callback request via IVR: 0044 20 8106 4470, option 2 (Billing).', '442081064470'],
  ['timeline', 'Ирина (HR, Тбилиси) — новый мобильный +995 555 48 21 30, пишите в WhatsApp.', '995555482130'],
  ['timeline', 'Call recording rec_20250220_141203_7781.mp3 (12:47), transcript job 99120347 queued.'],
  ['timeline', 'Meeting with Kazakh Telecom procurement in Astana, their office line 8 7172 55 39 10.', '77172553910'],
  ['timeline', 'Astana trip: flight KC 852 on 03.04, hotel booking 7720391, per diem 45 000 KZT.'],
  ['timeline', 'Call attempt log: 09:02 busy, 09:17 no answer, 09:45 busy. Next attempt 13:00 (UTC+5). Sequence step 3 of 7.'],

  // Demo bookings and forms
  ['deal', 'HubSpot form: "Book a demo"\nfirstname: Sean\nlastname: Doyle\ncompany: Cobalt Route Ltd\ncountry: Ireland\nphone: 01 905 3362\nteam_size: 51-200', '35319053362'],
  ['deal', 'HubSpot form: "Book a demo"\nfirstname: Test\nlastname: Test\nphone: 1234567890\ncountry: —\nhs_context: {"pageId":"88214019532","ipAddress":"92.118.41.7"}'],
  ['deal', 'Demo booked: 27 Feb, 14:00 GST. Ravi (Dubai, Al Quoz) 055 840 1163 — prefers calls, not Teams.', '971558401163'],
  ['deal', 'Demo slot options: 25/02 11:00, 26/02 15:30, 27/02 09:00 (GMT+4). Duration 30 min. Room 3.12.'],
  ['deal', 'Demo request — Bayt Al Ilm Schools, Riyadh. Phone +966 11 477 0395, Ext: 118. Decision in Q2.', '966114770395;ext=118'],
  ['deal', 'Demo request — form (DE):\nFirma: Rheinwerk Bau GmbH, Köln\nTelefon: 0221 / 5 72 19 08\nMitarbeiter: 250', '492215721908'],
  ['deal', 'Demo request — Firma: Rheinwerk Bau GmbH, PLZ 50667, Mitarbeiter 250, Budget 40.000 €, Start KW 14/2025.'],
  ['deal', 'Demo request — Kowloon Prime Realty, HK. Tel 2376 8814, WhatsApp 5193 0627.', '85223768814', '85251930627'],
  ['deal', 'Demo request — Kowloon Prime Realty. Budget HKD 240,000; 80 users; go-live 2025-07-01; ticket ref HK-2025-0044.'],
  ['deal', 'Trial extended: tenant t-418273, 14 → 30 days, ends 2025-03-22 23:59 UTC. Seats in trial: 25. Coupon TRIAL30-2025.'],

  // CSV imports
  ['contact', 'Sophia\tMüller\tBlaustein Pharma GmbH\tHead of Compliance\t+49 69 9218 4470\tFrankfurt am Main\tDE', '496992184470'],
  ['contact', 'Jan\tBakker\tDeltaport Shipping BV\tCIO\t010-4127733\tRotterdam\tNL', '31104127733'],
  ['contact', 'Aarav\tShah\tNimbus Retail\tVP Eng\t+91 22 4097 1180 / +91 98201 66254\tMumbai\tIN', '912240971180', '919820166254'],
  ['contact', 'Li\tNa\tJadeStone Capital\tAnalyst\t\tHong Kong\tHK\t2024-10-21\t500+ connections'],
  ['contact', 'Michael\tBrennan\tShamrock Logistics\tOps Director\t+353 (0)1 872 4416\tDublin\tIE', '35318724416'],
  ['contact', 'id\tname\tcompany\tphone\tcountry\tcreated\n10482\tAlex Kim\tPinebrook Capital\t(none)\tUS\t2024-12-02 14:11'],
  ['contact', '10483\tDana Levi\tQelvin Ltd\t+972 3 761 4402\tIL\t2024-12-02 14:11', '97237614402'],
  ['contact', '10484\tRuslan Abenov\tKaspi Logistics\t8 701 552 19 84\tKZ\t2024-12-02 14:12', '77015521984'],
  ['contact', '10485\tGeorge Ioannou\tAegean Ventures\t+357 99 *** ***\tCY\t2024-12-02 14:12'],
  ['contact', '10486\tSuresh Pillai\tTetra Marine\t+65-6225-7713\tSG\t2024-12-02 14:13', '6562257713'],
  ['contact', '10487\tMaya Cohen\tOrbis Group\t\tSG\t2024-12-02 14:13\t0\t1.0'],

  // Tickets
  ['ticket', 'Ticket #73190 — Webhook to https://hooks.client.io/api/v2/events/44819 returns 502 since 2025-02-20 03:14 UTC. Retry count 17.'],
  ['ticket', 'Ticket #73193 — Escalation contact at customer (Amsterdam): Pieter, 020-625 1183, mobile 06 1843 2970.', '31206251183', '31618432970'],
  ['ticket', 'Ticket #73195 — Phone field rejects "+1 (___) ___-____" mask on Safari 17.3. Expected: accept 10 digits.'],
  ['ticket', 'Ticket #73198 — Click-to-call not working for contacts with numbers like +971 5X XXX XXXX (placeholder from import).'],
  ['ticket', 'Ticket #73201 — Customer (NYC) asks to call back at 212 629 4410 x 22 between 9 and 11 ET.', '12126294410;ext=22'],
  ['ticket', 'Ticket #73204 — Audit log export 2025-01-01..2025-01-31, 184,227 rows, file size 48.1 MB, job 0x7F3A21.'],
  ['ticket', 'Ticket #73207 — Reported by: Deepak (Gurugram). Best reachable on +91 124 471 8820 (office) or WhatsApp +91 95600 31847.', '911244718820', '919560031847'],
  ['ticket', 'Ticket #73210 — IP allowlist: 10.24.0.0/16, 172.16.4.21, 203.0.113.45. Port 443, 5061 (SIP TLS).'],
  ['ticket', 'Ticket #73212 — Calls via Tessera Dialer from +1 408 916 2270 to +44 20 3808 1145 drop after 30s.', '14089162270', '442038081145'],
  ['ticket', 'Ticket #73214 — Duplicate charge: txn 5521 8830 1147 2290 and 5521 8830 1147 2291, USD 1,140.00 each, card ending 4471.'],

  // Invoices
  ['invoice', 'Invoice No. 2025-DE-0117 · Rechnungsdatum 14.02.2025 · Leistungszeitraum 01.02.–28.02.2025 · Betrag 18.450,00 EUR · USt. 0 % (Reverse Charge)'],
  ['invoice', 'Statement of account — Customer ID C-104872 — Balance due: $12,340.55 as of 02/28/2025 — Aging: 0–30: $8,100.00; 31–60: $4,240.55'],
  ['invoice', 'Accounts Payable contact: Ms. Divya Menon, ap@nimbusretail.in, +91 22 4097 1199 (Mumbai). Vendor code V-220418.', '912240971199'],
  ['invoice', 'Invoice INV-SG-2025-0033 · UEN 201934127K · GST Reg No. 201934127K · SGD 27,000.00 · due 31/03/2025'],
  ['invoice', 'Payment reminder #2 — invoice 2025-00291 (USD 8,400.00) is 15 days overdue. Questions: billing@tessera.io or +971 4 568 2214.', '97145682214'],
  ['invoice', 'Credit note CN-2025-0007 against INV-2024-01188, amount -1,250.00 EUR, reason: 5 seats removed 12/12/2024.'],
  ['invoice', 'Счёт на оплату № 47 от 17.02.2025, ИНН 7728412903, КПП 772801001, р/с 40702810400000012345, БИК 044525225, сумма 1 240 000,00 руб.'],
  ['invoice', 'Invoice to: Aegean Ventures Ltd, 12 Spyrou Kyprianou, 4001 Limassol · Tel. 25 343 870 · VAT CY10277813Q', '35725343870'],
  ['invoice', 'Line items:\n1\tTessera Pro — annual\t120\t228.00\t27,360.00\n2\tOnboarding package\t1\t4,500.00\t4,500.00\nTotal USD 31,860.00'],

  // Deliveries
  ['delivery', 'Delivery address: Deltaport Shipping BV, Waalhaven Z.z. 46, 3089 JH Rotterdam. Contact on site: Jan Bakker, 06 2941 7735.', '31629417735'],
  ['delivery', 'PostNL 3SYZXG1928374 · Aramex 4891 2203 174 · Royal Mail JV 1234 5678 9GB'],
  ['delivery', 'Kurir: isporuka u Beograd, primalac Nikola Ilić, tel. 065 318 2047, Bulevar Zorana Đinđića 64a.', '381653182047'],
  ['delivery', 'Shipment SHP-0218-77 — 12 laptops, serials PF4K2X81..PF4K2X92, customs declaration 25AE0001943021, duty AED 0.'],
  ['delivery', 'Ship to: Quill Labs, 4th floor, Okhla Phase III, New Delhi 110020 · Phone: 011-4162-7720', '911141627720'],
  ['delivery', 'Ship to: 1045 Avenue of the Americas, 14th Fl, New York, NY 10018-3712 · Dock hours 7:00–15:30 · Ref PO 4500192281'],

  // Partners and deals
  ['deal', 'Partner intro (Yerevan): Levon from CyberArm, +374 99 012 347 — prefers Telegram.', '37499012347'],
  ['deal', 'Partner tier: Gold (≥ 20 deals/yr). Deal reg DR-2025-0412 approved, protection 90 days, expires 2025-05-19.'],
  ['deal', 'Referral from Dubai CommerCity partner: Khalid, +971 52 448 1907; backup email khalid@ccpartners.ae', '971524481907'],
  ['deal', 'Pricing: Standard $12/user/mo, Pro $19/user/mo, Enterprise from $29; annual prepay −15%. Min 25 seats. Quote valid until 31/03/2025.'],
  ['deal', 'Joint call w/ SAP partner Munich — Thomas Brandl +49 89 5402 1187, Claudia +49 172 418 3309.', '498954021187', '491724183309'],
  ['deal', 'Commission: 20% of first-year ACV (USD 62,400 → 12,480), paid within 45 days of customer payment; partner ID P-00418.'],

  // Short odd contact fields
  ['contact', 'SF office Ph.(415)867-2291', '14158672291'],
  ['contact', 'Ph. (415) 867-22__ (rest cut off in scan)'],
  ['contact', 'WhatsApp: +91 98765 21044 · wa.me/919876521044', '919876521044'],
  ['contact', 'Telegram: t.me/+79161234567 · Viber: viber://chat?number=%2B79161234567'],
  ['contact', 'Mob.\u00a0+7\u00a0912\u00a0604\u201137\u201158', '79126043758'],
  ['contact', 'Тел./факс: +7 (812) 334-18-20, доб. 1205', '78123341820;ext=1205'],
  ['contact', 'Тел.: +7 (___) ___-__-__'],
  ['contact', '+1 (604) 218-5530 / +1 (604) 218-5531', '16042185530', '16042185531'],
  ['contact', 'Ext. 4410 (ask reception)'],
  ['contact', 'Office: +44 20 7946 0958, ext. 2204; Mobile: +44 7946 095 812', '442079460958;ext=2204', '447946095812'],

  // E-mails
  ['email', 'Hi Dmitry,\nAs discussed, our CFO is Mr. Rashid — please call him on +966 50 219 7743 to close the payment terms; his office line in Jeddah is 012 667 3308.\nRegards, Faisal', '966502197743', '966126673308'],
  ['email', 'Hi Dmitry,\nPayment of SAR 412,500.00 was sent today, SWIFT ref FT25049R8841, value date 18/02/2025. VAT no. 300418772100003.\nRegards, Faisal'],
  ['email', 'Hello, this is Sarah from Northgate. Our security team can only do calls on +1 617 254 0983 ext. 4471 (conference line), Tue/Thu.', '16172540983;ext=4471'],
  ['email', 'Hello, conference bridge: meet.google.com/xkr-pqzt-hmd, or dial PIN 771 204 918#. Agenda: SOC 2 Type II report (period 01/01/2024–12/31/2024).'],
  ['email', 'Hi all — new Hong Kong office number from 1 March: +852 3001 2247 (main), +852 3001 2248 (fax). Thanks, Karen', '85230012247', '85230012248'],
  ['email', 'Hi all — new office from 1 March: 18/F, 9 Queen\'s Road Central, Hong Kong. Lease ref HKL/2025/0318. Thanks, Karen'],
  ['email', 'Hi Anna,\nplease update my details: new mobile 07700 900613, desk stays 020 7946 0321 (London).\nThanks, Oliver', '447700900613', '442079460321'],
  ['email', 'Hi Anna,\nVersion 2025.2 (build 20250301.4) fixes ticket 73131; rollout window 03/08 02:00–04:00 UTC.\nThanks'],
  ['email', 'Dear Tessera team,\nI am the new IT Director at Veltrix (Bengaluru). Please send the contract to me and call me at 080-4127-6655 or +91 99001 28374.\nRegards, Anand', '918041276655', '919900128374'],
  ['email', 'Dear Tessera team,\nPlease find PO No. 4500193310 dated 20.02.2025 for INR 18,40,000 (incl. GST 18%). Vendor code 110427.\nRegards, Anand'],

  // Harder formats
  ['contact', 'Tel: +44-20-7946-0711 | Fax: +44-20-7946-0712', '442079460711', '442079460712'],
  ['contact', 'Sort code 20-00-00 · Acc 55779911 · Ref INV 2025 00342'],
  ['contact', 'Direct (NYC): 1.212.629.4418', '12126294418'],
  ['contact', 'Desktop client 1.212.629 (build 4418), released 2025-02-11.'],
  ['contact', '(+971) 4-425-8830 / (+971) 50-772-1946', '97144258830', '971507721946'],
  ['contact', 'P.O. Box 425883, Dubai · Trade licence 1148273 · Chamber membership 398214'],
  ['contact', 'Cell: 972-54-618-2290 (Israel)', '972546182290'],
  ['timeline', 'Call from Dallas: 972-841-5502, Brad at Lonestar Freight — wants a demo next week.', '19728415502'],
  ['contact', 'Employees: 1,001–5,000 · Founded 2009 · Revenue $250M–$500M · HQ Dallas, TX 75201'],
  ['contact', '+91 (0)80 4127 6650', '918041276650'],
  ['contact', 'Phone: +65 6734 2289 ext 890', '6567342289;ext=890'],
  ['contact', 'Singapore 049315 · UEN 200512384D · #12-01 Ocean Financial Centre'],
  ['contact', 'Tel. +31 (0) 20 - 521 88 30', '31205218830'],
  ['contact', '+374 10 54-38-21, +374 91 48-27-16', '37410543821', '37491482716'],
  ['contact', 'AM ՀՎՀՀ 02631487 · Registration 286.110.1048765 · Yerevan 0010'],
  ['contact', 'მობ.: 599 41 27 83 (Tbilisi)', '995599412783'],
  ['contact', 'Belgrade office: +381 (0)11 404 8832', '381114048832'],
  ['contact', 'Astana: +7 7172 79-41-22; Almaty: +7 727 311-05-48', '77172794122', '77273110548'],
  ['contact', 'Kazakhstan, Almaty 050040, Al-Farabi Ave 77/7, BC Esentai Tower, floor 12, office 1204'],
  ['contact', 'Mobile (CY): 99-514-382', '35799514382'],
  ['contact', 'Tel:+44(0)2079460587,Mob:+447911208364', '442079460587', '447911208364'],
  ['contact', '[+49] 30 / 2589 1147', '493025891147'],
  ['contact', '+7(495)1504277 ; +7(916)4821739', '74951504277', '79164821739'],
  ['contact', '+7(495)150 — код города и первые цифры, остальное уточнить'],
  ['contact', 'Lead score 87 · Last activity 2025-02-19 17:42 · Owner: a.petrova · Record 0038e00001Qz4418'],

  // Tickets
  ['ticket', 'Ticket #73230 — Merge duplicate accounts 0011x00000A7kQ2 and 0011x00000A7kQ9; both have phone "+1"; owner id 0055g000004RtYz.'],
  ['ticket', 'Ticket #73233 — number formatting bug: contact shows +4915178204413 as "+49 151 782 044 13" in the card. Repro contact: Lena Wolff (Berlin).', '4915178204413', '4915178204413'],
  ['ticket', 'Ticket #73236 — Phone validation rejects "+44 20 7946" (too short) — expected behaviour, closing.'],
  ['ticket', 'Ticket #73239 — Customer in Riyadh cannot reach our support line +44 20 3808 1140 from STC mobile; works from landline. Customer callback: +966 54 771 2038.', '442038081140', '966547712038'],
  ['ticket', 'Ticket #73241 — Customer says "call 999 if the server room alarm goes off" — not our scope, closed. Site code 112-B.'],
  ['ticket', 'Ticket #73244 — RU customer hotline for escalations: 8-800-301-42-17 (free within Russia).', '78003014217'],
  ['ticket', 'Ticket #73247 — SLA: P1 response 1h, P2 4h, P3 1 business day. Uptime Jan 99.982%, Feb 99.971%. Credits: 5%/10%/25%.'],
  ['ticket', 'Ticket #73250 — Requester: Priya Raman <priya.raman@veltrix.in>, phone on profile: 9845017326 (India mobile).', '919845017326'],
  ['ticket', 'Ticket #73252 — Error: "Call failed, SIP 486 Busy Here" dialing sip:4420794609581@sbc.tessera.io. CDR id 2025022011470093.'],
  ['ticket', 'Ticket #73255 — MAC 00:1A:2B:3C:4D:5E, serial TSR-HW-2204-118734, firmware 2.14.1108.'],
  ['ticket', 'Ticket #73258 — Customer pasted stack trace: at Dialer.normalize (dialer.js:4127:66) … at process (node:internal/process/task_queues:95:5)'],
  ['ticket', 'Ticket #73261 — Request to delete personal data (GDPR Art. 17) for contact id 5582910347, received 2025-02-21, deadline 2025-03-23.'],

  // Timeline
  ['timeline', 'Outbound (Kommo dialer) → +1 (917) 582-6630, 4m 12s, outcome: Connected — "send proposal".', '19175826630'],
  ['timeline', 'Outbound (Kommo dialer) → number hidden by GDPR policy, 0m 48s, outcome: No answer. Call id 88412-aa09.'],
  ['timeline', 'Inbound WhatsApp call from +7 701 318 44 92 (Айгерим, партнёр Алматы), 7 min.', '77013184492'],
  ['timeline', 'Renewal risk flagged: usage −38% MoM, 214 → 133 active users; health score 41/100; CSM task due 2025-03-07.'],
  ['timeline', 'Meeting notes — Limassol: Andreas (CFO) direct 25 887 402, his PA Maria 25 887 400.', '35725887402', '35725887400'],
  ['timeline', 'Meeting notes — Limassol: agreed 3-year term, EUR 62,400/yr, uplift cap 5%, start 01/04/2025, invoice quarterly in advance.'],
  ['timeline', 'LinkedIn InMail reply from Arjun: "sure, ping me on 98200 11573 after 6 pm" (Mumbai).', '919820011573'],
  ['timeline', 'LinkedIn: 2nd-degree connection, 12 mutual, profile id 418827301, posted 3d ago about "Q4 FY24-25 targets".'],
  ['timeline', 'Voicemail transcript: "Hi, it\'s Connor from Greenhaven, Dublin, give me a shout on oh-eight-seven…" — number in CRM: 087 331 9042.', '353873319042'],
  ['timeline', 'Voicemail transcript (auto): "...call me back on nine one seven five eight two..." — transcript cut off, duration 0:19.'],
  ['timeline', 'Email opened 3 times (2025-02-18 09:14, 11:02, 16:47 GMT+4), link clicked: tessera.io/pricing?plan=pro&seats=120.'],
  ['timeline', 'Stage history: Lead 2024-11-04 → MQL 2024-11-20 → SQL 2024-12-02 → Demo 2024-12-10 → Proposal 2025-01-15.'],

  // Requisites
  ['requisites', 'Tessera Systems FZ-LLC — Bank details\nBank: Mashreq Bank PSC, Dubai\nIBAN: AE46 0330 0000 1910 0123 456\nSWIFT: BOMLAEAD\nAccounts: +971 4 568 2219', '97145682219'],
  ['requisites', 'Beneficiary: Tessera Tech d.o.o. · Banca Intesa a.d. Beograd · IBAN RS35 1600 0000 4182 7391 14 · SWIFT DBDBRSBG'],
  ['requisites', 'Tessera Georgia LLC, ID 405318442, 7 Rustaveli Ave, Tbilisi 0108 · Tel +995 32 2 43 18 07', '995322431807'],
  ['requisites', 'Tessera Armenia LLC · TIN 02631487 · Ameriabank CJSC · acc. 1570 0220 4418 0100 · Yerevan 0025, Charents St 1'],
  ['requisites', 'US entity: Tessera Inc. (Delaware), EIN 93-2184470, registered agent file 7718402, ZIP 19808-1674.'],
  ['requisites', 'Tessera Inc. — 548 Market St, PMB 41902, San Francisco, CA 94104-5401 · +1 (415) 906-4418', '14159064418'],
  ['requisites', 'ИП Иванов А. С., ОГРНИП 321774600418273, ИНН 772814099231, р/с 40802810938000041827'],
  ['requisites', 'ООО «Тессера Рус», 123112, Москва, Пресненская наб., 12, тел.: +7 495 120-44-18, факс: 8 495 120-44-19', '74951204418', '74951204419'],
  ['requisites', 'UK: Tessera Software Ltd, company number 14420931, VAT GB 418 2209 37, registered office 20-22 Wenlock Road, London N1 7GU.'],
  ['requisites', 'Tessera Software Ltd, 20-22 Wenlock Road, London N1 7GU · T: 020 3808 1140', '442038081140'],
  ['requisites', 'Saudi branch: CR 1010472918 · VAT 310418829300003 · National address RRRD2929, 8228 King Fahd Rd, Riyadh 12643-4418'],

  // Deals
  ['deal', 'Stage changed: Proposal → Negotiation by anna.petrova on 2025-02-21 15:42:09 (GMT+4). Amount: 48,600 → 45,900 EUR.'],
  ['deal', 'Deal: Blaustein Pharma (Frankfurt) — Sophia Müller 069 9218 4470; IT contact Jonas 0176 2284 1935.', '496992184470', '4917622841935'],
  ['deal', 'Deal: Blaustein Pharma — 420 seats × €14.50 × 12 = €73,080; discount 8% → €67,233.60.'],
  ['deal', 'Deal: Lonestar Freight — Brad Hollis, (972) 841-5502, AP: (214) 630-9917.', '19728415502', '12146309917'],
  ['deal', 'Deal: Lonestar Freight — Opportunity #OPP-004182, amount $38,400, close 04/15/2025, probability 40%, next step 03/03.'],
  ['deal', 'Deal: JadeStone Capital (Hong Kong) — Li Na +852 9044 3127; procurement hotline 2899 1000.', '85290443127', '85228991000'],
  ['deal', 'Competitor pricing seen: Vendor A $15.99, Vendor B €13.50, Vendor C 49 AED/user; our floor 11.20 USD.'],
  ['deal', 'Deal: Mada Fintech (Riyadh) — Nawaf +966 55 904 1128 / Office +966 11 293 6604 ext. 12', '966559041128', '966112936604;ext=12'],
  ['deal', 'Deal: Mada Fintech — CR No. 1010472918, VAT 310418829300003, tender ref RFP-2025-017, submission 09/03/2025 13:00 AST.'],
  ['deal', 'Forecast Q2: Commit USD 1,240,000 · Best case 1,815,500 · Pipeline 4,402,750 · Closed-won QTD 318,900.'],

  // E-mails
  ['email', 'Hi Megan,\nI\'m out of office until 3/10. For urgent matters contact my colleague Tom Reyes at (312) 460-7790 or call our Chicago main line 312.460.7700.\nRobert', '13124607790', '13124607700'],
  ['email', 'Auto-reply: I\'m out of office from 03/03/2025 to 03/10/2025 with limited access to e-mail. Your message (ref. 0219-4471) will be answered upon my return.'],
  ['email', 'Добрый день!\nПо договору с Serbia — звоните Милошу: +381 63 812 4470 или в офис в Белграде 011/3034-712.\nСпасибо, Ольга', '381638124470', '381113034712'],
  ['email', 'Добрый день!\nДоговор № 2025/02-117 от 19.02.2025, сумма USD 24 000,00, срок оплаты 10 банковских дней. Код валютной операции 20100.\nОльга'],
  ['email', 'Shalom,\nPlease change our billing contact to Dana Levi, dana@qelvin.io, 050-771-3326.\nThanks, Noa (Qelvin, Tel Aviv)', '972507713326'],
  ['email', 'Hi — quick intro: Rania (our Dubai partner) 056 441 8207, and Jamal in Sharjah 06 556 1190.', '971564418207', '97165561190'],
  ['email', 'Hi — flight EK 2401 lands DXB 06:35, meeting at DWTC Hall 4, stand B-0418, badge no. 7741-2290.'],
  ['email', 'Regards,\nKevin Walsh | IT Service Desk\nRavensbourne Hospital NHS Trust, London\nSwitchboard: 020 3299 4000 | Direct: 020 3299 4155', '442032994000', '442032994155'],
  ['email', 'Regards,\nKevin Walsh | IT Service Desk\nNHS Trust ODS code RJ2 · Incident INC0418273 · Change CHG0031207'],
  ['email', 'Best,\nYerlan Tokhtarov\nHead of IT, Steppe Agro\nNur-Sultan / Astana\n+7 (7172) 27-18-40\n+7 (705) 418-22-71', '77172271840', '77054182271'],
  ['email', 'Best,\nYerlan\nБИН 180540018227 · ИИК KZ86 125K ZT50 0410 0100 · БИК KCJBKZKX'],
  ['email', 'Hi Anna, attaching the signed order form (OF-3398, 3 pages, 1.2 MB). Countersign by 28/02 please — our FY closes 31/03.'],
  ['email', 'Unsubscribe | Manage preferences | Tessera Systems FZ-LLC, Building 12, Office 305, Dubai Internet City, P.O. Box 500741, UAE'],

  // Global support block
  ['contact', 'Phone: 555-0100 (placeholder from demo data)'],
  ['contact', 'Phone: +1 646-413-2290 x7', '16464132290;ext=7'],
  ['contact', 'Copyright © 2009–2025 Tessera Systems. All rights reserved. 1.48.0-rc.2'],
  ['contact', 'Global support: +44 20 3808 1140 · +1 415 906 4400 · +971 4 568 2200 · +65 3159 4270', '442038081140', '14159064400', '97145682200', '6531594270'],
  ['contact', 'Support hours: 24/7 for P1; 08:00–20:00 GST (UTC+4) Mon–Fri for P2–P4; holidays per UAE calendar 2025.'],

  // Deliveries
  ['delivery', 'Deliver to reception, Level 3, 1 Grand Canal Square, Dublin 2, D02 P820. Call Siobhán on 01 697 4230 on arrival.', '35316974230'],
  ['delivery', 'An Post tracking CE 418 273 920 IE · weight 0.8 kg · value EUR 120.00 · HS code 8471.30.00'],
  ['delivery', 'Доставка в Ереван: получатель Ани Григорян, тел. 091 48 27 16, ул. Абовяна 12, кв. 8.', '37491482716'],
  ['delivery', 'Доставка: трек СДЭК 1482273019, вес 2,4 кг, 3 места, ПВЗ MSK-418, дата 22.02.2025 с 10:00 до 14:00.'],
  ['delivery', 'Receiver: Mr. Ong, Lumira Holdings, 8 Marina View #28-04, Singapore 018960, Tel 6838 1290.', '6568381290'],
  ['delivery', 'Receiver: Lumira Holdings, 8 Marina View #28-04, Singapore 018960. Permit no. 2025-SG-04118, HS 8523.52.'],
  ['delivery', 'Кол-во: 2 шт. Тел. получателя:+79164821739 Заказ 1048273', '79164821739'],
  ['delivery', 'Pallet 1/3 · 48 x 40 x 52 in · 412 lb · BOL 7291044182 · PRO 0418-2273-19 · Seal 00418273'],

  // Invoices and odds
  ['invoice', 'Invoice questions — US: 1 (888) 412-7730, EU: +353 1 697 4231', '18884127730', '35316974231'],
  ['invoice', 'Invoice 90041827 · Customer 0001048273 · Order 4500192281 · Delivery 8001204473 · Amount 1.204,73 EUR'],
  ['invoice', 'Exchange rate used: 1 USD = 3.6725 AED; 1 EUR = 4.0128 AED (CBUAE, 19.02.2025). Rounding difference AED 0.04.'],
  ['timeline', 'Task: call Omar back re: PO — no number on file; ask via email. Due 2/24 10:00 AST. Priority 2.'],
];
