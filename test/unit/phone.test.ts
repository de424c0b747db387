// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { charClasses, findPhones, formatPhone, normalisePhone } from '../../src/core/phone.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const THIN = '\u2009';

/** [text, digits of each number found, in order] */
const positives: [string, string[]][] = [
  ['8 (910) 123-45-67', ['79101234567']],
  // an e-mail on the reserved '.example' domain is no 'example:' label for the number after it
  ['Техподдержка: support@shop.example, +7 (812) 409-27-55', ['78124092755']],
  // a bare mobile after a label that says it is a number to call
  ['Номер для связи: 9213457780', ['79213457780']],
  ['Номер для курьера 9213457780, домофон 47К', ['79213457780']],
  // an id's label does not hold a number written with a phone's own marks: where to order
  ['Заказ: 8 (3412) 908-400, 8 950 172 44 09', ['73412908400', '79501724409']],
  // a record's word after a phone's label names whose phone it is
  ['Телефон лида: 9265521894 (форма «Обратный звонок»)', ['79265521894']],
  ['+7 910 123 45 67', ['79101234567']],
  ['+7(495)123-45-67', ['74951234567']],
  ['8-800-555-35-35', ['78005553535']],
  // a local number grouped any way after its code, as hands and speech recognisers group it
  ['Краснодар — 8 861 2 99 40 17 (Виталий)', ['78612994017']],
  ['Запишите мобильный: +7 903 1 5 5 6 0 2 8.', ['79031556028']],
  ['тел. +7 (4722) 3 3-50-17', ['74722335017']],
  ['Телефон раб.: (4912) 2 5 - 7 1 - 0 9', ['74912257109']],
  // the trunk 8 glued to a 4-digit area code
  ['склад тула тел 84872 35 61 90 Сергей', ['74872356190']],
  ['Приёмная: 83412 52-18-07', ['73412521807']],
  // more lines of one office, written with the local part only
  ['Отдел продаж: 8 4852 59-70-12, 59-70-13', ['74852597012', '74852597013']],
  ['тел. (495) 123-45-67 и 123-45-68', ['74951234567', '74951234568']],
  // the neighbours of the placeholders ruled out below are numbers like any other
  ['{"caller_id": "79991234568"}', ['79991234568']],
  ['Телефон: 8 (912) 345-67-88', ['79123456788']],
  ['8 (8552) 12-34-56', ['78552123456']],
  ['8 (3412) 12-34-56', ['73412123456']],
  ['(843) 2009-800', ['78432009800']],
  ['(495) 123-45-67', ['74951234567']],
  ['79101234567', ['79101234567']],
  ['+79101234567', ['79101234567']],
  ['89101234567', ['79101234567']],
  ['8.910.123.45.67', ['79101234567']],
  ['910 123-45-67', ['79101234567']],
  ['910 1234567', ['79101234567']],
  ['7 910 123 45 67', ['79101234567']],
  ['7 (495) 123-45-67', ['74951234567']],
  ['8 (910)123-45-67', ['79101234567']],
  ['8 910 1234567', ['79101234567']],
  ['+7 9101234567', ['79101234567']],
  ['+7 (727) 123-45-67', ['77271234567']],
  ['+44 20 7946 0958', ['442079460958']],
  ['+44 (0) 20 7946 0958', ['442079460958']],
  ['+375 29 123-45-67', ['375291234567']],
  ['+1 (212) 555-0100', ['12125550100']],
  ['+49 30 12345678', ['493012345678']],
  ['+380 44 123 4567', ['380441234567']],
  ['+8 910 123-45-67', ['79101234567']],
  [`8${NBSP}(910)${NBSP}123\u201145\u201167`, ['79101234567']],
  [`+7${NNBSP}910${NNBSP}123${NNBSP}45${NNBSP}67`, ['79101234567']],
  [`+7${THIN}910${THIN}123${THIN}45${THIN}67`, ['79101234567']],
  ['8 910 123–45–67', ['79101234567']],
  ['8—910—123—45—67', ['79101234567']],
  ['8‐910‐123‐45‐67', ['79101234567']],
  ['8 - 910 - 123 - 45 - 67', ['79101234567']],
  ['Тел.: 8 (910) 123-45-67', ['79101234567']],
  ['тел.89101234567', ['79101234567']],
  ['Телефон:+7 910 123-45-67', ['79101234567']],
  ['tel:+79101234567', ['79101234567']],
  ['Позвоните 89101234567 завтра', ['79101234567']],
  ['«+7 910 123-45-67»', ['79101234567']],
  ['(89101234567)', ['79101234567']],
  ['Звоните 8 910 123-45-67.', ['79101234567']],
  ['Тел.\n8 910 123-45-67', ['79101234567']],
  ['ИНН 7707083893, тел. 8 (495) 123-45-67', ['74951234567']],
  ['12.05.2024 8 (910) 123-45-67', ['79101234567']],
  ['14:30 89101234567', ['79101234567']],
  ['14:30 8 910 123-45-67', ['79101234567']],
  ['8 (910) 123-45-67 12.05.2024', ['79101234567']],
  ['8 910 123 45 67 12.05.2024 14:30', ['79101234567']],
  ['+7 (495) 123-45-67, 8 (910) 765-43-21', ['74951234567', '79107654321']],
  // Rules added after the independently written corpus (test/corpus/independent.ts) first ran:
  ['т.8-911-003-24-60,т.8-812-677-91-04', ['79110032460', '78126779104']], // a word right after ','
  ['phone=79263408715\nname=Ольга', ['79263408715']], // a form's field dump
  ['Контакт: Сидоров/89055102736/Казань', ['79055102736']], // slashes between words, not a URL path
  ['Наберите 8(915)2046638—я на связи', ['79152046638']], // a prose dash touching a word
  ['Перезвоните по номеру 9057814463, Андрей', ['79057814463']],
  ['номер телефона 9057814463', ['79057814463']],
  // … and after the second (test/corpus/independent-2.ts):
  ['Телефон+7 916 482-90-13Emailo.lapina@x.ru', ['79164829013']], // a label and value run together by the page
  ['Мобильный8 (926) 117-05-39Рабочий8 (499) 713-26-80', ['79261170539', '74997132680']],
  ['Рабочий прямой+7 843 524-18-70доб.112', ['78435241870']],
  ['+7 917 405-28-63 Копировать', ['79174052863']], // not 'коп.'
  ['Тел. : 8 ( 343 ) 217 - 45 - 09', ['73432174509']],
  ['48213,Климова,+79194027716,2024-05-16 10:22:41', ['79194027716']],
  ['Тбилиси: +995 32 2 47 18 05', ['995322471805']],
  ['Таллин: +372 640 2187', ['3726402187']],
  // … and after the third (test/corpus/independent-3.ts):
  ['г. Минск, тел. 8 (017) 328-40-19, моб. 8 029 614-32-95', ['375173284019', '375296143295']], // Belarus: 8 0XX
  ['Брест: 8 (0162) 53-17-40', ['375162531740']],
  ['toll-free 1-800-555-0127', ['18005550127']],
  ['Тел: 998901874533 (Telegram)', ['998901874533']],
  ['Hong Kong: +852 2845 1976', ['85228451976']],
  // … and after the fourth (test/corpus/independent-4.ts):
  ['*Важно*: звонить только на *8 (343) 380-15-62*', ['73433801562']], // a messenger's bold
  ['Елец, склад: 8 47467 2-30-51', ['74746723051']], // a 5-digit code, unbracketed
  ['ИНН 9103478215 · т. 9787104526', ['79787104526']],
  ['Телефон 1+7 916 482-17-39Телефон 2+7 (495) 411-08-26', ['79164821739', '74954110826']], // fields' counters
  ['Сделка +7 926 410-85-32', ['79264108532']], // a deal named after its caller
  ['Тел.: (8 800) 301-47-12', ['78003014712']], // the prefix inside the brackets
  ['(8-495) 123-45-67', ['74951234567']],
  ['1)89273104456 2)89273104457', ['79273104456', '79273104457']], // a list's numbering glued on
  ['Hanoi: +84 91 234 5678', ['84912345678']],
  ['+89161234567', ['79161234567']],
  // … and after the fifth to eighth (test/corpus/independent-5.ts … -8.ts):
  ['16.05.2024 14:32:07+79154418260вход.00:01:12', ['79154418260']], // a call log's time run into it
  ['14:32+79154418261 ↘ 00:01:12', ['79154418261']],
  ['вх. 89154418262/00:01:12/Антонов', ['79154418262']], // a duration after '/'
  ['Звонок на 9261450388 не прошёл', ['79261450388']],
  ['Перезвонить на 4952304417', ['74952304417']],
  ['мой номер 8 9 2 7 3 1 5 0 4 6 8 перезвоните', ['79273150468']], // spelled out digit by digit
  ['8 9 1 0 1 2 3 4 5 6 7', ['79101234567']],
  ['+7 9 1 6 5 4 0 3 8 2 1', ['79165403821']],
  ['вот номер 89 16 204 15 38 его зовут Сергей', ['79162041538']], // as it is said aloud
  ['Исходящий на 8-10-998-71-240-63-18', ['998712406318']], // the old international prefix
  ['Tel: 0086-755-2771-4530', ['8675527714530']],
  ['0044 20 7946 0958', ['442079460958']],
  ['тел. +7 (4752)\n79-03-16', ['74752790316']], // a field wrapped after the area code
  ['8 (495)\n123-45-67', ['74951234567']],
  ['(шт. 3)\n8 916 123 45 67', ['79161234567']],
  ['ИНН 7707083893\n8 916 123 45 67', ['79161234567']],
  ['Номер контактного телефона: 7-47545-5-28-14', ['74754552814']], // the procurement site's form
  // … and after the ninth to twelfth:
  ['номер89651002347 вацап тоже есть', ['79651002347']], // a label run into it
  ['Chat2Desk · WhatsApp · 375291847730', ['375291847730']],
  ['Bursa factory: (+90) 224 243 17 80', ['902242431780']], // the country's code in brackets
  ['Hanoi: (+84 24) 3825 6677', ['842438256677']],
  ['(+7) 916 123-45-67', ['79161234567']],
  ['Сделка | Контакт | Телефон\nОкна | Самойлов | 9036127748', ['79036127748']], // a table's phone column
  ['Фамилия;Имя;Телефон;Город\nОрлов;Егор;9059531204;Новосибирск', ['79059531204']],
  ['Телефон | 9882104753', ['79882104753']],
  ['"phone": "9215037761"', ['79215037761']],
  ['<Телефон>9209184463</Телефон>', ['79209184463']],
  ['CDR: src=89152048871 | dst=74952291180', ['79152048871', '74952291180']],
  ['"caller_id":"+74959165402"', ['74959165402']],
  // … and after the thirteenth (its traps made to look like phones), the look-alikes that stay numbers:
  ['тел.89031234567', ['79031234567']],
  ['Пароль пришлём на номер 8 916 123-45-67', ['79161234567']],
  ['тел. 8 843 207-35-19, примерка 15 мин', ['78432073519']],
  ['+7 (495) 500-00-00', ['74955000000']],
  ['Мой номер в WhatsApp: 89161234567', ['79161234567']],
  ['Код города 495, телефон 8 (495) 123-45-67', ['74951234567']],
  // … and after the fifteenth and sixteenth (careless and glued writing):
  ['звоните89161234567 после обеда', ['79161234567']],
  ['перезвонить на89261193047 в четверг', ['79261193047']],
  ['Иван-8 903 418 27 65, прораб', ['79034182765']],
  ['мой мобильный +7 985 640-12-93.Спасибо', ['79856401293']],
  ['Оставил номер:8(912)640-55-18.Просит КП', ['79126405518']],
  ['Тел.: 89 037 215 604 (Олег)', ['79037215604']],
  ['80291548203 вайбер (Гродно)', ['375291548203']],
  ['Минск: 80296142288', ['375296142288']],
  ['Горячая линия: 800 250 40 40', ['78002504040']],
  ['8 (910) 123-45-67; 8 (910) 765-43-21', ['79101234567', '79107654321']],
  ['8 (910) 123-45-67 / 8 (495) 123-45-67', ['79101234567', '74951234567']],
  ['8 (910) 123-45-67/8 (495) 123-45-67', ['79101234567', '74951234567']],
  ['89101234567,89161234567', ['79101234567', '79161234567']],
  ['8 (910) 123-45-67 или +7 910 765-43-21', ['79101234567', '79107654321']],
  ['8 800 555 35 35 8 800 555 35 36', ['78005553535', '78005553536']],
  ['+44 20 7946 0958 8 910 123 45 67', ['442079460958', '79101234567']],
  // hurried writing: a sentence glued on after the dot, a doubled '+', a phone label before odd grouping, a
  // number spelled digit by digit
  ['Здравствуйте!Номер для связи89167402269.Заранее спасибо', ['79167402269']],
  ['Номер клиента:89163002715.Просил не звонить до 10', ['79163002715']],
  ['Телефон: ++7 915 330 44 72', ['79153304472']],
  ['Телефон: 8916 55 44 021', ['79165544021']],
  ['пишу с телефона поэтому коротко. звоните 8916 3300 457', ['79163300457']],
  ['Автоответчик: номер 8 4 9 5 3 2 1 0 7 6 4', ['74953210764']],
  ['Клиент: Оля тел 8 9 1 6 – 7 0 7 – 1 2 – 3 4', ['79167071234']],
  // one odd separator between all of a mobile's groups; a line broken after the prefix and code
  ['номер 8/915/440/62/17 — так написал в анкете', ['79154406217']],
  ['на листке: тел. 8_916_442_03_97', ['79164420397']],
  ['ватсап: 8•916•228•40•15', ['79162284015']],
  ['Если что, мой телефон +7 912\n301 44 56\nОтправлено с Android', ['79123014456']],
  ['позвоните 8-800-\n707-21-45, это бесплатно', ['78007072145']],
  // a list of phones after a phone label stays a list of phones
  ['Телефоны: 89161234567, 89031234567', ['79161234567', '79031234567']],
  // 'р.' on the next line is a label ('рабочий'), not roubles
  ['м. +7-906-715-40-33\nр. +7-495-663-12-90 ext. 519', ['79067154033', '74956631290']],
  // the international prefix 00 as a group of its own; a meeting's id dialled after the call connects is no number
  ['Marc Lefèvre (Marseille), tél. 00 33 4 91 55 12 34', ['33491551234']],
  ['Задача: позвонить до 17.05.2024 12:00 — 8 (8412) 56-33-90', ['78412563390']], // a time's 00 is no prefix
  ['One tap mobile\n+16465550142,,84512345678#,,,,*472913# US (New York)', ['16465550142']],
  ['Телефон (моб.): 9185520736', ['79185520736']], // the label's kind in brackets
  // a family member's name as the phone's label, in a child's or a client's card
  ['Папа: 9163380471 (звонить после 19)', ['79163380471']],
  ['Мама — 9163380471', ['79163380471']],
  // a mobile with its 8 touching a lowercase word: a missed space
  ['Контакт:Настя89057218830', ['79057218830']],
  ['Перезвонить маме Кати на89261340755 до субботы', ['79261340755']],
  // a CIS number grouped without its '+', after a label
  ['WhatsApp: 998 97 315 62 08', ['998973156208']],
  // 'SMS на' names a phone, even in a sentence about a password
  ['пароль отправлен SMS на +7 925 318-60-74', ['79253186074']],
  // a PBX log's number fields and an Asterisk channel's dialled number
  ['Incoming call CLI=88123345612, RDNIS=74951204500', ['78123345612', '74951204500']],
  ['Called PJSIP/trunk/89031182764, ringing 35 s', ['79031182764']],
  // a table's phone column under a title line
  ['Выгрузка:\nФИО;Телефон\nИванов;9161234567', ['79161234567']],
  ['id | phone\n79161234567 | 79031234567', ['79031234567']],
  ['8 (495) 123-45-67 доб. 123', ['74951234567']],
  ['+7 495 123 45 67 вн. 45', ['74951234567']],
  ['+1 212 555 0100 x12', ['12125550100']],
  // a lone digit after a code: 5-digit area codes, old-style local numbers, one-digit area codes abroad
  ['8 (81378) 2-12-34', ['78137821234']],
  ['+7 (391) 2-52-14-30', ['73912521430']],
  ['+353 1 675 3302', ['35316753302']],
  ['+33 6 12 34 56 78', ['33612345678']],
  ['+33 (0)1 42 68 53 00', ['33142685300']],
  // the prefix glued to the code
  ['Телефон: 8916 204 55 81', ['79162045581']],
  ['8495 123-45-67', ['74951234567']],
  // a phone label lets a number without its 8 / +7 through
  ['Телефон: 9163307215', ['79163307215']],
  ['тел. 495 123-45-67', ['74951234567']],
  // id labels are exact words: a phone 'for ordering' is still a phone
  ['Телефон для заказа: 8 800 555-35-35', ['78005553535']],
  ['Оплата счёта: 8 (843) 212-40-55', ['78432124055']],
  // Kazakhstan's numbers are national ones here too (it shares +7): its codes after a label or in brackets
  ['Тел. для связи: 7012457890 (Арман)', ['77012457890']],
  ['Телефон для связи: 9163307215', ['79163307215']],
  ['Офис в Алматы: (727) 355-00-15', ['77273550015']],
  // who to call, and a person's own number
  ['звонить Нурлану: 996 555 702 811', ['996555702811']],
  ['Мой новый номер 998 90 4412367, старый не работает', ['998904412367']],
  ['мой номер 9161234567', ['79161234567']],
  ['Фарход: новый номер у меня 9996407211 старый не работает', ['79996407211']],
  ['старые номера 9122604517 и 9028713360 удалить из обзвона', ['79122604517', '79028713360']],
  // a call's '№2' before a number is no group of it
  ['Звонок №2 8 903 771 02 48 — ответила', ['79037710248']],
  // a call log's columns name their numbers; a form's field quoted
  ['"call_id";"caller";"callee"\n"c-00918274";"74957771010";"375296041873"', ['74957771010', '375296041873']],
  ['Ошибка: поле «Телефон» = 495-120-00-17 без кода страны', ['74951200017']],
  // a label's aside in brackets; the groupings a 1-4-4-2 part number must not take from phones
  ['Телефон (звонить, а не писать): 9226138804', ['79226138804']],
  ['8.903.123.45.67', ['79031234567']],
  ['8 4722 33-50-17', ['74722335017']],
  ['WhatsApp+79161234567', ['79161234567']],
  // a second phone field's counter before a colon
  ['тел:+79052184436\nтел2:+79052184437', ['79052184436', '79052184437']],
  // a messenger or a phone's kind after bare digits names them too
  ['Контакт: 9274415230 (WhatsApp)', ['79274415230']],
  ['9274415230 (моб.)', ['79274415230']],
  // a label names the list of bare numbers after it, one a line or after commas
  ['Телефон\n9162207814\n9035514420\n4957302118', ['79162207814', '79035514420', '74957302118']],
  ['Тел.: 9161234567, 9031234567', ['79161234567', '79031234567']],
  ['Телефон: 9161234567, ИНН 9035514420', ['79161234567']],
  // the number a password is sent to; a name after 'набрать'; someone's number
  ['Клиент продиктовал номер для SMS с паролем: 8 982 417 06 53.', ['79824170653']],
  ['звонок не работает — набрать Аллу 9168803215', ['79168803215']],
  ['клиент просит переадресовать посылку, его номер 375291827640', ['375291827640']],
  // a comma-separated export's phone column: its lines have as many commas as its header
  ['DNC_list.csv\nphone,added,reason\n79031186427,2025-03-02,жалоба\n79267730418,2025-03-05,просьба клиента', ['79031186427', '79267730418']],
  ['calldate,agent,dst,duration\n2025-03-14 10:02:11,op_17,89161234567,207\n2025-03-14 10:06:40,op_17,84997320561,12', ['79161234567', '74997320561']],
  ['order_id,recipient,phone,window\n55120935,Осипова Т.,9856601294,14-18', ['79856601294']],
  // a subscriber's number, a number of someone's in any case, a family member's with a name, a callee after a dash
  ['Пополнение баланса абонента 9161930458\t500,00', ['79161930458']],
  ['Абон. номер: 9857213406', ['79857213406']],
  ['До этой даты пользуйтесь временным номером 9586610945.', ['79586610945']],
  ['клиентка с номером 9031184472 хочет вернуть SIM', ['79031184472']],
  ['Папа Ерлан 7019024411 — решают с женой', ['77019024411']],
  ['Нашла у почтовых ящиков. Позвоните — Света, 9187403159', ['79187403159']],
  // … and the real codes bare, a phone's letter before one, '00' onto a whole country's code
  ['83433761540 / 88005553535', ['73433761540', '78005553535']],
  ['M 916 123 45 67', ['79161234567']],
  ['Корпус A 8 916 123-45-67', ['79161234567']],
  ['00375-29-614-32-95', ['375296143295']],
  // a mobile's label with whose it is; a number before the next cell's amount; North America's grouping
  ['Моб. водителя: 9052170488', ['79052170488']],
  ['8124601\tПетров А.\t+7 903 512-60-44\t$3 240', ['79035126044']],
  ['Recipient: Kevin O\'Brien\nPhone: (312) 648-2095\nChicago, IL 60601', ['13126482095']],
  ['(495) 123-4567', ['74951234567']],
  // a number for contact about something; the trunk 0 onto a bracketed area code (Italy dials its 0); '00' at a start
  ['Клиент сообщил новый номер для связи по аренде — 9037162254', ['79037162254']],
  ['Phone: +90 (0541) 380 27 19', ['905413802719']],
  ['+39 (055) 123 4567', ['390551234567']],
  ['0044 20 7946 0958', ['442079460958']],
  // a free line is a phone whatever label is before it; a messenger's label with whose it is
  ['Заказ: 8 800 550-12-74 (бесплатно по РФ)', ['78005501274']],
  ['WhatsApp клиента: 9254417803\nФото шкафов прислала туда же', ['79254417803']],
];

/** Exact offsets and extensions: [text, [start, end, digits, ext?][]] */
const exact: [string, [number, number, string, string?][]][] = [
  ['Тел.: 8 (910) 123-45-67', [[6, 23, '79101234567']]],
  ['(495) 123-45-67', [[0, 15, '74951234567']]],
  ['+7 (3952) 48-56-12; 48-56-13; 48-56-14', [[0, 18, '73952485612'], [20, 28, '73952485613'], [30, 38, '73952485614']]],
  ['8 (495) 123-45-67, 12-05-24', [[0, 17, '74951234567']]],
  ['звоните +7 (495) 123-45-67!', [[8, 26, '74951234567']]],
  ['(89101234567)', [[1, 12, '79101234567']]],
  // an extension after an aside in brackets; a count after one is none
  ['Тел.: 8 800 250-31-31 (бесплатно по России), доб. 4172', [[6, 21, '78002503131', '4172']]],
  ['8 800 250-31-31 (бесплатно), 12 шт.', [[0, 15, '78002503131']]],
  // an extension after a slash; a second number after one is a list
  ['(8172) 71-40-26 / вн. 3318', [[0, 15, '78172714026', '3318']]],
  ['8 (8172) 71-40-26 / 8 (8172) 71-40-27', [[0, 17, '78172714026'], [20, 37, '78172714027']]],
  ['(+7 916 123-45-67)', [[1, 17, '79161234567']]],
  ['(+90) 224 243 17 80', [[0, 19, '902242431780']]],
  ['8 (495) 123-45-67 доб. 123', [[0, 17, '74951234567', '123']]],
  ['8 (495) 123-45-67, доб 4567', [[0, 17, '74951234567', '4567']]],
  ['8 (495) 123-45-67\u2003доб.\u00A0221', [[0, 17, '74951234567', '221']]], // an em space before it
  ['8 (495) 123-45-67 (ДОБ. 77)', [[0, 17, '74951234567', '77']]],
  ['8 (4872) 36-71-80 | доб. 7', [[0, 17, '74872367180', '7']]], // a signature's cells
  ['тел. (812) 449-20-31, д.215 (Марина)', [[5, 20, '78124492031', '215']]],
  ['+7 (343) 287-50-00 вн.тел. 45', [[0, 18, '73432875000', '45']]],
  ['+7 495 123 45 67 вн. 45', [[0, 16, '74951234567', '45']]],
  ['+1 212 555 0100 ext. 12', [[0, 15, '12125550100', '12']]],
  ['+1 212 555 0100 EXT 12', [[0, 15, '12125550100', '12']]],
  ['+1 212 555 0100 x12', [[0, 15, '12125550100', '12']]],
  ['8 800 555-35-35 #12', [[0, 15, '78005553535', '12']]],
  ['+7 (495) 786-20-31 (офис, доб. 1207)', [[0, 18, '74957862031', '1207']]],
  ['+7 (495) 786-20-31 (офис 1207)', [[0, 18, '74957862031']]],
  // a call script's spoken order: the number, then the extension
  ['наберите 8 800 250-17-64 и добавочный 3.', [[9, 24, '78002501764', '3']]],
  ['8 (495) 123-45-67, затем доб. 12', [[0, 17, '74951234567', '12']]],
  // 'и' joins two numbers, not an extension
  ['8 (495) 123-45-67 и 8 (916) 765-43-21', [[0, 17, '74951234567'], [20, 37, '79167654321']]],
  ['8 (495) 123-45-67 доб.123, 8 (910) 765-43-21', [[0, 17, '74951234567', '123'], [27, 44, '79107654321']]],
  [
    '+7 (495) 123-45-67, 8 (910) 765-43-21',
    [
      [0, 18, '74951234567'],
      [20, 37, '79107654321'],
    ],
  ],
  ['12.05.2024 8 (910) 123-45-67', [[11, 28, '79101234567']]],
  ['Тел. 8 (81378) 2-12-34 доб. 5', [[5, 22, '78137821234', '5']]],
  ['tel. +48 22 123 45 67 wew. 31', [[5, 21, '48221234567', '31']]],
  ['Mumbai | +91 22 4012 3456 Extn. 221', [[9, 25, '912240123456', '221']]],
  // … but a number written as a phone after one is no id
  ['Номер заявки на ипотеку: +7 903 124-56-78', [[25, 41, '79031245678']]],
  // 'доп.' before an extension's digits, not before another number; Turkish 'dahili'
  ['Раб.: +7 812 335 48 90, доп. 140', [[6, 22, '78123354890', '140']]],
  ['+7 812 335 48 90, доп. 8 916 123-45-67', [[0, 16, '78123354890'], [23, 38, '79161234567']]],
  ['+90 224 443 19 82, dahili 205', [[0, 17, '902244431982', '205']]],
  ['Tel. +7 495 781 20 64 Durchwahl 1142', [[5, 21, '74957812064', '1142']]],
  // a table's column of extensions, right after the phone's
  ['Телефон\tДобавочный\n+7 (861) 992-30-40\t101\n+7 (861) 992-30-40\t115', [[19, 37, '78619923040', '101'], [42, 60, '78619923040', '115']]],
  ['Тел.;Доб.;ФИО\n8 495 123-45-67;214;Иванов', [[14, 29, '74951234567', '214']]],
  // … not another column's figures, nor a cell with more than digits
  ['Телефон\tКол-во\n+7 (861) 992-30-40\t101', [[15, 33, '78619923040']]],
  ['Телефон\tДоб.\n+7 (861) 992-30-40\t101 (Иванов)', [[13, 31, '78619923040']]],
];

const traps: string[] = [
  'Сделка (моб.): 9185520736',
  // a document's, a certificate's number
  'рег. номер документа 89057143210',
  'номер свидетельства 7716 0012345',
  // a path's digits, an amount wrapped after its millions, a list of ids after their label
  'https://crm.example.ru/files/8/915/440/62/17',
  'Итого: 8 916\n204 88 31 ₽',
  'call_id 79126401871, 79126401872, 79126401874',
  // a file name's dot, and odd grouping with no phone label
  'Скан 89163002715.Docx',
  'Заказ 8916 55 44 021',
  'Артикул 8 4 9 5 3 2 1 0 7 6 4',
  // 'муж.' is a sex, not a husband's phone; a family label needs its colon or dash
  'Пол: муж. 9163380471',
  // an operation's id; a single account; ids glued to a capital code or a label
  'Возврат на карту **** 4471, операция 89160234715',
  'ЕЛС 77001234567',
  'Код НФ89057218830',
  'заказ89057218830',
  // a Russian mobile mistyped with a digit too many is no foreign number
  'Тел.: 916 123 45 678',
  // a column an id's label heads, under a title line
  'Выгрузка из биллинга:\nл/с;договор;баланс\n78001245673;7495-0318/25;-4318.50\n78001245674;7495-0319/25;1200.00',
  'https://crm.example.ru/trunk/89031182764',
  // a machine's serial, by either name, of whatever machine
  'Заводской номер сеялки: 89161234567',
  'Серийный номер пресс-подборщика: 7812-345-67-89',
  // an id's label may run on with where the record lives: 'в ДОМ.РФ', 'на ипотеку'
  'Номер заявки на ипотеку в ДОМ.РФ: 79031245678',
  'Номер договора по ипотеке 89161234567',
  // 'Номер' alone names no phone: a bare 10-digit run after it stays an id
  'Номер 9213457780',
  'Номер заказа для курьера 9213457780',
  'Например: +7 (999) 123-45-67',
  'Заказ: 89161234567',
  'Заказ № 8 (916) 123-45-67',
  'Серийный № SN 79031234567',
  'Серийный номер 79161234567',
  'S/N 79031234567',
  '8 (495) 123-45-67 — указан для примера',
  'Сделка 9265521894 перемещена',
  'Номер лида 9265521894',
  'Пример записи номера в карточку: 8 (495) 123-45-67',
  '8 (495) 123-45-67 (это пример, не звоните!)',
  // the glued 8 and 4-digit code only with a real code and exactly six digits after it, grouped as a phone's are
  '85555 12 34 56',
  '84872 35 61 9',
  '84872 35 61 90 12',
  '84872 35.61.90',
  'Партия 84872 03 2024',
  // look-alikes of the forms above that stay out: a query value, a URL path, an id joined by a hyphen, an order
  'https://x.ru/lead?phone=79263408715',
  'utm_campaign=shop&tel=79263408715',
  'utm_content=79263018455_banner',
  'crm.example.ru/deals/89263817450/edit',
  '/deals/detail/89263817450',
  'deal-89263817450',
  'по номеру заказа 9057814463',
  'на номер 9057814463-001',
  // a record's id; masks, examples and formats in a hint, and what a ruled-out number holds
  'Сделка 79264108532 перемещена в этап «Договор»',
  'Заявка 89161234567 закрыта',
  'Телефон*\n+7 (900) 000-00-00',
  'в формате 8 (XXX) XXX-XX-XX, например 8 (912) 345-67-89',
  'используйте формат +7 916 123-45-67',
  '2*8 916 123 45 67',
  '(8 12) 34-56-78',
  '(1 800) 301-47-12',
  'x1)89273104456',
  'ИНН 7707083893)89273104456',
  // an example in a form's hint; Belarus's 8 0XX only as groups, never '8 00'; North America's shape only
  'Введите номер, например +7 701 123 45 67',
  '8 000 614-32-95',
  '1-080-555-0127',
  'Тел: 123456789012',
  'ИНН 998901874533',
  // a bare run of digits touching a word stays an id; an input mask is no number; money stays money
  'ab89161234567',
  'заказ89161234567от',
  '89161234567шт',
  'Маска ввода: +7 (999) 999-99-99',
  'Пример запроса: {"caller_id": "79991234567", "called_did": "74950000000"}',
  'Телефон: 8 (912) 345-67-89',
  '8 916 123 45 67 руб.',
  '8 916 123 45 67 копеек',
  '7916123456,5',
  // registration numbers, accounts, ids
  'ИНН 7707083893',
  'ИНН 770708389301',
  'ИНН: 9101234567',
  'ОГРН 1027700132195',
  'ОГРНИП 304500116000157',
  'КПП 770701001',
  'БИК 044525225',
  'р/с 40702810900000012345',
  'к/с 30101810400000000225',
  'СНИЛС 123-456-789 01',
  'СНИЛС 712-345-678 90',
  'паспорт 45 09 123456',
  '4276 1234 5678 9012',
  '5536 9138 7910 1234',
  '№ 12345678901',
  '№ 89101234567',
  'ID 79101234567',
  'заказ #89101234567',
  'EAN 4601234567893',
  'ISBN 978-5-17-123456-7',
  '9101234567',
  '89101234567890',
  // dates, times, money, versions, addresses
  '12.05.2024',
  '2024-05-12',
  '12.05.2024 14:30',
  '14:30–15:00',
  '2024-05-12 14:30:00',
  '1 234 567,89 ₽',
  '12 500 руб.',
  '79 101 234 567 ₽',
  '8 910 123 45 67 руб.',
  '79101234567,89',
  '192.168.1.1',
  '1.2.3',
  '10.0.0.1 и 172.16.254.1',
  'индекс 420111',
  '55.7558, 37.6173',
  // URLs, e-mails, glued letters and digits, UUIDs
  'https://x.ru/deal/79101234567',
  'https://x.ru/?phone=79101234567',
  'https://x.ru/deal-79101234567/edit',
  '79101234567@mail.ru',
  'ivan.79101234567@mail.ru',
  'a79101234567',
  '79101234567b',
  'file_89101234567.pdf',
  '89101234567.pdf',
  '550e8400-e29b-41d4-a716-446655440000',
  '123e4567-e89b-12d3-a456-426614174000',
  // almost-numbers: wrong length, wrong shape, wrong prefix
  '8 910 123 45 67 89',
  '+7 910 123 45 67 89',
  '8-910-123-45-67-89',
  '8 (910) 123-45-6',
  '8 910 123-45-678',
  '+7 (495) 123-45',
  '123-45-67',
  '(12) 345-67-89',
  '8 (91) 0123-45-67',
  '8 (123) 456-78-90',
  '+7 123 456 78 90',
  '7 123 456-78-90',
  '812-345-67-89',
  '8910 123 45 67 8',
  '8 9 1 0 1 2 3 4 5 6 7 8',
  '5 9 1 0 1 2 3 4 5 6 7',
  '1 2 3 4 5 6 7 8 9 0 1',
  '8 9 1 0 1 2 3 4 5 6 7 руб.',
  '89 16 204 15 38 17',
  '89 162 04 15 38',
  '8 10 998 71 240',
  '0045 1234 5678 9012',
  '0099 1234',
  '8 (495)\n\n123-45-67',
  '(2024)\n123-45-67',
  'ШК поставки 89164720183',
  'Номер сделки 7-916-401-22-08',
  'Номер вашего обращения: 7 812 004 56 01',
  'Оплата по счёту 89031234567 от 01.09.2024',
  'Skype: petrov.89031234567',
  'Пароль от личного кабинета: 89161234567',
  'Пароль Wi-Fi в шоуруме: 89263041177',
  'S/N 8916-123-45-67',
  'Номер договора в биллинге: 79161234567',
  'номер в CRM — 89162000123',
  'Заполните так: «Иван, 8 999 123 45 67, Москва»',
  'Как правильно: 8 (495) 123-45-67',
  '+7 (8442) 00-00-00',
  'Телефон: 8 916 123 45 67 — пример из шаблона',
  '8 (495) 765-43-21 (образец)',
  'код прайс-листа 8812-460-1177',
  'логин 89031452277',
  'deal-89034182765',
  '8-495-123-45-67.pdf',
  '89 037 215 604',
  '80123456789',
  '800 250 40 40 руб.',
  '"order_id": 89161234567',
  '{"contact_id": "79161234567"}',
  'ИНН;Название;Телефон\n7707083893;ООО Ромашка;',
  'Телефон;ИНН\n;7707083893',
  'Zolltarifnummer 8483 4025 900',
  'id89651002347',
  'https://x.ru/?to=79101234567',
  '(+7 916) 123',
  'штрихкод 89164720183',
  'Пример заполнения поля «Телефон»: +7 (912) 345-67-89',
  'Образец заполнения: 8 (495) 123-45-67',
  '+1 212 555 01',
  '+12345',
  '+1234567890123456',
  '+0 123 456 7890',
  '8 910 123-45-67/68',
  // ids named by their label, bare 10 digits without a phone label, lone digits where no code is
  'Номер заказа: 89101234567',
  'Заказ: 89101234567',
  'ID клиента: 79101234567',
  'Лицевой счёт: 79101234567',
  'Счёт 8910-1234567',
  'Hotel 9101234567',
  'тел. 8916123456',
  'Телефон: 1234567890',
  '8 (495) 1 2 3 4 5 6 7',
  // a loosely grouped number one digit too long, or only zeros after its code; a second line grouped otherwise
  '8 916 2 2 0 1 9 0 4 5',
  '8 (4852) 00 0 00 0',
  'Ваш ID в системе: 0048 1173 5502',
  '+33 1 2 3 4 5 6 7 8',
  '8 1 910 123 45 67',
  // an id in an accounting system; a Moscow ИНН under a phone's label (770 is no Kazakh code); an order's number
  'Код контрагента в 1С: 77014582318',
  'Телефон: 7707083893',
  'Мой номер заказа: 89101234567',
  'call_id;amount\n375296041873;100',
  // catalogue part numbers: after 'арт.', and grouped 1-4-4-2 (a Belarus-like '8-0…' too)
  'замена ШВП оси Z (арт. 8.4410.2260.03)',
  'Манжета 8.9021.3317.05 — 2 шт. × 790,00',
  '3\t8-0313-5527-64\tРеле давления 0,6 МПа\tшт\t1',
  // an EDI message's segments: '+' separates fields there
  'DESADV 7000412301\nBGM+351+7000412301+9\nNAD+DP+4607023651488::9\nLIN+1++4607001234562:SRV',
  // a booking named by digits; an id's label wins over a kind after it
  'Бронь 79161234567 создана автоматически из OTA, номер 420',
  'ИНН 7707083893 (тел.)',
  // … but not an id's list, nor numbers nothing names
  'ИНН\n7707083893\n9035514420',
  'Проверьте номера 9122604517 и 9028713360',
  // a password is no phone, however written; a code to dial is no name
  'Пароль: 8 982 417 06 53',
  'набрать код 9168803215',
  // comma-separated lines: an id column; lines with other comma counts; a quoted cell's comma shifts the columns
  'call_id,amount,agent\n79126401871,100,2',
  'inn,kpp,phone\n7707083893,770701001,',
  'Итого: 1,5 млн, 2,4 млн, 9161234567\nphone, 9031234567, 3,5',
  'id,phone,sum\n55,"Иванов, Пётр",9161234567,100',
  'Продажи, тыс. руб., to\n120,9161234567,4',
  // a subscriber's account; a document's number; a tenant's personal account
  'Счёт абонента 9100458823 заблокирован за неуплату',
  'договор с номером 9161234567 расторгнут',
  'Лицевой счёт арендатора 78120044931, задолженность 184 350,00 ₽',
  // part numbers: eleven bare digits with no Russian code (BMW); a letter before 3-3-2-2 (Mercedes)
  '83212365946 масло моторное 5W-30 1 л × 6',
  'Запчасти: A 000 989 83 01 (масло), A 906 420 02 20 (колодки)',
  // '00' written onto no country's code: a claim's number
  'Страховая перечислила 163 742,18 руб. по убытку 0021-24-118736',
  // a transaction's number; an id's label with where it is; the rest of a number masked; the next example
  'Детализация: 14.03.2024 03:40:12, ТРН 89152240417, АЗС 61-0457',
  'ID тура в системе подбора: 79152804361 | оператор: 14',
  'водитель дал номер +90 538 71 ***, остальные цифры стёрлись',
  'номер определился как +49 151 2847****, перезвонить',
  'Поле «Телефон» в анкете: например, +7 900 123-45-67 или +998 90 123-45-67.',
  'Код плательщика для оплаты через мобильный банк: 3456 7890 12',
  // a card's groups: '0044' inside it is no international prefix; a transaction's number
  'Карта «Здравица Плюс» № 2773 0044 1829 5507',
  'Поиск карты: найдено 2 карты (2773 0033 8810 4412)',
  'Начислено 150 бонусов, транзакция 88120045771, срок сгорания 18.09.2024.',
  // an order's id in another system; a policy's number after '00'; an implant's lot
  'Заказ в системе Тендер-Про: 79104418263, лот 2',
  'Полис клиента: 0032-118420-24, ID в системе СК: 7002518843',
  'LOT 79112406583  EXP 2028-06\nАбатмент: LOT 84011239917',
];

describe('findPhones: numbers', () => {
  it.each(positives)('%s', (text, digits) => {
    expect(findPhones(text).map((m) => m.digits)).toEqual(digits);
  });

  it.each(exact)('offsets and extension: %s', (text, expected) => {
    const got = findPhones(text).map((m) => (m.ext === undefined ? [m.start, m.end, m.digits] : [m.start, m.end, m.digits, m.ext]));
    expect(got).toEqual(expected);
  });

  it('covers the number as written, from its + or ( to its last digit', () => {
    for (const [text] of positives) {
      for (const m of findPhones(text)) {
        const s = text.slice(m.start, m.end);
        expect(s).toMatch(/^[+(\d]/);
        expect(s).toMatch(/\d$/);
      }
    }
  });

  it('returns E.164 digits that normalisePhone keeps as they are, with the + the content script sends them with', () => {
    for (const [text] of positives) for (const m of findPhones(text)) expect(normalisePhone(`+${m.digits}`)).toBe(m.digits);
    // Bare, a 10-digit foreign number is read as a Russian one: the '+' is what keeps Tallinn in Tallinn.
    expect(normalisePhone('+3726402187')).toBe('3726402187');
    expect(normalisePhone('3726402187')).toBe('73726402187');
  });
});

describe('findPhones: invisible characters', () => {
  it('reads a number with invisible characters in it as it shows, its offsets covering it as written', () => {
    const cases: [string, string, string][] = [
      // A mail template's guard against auto-linking: zero-width spaces.
      ['Тел.: 8\u200B(495)\u200B123-45-67', '8\u200B(495)\u200B123-45-67', '74951234567'],
      // A CMS's soft hyphens; a word joiner.
      ['+7\u00AD916\u00AD123\u00AD45\u00AD67', '+7\u00AD916\u00AD123\u00AD45\u00AD67', '79161234567'],
      ['моб. +7\u2060916\u20601234567.', '+7\u2060916\u20601234567', '79161234567'],
      // Bidi embedding marks around a number pasted from a phone's contacts.
      ['\u202A+7 916 123-45-67\u202C, Анна', '+7 916 123-45-67', '79161234567'],
    ];
    for (const [text, written, digits] of cases) {
      const found = findPhones(text);
      expect(found.map((m) => [text.slice(m.start, m.end), m.digits])).toEqual([[written, digits]]);
    }
    const ext = findPhones('8\u200B(495)\u200B123-45-67 доб.\u200B12');
    expect(ext.map((m) => [m.start, m.end, m.ext])).toEqual([[0, 17, '12']]);
  });

  it('keeps what is not a number out as before: an ИНН or a date with a zero-width space in it', () => {
    expect(findPhones('ИНН 7707\u200B083893')).toEqual([]);
    expect(findPhones('Создана 12.05.2024\u200B 14:30')).toEqual([]);
    expect(findPhones('Заказ №\u200B100\u200B234\u200B567\u200B89')).toEqual([]);
  });
});

describe('findPhones: not numbers', () => {
  it.each(traps)('%s', (text) => {
    expect(findPhones(text)).toEqual([]);
  });

  it('finds nothing in text without digits', () => {
    expect(findPhones('')).toEqual([]);
    expect(findPhones('Позвоните менеджеру (доб. —)')).toEqual([]);
  });

  it('finds the number but not the traps beside it', () => {
    const text = 'ООО «Ромашка», ИНН 7707083893, КПП 770701001, р/с 40702810900000012345, тел. 8 (495) 123-45-67, сайт https://x.ru/deal/79101234567';
    expect(findPhones(text).map((m) => text.slice(m.start, m.end))).toEqual(['8 (495) 123-45-67']);
  });
});

/**
 * Not timings (the detector's speed is `npm run bench`'s, printed per snippet): guards against a pattern that
 * backtracks, which would take seconds here, not the ~15 ms these take. The bounds leave room for a loaded machine:
 * the 100-KB scan, once held to 50 ms, failed in full runs of the suite though it takes 11–18 ms alone.
 */
describe('findPhones: no blow-up', () => {
  it('scans 100 KB of CRM-like text without backtracking', () => {
    const chunk = 'Сделка № 12345 от 12.05.2024 14:30, сумма 1 234 567,89 ₽, ИНН 7707083893, клиент Иванов, тел. 8 (910) 123-45-67 доб. 12. ';
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
    findPhones(text); // warm up
    const t0 = performance.now();
    const found = findPhones(text);
    const ms = performance.now() - t0;
    expect(found.length).toBe(Math.ceil(100_000 / chunk.length));
    expect(found.every((m) => m.digits === '79101234567' && m.ext === '12')).toBe(true);
    expect(ms).toBeLessThan(1000);
  });

  it.each([';', ','])('reads a 20,000-row table (%s) under a title line without walking back to its header for every row', (sep) => {
    const rows = ['Выгрузка из CRM:', ['id', 'ФИО', 'Телефон'].join(sep)];
    for (let i = 0; i < 20_000; i++) rows.push([100_000 + i, 'Иванов И.', 9_161_000_000 + i].join(sep));
    const text = rows.join('\n');
    const t0 = performance.now();
    const found = findPhones(text);
    // (Walking back line by line for each row took 2 s for 5,000 rows, and four times as long per row at 20,000.)
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(found).toHaveLength(20_000);
    expect(found[19_999]!.digits).toBe('79161019999');
  });

  it('does not blow up on long digit and separator runs', () => {
    const text = '1 2 3 4 5 6 7 8 9 0 '.repeat(5000) + '8-'.repeat(20000) + '('.repeat(20000) + '7';
    const t0 = performance.now();
    expect(findPhones(text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('character classes', () => {
  // ASCII and Russian letters are answered without the Unicode classes (built on first use, in every frame).
  const classes: [keyof typeof charClasses, RegExp][] = [
    ['isAlnum', /^[\p{L}\p{N}_]$/u],
    ['gluesLeft', /^[\p{L}\p{N}_@#№$€₽=&%\\+*]$/u],
    ['gluesRight', /^[\p{L}\p{N}_@№$€₽%&=]$/u],
    ['isCyrillic', /^\p{Script=Cyrillic}$/u],
    ['isLetter', /^\p{L}$/u],
    ['isUpper', /^\p{Lu}$/u],
  ];
  it.each(classes)('%s answers every UTF-16 unit (and no character) as its Unicode class does', (name, full) => {
    const test = charClasses[name];
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (test(c) !== full.test(c)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(test('')).toBe(false);
  });
});

describe('the default region', () => {
  /** [text, what each region reads in it: RU, KZ, BY] */
  const cases: [string, string[], string[], string[]][] = [
    // Kazakhstan shares +7 with Russia: from Russia its numbers are national ones too, from Belarus abroad
    ['Алматы: (727) 250-12-34', ['77272501234'], ['77272501234'], []],
    ['моб. 701 123 45 67', ['77011234567'], ['77011234567'], []],
    ['Тел: 7011234567', ['77011234567'], ['77011234567'], []],
    ['Минск: (029) 614-32-95', [], [], ['375296143295']],
    ['тел. (017) 328-40-19', [], [], ['375173284019']],
    ['029 614 32 95', [], [], ['375296143295']],
    // the same everywhere: numbers with a country's code or trunk prefix, Russian national forms
    ['8 (495) 123-45-67, +375 29 614-32-95, 8 029 614-32-95', ['74951234567', '375296143295', '375296143295'], ['74951234567', '375296143295', '375296143295'], ['74951234567', '375296143295', '375296143295']],
    ['(495) 123-45-67', ['74951234567'], ['74951234567'], ['74951234567']],
    // after the Kazakhstan and Belarus corpora (test/corpus/region-*.ts) first ran
    ['Доставка по Алматы: 727 355 00 15', [], ['77273550015'], []],
    ['Обратный номер 7182 55 03 62', ['77182550362'], ['77182550362'], []],
    ['тел. мужа 7013344510', ['77013344510'], ['77013344510'], []],
    // (770 is no Kazakh code: read only where Kazakhstan is home)
    ['Тел: 7707083893', [], ['77707083893'], []],
    ['тел. мужа 9161234567', ['79161234567'], ['79161234567'], ['79161234567']],
    ['Моб. (44) 712-05-38, Наталья', [], [], ['375447120538']],
    ['A1: 29 614-32-95, МТС: 33 657-09-12', [], [], ['375296143295', '375336570912']],
    ['Москва: 8 10 7 495 784-20-16', [], [], ['74957842016']],
    ['Вайбер: 8029 331 07 46', ['375293310746'], ['375293310746'], ['375293310746']],
    ['29 614-32-95', [], [], []],
    ['Заказ 29 614 32 95', [], [], []],
    ['Заказ № 727-250-1234', [], [], []],
    ['БИН 770140000123', [], [], []],
    // ids stay ids in every region
    ['ИНН 7707083893', [], [], []],
    ['7011234567', [], [], []],
    ['0296143295', [], [], []],
    ['(000) 614-32-95', [], [], []],
  ];
  it.each(cases)('%s', (text, ru, kz, by) => {
    expect(findPhones(text).map((m) => m.digits)).toEqual(ru);
    expect(findPhones(text, 'RU').map((m) => m.digits)).toEqual(ru);
    expect(findPhones(text, 'KZ').map((m) => m.digits)).toEqual(kz);
    expect(findPhones(text, 'BY').map((m) => m.digits)).toEqual(by);
  });

  it('normalises typed and selected numbers the same way', () => {
    expect([normalisePhone('(727) 250-12-34', 'KZ'), normalisePhone('(727) 250-12-34', 'RU'), normalisePhone('(727) 250-12-34', 'BY')]).toEqual(['77272501234', '77272501234', null]);
    expect([normalisePhone('(029) 614-32-95', 'BY'), normalisePhone('(029) 614-32-95', 'RU')]).toEqual(['375296143295', null]);
    expect(normalisePhone('Минск, моб. 029 614 32 95', 'BY')).toBe('375296143295');
    for (const region of ['RU', 'KZ', 'BY'] as const) expect(normalisePhone('+7 495 123-45-67', region)).toBe('74951234567');
  });
});

describe('normalisePhone', () => {
  const ok: [string, string][] = [
    ['8 (910) 123-45-67', '79101234567'],
    ['+7 910 123 45 67', '79101234567'],
    ['  89101234567  ', '79101234567'],
    ['79101234567', '79101234567'],
    ['9101234567', '79101234567'],
    ['(495) 123-45-67', '74951234567'],
    ['+44 20 7946 0958', '442079460958'],
    ['+44 (0) 20 7946 0958', '442079460958'],
    ['442079460958', '442079460958'],
    ['0044 20 7946 0958', '442079460958'],
    ['8 10 44 20 7946 0958', '442079460958'],
    ['+1 (212) 555-0100', '12125550100'],
    ['+375 29 123-45-67', '375291234567'],
    ['8 029 123-45-67', '375291234567'], // as Belarus writes it
    ['+852 2845 1976', '85228451976'], // Hong Kong, not a '+8' slip (was refused)
    ['+84 91 234 5678', '84912345678'], // Vietnam (was dialled as +7 491 …)
    ['+89161234567', '79161234567'], // the slip: no country code starts 89
    ['tel:+7-910-123-45-67', '79101234567'],
    ['tel:%2B79101234567', '79101234567'],
    ['tel:+79101234567;ext=12', '79101234567'],
    ['sip:79101234567@pbx.example.ru', '79101234567'],
    ['callto:89101234567', '79101234567'],
    ['+7 910 123-45-67 доб. 12', '79101234567'],
    ['8 (495) 123-45-67, ext. 5', '74951234567'],
    ['Тел.: 8 (910) 123-45-67', '79101234567'],
    ['\u200E+7 910 123 45 67\u200E', '79101234567'],
    ['+8 910 123-45-67', '79101234567'],
  ];
  it.each(ok)('%s → %s', (input, digits) => {
    expect(normalisePhone(input)).toBe(digits);
  });

  const bad = [
    '',
    'abc',
    'tel:',
    '+',
    '12345',
    '123-45-67',
    '+7 910 123',
    '8 (123) 456-78-90',
    '1234567890',
    '40702810900000012345',
    '+1234567890123456',
    '8 910 123 45 67 и 8 910 765 43 21',
    'tel:%E0%A4%A',
    '12.05.2024',
  ];
  it.each(bad)('%j → null', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });
});

describe('formatPhone', () => {
  const cases: [string, string][] = [
    ['79101234567', '+7 910 123-45-67'],
    ['74951234567', '+7 495 123-45-67'],
    ['78001234567', '8 800 123-45-67'],
    ['78552123456', '+7 855 212-34-56'],
    ['12125550100', '+1 212 555-0100'],
    ['442079460958', '+44 207 946 0958'],
    ['375291234567', '+375 291 234 567'],
    ['493012345678', '+49 301 234 5678'],
    ['+79101234567', '+7 910 123-45-67'],
    ['101', '101'],
    ['', ''],
  ];
  it.each(cases)('%s → %s', (digits, shown) => {
    expect(formatPhone(digits)).toBe(shown);
  });
});
