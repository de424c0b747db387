/**
 * Numbers written the national way of another country, without its country code: a migrant worker's brother in
 * Osh '0555 71-24-93', a skipper in Bodrum '0532 614 09 27', a guest's UAE mobile '050 271 8854', a buyer's Chinese
 * mobile '135 0453 7128'.
 * Nothing in the digits says which country; the text does ('Кыргызстан', 'в Оше', '(Turkey)', 'тайский', a price in
 * AED or ฿, Turkish letters, Chinese characters), so such a number is read only where a country's name, one of its
 * cities or such a sign stands near it, and only with that country's length and leading digits. Pure, and given to
 * phone.ts by whoever reads text (useAbroad): the background and the relay at once, the content script only when a
 * text first asks (it is built apart, as abroad.js).
 *
 * The countries are the ones whose people and partners a Russian company's CRM meets most. With a trunk 0: Kyrgyzstan,
 * Azerbaijan, Armenia, Turkey (and Northern Cyprus, on its codes), the UAE, Thailand, Israel, China's landlines,
 * Georgia's landlines, Montenegro, Belarus (outside the Belarus region, where it is home), Germany, South Korea, Japan,
 * Finland, France, the UK, Indonesia, Egypt, Serbia, India's landlines, Vietnam, the Netherlands, Iran, Saudi Arabia,
 * Moldova, Sri Lanka, South Africa, Nigeria, Kenya, Tanzania, Ghana, Ethiopia, Morocco, Algeria, Pakistan, Bangladesh,
 * Nepal's landlines, Malaysia, the Philippines, Australia, New Zealand, Argentina (its mobiles' 15 dropped for a 9 after
 * the code), Peru's landlines, Ecuador, Uruguay's mobiles, Mexico's old 01 and 044 prefixes, and Italy, which keeps its
 * 0 after the code. With a trunk 8, as at home but with fewer digits: Lithuania and Tajikistan's landlines. Without
 * one, where phone.ts checks the grouping too: China's mobiles, Georgia (its mobiles, and its landlines with the city's
 * code in brackets), Uzbekistan, Mongolia, Spain, Cyprus, Poland, Czechia, Latvia, Norway, Iceland, the Maldives,
 * Tajikistan, Hong Kong, Portugal, Brazil (its area code in brackets), Mexico, Colombia, Chile, Peru's mobiles, Cuba,
 * Uruguay's landlines, India's mobiles (5-5), Nepal's (ten digits, as ours), Tunisia (2-3-3), Italy's mobiles and North
 * America (grouped 3-3-4, which no one here writes: a hunter's '(907) 441-2873' in Alaska, not a Russian 907).
 * A text that says the code is not known ('без кода', 'код страны уточнить') is taken at its word.
 */

// The readers of oddly written numbers travel with these tables: both are rare, and the content script loads them once.
export { addOddlyWritten } from './phone-odd.ts';

/** The words and signs that name a country, by its code. */
const CUES: Record<string, RegExp> = {
  '996': /кыргыз|\(кр[)\s/]|киргиз|kyrgyz|бишкек|bishkek|ош[еау]?(?![а-яё])|джалал-абад|каракол|токмок|дордо|mbank|мбанк|элсом|elsom|сом(?![а-яё])|osh(?![a-z])|jalal-abad|karakol|tokmok|осоо(?![а-яё])/,
  '994': /азербайдж|azerbaij|баку(?![а-яё])|baku|bakı|гянджа|ganja|сумгаит|[^\s\d]*ə|sumqayıt|sumgait|lənkəran|şəki/,
  '374': /армени|армянск|арм\.|armenia|ереван|yerevan|гюмри|gyumri|ванадзор|[\u0531-\u0587]|vanadzor/,
  '90': /турец|турци|turkey|türk|стамбул|istanbul|анталь|antalya|алани|алань|alanya|мерсин|mersin|бодрум|bodrum|мармарис|marmaris|göcek|гёджек|анкар|ankara|измир|izmir|газиантеп|gaziantep|трабзон|trabzon|сарп(?![а-яё])|tömer|tl(?![a-z])|cep(?![a-z])|босфор|bosphorus|кипр|kıbrıs|kktc|north(?:ern)? cyprus|kyrenia|кирени|girne|гирне|фамагуст|famagusta|mağusa|lefkoşa|лефкош|[^\s\d]*[ığş]|кемер|kemer|белек|belek|фетхие|fethiye|даламан|dalaman/,
  '971': /оаэ|uae(?![a-z])|эмират|emirat|дуба[йеяю]|dubai|абу-даби|abu dhabi|шардж|sharjah|aed(?![a-z])|дирхам|dirham|dxb(?![a-z])|jbr(?![a-z])|джумейр|jumeirah|аджман|ajman|рас-эль-хайм|ras al khaimah|фуджейр|fujairah|umm al quwain|аль-айн|al ain(?![a-z])/,
  '66': /таиланд|тайланд|тайск|thai|пхукет|phuket|паттай|pattaya|бангкок|bangkok|самуи|samui|khun|co\.th|฿|бат(?![а-яё-])|baht|[\u0E00-\u0E7F]/,
  '972': /израил|israel|тель-авив|tel aviv|иерусалим|jerusalem|хайф|haifa|бат-ям|бен-гурион|ben[ -]gurion|ашдод|нетани|беэр-шев|ришон|петах-тикв|холон|ашкелон|кирьят|kiryat|₪|shalom|(?<=\.)il(?![a-z])|[\u05D0-\u05EA]/,
  '86': /кита[йе]|кит\.|кнр(?![а-яё])|china|chinese|гуанчжоу|guangzhou|шэньчжэн|shenzhen|шанха|shanghai|пекин|beijing|шаосин|shaoxing|маньчжур|manzhouli|суйфэньх|suifenhe|хэйхэ|heihe|харбин|harbin|wechat|далянь|dalian|yiwu|иу(?![а-яё])|ханчжоу|hangzhou|нинбо|ningbo|дунгуань|dongguan|тяньцзин|tianjin|сямынь|xiamen|цзинань|jinan|тайчжоу|taizhou|сучжоу|suzhou|фошань|foshan|урумчи|urumqi|циндао|qingdao|cny|rmb|юан|hebei|хэбэй|tangshan|таншань|shandong|шаньдун|zhejiang|чжэцзян|guangdong|гуандун|jiangsu|цзянсу|fujian|фуцзянь/,
  '995': /грузи|georgia|тбилис|tbilisi|телави|telavi|кахети|kakheti|сигнахи|sighnaghi|батуми|batumi|кутаиси|kutaisi|гудаур|gudauri|[\u10D0-\u10FF]|рустави|rustavi|зугдиди|zugdidi/,
  '382': /черногор|montenegr|crna gora|будв|budva|подгориц|podgoric|тиват|tivat|котор|kotor|херцег|herceg/,
  '375': /беларус|белорус|belarus|минск|minsk|брест|гомел|гродн|витебск|могил[её]в|бобруйск|барановичи|полоцк|орш[аеу](?![а-яё])|пинск|мозыр|солигорск|молодечн|жлобин|нароч|byn(?![a-z])|тэл\.|[^\s\d]*ў/,
  '49': /германи|немецк|germany|deutschland|берлин|berlin|мюнхен|münchen|гамбург|hamburg|к[её]льн|köln|франкфурт|frankfurt|дюссельдорф|düsseldorf|нюрнберг|nürnberg|бремерхафен|bremerhaven|бремен|bremen|ганновер|hannover|штутгарт|stuttgart|лейпциг|leipzig|дрезден|dresden|wohnheim|hochschule|эссен|essen(?![a-z])|universität|heidelberg|гейдельберг|кассел|kassel|\(de\)|munich|cologne|nuremberg|guten tag|rückfrage|rufen sie/,
  '998': /узбек|uzbek|ташкент|tashkent|самарканд|samarkand|бухар|bukhara|фергана|fergana|наманган|namangan|андижан|andijan|узб\.|узб(?=\))|ўзб|toshkent|samarqand|buxoro|farg[ʻ‘']?ona|andijon|jizzax|навои|navoiy|qarshi|термез|termiz|гулистан|guliston|нукус|nukus|хорезм|xorazm|ургенч|urganch|mchj(?![a-z])|raqam|[^\s\d]*[og]ʻ/,
  '82': /коре(?:[яиею]|йск)|korea|сеул|seoul|пусан|busan|инчхон|incheon|тонъён|tongyeong|пхохан|pohang|kakao|h\.p\.|kst(?![a-z])|changwon|чханвон|(?<=\.)kr(?![a-z])|[\uAC00-\uD7AF]/,
  '81': /япони|японск|japan|токио|tokyo|хоккайдо|hokkaido|хакодате|hakodate|отару|otaru|ниигат|niigata|вакканай|wakkanai|саппоро|sapporo|осак|osaka|нагоя|nagoya|кобэ|kobe|тоям|toyama|[йи]окогам|yokohama|фусики|fushiki|хокурику|hokuriku|jst(?![a-z])|k\.k\.|(?<=\.)jp(?![a-z])|-сан(?![а-яё])|[\u3040-\u30FF〒県]|株式会社/,
  '358': /финлянд|финск|finland|suomi|хельсинк|helsinki|puh\.|terveisin|terv\.|soit|hyvä(?![a-zä])|ystävällisin|oyj?(?![a-z])|лаппеенран|lappeenran|коувол|kouvola|лахти|lahti|тампере|tampere|турку|turku|оулу|oulu|эспоо|espoo|вантаа|vantaa|котка|kotka|хамина|hamina|иматр|imatra|joensuu|kuopio|jyväskylä/,
  '1': /сша(?![а-яё])|usa(?![a-z])|доминикан|dominican|санто-доминго|santo domingo|пунта-кана|punta cana|америк|america|united states|соедин[её]нн[а-яё]+ штат|канад|canada|аляск|alaska|техас|texas|монтан|montana|калифорни|california|флорид|florida|нью-йорк|new york|чикаго|chicago|денвер|denver|(?<=,) [a-z]{2} \d{5}(?!\d)|торонто|toronto|монреал|montr[eé]al|квебек|qu[eé]bec|калгари|calgary|ванкувер|vancouver|оттав|ottawa|бостон|boston|даллас|dallas|хьюстон|houston|austin|сиэтл|seattle|atlanta|los angeles|san francisco|сан-франциско|miami|майами|nyc(?![a-z])|new jersey|(?<=, |\()(?:tx|ny|nj|ca|fl|wa|az|qc|bc|ab)(?![a-z.])|\d ?[ap]m ?[ecmp][sd]?t(?![a-z])|\d (?:et|ct|est|cst|edt|cdt)(?![a-z])/,
  '33': /франц|france|french|париж|paris|лион|lyon|марсел|marseille|(?<=\.)fr(?![a-z])/,
  '44': /великобритан|британ|англи[яиюе](?![а-яё])|uk(?![a-z])|u\.k\.|united kingdom|england|лондон|london|манчестер|manchester|£|gbp|nhs(?![a-z])|бирмингем|birmingham|liverpool|эдинбург|edinburgh|glasgow|leeds|bristol|oxford|cambridge/,
  '34': /испан|spain|españa|мадрид|madrid|барселон|barcelona|малаг|m[aá]laga|marbella|марбель|тенериф|tenerife|канарск|canari|аликанте|alicante|валенси|valencia|бенидорм|benidorm|costa del sol|коста-дель-соль|севиль|sevilla|майорк|mallorca|ибиц|ibiza|толедо|toledo|бильба|bilbao|гранад|granada|s\.l\.(?![a-z])/,
  '39': /итал|italy|italia|рим(?![а-яё])|roma(?![a-z])|милан[еау](?![а-яё])|миланск|milano|флоренц|firenze|florence|венеци|venezia|venice|неапол|napoli|naples|турин|torino|turin|болонь|bologna|верон[аеуы]|verona|генуя|genova|сицили|sicilia|sicily|палермо|palermo|тоскан|toscana|tuscany/,
  '351': /португал|portugal|portugu[eê]s|лиссабон|lisboa|lisbon|порту(?![а-яё])|porto(?![a-z]| alegre)|алгарв|algarve|фару(?![а-яё])|faro(?![a-z])|мадейр|madeira|фуншал|funchal|braga|coimbra|cascais|sintra|telem[óo]vel|(?<=\.)pt(?![a-z])/,
  '357': /кипр|cyprus|лимас+ол|limas+ol|ларнак|larnaca|пафос|paphos|никоси|nicosia|\(cy\)/,
  '62': /индонези|indonesia|бали(?![а-яё])|bali(?![a-z])|джакарт|jakarta/,
  '381': /серби|serbia|srbij|srpsk|сербск|белград|beograd|belgrade|нови-сад|novi sad|суботиц|subotic|ниш(?![а-яё])|niš|rsd(?![a-z])|динар|zdravo|pozdrav|srdačno|[^\s\d]*[јљњћђџ]/,
  '91': /инди[яиюе](?![а-яё])|индийск|india|\(in\)|мумба|mumbai|дели(?![а-яё])|delhi|пун[аеы](?![а-яё])|pune(?![a-z])|ченна|chennai|калькутт|kolkata|хайдарабад|hyderabad|бангалор|bangalore|bengaluru|ахмадабад|ahmedabad|maharashtra|telangana|gujarat|tamil nadu|pvt\.? ltd|inr(?![a-z])|₹|рупи/,
  '84': /вьетнам|vietnam|việt|[(\[]vn[)\]]|hcmc|tp\.hcm|ханой|hà nội|hanoi|хошимин|hồ chí minh|ho chi minh|сайгон|saigon|sài gòn|дананг|đà nẵng|da nang|хайфон|hải phòng|нячанг|nha trang|фантьет|phan thiet|муйне|mui ne|фукуок|phu quoc|vnd(?![a-z])|[^\s\d]*[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/,
  '48': /польш|польск|polsk|poland|polish|варшав|warszaw|warsaw|краков|kraków|krakow|гданьск|gdańsk|gdansk|познан|poznań|poznan|вроцлав|wrocław|лодз|łódź|катовиц|katowic|щецин|szczecin|ольштын|olsztyn|эльблонг|elbląg|белосток|białystok|люблин|lublin|быдгощ|bydgoszcz|\(pl\)|sp\. z o\.o\.|s\.c\.(?![a-z])|pozdrawiam|wew\.|pln(?![a-z])|zł(?![a-z])|злот|[^\s\d]*[ąęłńśźż]/,
  '420': /чехи|чешск|czech|česk|прага|праге|praha|prague|брно|brno|острав|ostrava|пльзен|plzeň|ičo|dič|czk(?![a-z])|kč(?![a-z])|[^\s\d]*[ěřů]/,
  '55': /бразил|brasil|brazil|сан-паулу|são paulo|sao paulo|рио-де-жанейро|rio de janeiro|porto alegre|порту-алегри|ltda(?![a-z])|atenciosamente|ramal(?![a-z])|fone(?![a-z])|\((?:rj|sp|mg|rs|pr|sc|ba)\)|r\$|brl(?![a-z])|[^\s\d]*[ãõç]/,
  '52': /мексик|mexic|méxic|cdmx|гвадалахар|guadalajara|монтерре|monterrey|канкун|cancún|cancun|пуэбл|puebla|тихуан|tijuana|веракрус|veracruz|оахак|oaxaca|кульякан|culiacán|culiacan|мансанильо|manzanillo|playa del carmen|jalisco|jal\.|sinaloa|colima|saltillo|apodaca|bajío|querétaro|queretaro|chihuahua|yucatán|yucatan|n\.l\.|s\.a\. de c\.v\.|sa de cv|mxn(?![a-z])/,
  '54': /аргентин|argentin|буэнос-айрес|buenos aires|bsas|caba(?![a-z])|росарио|rosario|кордова(?![а-яё])|córdoba|мендос|mendoza|bahía blanca|bahia blanca|santa fe|ars(?![a-z])|che,/,
  '56': /чили(?![а-яё])|чилийск|chile(?![a-z])|сантьяго|santiago|вальпараис|valparaíso|valparaiso|консепсьон|concepción|concepcion|biobío|temuco|антофагаст|antofagasta|san antonio|spa(?![a-z])|clp(?![a-z])/,
  '57': /колумби|colombia|богот|bogotá|bogota|медельин|medellín|medellin|кали(?![а-яё])|cali(?![a-z])|барранкиль|barranquilla|картахен|cartagena|буэнавентур|buenaventura|eje cafetero|s\.a\.s\.|cop(?![a-z])/,
  '51': /перу(?![а-яё])|перуанск|perú|peru(?![a-z])|лим[аеуы](?![а-яё])|lima(?![a-z])|кальяо|callao|арекип|arequipa|куско|cusco|пуно(?![а-яё])|puno(?![a-z])|s\.a\.c\.|pen(?![a-z])|anexo/,
  '53': /куб[аеуы](?![а-яё])|кубинск|cuba(?![a-z])|гаван|habana|havana|варадеро|varadero|тринидад|trinidad|сьенфуэгос|cienfuegos|сантьяго-де-куба|cup(?![a-z])/,
  '593': /эквадор|ecuador|кито(?![а-яё])|quito|гуаякил|guayaquil|куэнк|cuenca|галапагос|galápagos|galapagos/,
  '598': /уругва|uruguay|монтевидео|montevideo|colonia del sacramento|пунта-дель-эсте|punta del este|nueva palmira|uyu(?![a-z])/,
  '20': /египет|египт|egypt|каир|cairo|хургад|hurghada|шарм|sharm|луксор|luxor|александри|alexandria|гиз[аеы]|giza|эль-гун|el gouna|марса-алам|marsa alam|дахаб|dahab|асуан|aswan|egp(?![a-z])/,
  '370': /литв|литов|lithuan|lietuv|вильн|vilnius|каунас|kaunas|клайпед|klaipėd|паневеж|panevėž|шяуля|šiaul|uab(?![a-z])|pagarbiai|[^\s\d]*[ėųį]/,
  '371': /латви|latvi|риг[аеиу](?![а-яё])|рижск|rīga|riga(?![a-z])|лиепа|liepāj|даугавпилс|daugavpils|юрмал|jūrmal|sia(?![a-z])|ar cieņu|[^\s\d]*[āēīņļķģ]/,
  '47': /норвеж|норвег|norway|norge|norsk|осло(?![а-яё])|oslo|берген|bergen|тромс[её]|tromsø|tromso|киркенес|kirkenes|олесунн|ålesund|alesund|тронхейм|trondheim|ставангер|stavanger|хаммерфест|hammerfest|båtsfjord|vardø/,
  '354': /исланд|iceland|ísland|рейкьявик|reykjav|hafnarfj|хабнарфь|akureyri|ísafj|ehf\.|hf\.|kveðj|sími|[^\s\d]*[ðþ]/,
  '992': /таджик|tajik|тоҷик|душанбе|dushanbe|худжанд|khujand|хуҷанд|исфар|isfara|куляб|kulob|курган-тюбе|бохтар|bokhtar|вахдат|турсунзаде|пенджикент|панджакент|истаравшан|дангар|ашт(?![а-яё])|[^\s\d]*[ҳҷқғӣӯ]/,
  '98': /иран|iran|тегеран|tehran|исфахан|isfahan|шираз|shiraz|тебриз|tabriz|мешхед|mashhad|бендер-аббас|бандар-аббас|bandar[ -]abbas|энзел|anzali|[\u067E\u0686\u0698\u06AF]/,
  '966': /саудов|saudi|ksa(?![a-z])|рияд|riyadh|джидд|jeddah|мекк|makkah|mecca|медин[аеы](?![а-яё])|medina|даммам|dammam|jawal|sar(?![a-z])/,
  '852': /гонконг|hong kong|kowloon|коулун|\(hk\)/,
  '353': /ирланди|ирландск|ireland|irish|éire|дублин|dublin|galway|голуэй|cork(?![a-z])|limerick/,
  '65': /сингапур|singapore|pte\.? ltd/,
  '974': /катар|qatar|доха|doha|qar(?![a-z])/,
  '965': /кувейт|kuwait|шувайх|shuwaikh|kwd(?![a-z])/,
  '968': /оман(?:[аеу]|ом)?(?![а-яё])|oman(?:i)?(?![a-z])|маскат|muscat|салал|salalah|сохар|sohar|русайл|rusayl|omr(?![a-z])/,
  '973': /бахрейн|bahrain|манам[аеу]?(?![а-яё])|manama|sitra|bhd(?![a-z])/,
  '962': /иордани|jordan|амман|amman|акаб|aqaba|jod(?![a-z])/,
  '961': /ливан|lebanon|бейрут|beirut|lbp(?![a-z])/,
  '964': /ирак|iraq|багдад|baghdad|эрбил|erbil|баср|basra|сулеймани|sulaymaniyah|asiacell|korek/,
  '993': /туркмен|turkmen|türkmen|ашхабад|ashgabat|aşgaba[dt]|туркменабат|balkanabat|балканабат|дашогуз|daşoguz|dashoguz|tmt(?![a-z])|jübi/,
  '31': /нидерланд|голланд|netherlands|nederland|dutch|holland|амстердам|amsterdam|роттердам|rotterdam|гааг[аеиу]|den haag|утрехт|utrecht|эйндховен|eindhoven|b\.v\.|met vriendelijke|(?<=\.)nl(?![a-z])/,
  '373': /молдов|moldov|кишин[её]в|chișinău|chisinau|бельц|bălți|balti(?![a-z])|тирасп|tiraspol|комрат|крикова|cricova|орхе[йя]|orhei|кагул|cahul|унген|ungheni|md-\d{4}/,
  '94': /шри-ланк|sri lank|ланкийск|коломбо|colombo|канди(?![а-яё])|kandy|галле(?![а-яё])|galle(?![a-z])|бентот|bentota|хиккадув|hikkaduwa|унаватун|unawatuna|негомбо|negombo|тринкомали|trincomalee|lkr(?![a-z])/,
  '960': /мальдив|maldiv|хулхумал|hulhumal|маафуши|maafushi|mvr(?![a-z])|руфи(?![а-яё])/,
  '43': /австри|austria|österreich|вен[аеу](?![а-яё])|венск|wien|vienna|линц|linz(?![a-z])|грац|graz(?![a-z])|зальцбург|salzburg|инсбрук|innsbruck|клагенфурт|klagenfurt|kärnten|steiermark|tirol|\(at\)|atu\d{8}/,
  '41': /швейцар|switzerland|schweiz|suisse|svizzera|цюрих|zürich|zurich|женев|genève|geneva|базел|basel|берн(?![а-яё])|bern(?![a-z])|лозанн|lausanne|люцерн|luzern|st\. ?gallen|санкт-галлен|лугано|lugano|chf(?![a-z])|grüsse|(?<=\.)ch(?![a-z])/,
  '32': /бельги|belgi|брюссел|bruxelles|brussel|антверп|antwerp|anvers|гент(?![а-яё])|gent(?![a-z])|ghent|льеж|liège|хассельт|hasselt|кортрейк|kortrijk|брюгге|brugge|bvba|sprl|(?<=\.)be(?![a-z])/,
  '45': /дани[яиюе](?![а-яё])|датск|denmark|danmark|dansk|копенгаген|københavn|copenhagen|орхус|aarhus|århus|оденсе|odense|ольборг|aalborg|эсбьерг|esbjerg|aps(?![a-z])|dkk(?![a-z])|(?<=\.)dk(?![a-z])/,
  '46': /швеци|шведск|sweden|sverige|svensk|стокгольм|stockholm|гётеборг|гетеборг|göteborg|gothenburg|мальм[её]|malmö|уппсал|uppsala|хельсингборг|helsingborg|йёнчёпинг|jönköping|ankn\.|sek(?![a-z])|(?<=\.)se(?![a-z])|solna|hälsning|växel|ring mig/,
  '40': /румын|romania|românia|бухарест|bucurești|bucuresti|bucharest|клуж|cluj|брашов|brașov|brasov|тимишоар|timișoara|timisoara|констанц|constanța|орадя|oradea|iași|ron(?![a-z])/,
  '359': /болгари|bulgaria|българ|софи[яиюе](?![а-яё])|sofia|пловдив|plovdiv|варн[аеуы](?![а-яё])|varna|бургас|burgas|русе(?![а-яё])|стара загора|еоод|еад(?![а-яё])|оод(?![а-яё])|bgn(?![a-z])/,
  '421': /словаки|slovak|slovensk|братислав|bratislava|кошиц|košice|kosice|жилин|žilina|zilina|нитр[аеу](?![а-яё])|nitra|трнав|trnava|прешов|prešov|[^\s\d]*[ľĺŕ]/,
  '386': /словени|slovenia|slovenij|любля|ljubljana|марибор|maribor|celje|копер(?![а-яё])|koper|nova gorica|kranj|lep pozdrav|(?<=\.)si(?![a-z])/,
  '385': /хорвати|croatia|hrvatsk|загреб|zagreb|сплит(?![а-яё])|далмац|dalmacij|риек|rijeka|задар|zadar|осиек|osijek|дубровник|dubrovnik|(?<=\.)hr(?![a-z])/,
  '372': /эстони|estonia|eesti|таллин|tallinn|тарту|tartu|пярну|pärnu|нарв[аеуы](?![а-яё])|narva|oü(?![a-z])|tere(?![a-z])|helista|lugupidamisega/,
  '30': /греци|греческ|greece|hellas|афин|athens|салоник|thessalonik|крит(?![а-яё])|crete|пире[йя]|piraeus|ираклион|heraklion|[\u0370-\u03FF]/,
  '36': /венгр|hungar|magyar|будапешт|budapest|дебрецен|debrecen|сегед|szeged|дьёр|győr|печ(?![а-яё])|pécs|kft\.|zrt\.|mellék|huf(?![a-z])|форинт|[^\s\d]*[őű]/,
  '27': /юар(?![а-яё])|южн[а-яё]* африк|south africa|(?<=\.)za(?![a-z])|йоханнесбург|johannesburg|jhb(?![a-z])|sandton|midrand|centurion|boksburg|претори|pretoria|кейптаун|cape town|stellenbosch|western cape|дурбан|durban|мпумаланг|mpumalanga|witbank|gauteng|гаутенг|limpopo|mokopane|rustenburg|\(pty\)|zar(?![a-z])|sast(?![a-z])/,
  '234': /нигери|nigeria|лагос|lagos|ikeja|victoria island|абудж|abuja|ibadan|кадун|kaduna|enugu|энугу|кано(?![а-яё])|kano(?![a-z])|port harcourt|plateau state|ngn(?![a-z])|naira|найр[аы]|(?<=\.)ng(?![a-z])/,
  '254': /кени[яиюе](?![а-яё])|kenya|найроби|nairobi|момбас|mombasa|kisumu|кисуму|eldoret|nakuru|thika|kes(?![a-z])|m-pesa|safaricom|(?<=\.)ke(?![a-z])/,
  '255': /танзани|tanzania|дар-эс-салам|dar es salaam|mwanza|arusha|аруша|dodoma|додома|zanzibar|занзибар|geita|tzs(?![a-z])|(?<=\.)tz(?![a-z])/,
  '233': /ган[аеуы](?![а-яё])|ганск|ghana|аккр[аеуы](?![а-яё])|accra|kumasi|кумаси|takoradi|east legon|ghs(?![a-z])|cedi|(?<=\.)gh(?![a-z])/,
  '251': /эфиопи|ethiopia|аддис-абеб|addis ababa|bahir dar|dire dawa|mekelle|hawassa|etb(?![a-z])|birr(?![a-z])|(?<=\.)et(?![a-z])/,
  '212': /марокк|maroc|morocco|касабланк|casablanca|рабат|rabat|марракеш|marrakech|танжер|tanger|tangier|fès|агадир|agadir|mad(?![a-z])|dirham marocain|(?<=\.)ma(?![a-z])/,
  '213': /алжир|algérie|algerie|algeria|alger(?![a-z])|oran(?![a-zı])|constantine|hassi messaoud|annaba|sétif|blida|tlemcen|djezzy|mobilis|dzd(?![a-z])|(?<=\.)dz(?![a-z])/,
  '216': /тунис|tunisi|tunis(?![a-z])|sfax|сфакс|sousse|сусс|bizerte|бизерт|nabeul|monastir|kairouan|tnd(?![a-z])|(?<=\.)tn(?![a-z])/,
  '92': /пакистан|pakistan|карачи|karachi|лахор|lahore|исламабад|islamabad|равалпинди|rawalpindi|faisalabad|пешавар|peshawar|мултан|multan|quetta|balochistan|pkr(?![a-z])|pkt(?![a-z])|ptcl|\(pk\)|(?<=\.)pk(?![a-z])/,
  '880': /бангладеш|bangladesh|дакк[аеиу](?![а-яё])|dhaka|chattogram|chittagong|читтагонг|sylhet|khulna|rajshahi|bdt(?![a-z])|(?<=\.)bd(?![a-z])/,
  '977': /непал|nepal|катманду|kathmandu|покхар|pokhara|lalitpur|biratnagar|бхактапур|bhaktapur|npr(?![a-z])|(?<=\.)np(?![a-z])/,
  '60': /малайзи|malaysia|куала-лумпур|kuala lumpur|джохор|johor|пенанг|penang|ipoh|kuantan|pahang|selangor|petaling jaya|sdn\.? bhd|myr(?![a-z])|ringgit|ринггит|(?<=\.)my(?![a-z])/,
  '63': /филиппин|philippine|pilipinas|манил|manila|makati|quezon|себу|cebu|davao|baguio|pasig|taguig|salamat|(?<=\.)ph(?![a-z])/,
  '61': /австрали|australia|сидне|sydney|мельбурн|melbourne|брисбен|brisbane|перт(?![а-яё])|perth|аделаид|adelaide|darwin|hobart|канберр|canberra|pilbara|mount isa|калгурли|kalgoorlie|port hedland|(?:nsw [12]|act [02]|vic 3|qld 4|sa 5|wa 6|tas 7|nt 0)\d{3}(?![ -]?\d)|pty ltd|aud(?![a-z])|aedt|aest|awst|(?<=\.)au(?![a-z])/,
  '64': /зеланди|zealand|aotearoa|окленд|auckland|веллингтон|wellington|крайстчерч|christchurch|dunedin|tauranga|waihi|nz(?![a-z])|nzd|nzdt|ngā mihi|kia ora|(?<=\.)nz(?![a-z])/,
  '976': /монгол|mongol|улан-батор|ulaanbaatar|дархан|darkhan|чойбалсан|замын-ууд|эрдэнэт|утас(?![а-яё])/,
};

/**
 * A language or a company's legal form that several countries share: German (GmbH, 'Frau'), the Scandinavian
 * letters and greetings, 's.r.o.', Romanian, French. They speak for a country only where no country's own name is
 * near at all (LANGUAGE is more than any distance a name can have, on another line too): 'Wien: Donau Trading GmbH,
 * Tel 01/ 535 12 40-0' is Austria's, a GmbH alone Germany's; 'Portable : 06 61 23 45 67' over 'Casablanca, Maroc'
 * Morocco's.
 */
const GERMAN = 'handy|gmbh|sehr geehrte|mit freundlichen|frau(?![a-z])|herr(?![a-z])|sekretariat|betreff';
const NORDIC = /mvh(?![a-z])|med venn?lig|hilsen|[a-zøåæ]*(?:[a-z][øåæ]|[øåæ][a-z])/; // (not a diameter's 'ø12')
const SRO = /s\.r\.o\./;
const ROMANIAN = /srl(?![a-z])|[^\s\d]*[șț]/;
const SPANISH = /móvil/; // (Spain's word, and Latin America's: a country named near it beats it)
const FRENCH = /portable|cordialement/; // (Morocco's, Algeria's and Tunisia's cards say 'Portable' too)
const GERMAN_SS = new RegExp(`${GERMAN}|[^\\s\\d]*ß`); // (the Swiss write no 'ß')
const SHARED: Record<string, RegExp> = {
  '49': GERMAN_SS,
  '43': GERMAN_SS,
  '41': new RegExp(GERMAN),
  '47': NORDIC,
  '45': NORDIC,
  '46': NORDIC,
  '420': SRO,
  '421': SRO,
  '40': ROMANIAN,
  '34': SPANISH,
  '373': ROMANIAN,
  '33': FRENCH,
};
const LANGUAGE = 1201; // (more than BEFORE + OTHER_LINE, below)

/**
 * A country's row: its code, its national number (what follows the trunk prefix, if it has one; where the prefix is
 * longer than the 0, as Hungary's 06, the pattern's first group is the number), what the international number keeps
 * of the prefix (Italy's 0), and the shape the number must be written in, where the digits alone do not tell (Japan
 * ends every number with four digits: '04465-33471' near Nagoya is a part's).
 */
type Row = [code: string, national: RegExp, kept?: string, written?: RegExp];
const LAST_FOUR = /(?:^|\D)\d{4}$|^\d+$/;
/** An Argentine mobile as written at home: its area code, the 15 that marks a mobile, its number (10 digits in all). */
const ARGENTINA_MOBILE = /^(?=\d{12}$)(11|[23]\d{2,3})15(\d{6,8})$/;

/**
 * The countries with a trunk 0. Germany's numbers vary in length (a city's code is 2–5 digits, its numbers 3–8), so
 * its pattern only bounds them, at the 9 digits and more most have: the cue does the rest ('Auftrag 0470-2023' is an
 * order's).
 */
const TRUNK: Row[] = [
  ['996', /^[235-79]\d{8}$/],
  ['994', /^(?:1[028]|2\d|5[015]|60|7[07]|99)\d{7}$/],
  ['374', /^[1-9]\d{7}$/],
  ['90', /^(?:[2-5]\d{9}|8[05]0\d{7})$/], // Turkey: and its company numbers, '0850 305 44 10', free ones '0800 …'
  ['971', /^(?:5\d{8}|[2-79]\d{7})$/],
  ['66', /^(?:[689]\d{8}|[2-7]\d{7})$/],
  ['972', /^(?:5\d{8}|[2-489]\d{7})$/],
  ['86', /^(?:(?:10|2\d)\d{8}|[3-9]\d{9,10})$/],
  ['995', /^[34]\d{8}$/],
  ['373', /^[2-7]\d{7}$/],
  ['94', /^[1-9]\d{8}$/], // Sri Lanka: a mobile '077 345 8821', Galle's '091 227 5514'
  ['382', /^[2-9]\d{7}$/],
  ['375', /^(?:(?:25|29|33|44)\d{7}|(?:1[5-7]|2[1-3])\d{7})$/],
  ['49', /^(?:1[5-7]\d{8,9}|[2-9]\d{8,10})$/],
  ['82', /^(?:10\d{8}|2\d{7,8}|[3-6][1-5]\d{7,8}|70\d{8})$/],
  ['81', /^(?:[789]0\d{8}|[1-9]\d{8})$/, '', LAST_FOUR],
  ['358', /^(?:4\d{7,8}|50\d{6,7}|[1-9]\d{7,8})$/],
  ['33', /^[1-79]\d{8}$/],
  ['44', /^(?:7\d{9}|[12]\d{8,9})$/],
  ['353', /^(?:1\d{7}|[2-9]\d{6,8})$/], // Ireland: Dublin's '01 905 3362', a mobile '087 331 9042', Galway's '091 524 718'
  ['962', /^(?:7[789]\d{7}|[2-6]\d{7})$/], // Jordan: Amman's '06-552 1874', a mobile '079-553-0219'
  ['961', /^(?:[1-9]\d{6}|(?:7\d|81)\d{6})$/], // Lebanon: Beirut's '01-487 205', a mobile '03-612 448'
  ['964', /^(?:7[3-9]\d{8}|[1-6]\d{7,8})$/], // Iraq: a mobile '0770 318 2246', Baghdad's '01 717 2233'
  ['39', /^[1-9]\d{7,9}$/, '0'], // Italy's landlines keep their 0 after the code: '011 562 8041' is +39 011 …
  ['62', /^(?:8[1-9]\d{7,10}|[2-7]\d{7,9})$/],
  ['381', /^(?:6\d{7,8}|[1-3]\d{7,8})$/], // Serbia: a mobile '064 218 3390', Belgrade's '011 3128 475'
  ['91', /^[1-9]\d{9}$/], // India, a city's code and its number in ten digits: Pune's '020 2712 4836'
  ['84', /^(?:[35789]\d{8}|2\d{9})$/], // Vietnam: a mobile '0903 218 457', Hanoi's '024 3942 7183'
  ['31', /^[1-9]\d{8}$/], // the Netherlands: a mobile '06 4127 3650', Rotterdam's '010-4512380'
  ['98', /^[1-9]\d{9}$/], // Iran: a mobile '0912 345 6789', Tehran's '021 8876 5432'
  ['966', /^(?:5\d{8}|1[1-7]\d{7})$/], // Saudi Arabia: a mobile '055 123 4567', Riyadh's '011 465 7890'
  ['27', /^[1-8]\d{8}$/], // South Africa: Johannesburg's '011 483 2150', a mobile '082 614 7731'
  ['234', /^(?:[789][01]\d{8}|(?![789][01])[1-9]\d{7})$/], // Nigeria: a mobile '0803 412 6670', Lagos's '01-271 0450'
  ['254', /^[1-7]\d{8}$/], // Kenya: a mobile '0722 514 880' or '0110 456 789', Mombasa's '(041) 222 3344'
  ['255', /^(?:[67]\d|2[2-8])\d{7}$/], // Tanzania: a mobile '0713 880 245', Dar es Salaam's '022 211 5566'
  ['233', /^[235]\d{8}$/], // Ghana: a mobile '024 412 3456', Accra's '030 276 1234'
  ['251', /^[1-57-9]\d{8}$/], // Ethiopia: a mobile '0911 23 45 67', Bahir Dar's '058 220 1133'
  ['212', /^[5-8]\d{8}$/], // Morocco: Casablanca's '05 22 48 12 30', a mobile '06 61 23 45 67'
  ['213', /^(?:[567]\d{8}|[1-4]\d{7})$/], // Algeria: a mobile '0550 12 34 56', Algiers's '021 23 45 67'
  ['92', /^(?:3\d{9}|(?:21|42)\d{8}|[2-9]\d{8})$/], // Pakistan: a mobile '0300-1234567', Lahore's '042 3571 2345'
  ['880', /^(?:1[3-9]\d{8}|2\d{8,9})$/], // Bangladesh: a mobile '01711-234567'
  ['977', /^[1-9]\d{7}$/], // Nepal's landlines: Kathmandu's '01-4412345', Pokhara's '061-531234'
  ['60', /^(?:1\d{8,9}|3\d{8}|[4-9]\d{7})$/], // Malaysia: a mobile '012-345 6789', Ipoh's '05-254 1234'
  ['63', /^(?:9\d{9}|[2-8]\d{8})$/], // the Philippines: a mobile '0917 123 4567', Manila's '(02) 8123 4567'
  ['61', /^[2-478]\d{8}$/], // Australia: Sydney's '(02) 9876 5432', a mobile '0412 345 678'
  ['64', /^(?:2\d{7,9}|[3-79]\d{7})$/], // New Zealand: Auckland's '(09) 379 1234', a mobile '021 123 4567'
  ['20', /^(?:1[0-25]\d{8}|2\d{8}|3\d{7}|(?:1[35]|4[0-8]|5[057]|6[24-9]|8[2468]|9[2-7])\d{7})$/], // a mobile '010 2481 7735', Cairo's '02 2736 4410', Hurghada's '065 358 0011'
  ['52', /^(?:1|4[45])([2-9]\d{9})$/], // Mexico's old long-distance 01 and mobile 044/045 before its ten digits: '01 81 8399 2041'
  ['54', /^([1-9]\d{9})$/], // Argentina: Buenos Aires's '(011) 4312-5580', Rosario's '(0341) 447-2290'
  ['54', ARGENTINA_MOBILE, '9'], // its mobiles, '15' after the area code: '011 15-4978-2231' is +54 9 11 4978-2231
  ['51', /^[14-8]\d{7}$/], // Peru's landlines: Lima's '(01) 441-2290', Arequipa's '(054) 28-1133'
  ['593', /^(?:[2-7]\d{7}|9\d{8})$/], // Ecuador: Guayaquil's '(04) 259-8800', a mobile '099 812 3456'
  ['598', /^9\d{7}$/], // Uruguay's mobiles: '099 123 456'
  // (Last: where a shared language is all that names the country, the countries above come first.)
  ['43', /^(?:1\d{6,10}|6\d{8,11}|[2-57-9]\d{6,10})$/], // Austria: Vienna's '01/ 535 12 40', Linz's '0732/ 77 45 60'
  ['41', /^[2-9]\d{8}$/], // Switzerland: Basel's '061 272 45 90', a mobile '079 331 28 14'
  ['32', /^(?:4\d{8}|[1-9]\d{7})$/], // Belgium: Ghent's '09 225 71 30', a mobile '0496 28 14 07'
  ['46', /^(?:7\d{8}|[1-9]\d{6,8})$/], // Sweden: Stockholm's '08-545 610 20', a mobile '070-312 45 89'
  ['40', /^[237]\d{8}$/], // Romania: Cluj's '0264 450 123', a mobile '0744 512 309'
  ['359', /^(?:2\d{7}|[3-9]\d{7,8})$/], // Bulgaria: Plovdiv's '032 / 62 45 18', a mobile '0888 412 305'
  ['421', /^[2-59]\d{8}$/], // Slovakia: Košice's '055/ 622 41 90', a mobile '0904 55 66 77'
  ['386', /^[1-7]\d{7}$/], // Slovenia: Ljubljana's '01 234 56 78', a mobile '041 523 118'
  ['385', /^(?:1\d{6,7}|[2-5]\d{7}|9\d{7,8})$/], // Croatia: Split's '021/ 345-678', a mobile '098 176 3321'
  ['36', /^6(1\d{7}|[2-9]\d{7,8})$/], // Hungary, whose trunk prefix is 06: Győr's '06 96 512 300'
];

/** The countries that dial their numbers without a trunk prefix: the national number is the whole of it. */
const PLAIN: Row[] = [
  ['86', /^1[3-9]\d{9}$/], // China's mobiles: '135 0453 7128'
  ['998', /^(?:9\d|33|50|55|[67][1-9]|88|20)\d{7}$/], // Uzbekistan: '(97) 441-08-35', Tashkent's '(71) 150-62-84'
  ['995', /^[345]\d{8}$/], // Georgia: a mobile '599 73 40 61', Batumi's '(422) 27 45 60'
  ['976', /^[5-9]\d{7}$/], // Mongolia: '9908-7714'
  ['1', /^[2-9]\d\d[2-9]\d{6}$/, '', /\D/], // North America: '(907) 441-2873', grouped 3-3-4 (see phone.ts), never bare
  ['39', /^3\d{9}$/], // Italy's mobiles: '348 912 5076', grouped 3-3-4 too
  ['34', /^[6-9]\d{8}$/], // Spain: '655 28 41 97', '91 548 27 63'
  ['357', /^(?:9[4-9]|2[2-6])\d{6}$/], // Cyprus: '99 318 426'
  ['91', /^[6-9]\d{9}$/], // India's mobiles, grouped 5-5: '98231 47605'
  ['55', /^[1-9][1-9](?:9\d{8}|[2-5]\d{7})$/], // Brazil: São Paulo's '(11) 3284-7190', a mobile '(51) 99182-3746'
  ['52', /^[2-9]\d{9}$/], // Mexico, ten digits: '55 5281 4470', '(33) 3615-2290', '314 334 2510'
  ['57', /^(?:3\d{9}|60[1-8]\d{7})$/], // Colombia: a mobile '315 882 0476', Bogotá's '(601) 742 3300'
  ['56', /^[2-9]\d{8}$/], // Chile: a mobile '9 7745 2218', Concepción's '(41) 224 7719'
  ['51', /^9\d{8}$/], // Peru's mobiles: '987 412 630'
  ['53', /^[2-7]\d{7}$/], // Cuba: Havana's '(7) 866-3400', a mobile '52 63 88 04'
  ['598', /^[24]\d{7}$/], // Uruguay's landlines: '4544 6120'
  ['54', ARGENTINA_MOBILE, '9'], // Argentina's mobiles without the trunk 0: '351 15 677-3015'
  ['48', /^[1-9]\d{8}$/], // Poland: a mobile '601 284 739', Warsaw's '22 637 41 08'
  ['420', /^[2-9]\d{8}$/], // Czechia: '603 418 275', Brno's '543 214 870'
  ['371', /^(?:[26]\d{7}|80\d{6})$/], // Latvia: Riga's '67 812 345', a mobile '26 123 456', Liepāja's '634 81 245', free '8000 2020'
  ['992', /^[3-9]\d{8}$/], // Tajikistan: a mobile '918 44 71 02', Dushanbe's '(372) 21-45-67'
  ['852', /^[2-9]\d{7}$/], // Hong Kong: '2345 6789'
  ['65', /^[689]\d{7}$/], // Singapore: '6521 3487', a mobile '9127 4408'
  ['974', /^[3-7]\d{7}$/], // Qatar: Doha's '4431 7725', a mobile '5512 0348'
  ['965', /^[2569]\d{7}$/], // Kuwait: '2481 6630', a mobile '9966 1042'
  ['968', /^[279]\d{7}$/], // Oman: Muscat's '2456 1180', a mobile '9921 4470'
  ['973', /^[136-9]\d{7}$/], // Bahrain: Manama's '1729 3345', a mobile '3961 0028'
  ['47', /^[2-9]\d{7}$/], // Norway: Tromsø's '77 79 18 00', a mobile '917 44 082'
  ['354', /^[4-8]\d{6}$/], // Iceland, seven digits: '565 0712'
  ['960', /^[3-9]\d{6}$/], // the Maldives, seven digits too: '777 4519'
  ['45', /^[2-9]\d{7}$/], // Denmark, eight digits in pairs: '33 25 64 10'
  ['372', /^(?:[3-7]\d{6}|5\d{7})$/], // Estonia: Tallinn's '655 8910', a mobile '5566 7788'
  ['216', /^[2-9]\d{7}$/], // Tunisia, eight digits 2-3-3: Tunis's '71 234 567', a mobile '98 123 456'
  ['977', /^9[78]\d{8}$/], // Nepal's mobiles, ten digits: '9841234567'
  ['351', /^(?:9[1236]\d{7}|2\d{8})$/], // Portugal, nine digits: a mobile '912 334 870', Lisbon's '21 886 4410'
  ['30', /^(?:2\d{9}|69\d{8})$/], // Greece, ten digits: Athens's '210 924 5610', a mobile '694 512 3378'
  ['993', /^[1-5]\d{7}$/], // Turkmenistan's landlines without their 8: Ashgabat's '(12) 39-45-67'
  ['996', /^3\d{8}$/], // Kyrgyzstan's landlines without their 0: Osh's '(3222) 7-02-15'
];

/** The countries whose trunk prefix is an 8: Lithuania ('(8 5) 212 3456', a mobile '8 612 34 567'), Tajikistan, Uzbekistan, Turkmenistan. */
const EIGHT: Row[] = [
  ['370', /^[3-6]\d{7}$/],
  ['992', /^3\d{8}$/], // Tajikistan's landlines, as at home: Khujand's '8 (3422) 6-33-91'
  ['998', /^[3-9]\d{8}$/], // Uzbekistan, as it dialled before 2021 and people still write: '8-95-144-67-02'
  ['993', /^[1-7]\d{7}$/], // Turkmenistan, eight digits after its 8: a mobile '8 65 71 20 48', Mary's '8 (522) 5-12-34'
];

// (Cues are words' starts: 'ош' is Osh, not 'ошибка'; 'тайск…' is Thai, not 'китайский'. A word with 'ı', 'ğ' or 'ş'
// is Turkish, or Azerbaijani, whose numbers are a digit shorter; one with 'ў' Belarusian, with 'ß' German, with 'ė',
// 'ų' or 'į' Lithuanian, with 'ā', 'ņ' or 'ķ' Latvian, with 'ø' or 'å'
// Norwegian (or Danish), with 'ð' or 'þ' Icelandic; Hangul is Korea's, kana Japan's.)
// (The country's code on another number counts too: a Turkish signature's '+90 (332) …' above its 'GSM: 0 532 …'.)
// (A domain names its country by the ending after its dot, '…@neturabs.co.il': written '(?<=\.)il', as a cue may
// not start right after a letter.)
// Chinese characters are China's sign, or Japan's where the text names Japan too (Japanese writes with them).
const HAN = /[\u4E00-\u9FFF]/g;

// (Built the first time a number fits a country: the content script loads into every frame, and most never meet one.)
const BUILT = new Map<string, RegExp>();
function built(key: string, source: () => string): RegExp {
  let re = BUILT.get(key);
  if (!re) BUILT.set(key, (re = new RegExp(source(), 'g')));
  return re;
}
/** A country's own cues at a word's start, or its '+' code on any number. */
const cueOf = (code: string): RegExp => built(code, () => `(?<![a-zа-яё])(?:${CUES[code]!.source})|\\+${code}[ \xA0(-]*\\d`);
/** The language or legal form it shares with others, if any (SHARED). */
const sharedOf = (code: string): RegExp | undefined =>
  SHARED[code] && built(`shared ${code}`, () => `(?<![a-zа-яё])(?:${SHARED[code]!.source})`);

/**
 * The text says the country's code is not known: 'местный номер 9911-2347, код страны уточнить', 'без кода'. (Not
 * 'без кода страны': 'Белград, 011 3128 475 — сохранён без кода страны' says how it was written, not where it is.)
 */
const NO_CODE = /без\s+кода(?!\s+страны)|код[а-яё]*\s+(?:страны\s+)?(?:уточн|неизвест)|уточн[а-яё]*\s+(?:код|полный\s+номер)/;

/**
 * How far before the number a country's name still speaks for it: a card's header, two or three lines up; and after
 * it: a signature's address under its phones ('Tel. 25 820 400 | Mob. …\nArch. Makariou III 155, Limassol, Cyprus').
 * A name on the number's own line is nearer than any on another, however close (OTHER_LINE).
 */
const BEFORE = 200;
const AFTER = 120;
const OTHER_LINE = 1000;

/**
 * The international digits of `digits` (its trunk 0 included) as the country named nearest to it writes them, or
 * null. `start` and `end` are the number's place in `t`.
 */
export function abroadNational(t: string, start: number, end: number, digits: string): string | null {
  if (digits.charAt(0) !== '0' || digits.charAt(1) === '0') return null;
  return nearest(t, start, end, digits.slice(1), TRUNK);
}

/** The same for a country whose trunk prefix is an 8, as Russia's is: nine digits near 'Vilnius' or 'UAB'. */
export function abroadEight(t: string, start: number, end: number, digits: string): string | null {
  return digits.charAt(0) === '8' ? nearest(t, start, end, digits.slice(1), EIGHT) : null;
}

/** The same for a country that writes its numbers with no trunk prefix: '94 158-72-36' near 'в Узбекистане'. */
export function abroadPlain(t: string, start: number, end: number, digits: string): string | null {
  return nearest(t, start, end, digits, PLAIN);
}

/**
 * International digits written without their '+', the code in brackets: '(960) 335-1122' near 'Maldives', '(511)
 * 437-7788' near 'Lima'. The digits, if they start with the code of a country named near them and the rest is one of
 * its numbers (its trunk prefix dropped).
 */
export function abroadCoded(t: string, start: number, end: number, digits: string): string | null {
  // (Country codes are prefix-free: one of the 3- and 2-digit starts at most is one.)
  const code = [3, 2].map((k) => digits.slice(0, k)).find((c) => c in CUES);
  if (!code) return null;
  const rest = digits.slice(code.length);
  const fits = ([c, national]: Row): boolean => c === code && national.test(rest);
  return (TRUNK.some(fits) || PLAIN.some(fits)) && namesCountry(t, start, end, digits) ? digits : null;
}

/**
 * Whether the text names, near the number, the country whose code its international digits start with: 'Узбекистан,
 * Самарканд. Отец: 998 97 702 33 18', '00996555123456 (так записала мама из Бишкека)'.
 */
export function namesCountry(t: string, start: number, end: number, digits: string): boolean {
  const code = [3, 2, 1].map((k) => digits.slice(0, k)).find((c) => c in CUES);
  return !!code && nearest(t, start, end, digits.slice(code.length), [[code, ANY]]) !== null;
}
const ANY = /^/;

function nearest(t: string, start: number, end: number, rest: string, table: Row[]): string | null {
  const fits = table.filter(([, national, , written]) => national.test(rest) && (!written || written.test(t.slice(start, end))));
  if (!fits.length) return null; // the usual case: no country's length, no text to read
  const from = Math.max(0, start - BEFORE);
  const before = lower(t.slice(from, start));
  const after = lower(t.slice(end, Math.min(t.length, end + AFTER)));
  if (NO_CODE.test(before.slice(-80)) || NO_CODE.test(after)) return null;
  // (A cue on the number's own line beats any on another: a table's row names its own country, and the next row
  // another, '… | Польша | Piotr K. | 58 341 27 90\nNábytek Plus | Чехия | …'.)
  const ownBefore = before.length - before.lastIndexOf('\n') - 1;
  const ownAfter = after.includes('\n') ? after.indexOf('\n') : Infinity;
  const distanceOf = (re: RegExp): number => {
    const b = lastCue(before, re);
    const a = firstCue(after, re);
    // (Half a character more after it: at the same distance, the name before the number is its own.)
    return Math.min(b > ownBefore ? b + OTHER_LINE : b, (a > ownAfter ? a + OTHER_LINE : a) + 0.5);
  };
  let han: string | undefined; // (asked only of a number that fits China or Japan)
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const [code, national, kept = ''] of fits) {
    let distance = distanceOf(cueOf(code));
    const shared = sharedOf(code);
    if (shared) distance = Math.min(distance, distanceOf(shared) + LANGUAGE);
    if (code === '81' || code === '86') {
      han ??= before.search(cueOf('81')) >= 0 || after.search(cueOf('81')) >= 0 ? '81' : '86';
      if (code === han) distance = Math.min(distance, distanceOf(HAN));
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      // (The pattern's groups are the number, where the prefix or a mobile's mark is dropped: Argentina's '15'.)
      const m = national.exec(rest)!;
      best = code + kept + (m.length > 1 ? m.slice(1).join('') : rest);
    }
  }
  return best;
}

/** Lower case that keeps Turkish 'İstanbul' one letter per letter ('İ' would lower to 'i' and a combining dot). */
const lower = (s: string): string => s.replace(/İ/g, 'I').toLowerCase();

/**
 * Distance from the end of `s` back to the end of the last cue in it (Infinity if none): a list's 'Тель-Авив: 03 …;
 * Дубай: 04 …' names each number's country right before it, as near as the next one's after it.
 */
function lastCue(s: string, cue: RegExp): number {
  let last = Infinity;
  // (exec on the one global regex: matchAll clones it on every call, a third of this search's time.)
  cue.lastIndex = 0;
  for (let m; (m = cue.exec(s)); ) {
    last = s.length - m.index - m[0].length;
    if (!m[0]) cue.lastIndex++;
  }
  return last;
}

/** Distance from the start of `s` to the first cue in it (Infinity if none). */
function firstCue(s: string, cue: RegExp): number {
  const at = s.search(cue);
  return at < 0 ? Infinity : at;
}
