/**
 * Independent corpus, two-hundred-and-sixty-eighth set: written by someone who had not seen the detector's rules, its tests or the main corpus.
 * Genres: the support desk of a Moscow SaaS company ("Телемост", a CRM/telephony integration product) and the CRM it
 * works in: helpdesk tickets, error reports quoting JSON/XML/YAML payloads and webhook bodies (phone fields such as
 * "phone", "caller", "VALUE", "did" count), SIP and PBX log lines, CDR rows, API request examples (curl, Python,
 * GraphQL), release notes, on-call rotas with engineers' mobiles, CSV exports, customer e-mails and signatures in
 * Russian, English, Armenian/Georgian/Azerbaijani/Uzbek/Serbian/Turkish greetings, Telegram chat excerpts, deals,
 * invoices, requisites and deliveries. Countries: Russia (Moscow 495/499, St Petersburg 812, Yekaterinburg 343, Kazan
 * 843, Novosibirsk 383, Kaliningrad 4012, Samara 846, Omsk 3812, Tyumen 3452, Tomsk 3822, Belgorod 4722, Khabarovsk
 * 4212, Ulyanovsk 8422, Naberezhnye Chelny 8552, Krasnodar 861, mobiles 9xx, 8 800), Kazakhstan (+7 727 Almaty, 7172
 * Astana, 7212 Karaganda, 7252 Shymkent, mobiles 701/702/705/747/775/777), Armenia (+374 10 Yerevan, 312 Gyumri,
 * mobiles 55/60/77/91/93/94/99, national 0XX), Georgia (+995 32 2 Tbilisi, 422 Batumi, 431 Kutaisi, mobiles 5xx),
 * Azerbaijan (+994 12 Baku, 18 Sumgait, 22 Ganja, mobiles 50/51/55/70/77, national 0XX), Uzbekistan (+998 71/78
 * Tashkent, 65 Bukhara, 66 Samarkand, mobiles 33/90/93/94/97/99), Serbia (+381 11 Belgrade, 21 Novi Sad, 18 Niš,
 * mobiles 060-066, national 0XX/ and +381 (0)), Turkey (+90 212/216 Istanbul, 312 Ankara, 232 Izmir, 224 Bursa, 0850,
 * mobiles 53x/54x/55x, national 0XXX). Forms: +7/8 with brackets, hyphens, dots, slashes, no-break and thin spaces,
 * non-breaking hyphens and en dashes, numbers glued to labels and commas, 00 and 8 10 international prefixes,
 * extensions as доб./ext./dahili/lokal, numbers repeated.
 * Traps: request/trace ids, UUIDs, unix timestamps (10 and 13 digits), ports, IP addresses, versions and build numbers,
 * commit hashes and SHA sums, Jira keys, SIP Call-IDs and tags, SIP URIs with phone-like users, wa.me links and ?phone=
 * query strings, card last-4 and RRN, OTP and promo codes, tariff and account ids, INN/KPP/OGRN/BIK/bank accounts,
 * BIN/IIK, VÖEN/VKN/PIB/JMBG/PINFL/T.C. Kimlik and Georgian personal numbers, IMEI/ICCID/IMSI, Zoom conference ids,
 * tracking and AWB numbers, customs declarations, byte sizes and durations, extensions alone, masked and truncated
 * numbers, input masks and format templates, digits in addresses and postcodes, exchange rates and coordinates.
 *
 * Its first run, before anything was changed for it: precision 1.000, recall 0.986 (three missed: '+7/916/771-44-03',
 * its groups parted by slashes; Turkey's company number '0850 305 44 10', which its table lacked; and '+7 495 1234567',
 * read as the made-up sample it looks like); libphonenumber 0.867 and 0.863. Registered after Turkey's 0850 and 0800
 * numbers were read: 1.000 and 0.991.
 */
import type { Kind } from './phones.ts';

/** [kind, text, ...expected numbers] */
export const independent268: [Kind, string, ...string[]][] = [
  // Helpdesk tickets: Russian clients
  ['ticket', 'Тикет SUP-4821: клиент ООО «Вектор» не видит входящие в карточке. Контакт: Ирина, +7 916 482-17-35', '79164821735'],
  ['ticket', 'SUP-4822 | P2 | открыт 11.06.2024 09:14 | SLA 4 ч | группа L2 | тегов: 3'],
  ['contact', 'Перезвонить клиенту: 8 (495) 730-12-48, доб. 214 — это бухгалтерия, спросить Ольгу', '74957301248;ext=214'],
  ['ticket', 'Клиент просит соединить с внутренним 214, городской номер АТС не сообщил. Ждём ответа.'],
  ['timeline', '11.06 10:02 Исходящий +7\u00a0(812)\u00a0334-56-07, длительность 00:03:27, запись rec_1718089320_5521.mp3', '78123345607'],
  ['timeline', '11.06 10:05 Пропущенный вызов, call_id 1718089512.4471, длительность 00:00:00, транк 5060/udp'],
  ['email', 'Добрый день!\nПосле обновления до 4.12.3 перестала работать интеграция с АТС. Просьба перезвонить.\n\nС уважением,\nАлексей Смирнов\nИТ-отдел ООО «Стройресурс», Екатеринбург\nтел.: +7 (343) 221-09-85\nмоб.: +7 922 610-44-91', '73432210985', '79226104491'],
  ['ticket', 'Ошибка 502 при POST /api/v2/calls, request_id=7b1e4c2a-9d3f-4e11-8a52-0c9f3e7d2b10, попыток 3, последняя в 1718090412'],
  ['ticket', 'SUP-4830 Номер +7 (4012) 65-43-21 в карточке клиента (Калининград) не кликается, в других карточках всё ок', '74012654321'],
  ['ticket', 'SUP-4835 (дубль SUP-4821). Закрыт 11.06.2024 в 12:40, время решения 3 ч 26 мин, оценка клиента 5/5'],
  ['ticket', 'Клиент: ИП Сафронов, Казань. Телефон для связи 8-843-212-07-19 (рабочий), 8-987-296-33-05 (личный, после 18:00)', '78432120719', '79872963305'],
  ['ticket', 'Просьба не звонить клиенту: номер в карточке заканчивается на …33-05, клиент попросил связь только через e-mail'],
  ['ticket', 'SUP-4840 Не работает click-to-call из карточки. Пример номера, на котором воспроизводится: +7-961-045-78-12. Браузер Chrome 125.0.6422.142, расширение 2.8.4', '79610457812'],
  ['ticket', 'Chrome 125.0.6422.142 (64-bit), Windows 10 19045.4529, расширение 2.8.4 (build 1187), ошибка повторяется 3 из 5 раз'],

  // Error reports with JSON payloads and webhook bodies
  ['ticket', 'Вебхук не доходит, тело запроса:\n{"event":"contact.created","id":48213377,"created_at":1718089320,"phone":"79035557712","source":"site"}', '79035557712'],
  ['ticket', 'Повторная доставка: {"event":"deal.updated","deal_id":"552118","amount":1250000,"ts":1718089999123,"sig":"9f86d081884c7d65"}'],
  ['ticket', 'Payload от amo:\n{\n  "lead_id": 31877204,\n  "contact": {\n    "name": "Гаврилова Н.",\n    "phone": "+7 (921) 640-11-83",\n    "email": "n.gavrilova@baltmarket.ru"\n  },\n  "pipeline_id": 7712,\n  "status_id": 142\n}', '79216401183'],
  ['ticket', '{"call":{"uuid":"0a7c9e52-3b1d-4f6a-9c22-7e8d1f0b4a36","started_at":1718091200,"duration":187,"direction":"in","caller":"79857771203","callee":"74951203344"}}', '79857771203', '74951203344'],
  ['ticket', 'Webhook body (escaped, как пришло в логе): "{\\"phone\\":\\"79104552019\\",\\"order\\":\\"100248\\",\\"ts\\":1718091555}"', '79104552019'],
  ['ticket', 'Ответ API: {"status":"error","code":40013,"message":"phone is invalid","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","received":"+7 916 ***-**-12"}'],
  ['ticket', '{"phones":["+79161230045","+74952213300"],"primary":0,"updated":"2024-06-11T07:31:44Z"}', '79161230045', '74952213300'],
  ['ticket', '{"account_id":10034871,"tariff_id":"pro_2024_12","seats":25,"balance":"18450.00","currency":"RUB","next_charge":1719792000}'],
  ['ticket', 'В теле вебхука поле "phone": "" пустое, а "phone_raw": "89037441152" заполнено — почему не нормализуется?', '79037441152'],
  ['ticket', '{"otp":"482913","expires_in":300,"attempts_left":2,"session":"s_8e21f4c7b0a94d53","ts":1718092233412}'],
  ['ticket', 'Bitrix24 шлёт в ONCRMCONTACTADD поле PHONE в таком виде:\n"PHONE":[{"ID":"118","VALUE_TYPE":"WORK","VALUE":"+7 (391) 256-80-14"},{"ID":"119","VALUE_TYPE":"MOBILE","VALUE":"89135201177"}]', '73912568014', '79135201177'],
  ['ticket', '{"event":"call.finished","call_id":"1718092871.118","duration_sec":2741,"recording_size":10485760,"queue_id":504,"agent_ext":"214"}'],

  // Armenia
  ['contact', 'Ararat Logistics LLC, Yerevan\nOffice: +374 10 54-32-10\nMobile: +374 93 11-22-87', '37410543210', '37493112287'],
  ['email', 'Բարև Ձեզ! Hi team, our operators in Yerevan cannot transfer calls. Please call me back at 091 44 82 17 (Armen).', '37491448217'],
  ['invoice', 'AM-биллинг: счёт № 374-10-2024/0612 выставлен на 54 320 AMD, оплата через Idram'],
  ['ticket', 'Клиент из Еревана (ООО «Арарат Трейд»), новый номер офиса: (010) 27-45-90. Старый московский 8 (495) больше не используют.', '37410274590'],
  ['contact', 'Ararat Trade LLC — HVHH 02612345, bank acc. 2470012345678900, AMD. Contract #AM-2024-031 dated 03.04.2024'],
  ['timeline', '12.06 11:20 Звонок в Ереван +374 (55) 90-14-73 — клиент подтвердил перенос внедрения на 17.06', '37455901473'],

  // Georgia
  ['contact', 'შპს «Kavkaz Trans», Тбилиси\nтел. +995 32 2 47 12 34\nмоб. +995 599 12 34 56', '995322471234', '995599123456'],
  ['ticket', 'Клиент из Батуми: номер менеджера 577 30 41 29, Грузия, звонить после 11:00 по Тбилиси', '995577304129'],
  ['invoice', 'Invoice GE-2024-0611 / Amount: 1 995,00 GEL / IBAN GE29NB0000000101904917 / due 25.06.2024'],
  ['email', 'Hi,\nThis is Nino from Kavkaz Trans (Tbilisi, Georgia). Our webhook stopped at 09:40 UTC+4. Call me: +995 (591) 22-07-48.\nThanks!', '995591220748'],
  ['ticket', 'GE-tenant tbilisi-02: 14 users, 3 SIP trunks, Magti trunk id 99532, retention 90 days'],

  // Azerbaijan
  ['contact', 'Caspian Soft MMC (Bakı)\nOfis: +994 12 497 12 34\nMob: +994 50 311 22 33', '994124971234', '994503112233'],
  ['email', 'Salam! Zəhmət olmasa, texniki mütəxəssis bizə zəng etsin: 055 620 18 47, Bakı. Təşəkkürlər, Leyla', '994556201847'],
  ['ticket', 'AZ-партнёр: лицензия №994-2024-117, 12 операторов, тариф PRO-12, продление до 31.12.2024'],
  ['ticket', 'Клиент из Баку жалуется на эхо. Номер для обратного звонка: +994 (70) 455-12-09, звонить на русском', '994704551209'],

  // Kazakhstan
  ['contact', 'ТОО «Дала Сервис», Алматы\nприёмная 8 (727) 250-12-34\nсот. 8 701 555 19 82', '77272501234', '77015551982'],
  ['timeline', 'Звонок клиенту в Астану +7 7172 55-12-34 — не дозвонились, перенос на 15:00', '77172551234'],
  ['requisites', 'ТОО «Дала Сервис»\nБИН 180240012345\nИИК KZ86125KZT5004100100\nБИК HSBKKZKX\nКбе 17'],
  ['ticket', 'Казахстан, Караганда: менеджер Асель, +7 (7212) 41-08-66, сот. +7 747 390 12 58', '77212410866', '77473901258'],
  ['ticket', 'KZ: переход на тариф KZ-BIZ-25 с 01.07.2024, сумма 187 500 ₸, счёт на оплату №770-0612 отправлен'],

  // Uzbekistan
  ['contact', 'OOO «Samarqand Savdo» (Ташкент)\nтел: +998 71 200-12-34\nмоб: +998 (90) 911-22-33', '998712001234', '998909112233'],
  ['ticket', 'Uzbek client: Telegram @dilshod_crm, phone +998 93 485 61 07, prefers Russian', '998934856107'],
  ['invoice', 'Счёт UZ-0612 на 12 450 000 сум, ИНН 305123456, МФО 00873, р/с 20208000900123456001'],
  ['email', 'Assalomu alaykum! Menejerimiz bilan bog\'laning: +998 97 741-30-25 (Toshkent). Rahmat!', '998977413025'],

  // Serbia
  ['contact', 'Balkan Call d.o.o., Beograd\nTel: +381 11 3226 789\nMob: +381 64 123 4567', '381113226789', '381641234567'],
  ['email', 'Poštovani,\nimamo problem sa prenosom poziva. Molim vas pozovite me na 063/812-44-90.\n\nSrdačan pozdrav,\nMilica Jovanović\nBalkan Call d.o.o., Novi Sad', '381638124490'],
  ['requisites', 'Balkan Call d.o.o.\nPIB 109876543\nMB 21456789\nTekući račun 160-0000012345678-90'],
  ['ticket', 'Сербия, Белград: перезвонить Стефану на 011/2634-518, доб. 12', '381112634518;ext=12'],

  // Turkey
  ['contact', 'Anatolia Tekstil Ltd. Şti., İstanbul\nTel: 0212 345 67 89\nGSM: 0532 123 45 67', '902123456789', '905321234567'],
  ['ticket', 'Турецкий клиент (Анкара) просит звонок на +90 312 466 20 15, с 10 до 18 по Стамбулу', '903124662015'],
  ['invoice', 'Fatura No: TR2024000061 · Vergi No: 1234567890 · Tutar: 12.450,00 TL · Vade: 30.06.2024'],
  ['email', 'Merhaba,\nÇağrı kayıtları görünmüyor. Lütfen beni arayın: 0 (544) 818 27 60.\n\nSaygılarımla,\nEmre Yıldız\nBosphorus Lojistik A.Ş., İzmir\nT: +90 232 441 10 90 / Dahili 204', '905448182760', '902324411090;ext=204'],

  // SIP and PBX log lines
  ['ticket', '[2024-06-11 10:14:22] NOTICE[18233]: chan_sip.c:28012 handle_request_register: Registration from \'"214" <sip:214@10.0.12.5:5060>\' failed for \'185.12.64.201:5072\' - Wrong password'],
  ['ticket', 'INVITE sip:74957301248@sip.telemost.ru SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bK776asdhds\nFrom: <sip:79161234567@trunk.mts.ru>;tag=as5f1c2e7a\nCall-ID: 3c26700a2e6f4b1f@10.0.0.5\nCSeq: 102 INVITE\nContent-Length: 312'],
  ['ticket', 'В CDR: CallerID "Ольга Петрова" <+79265550148>, канал PJSIP/trunk-000012af, hangupcause=17 (user busy), billsec=0', '79265550148'],
  ['ticket', '2024-06-11T10:22:31.118Z pbx-03 kamailio[2231]: INFO: <script>: R-URI=sip:0107@pbx.local; src=91.203.44.17:5060; ua="Yealink SIP-T46U 108.86.0.45"'],
  ['ticket', 'Коллеги, в CDR за 10.06 неверный номер: вместо 8 (383) 209-14-77 пишется 8 (383) 209-14-7 — последний символ обрезается', '73832091477'],
  ['ticket', 'asterisk -rx "core show channels": 14 active channels, 7 active calls, 118342 calls processed, uptime 3 weeks, 2 days, 04:11:52'],
  ['timeline', 'Входящий с +7 913 770-28-45 переведён на вн. 305, разговор 2 мин 41 с', '79137702845'],
  ['ticket', 'pjsip show endpoints: 214/214 Unavailable 0 of inf; 215/215 Not in use; trunk_beeline 1 of inf, contact sip:89.179.245.13:5060 RTT 38.112ms'],
  ['ticket', 'PBX event: NewCallerid | Channel: PJSIP/beeline-00000a41 | CallerIDNum: 89854410237 | CallerIDName: Клиент | Uniqueid: 1718093467.2291', '79854410237'],
  ['ticket', 'RTP: Received 1844 packets, lost 12 (0.65%), jitter 18 ms, codec PCMA, SSRC 0x3f2a91c4, ports 10000-20000'],

  // API request examples
  ['ticket', 'Пример запроса:\ncurl -X POST https://api.telemost.ru/v2/calls \\\n  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9..." \\\n  -d \'{"from":"214","to":"+74993225510"}\'', '74993225510'],
  ['ticket', 'GET /api/v2/contacts?phone=79161234567&limit=50 возвращает 404, версия API 2.7.1'],
  ['contact', 'Кнопка «Написать» ведёт на https://wa.me/79857771203, а звонить лучше на +7 985 777-12-03', '79857771203'],
  ['ticket', 'POST /api/v2/callback HTTP/1.1\nHost: api.telemost.ru\nX-Request-Id: 01HZX3M8W2K4P7Q9R5T6V8Y0AB\nContent-Length: 94\n\n{"ext":"214","number":"+7 (___) ___-__-__"}'],
  ['ticket', 'Пример из документации API:\nPOST /api/v2/contacts\n{"name":"Иван Тестов","phone":"+7 495 150-22-40","tags":["vip"],"responsible_id":3021}', '74951502240'],
  ['ticket', 'Лимит API: 600 запросов в минуту на аккаунт, 20 одновременных соединений, при превышении 429 и заголовок Retry-After: 30'],
  ['ticket', 'SDK пример (Python):\nclient.calls.create(from_ext="214", to="+79062003318", record=True, timeout=45)', '79062003318'],
  ['ticket', 'Сгенерируйте токен: POST /oauth/token, client_id=5521087, client_secret=3f9a…e21b, grant_type=client_credentials, expires_in=86400'],

  // Release notes
  ['ticket', 'Release 4.13.0 (build 20240611.2, commit a3f9c21e): исправлена нормализация номеров, поддержка маски +7 (___) ___-__-__ в виджете.'],
  ['ticket', 'Версия 4.13.2 от 14.06.2024 (сборка 20240614.7): исправлена ошибка #11872 с обрезкой номеров длиннее 15 цифр; добавлен сербский формат 0XX/XXX-XXXX.'],
  ['ticket', 'Release notes 4.14.0: номер горячей линии поддержки изменился, теперь 8 800 350-27-18 (бесплатно по РФ), старый номер отключён 01.07.2024', '78003502718'],
  ['ticket', 'Changelog 2.8.5 (extension): normalize 00374/00995/00994 prefixes; fix regex for +90 numbers; 37 tests added, coverage 91.4%'],

  // On-call rotas
  ['contact', 'Дежурства L2, неделя 24:\nПн–Ср — Дмитрий К., +7 915 204-63-18\nЧт–Пт — Анна Б., +7 926 771-09-42\nСб–Вс — Тимур Г., +7 903 118-35-60', '79152046318', '79267710942', '79031183560'],
  ['ticket', 'График дежурств: неделя 24 (10.06–16.06), неделя 25 (17.06–23.06), смена 09:00–21:00 МСК, ночная 21:00–09:00, эскалация через 15 мин'],
  ['contact', 'On-call\tName\tMobile\tBackup\nL1\tPavel S.\t+7 916 310 55 27\tвн. 201\nL2\tMarat Kh.\t+7 (917) 455-80-36\tвн. 202\nDevOps\tSergey L.\t+7 999 012 48 71\t—', '79163105527', '79174558036', '79990124871'],
  ['ticket', 'Если дежурный не отвечает 10 минут — звонить тимлиду: Евгений, 8-925-640-13-92', '79256401392'],

  // Telegram chat excerpts
  ['timeline', '[11.06.2024 10:41] Ирина (ООО Вектор): у нас опять не пишутся звонки\n[11.06.2024 10:42] Поддержка Телемост: Ирина, продиктуйте номер, на который звонили\n[11.06.2024 10:43] Ирина (ООО Вектор): 8 916 482 17 35 и ещё 8-499-322-55-10', '79164821735', '74993225510'],
  ['timeline', '[12.06.2024 09:12] Тимур Г.: прод-кластер msk-2 упал в 09:07, ребут 09:11, uptime 00:04:12, инцидент INC-2024-0612-03'],
  ['timeline', '[12.06.2024 14:55] Нино (Kavkaz Trans): Тбилиси, звоните на 0 32 2 47 12 34 или мне на мобильный 599 12 34 56', '995322471234', '995599123456'],
  ['timeline', '[12.06.2024 15:01] Support bot: ваш код для входа 734 209. Никому не сообщайте его. Код действует 5 минут.'],

  // Numbers next to other digits, requisites and money
  ['contact', 'Контакты: 1)+7 903 111-22-33; 2)8 (812) 600-40-40; 3)вн.118', '79031112233', '78126004040'],
  ['contact', 'тел.89161234567,89031234567', '79161234567', '79031234567'],
  ['deal', 'Номер заказа 89161234, счёт 2024-06-0117, сумма 16 890,00 ₽, оплачено картой **** 4417'],
  ['requisites', 'ООО «Телемост»\nИНН 7707083893 КПП 770701001\nОГРН 1027700132195\nр/с 40702810938000012345\nк/с 30101810400000000225\nБИК 044525225'],
  ['requisites', 'ООО «Вектор», 115114, г. Москва, ул. Летниковская, д. 10, стр. 2, оф. 316\nИНН 7725123456 / КПП 772501001\nТел./факс: (495) 644-18-20', '74956441820'],
  ['ticket', 'Номер телефона должен быть в формате +7XXXXXXXXXX (11 цифр), пример: +7 9XX XXX-XX-XX'],
  ['contact', 'Телефон: +7 (495) 123-45-67 доб. 3021, факс: +7 (495) 123-45-68', '74951234567;ext=3021', '74951234568'],
  ['invoice', 'Счёт № 0612-118 от 12.06.2024\nТелемост Про, 25 лицензий × 1 290,00 = 32 250,00 ₽\nНДС 20%: 5 375,00 ₽\nИтого: 32 250,00 ₽'],
  ['invoice', 'Счёт отправлен бухгалтеру клиента: Марина, тел. 8 (846) 270-33-19, e-mail buh@samarastal.ru', '78462703319'],
  ['delivery', 'Отгрузка лицензионных ключей: 3 шт., серийные 2406-1187-4412, 2406-1187-4413, 2406-1187-4414'],
  ['delivery', 'Доставка SIP-телефонов Yealink T31P (12 шт.) — курьер СДЭК, накладная 1487302955, получатель: Олег, +7 912 405-66-80', '79124056680'],
  ['delivery', 'Трек-номер 80082394712345, вес 3,2 кг, ПВЗ №7701, срок хранения до 20.06.2024'],
  ['contact', 'Гусев Андрей Викторович, директор по продажам\nООО «ТоргСнаб»\n+7\u00a0(495)\u00a0988\u201142\u201117', '74959884217'],
  ['contact', 'Гусев А. В., ДР 14.03.1979, паспорт 45 09 118273, выдан 22.04.2009, код подразделения 770-093'],
  ['contact', 'Моб. +7\u2013926\u2013118\u201340\u201305, раб. +7 (499) 391\u201120\u201170', '79261184005', '74993912070'],
  ['ticket', 'Поддержка отвечает по вн. 100, 101, 102 — звонить с общего номера офиса (см. карточку компании)'],
  ['email', 'Best regards,\nKirill Orlov | Head of Sales Ops\nTelemost LLC, Moscow\nM: +7 903 780 15 22 | O: +7 495 266 70 10 ext. 105\nkirill.orlov@telemost.ru', '79037801522', '74952667010;ext=105'],
  ['ticket', 'Ticket #SUP-4901 merged into #SUP-4899 by agent 3021 at 2024-06-12 16:40:05 (+03:00)'],
  ['ticket', 'Клиент оставил номер в комментарии без пробелов: 84951503377доб105', '74951503377;ext=105'],
  ['ticket', 'Перезвоните пожалуйста, номер у вас есть. Заявка 118-447, договор 24/06-77.'],
  ['ticket', 'Не проходит звонок на +7 (800) 234 56 78 — горячая линия банка клиента, через транк МТС: SIP 403 Forbidden', '78002345678'],
  ['ticket', 'SIP/2.0 403 Forbidden\nWarning: 399 sip.mts.ru "Number not allowed"\nCall-ID: 7f3a2c91b84e4d55@185.12.64.201\nCSeq: 2 INVITE'],

  // Customer e-mails and signatures
  ['email', 'Здравствуйте!\nПросим подключить второй транк. Наш IT: Роман, 8 (3812) 40-22-71 (Омск), 8 913 977 05 14.\n--\nООО «СибАгро»', '73812402271', '79139770514'],
  ['email', 'Здравствуйте! Оплатили счёт № 0612-118 платёжным поручением № 4471 от 13.06.2024 на сумму 32 250,00 руб. Просим активировать лицензии.'],
  ['email', 'Hello Telemost team,\nWe are a Turkish reseller (Anka Bilişim Ltd. Şti., Ankara). Please contact our CTO Burak at +90 (533) 712 40 18 or our office 0312 219 55 00.\nKind regards', '905337124018', '903122195500'],
  ['email', 'Hi, our account 10034871 was charged twice on 2024-06-10 (txn 8813002291 and 8813002292), card ending 4417. Please refund.'],
  ['email', 'Dobar dan,\nmolim vas da nas kontaktirate na +381 21 455 7788 (Novi Sad) ili mobilni +381 65 234 1190.\nHvala, Dragan', '381214557788', '381652341190'],
  ['email', 'Poštovani, uplata po fakturi 2024-118 iznosi 48.600,00 RSD, poziv na broj 97 11-2024-0612. Srdačno'],
  ['email', 'Сәлеметсіз бе! Звоните нам: +7 (727) 3 55 66 77, WhatsApp тот же. ТОО «Алтын Жол», Алматы', '77273556677'],
  ['email', 'С уважением,\nНаталья Кузнецова\nРуководитель отдела продаж\nООО «Прометей»\n☎ +7 (861) 203-44-19 (Краснодар)\n📱 +7 918 43 55 207\n✉ n.kuznetsova@prometey.ru\nwww.prometey.ru\n\nЭто письмо и вложения конфиденциальны. Если вы получили его по ошибке, сообщите отправителю.', '78612034419', '79184355207'],
  ['email', 'Добрый день, напоминаем: вебинар «Интеграция с АТС» 18.06.2024 в 11:00 МСК, ID конференции 843 2910 4476, код доступа 551902'],
  ['email', 'გამარჯობა! Please call our office in Kutaisi: +995 431 24 55 18, or me 555 90 12 37. Giorgi, Imereti Foods LLC (Georgia)', '995431245518', '995555901237'],
  ['email', 'Уважаемый клиент! Ваш пароль был изменён 12.06.2024 в 18:22 с IP 94.25.171.44 (Москва). Если это были не вы, обратитесь в поддержку.'],
  ['email', 'Hörmətli dəstək, Sumqayıt ofisimiz: +994 18 642 11 05, mob. +994 (51) 288-77-40. Hörmətlə, Rauf', '994186421105', '994512887740'],
  ['email', 'Здравствуйте, мы из Самарканда (Узбекистан). Контакт: +998 66 233 45 09, моб. +998 (99) 801-17-62', '998662334509', '998998011762'],
  ['email', 'Тема: Re: Re: SUP-4821 [#4821-2]\nДата: Wed, 12 Jun 2024 10:42:17 +0300\nMessage-ID: <20240612074217.118.4821@mail.telemost.ru>'],
  ['email', '> Пн, 10 июн. 2024 г. в 16:20, Ирина <irina@vector.ru>:\n> наш номер +7 916 482-17-35\n\nИрина, уточните пожалуйста: +7 916 482-17-35 — это мобильный или рабочий?', '79164821735', '79164821735'],

  // Exports and payloads in other formats
  ['ticket', 'CSV-выгрузка контактов:\nid;name;phone;created\n1187;Соколов;+74957440012;2024-06-10\n1188;Лебедева;89264451190;2024-06-11\n1189;Жуков;;2024-06-11', '74957440012', '79264451190'],
  ['ticket', 'id;deal;amount;stage;updated\n552118;Поставка АТС;1250000;won;1718089999\n552119;Лицензии 25;322500;lost;1718090077'],
  ['ticket', '{"data":{"contact":{"id":"c_91f2","phones":[{"number":"+374 91 22 33 44","type":"mobile"}],"country":"AM"}}}', '37491223344'],
  ['ticket', '{"lead":{"phone":"+90 216 555 01 23","city":"İstanbul","utm_campaign":"tr_summer_2024","gclid":"Cj0KCQjw3ZayBhDRARIsAPWzx8o"}}', '902165550123'],
  ['ticket', '{"error":{"code":"E_RATE_LIMIT","retry_after_ms":30000,"request_id":"req_01HZX3Q1B8C9","limits":{"rpm":600,"burst":20}}}'],
  ['ticket', 'Webhook "call.missed": {"from":"+998901234567","to":"+998712005511","queue":"uz_sales","wait":42}', '998901234567', '998712005511'],
  ['ticket', '{"sha256":"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b","size":2097152,"mime":"audio/mpeg"}'],
  ['ticket', 'XML от старой АТС:\n<Call><Id>884712</Id><From>8 (3452) 68-11-04</From><To>214</To><Start>2024-06-12T11:05:33</Start></Call>', '73452681104'],
  ['ticket', '<Event><Id>884713</Id><Ext>214</Ext><Duration>187</Duration><Cause>16</Cause><Timestamp>1718179533</Timestamp></Event>'],
  ['ticket', 'YAML настройки транка клиента:\ntrunk:\n  name: beeline_main\n  did: "+7 (495) 122-90-80"\n  port: 5060\n  codecs: [alaw, ulaw]', '74951229080'],
  ['ticket', 'config:\n  retries: 3\n  timeout_ms: 15000\n  ring_time: 45\n  max_channels: 30\n  rtp_range: 10000-20000'],

  // Traps: ids, codes and technical numbers
  ['ticket', 'UUID звонка: 550e8400-e29b-41d4-a716-446655440000, trace: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
  ['ticket', 'Jira: SUP-4821, DEV-11872, OPS-903. Связанные коммиты: 8f3e21a, c91d0b7, 4471aa2. PR #2219.'],
  ['ticket', 'Время события: 1718179533 (unix), 1718179533412 (ms), 2024-06-12T08:05:33.412Z'],
  ['ticket', 'Серверы: 10.0.12.5, 10.0.12.6, 185.12.64.201:5060, 91.203.44.17:5061 (TLS), SRV _sip._udp.telemost.ru 10 60 5060'],
  ['ticket', 'Размер записи 14 680 064 байт (14 МБ), длительность 00:15:17, битрейт 128 kbps, частота 8000 Hz'],
  ['ticket', 'OTP для входа: 8812 (SMS), резервные коды: 4471-2290, 9918-0032, 5510-7764'],
  ['deal', 'Лицевой счёт 7701-448-219, договор № 74/2024-ТМ от 01.02.2024, тариф «Бизнес 25» (id 1187)'],
  ['ticket', 'Build 4.13.2+20240614.7 (git 3e8c1d09), node 20.14.0, pnpm 9.1.4, electron 30.1.0'],
  ['ticket', 'SIP Call-ID: 1a2b3c4d5e6f7a8b9c0d@89.179.245.13, To-tag: 8812904471, From-tag: as7f22c019'],
  ['deal', 'Промокод TELEMOST2024 даёт скидку 15% на 12 месяцев; действует до 31.08.2024 23:59:59'],
  ['ticket', 'Номер обращения у оператора связи: 9161234567/2024 — это не телефон, а номер заявки в МТС'],
  ['ticket', 'Маска ввода на форме: +7 (9__) ___-__-__, для Казахстана +7 (7__) ___-__-__, для Армении +374 __ ___ ___'],
  ['contact', 'Номер клиента скрыт: +7 (926) ***-**-05. Полный номер доступен только ролям Admin и Supervisor.'],
  ['ticket', 'Входящий с 8 (495) 730-12-4… — номер обрезан в уведомлении, просьба проверить CDR'],

  // Timeline and deals
  ['timeline', '12.06 15:30 Звонок от клиента +7 (8552) 39-44-10 (Набережные Челны), вопрос по выставлению счёта', '78552394410'],
  ['timeline', '12.06 15:47 Исходящий → 8 (4212) 75-03-18 (Хабаровск), +7 ч к МСК, клиент просил звонить до 11:00 МСК', '74212750318'],
  ['timeline', '12.06 16:02 Статус сделки изменён: «Счёт выставлен» → «Оплачен», сумма 187 500,00 ₽, менеджер #3021'],
  ['deal', 'Сделка «Внедрение колл-центра на 40 мест», ЛПР — Вадим Олегович, +7 (4722) 31-70-56, доб. 1201; секретарь +7 (4722) 31-70-50', '74722317056;ext=1201', '74722317050'],
  ['deal', 'Сделка #552118: 40 мест × 1 290 ₽ × 12 мес = 619 200 ₽, скидка 7%, итого 575 856 ₽, вероятность 60%'],
  ['deal', 'ЛПР: Ахмедов Р. (Баку), тел. (012) 565-40-08, Азербайджан. Бюджет согласован.', '994125654008'],
  ['deal', 'Тендер ТОО «Nur Logistics» (Астана): контактное лицо Ержан, +7 (7172) 79-35-12, моб. 8 (777) 234-10-98', '77172793512', '77772341098'],
  ['deal', 'Тендер № 240612-118 на портале goszakup.gov.kz, лот 3 из 5, НМЦ 12 400 000 ₸, подача до 24.06.2024 18:00 (Астана)'],

  // Telegram chat excerpts
  ['timeline', '[13.06.2024 10:02] Асель (Дала Сервис): Добрый день! Оператор не слышит клиентов\n[13.06.2024 10:03] Поддержка: Асель, пришлите номер, с которого звонили\n[13.06.2024 10:05] Асель (Дала Сервис): +77015551982 и +7 727 250 12 34', '77015551982', '77272501234'],
  ['timeline', '[13.06.2024 10:07] Поддержка: спасибо, вижу в логах 2 вызова: 1718262102.501 и 1718262130.502, оба с кодом 488 Not Acceptable Here'],
  ['timeline', 'Дмитрий К.: кто сегодня на дежурстве?\nАнна Б.: я до 21, потом Тимур (+7 903 118-35-60)\nДмитрий К.: ок, спс', '79031183560'],
  ['timeline', 'Анна Б.: задеплоила 4.13.3 на msk-2, миграция 0047_phone_e164 заняла 118 с, затронуто 2 204 117 строк'],
  ['timeline', 'Forwarded from Sales Chat:\nТурецкий лид, Ahmet Kaya, İstanbul — +90 542 318 70 26, хочет демо на 14:00 (UTC+3)', '905423187026'],
  ['timeline', 'голосовое сообщение 0:47 · 1,2 МБ'],
  ['timeline', 'Рустам: вот номер из Ташкента, перезвоните плз 90 123 45 67 (Узбекистан, Beeline UZ)', '998901234567'],
  ['timeline', 'Рустам: 12:40 созвон? ссылка meet.telemost.ru/abc-defg-hij, пин 4471 92'],
  ['timeline', 'Milan (Beograd): zovite me sutra na 064 555 12 34, danas sam na putu', '381645551234'],
  ['timeline', 'Milan: račun broj 2024-06-118 plaćen, iznos 36.000 RSD, referenca 97 4471 2291'],

  // On-call rotas and runbooks
  ['contact', 'ON-CALL ROTA (Europe/Moscow)\nweek 25: primary Marat Kh. +7-917-455-80-36 / secondary Pavel S. +7-916-310-55-27\nweek 26: primary Sergey L. +7-999-012-48-71 / secondary Marat Kh. +7-917-455-80-36', '79174558036', '79163105527', '79990124871', '79174558036'],
  ['ticket', 'PagerDuty: incident #P4K7Q2X acknowledged by Marat Kh. at 03:14:22, escalation policy EP-2, service "pbx-gateway", urgency high'],
  ['contact', 'Контакты эскалации при аварии:\n1. Дежурный L2 — 8 (915) 204-63-18\n2. Руководитель поддержки — 8 (985) 600-21-44\n3. CTO — только если даунтайм > 30 мин: 8 (903) 700-99-01', '79152046318', '79856002144', '79037009901'],
  ['ticket', 'Runbook: 1) проверить статус на status.telemost.ru; 2) kubectl -n pbx get pods; 3) рестарт sip-proxy-7d9f8c6b5-x2k4p; 4) таймаут 300 с'],

  // Release notes
  ['ticket', 'Что нового в 4.14.0 (20.06.2024): поддержка номеров Узбекистана (+998), Сербии (+381) и Турции (+90); ускорение поиска на 35%; 112 исправлений.'],
  ['ticket', 'Release notes 4.14.0, раздел «Контакты поддержки»: для клиентов из Казахстана работает линия +7 (727) 350-01-01, из Армении — +374 10 51-00-77', '77273500101', '37410510077'],
  ['ticket', 'Fixed: #11901 номера вида 0XXX XXX XX XX не распознавались; #11905 ложные срабатывания на ИНН (10 цифр); #11910 обрезка добавочного > 5 цифр'],
  ['ticket', 'Deprecated: API v1 будет отключён 01.10.2024 00:00 UTC; endpoints /v1/calls, /v1/contacts; миграция — см. docs/v2/migration#step-3'],

  // Contact cards in various forms
  ['contact', 'Ефимова Т.С.\nгл. бухгалтер\n+7 (8422) 27-14-09\nУльяновск', '78422271409'],
  ['contact', 'Тел: +7.495.640.18.22', '74956401822'],
  ['contact', 'Контакт: +7/916/771-44-03 (Сергей)', '79167714403'],
  ['contact', 'Тел.(моб):+79091127734;раб.:+7(3452)39-08-11', '79091127734', '73452390811'],
  ['contact', 'Дата рождения 03.09.1985, ИНН физлица 772814590316, СНИЛС 123-456-789 01'],
  ['contact', 'WhatsApp/Telegram: +7 (705) 441 28 90 (Актобе)', '77054412890'],
  ['contact', 'Տիգրան Մ. — +374-77-80-41-26 (WhatsApp), офис в Гюмри: +374 312 5 40 18', '37477804126', '37431254018'],
  ['contact', 'Sales manager Elif Demir, Bursa Tekstil A.Ş.\nT +90 224 243 15 60 (dahili 118)\nM +90 555 902 33 41', '902242431560;ext=118', '905559023341'],
  ['contact', 'Elif Demir, doğum tarihi 12.04.1990, T.C. Kimlik No 10000000146, çalışan no 2291'],
  ['contact', 'Гия Беридзе (Батуми, Грузия): +995 422 27 11 40, моб. +995 (577) 124-090', '995422271140', '995577124090'],
  ['contact', 'Гия Беридзе, личный № 01008012345 (Грузия), паспорт 13AB45678'],
  ['contact', 'Orxan Məmmədov, Gəncə — (022) 256-33-10, mobil (077) 415-20-83, Azərbaycan', '994222563310', '994774152083'],
  ['contact', 'Jasur Karimov, Buxoro (Uzbekistan): +998 (65) 221-04-37 / +998 (33) 704-11-20', '998652210437', '998337041120'],
  ['contact', 'Jasur Karimov, JSHSHIR 31205901230045, pasport AA1234567, STIR 305118220'],
  ['contact', 'Jelena Petrović, Niš — 018/523-417, 066 412 98 03 (Srbija)', '38118523417', '381664129803'],
  ['contact', 'Jelena Petrović, JMBG 0101990715015, broj LK 009876543'],

  // Deals
  ['deal', 'Сделка: «Колл-центр Bosphorus» (Измир, Турция), 60 мест. Контакт со стороны клиента: Emre Yıldız, 0 (544) 818 27 60; наш менеджер Кирилл, +7 903 780 15 22', '905448182760', '79037801522'],
  ['deal', 'Deal #552140, stage 3/7, amount 48 000 USD, close date 2024-07-31, probability 40%, owner id 3021'],
  ['deal', 'Перезвонить до конца недели: Сурен (Ереван), 099 71 20 45 — ждёт КП на 15 мест', '37499712045'],
  ['deal', 'КП № 2024-06-77 на 15 мест: 15 × 12 × 1 290 = 232 200 ₽, скидка 10% → 208 980 ₽'],
  ['deal', 'Новая сделка из формы сайта: телефон +7 (923) 355-77-01, город Новосибирск, источник yandex_direct, utm_term=атс+для+crm', '79233557701'],
  ['deal', 'Источник: yandex_direct, clid 2290118, yclid 4471829100218834, utm_content=ad_7701_v2'],

  // Invoices
  ['invoice', 'Счёт-фактура № 1187 от 30.06.2024\nКод вида товара 2205\nКод ОКЕИ 796\nКоличество 25\nЦена 1 290,00'],
  ['invoice', 'Акт сверки отправлен. Вопросы по оплате: бухгалтерия «Телемост», +7 (495) 266-70-10, доб. 2 (Светлана)', '74952667010;ext=2'],
  ['invoice', 'Оплата по счёту №0612-118: ПП №4471 от 13.06.2024, сумма 32 250,00, назначение: «Оплата по счёту 0612-118, НДС не облагается»'],
  ['invoice', 'Invoice INV-2024-0612-AM sent to Ararat Trade LLC, Yerevan. Billing contact: Lilit, +374 (10) 58-44-19', '37410584419'],
  ['invoice', 'Invoice INV-2024-0615-TR · Tutar 1.250,00 USD · SWIFT TGBATRISXXX · IBAN TR33 0006 1005 1978 6457 8413 26'],
  ['invoice', 'Счёт на оплату выставлен ТОО «Алтын Жол». Получатель счёта: бухгалтер Гульнара, 8 (727) 355-66-78', '77273556678'],

  // Requisites
  ['requisites', 'ООО «Телемост»\nЮр. адрес: 123112, Москва, Пресненская наб., д. 12, офис 4471\nИНН 7703451289 / КПП 770301001\nТелефон: +7 (495) 266-70-10\nE-mail: info@telemost.ru', '74952667010'],
  ['requisites', 'Банк: АО «Альфа-Банк», р/с 40702810401300012345, к/с 30101810200000000593, БИК 044525593, ОКПО 12345678, ОКВЭД 62.01'],
  ['requisites', 'Caspian Soft MMC\nVÖEN 1403456781\nÜnvan: Bakı, Nizami küç. 118\nTel: (+994 12) 404-55-66', '994124045566'],
  ['requisites', 'ТОО «Nur Logistics», БИН 190440021187, КБе 17, КНП 859, ИИК KZ12601A871001726091, БИК HSBKKZKX'],
  ['requisites', 'Anka Bilişim Ltd. Şti.\nVergi Dairesi: Çankaya, VKN 0680123456\nAdres: Kızılay, Ankara\nTel: 0 312 219 55 00 / Faks: 0 312 219 55 01', '903122195500', '903122195501'],
  ['requisites', 'OOO «Samarqand Savdo», STIR 305118220, MFO 00440, h/r 20208000405112233001, OKED 46900'],

  // Deliveries
  ['delivery', 'Курьер: привезти 12 гарнитур Jabra в офис клиента, ул. Марата, 8, Санкт-Петербург. Встретит Павел, 8 (921) 640-11-83, пропуск заказан', '79216401183'],
  ['delivery', 'СДЭК 1487302955: принят 13.06 в 14:20, Москва → Казань, тариф 136, вес 4,8 кг, объём 0,02 м³'],
  ['delivery', 'DHL to Istanbul: AWB 3884712290, consignee Anatolia Tekstil, phone +90 212 345 67 89, pieces 2', '902123456789'],
  ['delivery', 'Boxberry: код получения 4471, номер отправления BX2291188470, хранение до 22.06'],
  ['delivery', 'Доставка в Ташкент: получатель Дильшод, тел. +998 93 485 61 07, адрес: Юнусабад 4-17-82', '998934856107'],
  ['delivery', 'Отправление 80082394712345 прибыло в сортировочный центр Подольск 13.06.2024 03:14, следующая точка — МСЦ 102976'],

  // Tickets in English and normalisation reports
  ['ticket', 'Customer reports one-way audio on calls to +7 495 120 33 44. RTP from 91.203.44.17:16384 not received. NAT: symmetric.', '74951203344'],
  ['ticket', 'P1 incident INC-2024-0613-01: 502 on /webhooks/amo between 02:10 and 02:47 UTC, 1 184 events requeued, 0 lost'],
  ['ticket', 'Caller ID shows as "Unknown" for calls from Yerevan (+374 60 27 14 18), works fine for +374 10 54 32 10', '37460271418', '37410543210'],
  ['ticket', 'Repro steps: 1. Open contact 1187. 2. Click "Call". 3. Observe error 0x80070057 in console. Expected: call starts within 2 s.'],
  ['ticket', 'После обновления АТС номера приходят с префиксом 8 10: 8 10 374 91 44 82 17 — это Армения, нужно нормализовать в +374 91 44 82 17', '37491448217', '37491448217'],
  ['ticket', 'Номер клиента в Турции набираем через 00: 00 90 532 123 45 67 — АТС отклоняет с 484 Address Incomplete', '905321234567'],
  ['ticket', 'SIP/2.0 484 Address Incomplete, Reason: Q.850;cause=28, Server: Asterisk PBX 18.21.0, Allow-Events: presence, dialog'],
  ['ticket', 'На стороне клиента (Тбилиси) номер сохранён как 032 2 47 12 34, а наш нормализатор даёт лишний ноль после кода страны', '995322471234'],
  ['ticket', 'Клиент из Шымкента: 8 (7252) 53-18-40, сот. 8 (702) 118 44 90, писать по-русски', '77252531840', '77021184490'],
  ['ticket', 'Kcell/Beeline KZ: SMS-шлюз вернул статус 4471 (delivery failed), id сообщения 88123009471, партнёр 7702'],

  // API examples
  ['ticket', 'Пример ответа GET /api/v2/contacts/1187:\n{"id":1187,"name":"Соколов И.","phone":"+74957440012","phone_e164":"+74957440012","created_at":"2024-06-10T09:14:22Z"}', '74957440012', '74957440012'],
  ['ticket', 'Пример ошибки: {"field":"phone","error":"must match ^\\+?[0-9]{10,15}$","value":"12345"}'],
  ['ticket', 'Python:\nresp = requests.post(url, json={"phone": "+381 11 3226 789", "ext": None, "tenant": "rs-bg-01"}, timeout=10)', '381113226789'],
  ['ticket', 'Node: await api.calls.list({ from: 1718179533, to: 1718265933, limit: 500, offset: 1000 })'],
  ['ticket', 'Postman collection, переменная {{testPhone}} = +7 999 555-01-17 (наш тестовый SIM), {{tenantId}} = 4471', '79995550117'],
  ['ticket', 'HTTP/1.1 200 OK\nDate: Thu, 13 Jun 2024 11:05:33 GMT\nContent-Type: application/json\nContent-Length: 20481\nX-RateLimit-Remaining: 599\nETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"'],
  ['ticket', 'GraphQL: mutation { createContact(input: {name: "Aynur", phone: "+994 55 620 18 47", country: AZ}) { id } }', '994556201847'],
  ['ticket', 'gRPC: CallService/StartCall deadline exceeded after 5000ms, peer 10.0.12.6:50051, attempt 3/3'],

  // Traps: money, ids and numbers that look like phones
  ['invoice', 'Номер платёжного поручения 000118, КБК 18210102010011000110, ОКТМО 45382000'],
  ['invoice', 'Оплата картой МИР **** **** **** 4417, авторизация 882910, RRN 416512883901'],
  ['deal', 'Лимит: 100 DID на аккаунт, 30 каналов, 5 транков, 1 000 000 минут в год'],
  ['ticket', 'IMEI 356938035643809, ICCID 8970101234567890123, IMSI 250011234567890'],
  ['ticket', 'Время ответа SLA: 15 мин (P1), 1 ч (P2), 4 ч (P3), 24 ч (P4); график 24/7/365'],
  ['deal', 'Тариф id 7701-25, аккаунт 89161234-A, подписка sub_1PQx8c2eZvKYlo2C0a1b2c3d'],
  ['contact', 'Координаты офиса: 55.751244, 37.618423; этаж 12, переговорная 1204, Wi-Fi пароль 84951234'],
  ['delivery', 'Serial number: YL-T46U-2290188471, MAC 80:5E:C0:12:34:56, firmware 108.86.0.45'],
  ['requisites', 'ОКПО 98765432, ОКАТО 45286555000, ОКОГУ 4210014, ОКФС 16, ОКОПФ 12300'],
  ['invoice', 'Курс: 1 USD = 89,1612 RUB; 1 TRY = 2,7412 RUB; 1 KZT = 0,1981 RUB (ЦБ на 13.06.2024)'],
  ['timeline', 'Напоминание: созвон по SUP-4821 в 15:00–15:30, Zoom ID 912 4455 6071, passcode 220418'],
  ['timeline', 'SMS от банка: «Код 5512. Никому не сообщайте. Списание 32 250,00 RUB, карта *4417»'],
  ['ticket', 'Номер версии протокола: 2.0; RFC 3261, RFC 4566; порт 5060/5061; диапазон RTP 10000–20000'],
  ['ticket', 'Статистика за май: 118 442 звонка, 9 812 пропущенных (8,3%), среднее ожидание 00:00:41, AHT 00:04:12'],
  ['ticket', 'Счётчик трафика: 79 161 234 567 байт передано за месяц (≈73,7 ГБ)'],
  ['contact', 'Добавочные номера отдела продаж: 201–215, поддержки: 301–310, бухгалтерии: 401'],
  ['ticket', 'Hash: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['ticket', 'Audit: user 3021 exported 2 204 contacts at 1718265933412 from IP 94.25.171.44; file contacts_20240613_1187.csv (1 048 576 bytes)'],
  ['ticket', 'Ошибка нормализации: строка "+7 (916) 48" слишком короткая (8 цифр), строка "7916482173599" слишком длинная (13 цифр)'],
  ['ticket', 'Номер внутренней линии 214 занят, переадресация на 215, далее на голосовую почту *97'],
  ['ticket', 'Тестовый стенд: номера 70000000000–70000000099 зарезервированы под автотесты и не набираются'],
  ['ticket', 'Жалоба клиента: «Звонок с номера +7 (495) ХХХ-ХХ-ХХ, представились вашей поддержкой» — номер клиент не запомнил'],
  ['ticket', 'Пинг до pbx-03: 64 bytes from 10.0.12.7: icmp_seq=1 ttl=63 time=0.412 ms'],
  ['deal', 'Порядок: заявка → КП → договор № 74/2024 → счёт 0612-118 → акт 0630-118 → закрывающие 30.06.2024'],
  ['ticket', 'Версии: Asterisk 20.8.1, FreePBX 16.0.40.7, Kamailio 5.8.2, rtpengine 12.4.1.8'],
  ['contact', 'Телефон в карточке не указан. Клиент просил писать только в Telegram @vector_irina.'],
  ['timeline', 'Группа: TG -1001844712290, сообщение 4471, бот @telemost_support_bot (id 7012298811)'],
  ['deal', 'Скидка по программе лояльности: 3-й год — 10%, 5-й — 15%; номер карты лояльности 7701 4471 2290 1187'],
  ['contact', 'Ссылка для клиента: https://crm.telemost.ru/call?phone=%2B79164821735&ext=214&src=card'],
  ['ticket', 'Регистрация: sip:375@pbx.telemost.ru, sip:79990124871@sip.telemost.ru;transport=tls, expires=3600'],
  ['timeline', 'Звонок 13.06.2024 с 10:14:22 до 10:31:07 (00:16:45), очередь 504, оператор 214, оценка 4'],
  ['ticket', 'Последние 4 цифры номера клиента: 1982. Полный номер не сохраняем по 152-ФЗ.'],

  // Timeline and more positives
  ['timeline', '13.06 09:15 Входящий +7 (3822) 90-41-27 → очередь support_ru → оператор вн. 305 (ожидание 00:00:38)', '73822904127'],
  ['timeline', '13.06 09:40 Исходящий на +998 71 200-12-34, не ответили; 09:55 повтор — занято', '998712001234'],
  ['timeline', '13.06 10:12 SMS клиенту на +7 921 640 11 83: «Заявка SUP-4950 принята, номер 4950»', '79216401183'],
  ['timeline', '13.06 10:20 Звонок завершён, причина NORMAL_CLEARING (16), длительность 00:06:44, оценка 5, запись 1718263200.5512.wav'],
  ['timeline', '13.06 11:01 Пропущенный от +381 60 441 2290 (Србија) — перезвонить', '381604412290'],
  ['timeline', '13.06 11:30 Клиент попросил звонить на рабочий 8 (812) 334-56-07 доб 45, а не на мобильный', '78123345607;ext=45'],
  ['timeline', '13.06 11:45 Клиент подтвердил код 482913, вход выполнен, сессия 8e21f4c7 до 13.06 23:45'],
  ['email', 'Коллеги, добрый день.\nПрошу связаться с нашим новым админом АТС — Виталий, +7\u2009(906)\u2009552\u201109\u201174.\nСтарый контакт (Игорь) больше не работает.', '79065520974'],
  ['email', '--\nAram Hakobyan\nIT Manager, Ararat Trade LLC\n2/7 Abovyan St., Yerevan 0001, Armenia\nT: +374 10 27 45 90 | M: +374 94 12 88 03', '37410274590', '37494128803'],
  ['email', 'S poštovanjem,\nNikola Ilić\nBalkan Call d.o.o.\nBulevar oslobođenja 118, 21000 Novi Sad\ntel: +381 (0)21 455-7788\nmob: +381 (0)63 812-4490', '381214557788', '381638124490'],
  ['email', 'Reminder: your subscription #sub_1187 renews on 01.07.2024 for 32 250,00 RUB. Invoice 0701-118 will be issued automatically.'],
  ['email', 'Sayın yetkili,\n\nDestek talebimiz (SUP-4955) hâlâ açık. Lütfen 0850 305 44 10 numaralı çağrı merkezimizi arayın.\n\nİyi çalışmalar,\nBursa Tekstil A.Ş.', '908503054410'],
  ['email', 'Уважаемые коллеги! С 17.06 меняется номер нашей поддержки в Узбекистане: был +998 71 205-00-11, стал +998 78 113-00-11.', '998712050011', '998781130011'],
  ['email', 'Коллеги, пароль от тестового стенда: Tm#2024!4471, логин admin_3021, адрес https://stage.telemost.ru:8443'],
  ['email', '---------- Forwarded message ---------\nОт: Лилит <lilit@ararattrade.am>\nДата: 13 июня 2024 г., 12:04\nТема: звонки\n\nПозвоните мне на мобильный (я сейчас в Ереване): 077 80 41 26. Спасибо!', '37477804126'],
  ['contact', 'Горячая линия клиента для IVR-теста: 8-800-775-35-35', '78007753535'],
  ['contact', 'Диспетчерская (круглосуточно): +7 (383) 209-14-77; +7 (383) 209-14-78', '73832091477', '73832091478'],
  ['ticket', 'В логах браузерного расширения: detected "+7 (917) 455-80-36" at span#phone-3, click-to-call via agent ext 214', '79174558036'],
  ['ticket', 'Номер, который не распознаётся расширением: «+7 (495)123-45-67» (нет пробела после скобки)', '74951234567'],
  ['ticket', 'Ещё кейс: 8(495)1234567доб.12 — слитно, без пробелов', '74951234567;ext=12'],
  ['ticket', 'И ещё: +7 495 1234567, 7 (495) 123 45 67 и 495-123-45-67 (Москва) — всё один номер', '74951234567', '74951234567', '74951234567'],
  ['deal', 'ЛПР Сайёра, +998-90-911-22-33; техлид Бахтиёр, +998-94-602-18-45 (Ташкент)', '998909112233', '998946021845'],
  ['deal', 'Tbilisi Call Center LLC: CEO Levan — +995 (32) 2 55 01 90, ext. 7; procurement — +995 593 40 71 16', '995322550190;ext=7', '995593407116'],
  ['contact', 'Kazakh reseller Qazaq Telecom Partners LLP, Almaty: +7 727 331 20 40, Daniyar +7 775 018 63 92', '77273312040', '77750186392'],
  ['email', 'Здравствуйте! Номер для связи с нашей диспетчерской в Баку: +994-12-310-44-55 (доб. 3)\nРагим', '994123104455;ext=3'],
  ['timeline', '14.06 09:00 Звонок из Анкары: +90 (312) 466 20 15 → вн. 214 (Кирилл). Тема: продление лицензий', '903124662015'],
  ['contact', 'Контактное лицо: Никола (Beograd), tel. +381-11-3226-789 lokal 245', '381113226789;ext=245'],
  ['ticket', 'Клиент продиктовал: «плюс семь, девятьсот шестнадцать…» — в итоге записали +7 916 205 71 88', '79162057188'],
  ['ticket', 'Клиент продиктовал номер голосом, оператор записал не полностью: +7 916 205 71 … — перезвонить не можем'],
  ['contact', 'Моб.: +7 (964) 700 12 55 / +7 (964) 700 12 56 (резервный)', '79647001255', '79647001256'],
  ['contact', 'Должность: менеджер, отдел 214, кабинет 3-118, табельный номер 004471'],
  ['contact', 'Рабочие номера офиса в Екатеринбурге: (343) 221-09-85 и (343) 221-09-86', '73432210985', '73432210986'],
  ['contact', 'Екатеринбург, ул. Малышева, 51, офис 3302, индекс 620014, этаж 33'],
  ['requisites', 'ТОО «Qazaq Telecom Partners», БИН 200340018821, г. Алматы, пр. Абая, 52, тел. +7 (727) 331-20-40', '77273312040'],
  ['invoice', 'Счёт № UZ-0618: ООО «Samarqand Savdo», Ташкент, тел. бухгалтерии +998 71 200-12-35, сумма 12 450 000 сум', '998712001235'],
  ['invoice', 'Счёт № RS-0618: Balkan Call d.o.o., iznos 48.600,00 RSD, PDV 20% 8.100,00, rok plaćanja 15 dana'],
  ['delivery', 'Доставка оборудования в Ереван: получатель Арам, +374 94 12 88 03, адрес: ул. Абовяна 2/7, 0001', '37494128803'],
  ['delivery', 'Таможенная декларация 10005030/130624/3044712, код ТН ВЭД 8517180000, вес нетто 4,8 кг'],
];
