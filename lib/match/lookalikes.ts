/**
 * Look-alikes: when a gated (ambiguous) alias means something else in its block. A chip named after
 * a person ("Hopper", "Blackwell") may be the person, a prize or a street named after them; a code
 * like "R1", "V3", "A100" or "H20" may be a motorbike, an API version, a road or misspelt water;
 * an initialism like "BIS" may be another body with the same initials. The matcher asks only about
 * the few hits of gated aliases, so none of this runs on the rest of a page.
 *
 * Pure: works on the block text the matcher matched (normalised, or raw text that needs no
 * normalising) and knows nothing of the DOM. The word lists are facts about how such names are
 * written, not about any one page. See docs/decisions/0002-matching-rules.md.
 */

export type LookalikeKind =
  | 'software'
  | 'person'
  | 'named-after-person'
  | 'other-body'
  | 'ticker'
  | 'common-word'
  | 'other';

/** What the look-alike test knows of the hit's topic, lower-cased. */
export interface LookalikeTopic {
  /** Every alias of the topic, normalised and lower-cased. */
  readonly aliases: ReadonlySet<string>;
  /** The topic's one-word context terms, lower-cased (Latin script). */
  readonly contextWords: ReadonlySet<string>;
  /** Aliases and context terms in CJK script, which may sit directly against the hit. */
  readonly cjkTerms: readonly string[];
  /** Every context term of the topic, normalised and lower-cased. */
  readonly contextTerms: readonly string[];
}

/** One hit of a gated alias in the block. */
export interface GatedHit {
  readonly start: number;
  readonly end: number;
  /** The alias as written in the knowledge base. */
  readonly written: string;
}

/** A word list, split into a set the first time it is asked: most pages never ask (see `words`). */
interface WordList {
  has(word: string): boolean;
}

/**
 * A word list from its words separated by white space. The set is made on the first `has`: the
 * content script evaluates this module on every page, and only a page with a look-alike candidate
 * reads a list.
 */
function words(list: string): WordList {
  let set: ReadonlySet<string> | undefined;
  return {
    has(word) {
      set ??= new Set(list.split(/\s+/).filter(Boolean));
      return set.has(word);
    },
  };
}

/** Nouns that name a product line beside a chip or architecture name ("Hopper architecture"). */
const PRODUCT_NOUNS = words(`architecture architectures platform platforms generation generations series
  superchip superchips card cards cluster clusters server servers instance instances node nodes rack racks
  system systems processor processors gpu gpus chip chips ultra nvl72 nvl36 tensor variant variants
  microarchitecture
  architektur mikroarchitektur generation plattform grafikkarte grafikkarten beschleuniger`);
const CJK_PRODUCT_NOUNS = [
  '芯片',
  '晶片',
  '架构',
  '架構',
  '显卡',
  '顯卡',
  'チップ',
  'アーキテクチャ',
  '世代',
  '超级芯片',
  '加速器',
  'スーパーチップ',
  'アクセラレーター',
  'アクセラレータ',
  'ウルトラ',
  '칩',
  '슈퍼칩',
  '아키텍처',
  '그래픽카드',
  '그래픽 카드',
  '가속기',
  '세대',
  '울트라',
];

/** Function words and place names that may stand before a product name without naming its maker. */
const FUNCTION_WORDS = words(`the a an its their our his her this that these those both each every new next
  latest older old early first last more most some any all no only even also and or but nor if when while
  why what which how where whether after before since until with without from for of on in at by to into as
  than like unlike about over under against between among per via says said
  der die das den dem des ein eine einen einem einer neue neuen neuer neues mit ohne für von vom zum zur
  bei beim auf aus nach über unter gegen auch und oder aber wie wenn als ob dass seit bis im am
  us u.s. usa china chinese american america beijing washington taiwan taiwanese korea korean japan
  japanese india indian europe european singapore malaysia is was are were be been does do did has have
  had can will would should could may might must`);

/** Nvidia's product lines, which may stand before a chip code ("Ampere A100", "Grace Hopper"). */
const PRODUCT_LINES = words('ampere grace vera rubin tesla dgx hgx');

const HONORIFICS = words(`mr mr. mrs mrs. ms ms. mx dr dr. prof prof. professor sir dame lord lady judge
  justice senator sen. rep. governor gov. coach admiral captain capt. general miss saint herr frau
  defendant plaintiff`);

/** Words after a name that make it a person: only people say, score or paint. */
const PERSON_AFTER = words(`who whose said says told tells wrote writes scored scores directed directs
  painted paints sang sings died dies born married coaches coached starred stars threw throws
  caught catches kicked kicks drained homered dunked netted sagte sagt schrieb erklärte starb malte
  spielte erzielte köpfte verwandelte`);

/** A German player's goal after a name: "Hopper traf zweimal", "Blackwell trifft zum 2:0". */
const GERMAN_SCORED =
  /^\s+(?:traf|trifft)\s+(?:zweimal|dreimal|doppelt|erneut\s+per|per\s+(?:kopf|elfmeter)|zum\s+\d)/iu;

/** Nouns that say what a person is, in an apposition (", the statistician"). */
const PERSON_NOUNS = words(`statistician mathematician pioneer painter artist actor actress director
  admiral player striker midfielder defender goalkeeper coach author writer novelist poet scientist
  physician doctor professor economist senator singer musician researcher designer founder nurse judge
  lawyer teacher farmer statistiker statistikerin mathematiker mathematikerin maler malerin schauspieler
  schauspielerin regisseur regisseurin spieler spielerin stürmer trainer trainerin autor autorin
  schriftsteller schriftstellerin informatiker informatikerin pionier pionierin ärztin arzt
  coordinator quarterback pitcher outfielder shortstop catcher guard forward winger manager captain
  spokesman spokeswoman spokesperson chairman chairwoman ceo surname`);

/** Nouns after a name for something named after a person. */
const NAMED_AFTER = words(`prize prizes award awards medal medals lecture lectures fellowship fellowships
  celebration conference scholarship scholarships foundation institute center centre hall school college
  library museum bookshop bookshops books publishing publishers street road avenue lane square park
  theorem memorial memorials professorship professorships house trust archive archives collection
  gallery exhibition exhibitions retrospective theatre theater cinema pub inn tavern hotel restaurant cafe
  diner bistro
  church chapel hospital stadium arena bridge building estate studio studios gardens
  preis preises stiftung straße strasse retrospektive ausstellung ausstellungen werkschau gemälde museum
  cup trophy stakes pokal allee platz gasse brücke schule grundschule gymnasium gesamtschule realschule saal hörsaal halle`);
/** Capitalised words of a name that may stand between a person's name and NAMED_AFTER ("Blackwell Elementary School"). */
const NAMED_AFTER_CAPITALISED = words(
  'room rooms auditorium elementary primary middle high academy memorial ltd inc',
);

/** Nouns after a possessive that make a name a person ("Hopper's paintings", "Blackwell's widow"). */
const PERSON_POSSESSIONS = words(`painting paintings novel novels poem poems wife husband widow widower
  daughter son children funeral death birth birthday biography memoir memoirs career childhood
  parents mother father brother sister grave`);

/** Before or after a code: software and API versions. */
const SOFTWARE_BEFORE = words(`api sdk version firmware protocol schema spec endpoint python node ios android
  usb bluetooth http app tool library package plugin manifest`);
const SOFTWARE_AFTER = words(`api apis sdk endpoint endpoints route routes schema spec protocol app apps
  library package plugin`);
/** After a code: software that never serves the model ("the V3 redesign", "the R1 branch"). */
const PROGRAM_AFTER = words('firmware branch disassembler decompiler redesign dashboard');

/** Software before a code: "the router firmware to R1", "version 3 (V3)". */
const SOFTWARE_UPGRADE =
  /(?:\b(?:firmware|sdk|os)\s+(?:to|version|release)\s+|\b(?:version|fassung)\s+\d+(?:\.\d+)?\s*\(\s*)$/iu;

/** A package manager's install command before a name ("pip install hopper"). */
const INSTALL_COMMAND =
  /\b(?:pip|pip3|npm|pnpm|yarn|brew|cargo|gem|apt|apt-get|go|conda)\s+(?:install|add|get)\s+$/iu;

/** Hardware nouns: beside a topic that is not hardware, they make a code a device ("Apple's R1 chip"). */
const HARDWARE_NOUNS = words('chip chips processor processors gpu gpus card cards superchip headset');

/** Nouns in an apposition (", the travel app") that make a name something other than the topic. */
const OTHER_NOUNS = words(`app apps startup software tool tools website service band album film movie show
  novel book horse racehorse ship road motorway street bank bike motorbike gadget device phone camera
  bottle brand disassembler project projects library libraries framework frameworks package packages
  plugin plugins plug-in add-on add-ons addon addons extension extensions module modules repo repository
  bot scheduler compiler runner script scripts editor browser font console reader queue daemon wrapper
  client linter bundler generator
  screen-reader emulator utility destroyer frigate submarine vessel yacht dog cat label orchestra
  magazine newspaper scooter drone robot vacuum smartwatch headset earbuds speaker
  laptop tablet router printer rocket truck gelding mare colt filly stallion racehorses programm bibliothek projekt werkzeug dienst erweiterung firma
  schiff hund pferd town towns city village county suburb borough township parish hamlet bookseller
  booksellers bookshop shop store retailer publisher brewery stadt dorf gemeinde buchhandlung verlag`);

/** Nouns before a name for software or a thing named like the topic ("the Kubernetes operator Hopper"). */
const NAMING_NOUNS = words(`app tool library package plugin add-on addon extension module project framework
  operator scheduler bot script compiler editor emulator ship destroyer vessel dog horse band
  programm software werkzeug bibliothek projekt erweiterung schiff hund pferd`);

const SOFTWARE_NAMING = words(`app tool library package plugin add-on addon extension module project
  framework operator scheduler bot script compiler editor emulator programm software werkzeug
  bibliothek projekt erweiterung`);

/** Verbs of naming between such a noun and the name ("a scheduler called Hopper"). */
const NAMING_VERBS = words('called named dubbed nicknamed namens genannt');

/**
 * Right after a CJK name, across "라는"/"이라는"/"という"/"名为": software or a start-up
 * ("호퍼라는 앱", "ホッパーというアプリ", "블랙웰 오픈소스 프로젝트").
 */
const CJK_SOFTWARE_AFTER =
  /^\s*(?:(?:이?라는|という|名为|名為|叫)\s*(?:이름의\s*|名前の\s*)?(?:\p{L}{1,6}?\s*)?)?(?:오픈\s?소스\s*)?(?:앱|애플리케이션|어플|프로그램|소프트웨어|라이브러리|프로젝트|스타트업|アプリ|ソフトウェア|ソフト(?!バンク)|ライブラリ|プロジェクト|スタートアップ|软件|軟體|应用程序|應用程式)/u;

/** Software that runs on or with a name: "a plugin for Hopper". */
const FOR_SOFTWARE = /(?:add-?ons?|addons?|plug-?ins?)\s+for\s+(?:the\s+)?$/iu;

/** Right after a name: what makes it a program ("Hopper CLI", "Blackwell 2.0", "Hopper v4", a screen reader). */
const SOFTWARE_TAIL =
  /^(?:['\u2019]s)?\s*(?:screen[- ]?readers?\b|add-?ons?\b|plug-?ins?\b|repos?\b|repository\b|codebase\b|source code\b|release notes\b|changelog\b|command[- ]line\b|cli\b|v?\d+\.\d+\b(?![.\d]*\s*(?:x\b|×|times|%|percent))|v\d+\b)/iu;

/** Ship prefixes: a ship named after a person ("USS Hopper"). */
const SHIP_PREFIXES = new Set(['USS', 'HMS', 'HMAS', 'HMCS', 'RV', 'MV', 'SS', 'USNS']);

/** Before or after a code: a road, a room, a vehicle, a bottle. */
const THING_BEFORE = words(`road route motorway highway autobahn bus line room gate seat flight exit junction
  building suite unit apartment stand booth pool tap drinking bottled mineral deionized`);
const THING_AFTER = words(`road ring motorway highway autobahn junction exit tunnel lane lanes bus tram
  superbike motorbike motorcycle bike engine gearbox car cars bottle bottles room water rocket rockets towards
  northbound southbound eastbound westbound university universities institution institutions campus
  campuses cannon van vans truck trucks grenade grenades`);

/** Words in the hit's sentence that make a code a road, a vehicle or water rather than a chip. */
const THING_BLOCK = [
  'motorway',
  'autobahn',
  'stadtautobahn',
  'ausfahrt',
  'verkehr',
  'dreieck',
  'lorry',
  'junction',
  'lorries',
  'traffic',
  'superbike',
  'motorbike',
  'motorcycle',
  'traction control',
  'traktionskontrolle',
  'yamaha',
  'ヤマハ',
  '야마하',
  'バイク',
  '오토바이',
  '摩托车',
  'water',
  'wasser',
  'h2o',
  'chlorine',
  'chlor',
  'swimming pool',
  'roadworks',
  'road works',
  'diversion',
  'bus lane',
  'lane closure',
  'baustelle',
  'umleitung',
  'sperrung',
  'vollsperrung',
  'fahrbahn',
  'gusts',
  'snow',
  'glätte',
];

/** After a code: a stretch between two places, so a road or a line ("the B200 between Flensburg and Husum"). */
const BETWEEN_PLACES =
  /^\s+(?:between|zwischen)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:and|und)\s+\p{Lu}/u;

/** After a code and a hyphen: a German road compound ("A100-Verlängerung", "A100-Abfahrt"). */
const ROAD_COMPOUND_AFTER = words(
  'verlängerung abfahrt auffahrt anschlussstelle baustelle stau dreieck kreuz',
);

/** Makers whose products carry such codes, in the hit's sentence: the AhnLab V3 antivirus, Canon's R1. */
const OTHER_MAKERS = ['ahnlab', '안랩', 'アンラボ', 'canon', 'キヤノン', '캐논', '佳能'];

/** A game controller's button ("hold R1", "R1 and L1"). */
const CONTROLLER_BUTTON = /^[LR]\d$/u;
const BUTTON_VERBS = words('press presses pressed pressing hold holds holding tap tapping mash spam release');
const CONTROLLER_WORDS =
  /\b(?:[LR][1-3]|triangle|square button|circle button|cross button|d-pad|dualsense|dualshock|gamepad|controller|joy-con)\b/iu;

/** Whether a code such as "R1" is a controller's button: after "press" or "hold", or beside other buttons. */
function controllerButton(text: string, hit: GatedHit, previousLower: string): boolean {
  if (BUTTON_VERBS.has(previousLower)) return true;
  const sentence = sentenceAround(text, hit.start, hit.end);
  const own = hit.written;
  for (const match of sentence.matchAll(new RegExp(CONTROLLER_WORDS.source, 'giu'))) {
    if (match[0] !== own) return true;
  }
  return false;
}

/** Right after a code in CJK text: a vehicle or a road ("现代H100厢式货车", "H100 트럭"). */
const CJK_THING_AFTER = [
  '货车',
  '貨車',
  '卡车',
  '卡車',
  '厢式',
  '客车',
  '汽车',
  '轿车',
  '摩托',
  '公路',
  '线',
  '線',
  '트럭',
  '버스',
  '승합차',
  '차량',
  '도로',
  '오토바이',
  'トラック',
  'バス',
  '国道',
  '道路',
  'バイク',
];

/** German nouns, capitalised as all German nouns are, that stand before a code without naming a maker. */
const GENERIC_NOUNS_BEFORE = words(`modell modelle modells version chip chips typ serie variante grafikkarte
  grafikkarten beschleuniger prozessor nachfolger vorgänger generation karte sprachmodell`);

/** Nouns that name a body: a capitalised phrase holding one is an institution's name. */
const BODY_NOUNS = words(`bank bureau society department ministry office agency board council committee
  commission institute institution association federation union school university college service
  services authority centre center foundation trust club league corporation company group fund
  standards settlements`);

/** After an initialism: what another body of the same initials issues. */
const BODY_AFTER = words(`certification certified certificate mark marks standard standards hallmark
  hallmarking registration economists ratio ratios capital quartalsbericht jahresbericht`);

/** Right after an initialism in CJK text: what another body of the same initials sets ("BIS 비율"). */
const CJK_BODY_AFTER = ['비율', '자기자본', '比率', '自己資本', '自有资本', '资本充足率'];

/** After an initialism: a price move, so a ticker ("(BIS) rose 3%", "BIS shares fell 2%"). */
const TICKER_MOVE =
  /^\)?\s*(?:shares\s+)?(?:rose|fell|gained|lost|climbed|dropped|slipped|jumped|surged|slid|sank|rallied|tumbled|edged\s+(?:up|down)|(?:is|was)\s+(?:up|down))\s+(?:by\s+)?\d/iu;

/**
 * Before an initialism: another country's body ("the Czech counter-intelligence service BIS", "der
 * tschechische Geheimdienst BIS"). The topic's own body is American.
 */
const FOREIGN_BODY_BEFORE =
  /(?:^|[^\p{L}])(?:czech|tschechischer?n?s?|slovak|indian|indischer?n?s?|swiss|schweizer|british|britischer?n?s?|german|deutscher?n?s?|french|französischer?n?s?|dutch|belgian|canadian|australian|israeli)\s+(?:[\p{L}-]+\s+){0,2}(?:service|agency|bureau|intelligence|bank|ministry|regulator|office|institute|dienst|geheimdienst|nachrichtendienst|behörde|amt|ministerium)\s*,?\s*$/iu;

/** Around an all-capital "BIS" in German: the word "bis" (until) of a date or opening hours. */
const GERMAN_UNTIL_AFTER = words(`zum zur ende heute morgen spätestens mitternacht montag dienstag mittwoch
  donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober
  november dezember`);
const GERMAN_UNTIL_BEFORE = words(`nur von vom ab noch gültig jetzt jeweils montag dienstag mittwoch
  donnerstag freitag samstag sonntag mo di mi do fr sa`);
const DIGITS = /^\d/u;

/** Whether an all-capital "BIS" is German "bis": "NUR BIS 31.12.", "MONTAG BIS FREITAG", "9 BIS 18 UHR". */
function germanUntil(text: string, hit: GatedHit, after: Neighbour): boolean {
  if (after.gap !== ' ' || hit.written !== 'BIS') return false;
  // "BIS ZU 40 %": German "bis zu" (up to) in capitals, whatever stands before.
  if (after.word === 'ZU' || after.word === 'ZUM' || after.word === 'ZUR') return true;
  const before = wordBefore(text, hit.start);
  if (before.gap !== ' ') return false;
  const previous = before.word.toLowerCase();
  const next = after.word.toLowerCase();
  const capitals = before.word === before.word.toUpperCase();
  if (GERMAN_UNTIL_AFTER.has(next) && capitals) return true;
  return DIGITS.test(next) && (DIGITS.test(previous) || (capitals && GERMAN_UNTIL_BEFORE.has(previous)));
}

/** Capitalised words after an initialism that make it part of another name ("BIS Records"). */
const NAME_AFTER_INITIALISM = new Set([
  'Records',
  'Innovation',
  'Hub',
  'Group',
  'Holdings',
  'Capital',
  'Ltd',
  'Inc',
  'GmbH',
  'AG',
  'Label',
  'Quarterly',
  'Annual',
  'Bulletin',
  'Working',
]);

/**
 * Other bodies whose initials an initialism of the knowledge base shares, by initialism: where the
 * block names one, the initialism is that body.
 */
const OTHER_BODIES: Readonly<Record<string, readonly string[]>> = {
  BIS: [
    'bank for international settlements',
    'bank für internationalen zahlungsausgleich',
    'bureau of indian standards',
    'basel',
    'bank lending',
    'cross-border bank',
    'banking',
    'central bank',
    'central banks',
    'zentralbank',
    'zentralbanken',
    '国际清算银行',
    '銀行',
    '银行',
    '은행',
    '國際清算銀行',
    '国際決済銀行',
    '국제결제은행',
    'インド規格局',
    '印度标准局',
  ],
};

/** Words before a name that make it a person, in Chinese, Japanese and Korean. */
const CJK_PERSON_BEFORE = [
  '画家',
  '화가',
  '배우',
  '감독',
  '교수',
  '俳優',
  '監督',
  '教授',
  '演员',
  '导演',
  '先驱',
  '先駆者',
  '제독',
  '박사',
  '선수',
  '작가',
  '수학자',
  '통계학자',
  '提督',
  '博士',
  '選手',
  '作家',
  '数学者',
  '統計学者',
  '数学家',
  '统计学家',
  '將軍',
  '将军',
];
/** Words right after a name that make it a person: Korean and Japanese honorifics and titles. */
const CJK_PERSON_AFTER = [
  '씨',
  '氏',
  'さん',
  '様',
  '先生',
  '박사',
  '교수',
  '제독',
  '감독',
  '선수',
  '博士',
  '教授',
  '提督',
  '監督',
  '選手',
  '女士',
];
/** After a name and a possessive particle: what only a person has ("호퍼의 그림", "ホッパーの絵"). */
const CJK_PERSON_POSSESSIONS =
  /^\s*(?:의|の|的)\s*(?:그림|작품|생애|업적|정리|부인|남편|아내|딸|아들|絵画?|作品|生涯|業績|定理|妻|夫|娘|息子|画作|一生|生平|妻子|丈夫)/u;
/** Words right after a name for something named after a person: a prize, a lecture, a street. */
const CJK_NAMED_AFTER = [
  '상을',
  '상은',
  '상 수상',
  '기념',
  '강연',
  '거리',
  '賞',
  '奖',
  '獎',
  '記念',
  '纪念',
  '紀念',
  '講演',
  '通り',
  '号',
  '號',
  '출판사',
  '서점',
  '재단',
  '미술관',
  '박물관',
  '전시회',
  '회고전',
  '극장',
  '出版社',
  '書店',
  '財団',
  '基金会',
  '美術館',
  '博物館',
  '博物馆',
  '展覧会',
  '展で',
  '展は',
  '展が',
  '展を',
  '展の',
  '回顧展',
  '劇場',
  '剧院',
];
/**
 * Right after a name: a person's entry in a list that puts the surname first, or their dates:
 * initials ("Hopper, G. M.", "Blackwell, Sarah J."), years of life ("Hopper, Edward (1882–1967)",
 * "(b. 1889"), an age after the given names ("BLACKWELL — Harold James, 91,", "Blackwell, 24,"),
 * or a case caption ("Hopper v. Blackwell").
 */
const SURNAME_ENTRY =
  /^(?:,\s*(?!A\.I|U\.|E\.U)(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\.(?!\p{L})|\s+v\.\s+\p{Lu}|(?:(?:,|\s+[-\u2013\u2014])\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})?\s*(?:\((?:(?:b\.|born|geb\.)\s*\d{4}|\d{4}[-\u2013]\d{4}\))|,\s*\d{1,3}\s*,))/u;
/**
 * Right before a name: a credit of a work ("Music by Blackwell", "Gemälde von Hopper", "Musik:",
 * "feat.") or a case caption ("Hopper v. Blackwell"). CJK directors are in CJK_PERSON_BEFORE.
 */
const CREDIT_BEFORE =
  /(?:\b(?:music|musik|design|paintings?|gemälde|cinematography|directed|written|painted)\s+(?:by|von)|\b(?:feat\.|v\.)|\b(?:music|musik)\s*:)\s*$/iu;
/** In a name's sentence: what only a person has — a goal, an assist, a family tree. */
const PERSON_SENTENCE = [
  'family tree',
  'genealogy',
  'stammbaum',
  '결승골',
  '득점',
  '골을 넣',
  '어시스트',
  '해트트릭',
  'ゴールを',
  '3점슛',
  '3점포',
  '리바운드',
  '홈런',
  '타점',
  'ホームラン',
  '本塁打',
  '打点',
  '3ポイント',
  '三分球',
  '本垒打',
  '全垒打',
  '篮板',
  '进球',
  '進球',
  '入球',
];
/** Particles after a word that name what it belongs to, skipped when reading the word before a hit. */
const CJK_PARTICLES = ['の', '의', '的'];

/**
 * A machine's hopper in Japanese and Korean, where the word is common ("原料ホッパー", "사료 호퍼"):
 * a material or a machine right before it, or a machine's trouble in its sentence.
 */
const CJK_MACHINE_BEFORE = [
  '原料',
  '計量',
  '投入',
  '粉体',
  'コイン',
  '飼料',
  '穀物',
  '貯蔵',
  '排出',
  '供給',
  '사료',
  '원료',
  '투입',
  '곡물',
  '계량',
  '저장',
  '분체',
  '코인',
  '공급',
];
const CJK_MACHINE_SENTENCE = [
  '残量',
  '詰まり',
  '投入口',
  'コンベヤ',
  'コンベア',
  '잔량',
  '막힘',
  '컨베이어',
  '투입구',
];

const KATAKANA = /\p{scx=Katakana}/u;
const HANGUL = /\p{scx=Hangul}/u;
const LETTER = /\p{L}/u;

/**
 * Whether a katakana or Hangul name stands glued to the end of a longer word of its script. Only
 * letters count: brackets such as 「 belong to those scripts too.
 */
function insideLongerWord(text: string, hit: GatedHit): boolean {
  const first = hit.written.charAt(0);
  const before = text.charAt(hit.start - 1);
  if (!LETTER.test(before)) return false;
  if (KATAKANA.test(first)) return KATAKANA.test(before);
  return HANGUL.test(first) && HANGUL.test(before);
}

function machineHopper(text: string, hit: GatedHit): boolean {
  const head = text.slice(Math.max(0, hit.start - 8), hit.start).trimEnd();
  if (CJK_MACHINE_BEFORE.some((word) => head.endsWith(word))) return true;
  const sentence = sentenceAround(text, hit.start, hit.end);
  return CJK_MACHINE_SENTENCE.some((word) => sentence.includes(word));
}

/** Small words an initialism skips ("Bank for International Settlements" is BIS). */
const INITIALS_SKIP = words('of for and the on in de des du la le für und der die das van von');

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CJK_CHAR = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const INITIALISM = /^\p{Lu}{2,6}$/u;
const HAS_DIGIT = /\p{N}/u;
const SPACE = /\s/u;
const DASH = /[-\u2010-\u2015\u2212]/u;
const APOSTROPHE = /['\u2018\u2019\u02BC]/u;

interface Neighbour {
  /** The word, as written; '' when there is none. */
  readonly word: string;
  /** What stands between the word and the hit: '' (attached), ' ', or a punctuation mark. */
  readonly gap: string;
}

function isWordChar(char: string): boolean {
  return LETTER_OR_DIGIT.test(char) && !CJK_CHAR.test(char);
}

/**
 * The Latin-script word before `index`, across white space and one joining dash; a possessive "'s"
 * is left off the word (gap "'"), and a full stop after it is reported as the gap (".").
 */
function wordBefore(text: string, index: number): Neighbour {
  let cursor = index;
  while (cursor > 0 && SPACE.test(text.charAt(cursor - 1))) cursor -= 1;
  let gap = cursor < index ? ' ' : '';
  const mark = text.charAt(cursor - 1);
  if (gap === ' ' && mark === 's' && APOSTROPHE.test(text.charAt(cursor - 2))) {
    cursor -= 2;
    gap = "'";
  } else if (cursor > 0 && !isWordChar(mark) && !CJK_CHAR.test(mark)) {
    if (!DASH.test(mark) && mark !== '.') return { word: '', gap: mark };
    gap = mark;
    cursor -= 1;
  }
  const end = cursor;
  while (cursor > 0 && isWordChar(text.charAt(cursor - 1))) cursor -= 1;
  return { word: text.slice(cursor, end), gap };
}

/** The Latin-script word after `index`, across white space, a hyphen, or a possessive "'s". */
function wordAfter(text: string, index: number): Neighbour {
  let cursor = index;
  let gap = '';
  if (APOSTROPHE.test(text.charAt(cursor)) && text.charAt(cursor + 1) === 's') {
    cursor += 2;
    gap = "'s";
  }
  while (cursor < text.length && SPACE.test(text.charAt(cursor))) {
    cursor += 1;
    gap ||= ' ';
  }
  const mark = text.charAt(cursor);
  if (cursor < text.length && !isWordChar(mark) && !CJK_CHAR.test(mark)) {
    if (!DASH.test(mark) && mark !== '/') return { word: '', gap: mark };
    gap = mark;
    cursor += 1;
  }
  const start = cursor;
  while (cursor < text.length && isWordChar(text.charAt(cursor))) cursor += 1;
  return { word: text.slice(start, cursor), gap };
}

/** Whether the word that ends at `end` (of `length` characters) opens the block or a sentence. */
function opensSentence(text: string, wordStart: number): boolean {
  let cursor = wordStart;
  while (cursor > 0 && SPACE.test(text.charAt(cursor - 1))) cursor -= 1;
  return cursor === 0 || /[.!?:;"\u201C\u2018([]/u.test(text.charAt(cursor - 1));
}

/** The few words after a hit's comma (", the travel app"), lower-cased. */
function apposition(text: string, end: number): string[] {
  const rest = text.slice(end, end + 60);
  const match =
    /^['\u2019]?s?(?:,|\s+[-\u2013\u2014]|:)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}'\u2019-]+\s+){0,3}[\p{L}-]+)/iu.exec(
      rest,
    );
  return match ? (match[1] as string).toLowerCase().split(/\s+/) : [];
}

const DEFINITION_STOP = words(`that which who whose for of to with in on at by from and or but für von mit
  und oder aus die der das`);

/** Words with the parts of their hyphenated compounds ("reise-app" → also "app"). */
function withParts(list: readonly string[]): string[] {
  return list.flatMap((word) => (word.includes('-') ? [word, ...word.split('-')] : [word]));
}

/**
 * The words of a definition after a hit ("Hopper is a travel app", "R1 is the name of our CI
 * runner"), lower-cased, up to the first word that starts a clause or a complement.
 */
function definition(text: string, end: number): string[] {
  const rest = text.slice(end, end + 80);
  const match =
    /^\s+(?:is|was|are|were|ist|war|sind)\s+(?:(?:also|now|still|auch|jetzt)\s+)?(?:the\s+name\s+of\s+)?(?:a|an|the|our|my|their|its|his|her|ein|eine|einer|der|die|das|unser|unsere)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu.exec(
      rest,
    );
  if (!match) return [];
  const found: string[] = [];
  for (const word of (match[1] as string).toLowerCase().split(/\s+/)) {
    if (DEFINITION_STOP.has(word)) break;
    found.push(word);
  }
  return found;
}

/**
 * Whether the words before a hit name it as something else: "the Kubernetes operator Hopper", "a
 * scheduler called Hopper", "a plugin for Hopper", "pip install Blackwell".
 */
function namingKind(text: string, hit: GatedHit): LookalikeKind | undefined {
  const head = text.slice(Math.max(0, hit.start - 24), hit.start);
  if (FOR_SOFTWARE.test(head) || INSTALL_COMMAND.test(head)) return 'software';
  const before = wordBefore(text, hit.start);
  if (before.gap !== ' ') return undefined;
  let noun = before.word.toLowerCase();
  if (NAMING_VERBS.has(noun)) {
    const earlier = wordBefore(text, wordStartBefore(text, hit.start));
    if (earlier.gap !== ' ') return undefined;
    noun = earlier.word.toLowerCase();
    if (PERSON_NOUNS.has(noun)) return 'person';
  }
  if (!NAMING_NOUNS.has(noun)) return undefined;
  return SOFTWARE_NAMING.has(noun) ? 'software' : 'other';
}

/** Where the word before `index` (across white space) starts. */
function wordStartBefore(text: string, index: number): number {
  let cursor = index;
  while (cursor > 0 && SPACE.test(text.charAt(cursor - 1))) cursor -= 1;
  while (cursor > 0 && isWordChar(text.charAt(cursor - 1))) cursor -= 1;
  return cursor;
}

/** Whether a topic is about hardware: its context speaks of chips or GPUs. */
function isHardware(topic: LookalikeTopic): boolean {
  return topic.contextWords.has('chip') || topic.contextWords.has('gpu');
}

/** Whether the hit stands right beside its topic: an alias, a context term or a product noun. */
export function isAnchored(text: string, hit: GatedHit, topic: LookalikeTopic): boolean {
  const after = wordAfter(text, hit.end);
  const next = after.word.toLowerCase();
  if (next !== '' && after.gap !== "'s") {
    if (topic.contextWords.has(next) || topic.aliases.has(next)) return true;
    if (PRODUCT_NOUNS.has(next) && (isHardware(topic) || !HARDWARE_NOUNS.has(next))) return true;
  }
  const before = wordBefore(text, hit.start);
  const previous = before.word.toLowerCase();
  if (previous !== '' && (before.gap === ' ' || before.gap === "'") && topic.aliases.has(previous))
    return true;
  // "Blackwell (microarchitecture)", "R1 (DeepSeek)", "ホッパー（マイクロアーキテクチャ）": a
  // reference page's qualifier.
  const qualifier = qualifierAfter(text, hit.end);
  if (
    (qualifier.length === 1 && topic.contextWords.has(qualifier[0] as string)) ||
    qualifier.some(
      (word) =>
        PRODUCT_NOUNS.has(word) ||
        topic.aliases.has(word) ||
        CJK_PRODUCT_NOUNS.some((noun) => word.includes(noun)),
    )
  )
    return true;
  // CJK terms sit directly against the hit: "英伟达H20芯片", "H20 칩", "エヌビディアのB200".
  let restStart = hit.end;
  while (
    restStart < text.length &&
    (SPACE.test(text.charAt(restStart)) ||
      DASH.test(text.charAt(restStart)) ||
      text.charAt(restStart) === '・')
  ) {
    restStart += 1;
  }
  const rest = text.slice(restStart, restStart + 12);
  if (CJK_PRODUCT_NOUNS.some((noun) => rest.startsWith(noun))) return true;
  if (topic.cjkTerms.some((term) => rest.startsWith(term))) return true;
  let headEnd = hit.start;
  while (headEnd > 0 && SPACE.test(text.charAt(headEnd - 1))) headEnd -= 1;
  let head = text.slice(Math.max(0, headEnd - 12), headEnd);
  const particle = CJK_PARTICLES.find((one) => head.endsWith(one));
  if (particle) head = head.slice(0, -particle.length);
  return topic.cjkTerms.some((term) => head.endsWith(term));
}

/** The words of a bracketed qualifier right after a hit ("(New York City Subway car)"), lower-cased. */
function qualifierAfter(text: string, end: number): string[] {
  const match = /^\s*[(\uFF08]([^()\uFF08\uFF09]{1,40})[)\uFF09]/u.exec(text.slice(end, end + 44));
  return match ? (match[1] as string).toLowerCase().split(/(?:['\u2019]s)?[\s,\u3001]+/u) : [];
}

/** One run of capitalised words in the block (small words such as "of" inside it). */
interface CapitalRun {
  /** The run's words, as written. */
  readonly words: readonly string[];
  /** Where the run ends in the block. */
  readonly end: number;
}

/** Each run of capitalised words in the block; a sentence mark or a bracket ends a run. */
function capitalRuns(text: string): CapitalRun[] {
  const runs: CapitalRun[] = [];
  let run: string[] = [];
  let end = 0;
  const flush = (): void => {
    while (run.length > 0 && INITIALS_SKIP.has((run[run.length - 1] as string).toLowerCase())) run.pop();
    if (run.length >= 2) runs.push({ words: run, end });
    run = [];
  };
  for (const match of text.matchAll(/\p{L}+|&|[.;:!?()[\]\uFF08\uFF09\u3002]/gu)) {
    const token = match[0];
    const capital =
      CAPITALISED.test(token) || (token.length > 1 && /^\p{Lu}/u.test(token) && !INITIALISM.test(token));
    if (capital) {
      run.push(token);
      end = (match.index ?? 0) + token.length;
    } else if (run.length > 0 && (token === '&' || INITIALS_SKIP.has(token.toLowerCase()))) {
      run.push(token === '&' ? 'and' : token);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** The initials of a name's capitalised words ("Bank for International Settlements" → "BIS"). */
/** The initials of every word of a name, small words too ("Best in Show" → "BIS"). */
const everyInitial = (words: readonly string[]): string =>
  words.map((word) => word.charAt(0).toUpperCase()).join('');

const initialsOf = (words: readonly string[]): string =>
  words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');

/**
 * Whether the block names another body with the initials `acronym`: a run of capitalised words
 * with those initials that is not the topic's own name — the whole run, or its tail when the tail
 * is set right before the initialism in brackets ("the Department for Business, Innovation and
 * Skills (BIS)") or holds a noun that names a body ("The British Interplanetary Society").
 */
function namesOtherBody(text: string, hit: GatedHit, acronym: string, topic: LookalikeTopic): boolean {
  const bracketed = /\(\s*$/u.test(text.slice(Math.max(0, hit.start - 3), hit.start));
  for (const run of capitalRuns(text)) {
    for (let from = 0; from < run.words.length; from += 1) {
      const first = run.words[from] as string;
      if (!/^\p{Lu}/u.test(first)) continue;
      const tail = run.words.slice(from);
      // "Best in Show (BIS)": some names take a small word's initial too.
      if (initialsOf(tail) !== acronym && everyInitial(tail) !== acronym) continue;
      const phrase = tail.join(' ').toLowerCase();
      if (topic.aliases.has(phrase)) break;
      const beside = bracketed && /^\s*\(\s*$/u.test(text.slice(run.end, hit.start));
      if (from === 0 || beside || tail.some((word) => BODY_NOUNS.has(word.toLowerCase()))) return true;
    }
  }
  return false;
}

/**
 * Whether a bracketed initialism follows a CJK name that is not the topic's own
 * ("국제결제은행(BIS)", but not "산업안보국(BIS)", "수출통제 당국(BIS)" or "商务部（BIS）").
 */
function cjkBracketBody(text: string, hit: GatedHit, topic: LookalikeTopic): boolean {
  let cursor = hit.start;
  while (cursor > 0 && SPACE.test(text.charAt(cursor - 1))) cursor -= 1;
  const bracket = text.charAt(cursor - 1);
  if (bracket !== '(' && bracket !== '\uFF08') return false;
  cursor -= 1;
  while (cursor > 0 && SPACE.test(text.charAt(cursor - 1))) cursor -= 1;
  const end = cursor;
  while (cursor > 0 && end - cursor < 16 && CJK_CHAR.test(text.charAt(cursor - 1))) cursor -= 1;
  if (end - cursor < 2) return false;
  // The name may be a phrase of a few CJK words ("수출통제 당국", "商务部下属机构"): any of the
  // topic's terms in it makes it the topic's own.
  let from = cursor;
  while (
    from > 0 &&
    end - from < 24 &&
    (CJK_CHAR.test(text.charAt(from - 1)) || text.charAt(from - 1) === ' ')
  )
    from -= 1;
  const lower = text.slice(from, end).toLowerCase();
  return !topic.cjkTerms.some((term) => lower.includes(term));
}

const ALL_CAPITALS = /^\p{Lu}{3,}$/u;
/** After a name: a game's character ("the Hopper enemy"). */
const GAME_AFTER = words('enemy boss npc skin quest');
/** Things a common word before them names a kind of ("hopper barges", "hopper cars"). */
const COMMON_KIND_AFTER = words(`barge barges car cars wagon wagons feeder feeders dredger dredgers bin bins
  trailer trailers tank tanks`);
/** Capital words that open a headline before a name without being a first name ("INSIDE BLACKWELL"). */
const CAPITALS_BEFORE_NAME = words(
  'inside why how meet behind beyond beat exclusive breaking update analysis',
);

/**
 * Whether the capitalised words after a name end in a place named after a person ("Blackwell
 * Elementary School", "the Blackwell Room"): up to three of them, one a NAMED_AFTER noun.
 */
function namedAfterRun(text: string, end: number): boolean {
  const run = /^(?:\s+\p{Lu}\p{Ll}+){1,3}/u.exec(text.slice(end, end + 48));
  if (!run) return false;
  return run[0]
    .trim()
    .split(/\s+/)
    .some((word) => {
      const lower = word.toLowerCase();
      return NAMED_AFTER.has(lower) || NAMED_AFTER_CAPITALISED.has(lower);
    });
}

/** Why a person-like name (a capitalised word) is a person or named after one here, if it is. */
function personKind(text: string, hit: GatedHit, topic: LookalikeTopic): LookalikeKind | undefined {
  const before = wordBefore(text, hit.start);
  const previous = before.word;
  const previousLower = previous.toLowerCase();
  if (previous !== '') {
    if (HONORIFICS.has(before.gap === '.' ? `${previousLower}.` : previousLower)) return 'person';
    if (before.gap === ' ' && SHIP_PREFIXES.has(previous)) return 'named-after-person';
    // "David Blackwell", "Rao–Blackwell", "Wiley-Blackwell": a name of its own before it.
    if (
      (before.gap === ' ' || DASH.test(before.gap)) &&
      CAPITALISED.test(previous) &&
      !FUNCTION_WORDS.has(previousLower) &&
      !topic.aliases.has(previousLower) &&
      !topic.contextWords.has(previousLower)
    ) {
      return DASH.test(before.gap) ? 'named-after-person' : 'person';
    }
    // "EDWARD HOPPER'S NEW YORK": in capitals, a first name that opens the headline.
    if (
      before.gap === ' ' &&
      ALL_CAPITALS.test(previous) &&
      text.slice(hit.start, hit.end) === hit.written.toUpperCase() &&
      !FUNCTION_WORDS.has(previousLower) &&
      !CAPITALS_BEFORE_NAME.has(previousLower) &&
      !PRODUCT_LINES.has(previousLower) &&
      !topic.aliases.has(previousLower) &&
      !topic.contextWords.has(previousLower) &&
      opensSentence(text, wordStartBefore(text, hit.start))
    ) {
      return 'person';
    }
  }
  // "エドワード・ホッパー": a middle dot joins a foreign name's parts.
  const mark = text.charAt(hit.start - 1);
  if (mark === '・' || mark === '·' || mark === '\u00B7') return 'person';
  const head = text.slice(Math.max(0, hit.start - 16), hit.start);
  if (CJK_PERSON_BEFORE.some((noun) => head.includes(noun))) return 'person';
  let tail = hit.end;
  while (SPACE.test(text.charAt(tail))) tail += 1;
  if (CJK_PERSON_AFTER.some((word) => text.startsWith(word, tail))) return 'person';
  if (CJK_NAMED_AFTER.some((word) => text.startsWith(word, tail))) return 'named-after-person';
  if (CJK_PERSON_POSSESSIONS.test(text.slice(hit.end, hit.end + 12))) return 'person';
  const after = wordAfter(text, hit.end);
  const next = after.word.toLowerCase();
  if (next !== '' && NAMED_AFTER.has(next)) return 'named-after-person';
  if (after.gap === ' ' && namedAfterRun(text, hit.end)) return 'named-after-person';
  if (after.gap === "'s" && PERSON_POSSESSIONS.has(next)) return 'person';
  if (next !== '' && after.gap !== '-' && PERSON_AFTER.has(next)) return 'person';
  if (GERMAN_SCORED.test(text.slice(hit.end, hit.end + 24))) return 'person';
  // "Hopper, who taught…": a relative clause that only a person has.
  if (/^,\s+(?:who|whose|whom)\b/iu.test(text.slice(hit.end, hit.end + 8))) return 'person';
  const described = apposition(text, hit.end);
  if (described.some((word) => PERSON_NOUNS.has(word))) return 'person';
  if (SURNAME_ENTRY.test(text.slice(hit.end, hit.end + 48))) return 'person';
  if (CREDIT_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) return 'person';
  const sentence = sentenceAround(lowered(text), hit.start, hit.end);
  if (PERSON_SENTENCE.some((word) => containsWord(sentence, word))) return 'person';
  return undefined;
}

/** Why a code ("R1", "A100", "H20") is not the product here, if it is not. */
function codeKind(
  text: string,
  lower: string,
  hit: GatedHit,
  topic: LookalikeTopic,
): LookalikeKind | undefined {
  if (text.charAt(hit.start - 1) === '/' || text.charAt(hit.end) === '/') return 'software';
  const before = wordBefore(text, hit.start);
  const previous = before.word;
  const previousLower = previous.toLowerCase();
  const after = wordAfter(text, hit.end);
  const next = after.word.toLowerCase();
  const spaced = (gap: string): boolean => gap === ' ' || gap === '';
  if (spaced(before.gap) && SOFTWARE_BEFORE.has(previousLower)) return 'software';
  if (SOFTWARE_UPGRADE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) return 'software';
  if (!isHardware(topic) && spaced(after.gap) && HARDWARE_NOUNS.has(next)) return 'other';
  if (spaced(before.gap) && THING_BEFORE.has(previousLower)) return 'other';
  if (spaced(after.gap) && THING_AFTER.has(next)) return 'other';
  if (DASH.test(after.gap) && ROAD_COMPOUND_AFTER.has(next)) return 'other';
  if (CONTROLLER_BUTTON.test(hit.written) && controllerButton(text, hit, previousLower)) return 'other';
  // "Yamaha R1", "Rabbit R1", "Galaxy A100": another maker's product. A capital that opens a
  // sentence says nothing ("Smuggled H100s reached China").
  if (
    before.gap === ' ' &&
    CAPITALISED.test(previous) &&
    !FUNCTION_WORDS.has(previousLower) &&
    !PRODUCT_LINES.has(previousLower) &&
    !GENERIC_NOUNS_BEFORE.has(previousLower) &&
    !opensSentence(text, wordStartBefore(text, hit.start)) &&
    !topic.aliases.has(previousLower) &&
    !topic.contextWords.has(previousLower) &&
    !afterContextTerm(lower, hit.start, topic)
  ) {
    return 'other';
  }
  // "Canon EOS R1", "Argon ONE V3": for a topic that is no hardware, a code after another word in
  // capitals is that maker's product line (in a block not set in capitals).
  if (
    !isHardware(topic) &&
    before.gap === ' ' &&
    ALL_CAPITALS_WORD.test(previous) &&
    !FUNCTION_WORDS.has(previousLower) &&
    !topic.aliases.has(previousLower) &&
    !topic.contextWords.has(previousLower) &&
    /\p{Ll}/u.test(sentenceAround(text, hit.start, hit.end))
  ) {
    return 'other';
  }
  if (BETWEEN_PLACES.test(text.slice(hit.end, hit.end + 60))) return 'other';
  const rest = text.slice(hit.end, hit.end + 6).trimStart();
  if (CJK_THING_AFTER.some((word) => rest.startsWith(word))) return 'other';
  const sentence = sentenceAround(lower, hit.start, hit.end);
  if (THING_BLOCK.some((word) => containsWord(sentence, word))) return 'other';
  if (OTHER_MAKERS.some((word) => containsWord(sentence, word))) return 'other';
  return undefined;
}

const ALL_CAPITALS_WORD = /^\p{Lu}{2,}$/u;

/** Whether a context term of several words ends right before the hit ("das Reasoning-Modell R1"). */
function afterContextTerm(lower: string, start: number, topic: LookalikeTopic): boolean {
  const head = lower.slice(Math.max(0, start - 40), start).trimEnd();
  return topic.contextTerms.some(
    (term) => endsWithWord(head, term) || endsWithWord(head, term.replace(/ /gu, '-')),
  );
}

/** Why an initialism ("BIS") is another body here, if it is. */
function initialismKind(
  text: string,
  lower: string,
  hit: GatedHit,
  topic: LookalikeTopic,
): LookalikeKind | undefined {
  const head = text.slice(Math.max(0, hit.start - 14), hit.start);
  if (head.endsWith('$') || /(?:NYSE|NASDAQ|Nasdaq|Arca|ticker|symbol)\s*:?\s*$/u.test(head)) return 'ticker';
  const after = wordAfter(text, hit.end);
  if ((after.gap === ' ' || after.gap === '-') && BODY_AFTER.has(after.word.toLowerCase()))
    return 'other-body';
  if (after.gap === ' ' && NAME_AFTER_INITIALISM.has(after.word)) return 'other-body';
  const rest = text.slice(hit.end, hit.end + 8).trimStart();
  if (CJK_BODY_AFTER.some((word) => rest.startsWith(word))) return 'other-body';
  if (TICKER_MOVE.test(text.slice(hit.end, hit.end + 30))) return 'ticker';
  if (FOREIGN_BODY_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start))) return 'other-body';
  if (germanUntil(text, hit, after)) return 'common-word';
  const acronym = hit.written.toUpperCase();
  if (namesOtherBody(text, hit, acronym, topic) || cjkBracketBody(text, hit, topic)) return 'other-body';
  const bodies = OTHER_BODIES[acronym];
  if (bodies?.some((body) => containsWord(lower, body))) return 'other-body';
  return undefined;
}

/** Whether a code unit ends a sentence or clause: . ! ? ; and their CJK forms. */
function endsSentence(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x3b ||
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0xff1b
  );
}

/** The sentence (or clause, up to a semicolon) of `text` around `start`..`end`. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (
    from > 0 &&
    !(endsSentence(text.charCodeAt(from - 1)) && (from === text.length || !isWordChar(text.charAt(from))))
  ) {
    from -= 1;
  }
  let to = end;
  while (to < text.length && !(endsSentence(text.charCodeAt(to)) && !isWordChar(text.charAt(to + 1))))
    to += 1;
  return text.slice(from, to);
}

/** The last block lowered, and its lowered text: every hit in a block asks for the same copy. */
let lastText = '';
let lastLower = '';

/** `text.toLowerCase()`, made once per block rather than once per hit. */
function lowered(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/** Whether `lower` holds `term` as a whole word (CJK terms anywhere). */
function containsWord(lower: string, term: string): boolean {
  let index = lower.indexOf(term);
  while (index !== -1) {
    const before = lower.charAt(index - 1);
    const after = lower.charAt(index + term.length);
    const cjk = CJK_CHAR.test(term.charAt(0));
    if (cjk || ((index === 0 || !isWordChar(before)) && (after === '' || !isWordChar(after)))) return true;
    index = lower.indexOf(term, index + 1);
  }
  return false;
}

/**
 * Why a hit of a gated alias means something else in this block, or undefined when nothing says so.
 * A hit that stands right beside its topic (an alias, a context term, a product noun) is the topic.
 */
export function lookalikeKind(text: string, hit: GatedHit, topic: LookalikeTopic): LookalikeKind | undefined {
  if (isAnchored(text, hit, topic)) return undefined;
  const written = hit.written;
  const found = text.slice(hit.start, hit.end);
  const lower = lowered(text);
  const after = wordAfter(text, hit.end);
  const next = after.word.toLowerCase();
  // A disambiguation page's qualifier that names something else: "R1 (New York City Subway car)",
  // "Hopper (painter)", "Blackwell (surname)".
  const qualifier = qualifierAfter(text, hit.end);
  if (qualifier.some((word) => PERSON_NOUNS.has(word))) return 'person';
  if (qualifier.some((word) => OTHER_NOUNS.has(word) || THING_AFTER.has(word))) return 'other';
  // "Hopper Disassembler", "the v3 API"; a code in its own capitals may be served by an API
  // ("the R1 endpoint").
  const ownCase = found === written;
  if (
    (after.gap === ' ' || after.gap === '') &&
    (PROGRAM_AFTER.has(next) || (SOFTWARE_AFTER.has(next) && !(ownCase && HAS_DIGIT.test(written))))
  ) {
    return 'software';
  }
  const described = withParts([...apposition(text, hit.end), ...definition(text, hit.end)]);
  if (!HAS_DIGIT.test(written) && CJK_SOFTWARE_AFTER.test(text.slice(hit.end, hit.end + 24)))
    return 'software';
  if (described.some((word) => OTHER_NOUNS.has(word))) return 'other';
  const named = namingKind(text, hit);
  if (named !== undefined) return named;
  if (!HAS_DIGIT.test(written) && SOFTWARE_TAIL.test(text.slice(hit.end, hit.end + 24))) return 'software';
  if (INITIALISM.test(written)) return initialismKind(text, lower, hit, topic);
  if (HAS_DIGIT.test(written)) return codeKind(text, lower, hit, topic);
  if (LETTERS_ONLY.test(written)) {
    // A name written in lower case is the common word ("a grain hopper").
    if (/^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(found)) return 'common-word';
    if (CJK_CHAR.test(written) && machineHopper(text, hit)) return 'common-word';
    // "グラスホッパー", "그래스호퍼": the name is the tail of a longer word in its own script.
    if (insideLongerWord(text, hit)) return 'other';
    // "the Hopper enemy", "호퍼 보스": a game's character.
    if (
      (after.gap === ' ' && GAME_AFTER.has(next)) ||
      /^\s*(?:보스|ボス)/u.test(text.slice(hit.end, hit.end + 4))
    )
      return 'other';
    // "Hopper barges carried grain": a capital that only opens the sentence, before a thing that
    // the common word names a kind of.
    if (
      (after.gap === ' ' || after.gap === '-') &&
      COMMON_KIND_AFTER.has(next) &&
      opensSentence(text, hit.start)
    )
      return 'common-word';
    return personKind(text, hit, topic);
  }
  return undefined;
}

/*
 * Ungated aliases. An ungated alias is the topic almost everywhere, so only two kinds of look-alike
 * are read for it, each decided from the block with high confidence, and the matcher drops such a
 * hit only when nothing else in the block anchors the topic (see `anchorsTopic`).
 */

/** A screen reader in the block: an initialism such as "NVDA" is the program there. */
const SCREEN_READER_TERMS = [
  'screen reader',
  'screen readers',
  'screen-reader',
  'screen-readers',
  'screenreader',
  'screenreaders',
  'nonvisual desktop access',
  'nv access',
  'nvaccess',
  'speech viewer',
  'voiceover',
  'talkback',
  'braille',
  'bildschirmleser',
  'bildschirmlesers',
  'braillezeile',
  '스크린 리더',
  '스크린리더',
  '화면 낭독',
  '화면낭독',
  '화면 읽기',
  '화면읽기',
  '점자',
  'スクリーンリーダー',
  '画面読み上げ',
  '読み上げ',
  '点字',
  '屏幕阅读器',
  '读屏',
  '讀屏',
  '螢幕閱讀器',
  '盲文',
];
/** Screen readers whose name is a common word in another case ("JAWS", not "jaws"). */
const SCREEN_READER_NAMES = /\b(?:JAWS|Narrator|Orca)\b/u;
/** Right after the initialism: what only the program has ("NVDA+T", "the NVDA key", "NVDA reads"). */
const PROGRAM_TAIL =
  /^(?:\s*\+\s*(?:\p{L}|\d(?![\d.,%])|F\d)|\s+(?:key|keys|add-?ons?|speech|braille|browse mode|focus mode|reads|announces|speaks|voices|taste|-?Taste)\b|\s+20\d\d\.\d{1,2}(?:\.\d+)?(?![\d%]))/iu;

/** Right after a common-noun alias: a control of an app ("the export controls panel"). */
const UI_NOUNS_AFTER =
  words(`button buttons menu menus tab tabs panel panels pane toolbar dialog window sidebar
  checkbox toggle dropdown drop-down icon icons option options setting settings field fields
  schaltfläche menü`);
/** Right before it: an action on a control ("click Export controls", "open the export controls"). */
const UI_ACTION_BEFORE =
  /\b(?:click|clicking|clicked|tap|tapping|tapped|press|pressing|select|selecting|choose|choosing|open|opening|toggle|expand|collapse|hover over|klicken sie auf|klicke auf|wählen sie|öffnen sie)\s+(?:on\s+)?(?:the\s+|your\s+)?["'\u201C\u2018\u201E]?$/iu;
/** A menu path around it ("File > Export controls", "Settings › Export Controls"). */
const MENU_PATH_BEFORE = /[>›»→]\s*["'\u201C\u2018]?$/u;
const MENU_PATH_AFTER = /^["'\u201D\u2019]?\s*[>›»→]/u;
/** Right before it: what leaves a system, not a country ("data export controls", "file export bans"). */
const DATA_BEFORE = /\b(?:data|file|files|report|reports|content|email|e-mail)[\s-]+$/iu;

/** Words in the hit's sentence that only an app's interface has. */
const UI_SENTENCE_TERMS = [
  'toolbar',
  'greyed out',
  'grayed out',
  'button',
  'buttons',
  'menu',
  'click',
  'clicking',
  'right-click',
  'double-click',
  'checkbox',
  'dropdown',
  'drop-down',
  'sidebar',
  'keyboard shortcut',
  'ctrl',
  'cmd',
  'pdf',
  'csv',
  'png',
  'jpeg',
  'svg',
  'mp4',
  'xlsx',
  'json',
  'file format',
  'free tier',
  'free plan',
  'paid plan',
  'pro plan',
  'watermark',
  'watermarked',
  '720p',
  '1080p',
  'schaltfläche',
  'menü',
];

/**
 * Goods other than chips: an export ban or export control on them is a trade rule of another kind
 * ("India's rice export ban", "export controls on scrap metal"). Chip materials (gallium, germanium,
 * rare earths) are left out on purpose: their export controls belong to the chip rules' story.
 */
const GOODS = words(`rice wheat grain grains corn maize sugar onion onions potato potatoes soybean soybeans
  soya beef cattle livestock pork poultry chicken eggs fish seafood flour food foodstuffs fertiliser
  fertilisers fertilizer fertilizers urea potash scrap timber logs lumber coal cotton tea coffee cocoa
  vanilla vaccines vaccine masks crude diesel petrol gasoline lng arms weapons firearms ammunition
  reis weizen getreide zucker zwiebeln rindfleisch lebensmittel düngemittel dünger schrott holz kohle
  impfstoffe masken waffen armoured armored tanks missiles warships nickel ivory rüstungsgüter
  rüstungsgütern kriegswaffen panzer nickelerz elfenbein sheep lambs goats camels lithium ore ores
  cashew cashews bauxit lithiumerz schafe`);
const GOODS_PHRASES = [
  'palm oil',
  'cooking oil',
  'edible oil',
  'vegetable oil',
  'scrap metal',
  'iron ore',
  'nickel ore',
  'bauxite',
  'palmöl',
  'speiseöl',
];
const CJK_GOODS = [
  '쌀',
  '밀가루',
  '곡물',
  '설탕',
  '양파',
  '팜유',
  '비료',
  '고철',
  '석탄',
  '원목',
  '소고기',
  '식량',
  '백신',
  '마스크',
  'コメ',
  '小麦',
  '穀物',
  '砂糖',
  'タマネギ',
  '玉ねぎ',
  'パーム油',
  '肥料',
  'スクラップ',
  '石炭',
  '木材',
  '牛肉',
  '食料',
  '食糧',
  'ワクチン',
  '大米',
  '稻米',
  '粮食',
  '糧食',
  '谷物',
  '洋葱',
  '棕榈油',
  '化肥',
  '废钢',
  '煤炭',
  '疫苗',
  '口罩',
  '武器',
  '军火',
  '軍火',
  '坦克',
  '镍',
  '铝土矿',
  '鋁土礦',
  '锂矿',
  '鋰礦',
  '铁矿',
  'ウナギ',
  'うなぎ',
  '稚魚',
  '요소',
  '무기',
  '니켈',
  '兵器',
  'ニッケル',
];
/** Whether `lower` ends with `phrase` as whole words. */
const endsWithWord = (lower: string, phrase: string): boolean =>
  lower.endsWith(phrase) && !isWordChar(lower.charAt(lower.length - phrase.length - 1));
/** After a hit, before the goods it covers ("export ban on rice", "Exportbeschränkungen für Reis"). */
const GOODS_AFTER =
  /^\s+(?:on|of|for|against|covering|für|auf|von)\s+((?:[\p{L}'\u2019-]+,?\s+(?:(?:and|or|und|oder)\s+)?){0,4}[\p{L}-]+)/iu;

const COMMON_NOUN_ALIAS = /^[a-z]+(?:[ -][a-z]+)+$/u;

const ONE_LETTER = /^\p{L}$/u;

/**
 * The letters that end `text` (what `/\p{L}+$/u` matches, or ''), read backwards one code point at
 * a time: the expression itself tries every start in the text.
 */
function trailingLetters(text: string): string {
  let from = text.length;
  while (from > 0) {
    const low = text.charCodeAt(from - 1);
    const high = from >= 2 ? text.charCodeAt(from - 2) : 0;
    const size = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!ONE_LETTER.test(text.slice(from - size, from))) break;
    from -= size;
  }
  return text.slice(from);
}

/** Whether goods other than chips are what the hit restricts: named right before or right after it. */
function restrictsOtherGoods(text: string, hit: GatedHit): boolean {
  const head = text.slice(Math.max(0, hit.start - 60), hit.start).toLowerCase();
  if (CJK_CHAR.test(text.charAt(hit.start))) {
    const near = text.slice(Math.max(0, hit.start - 10), hit.start);
    return CJK_GOODS.some((goods) => near.includes(goods));
  }
  // The word or phrase right before the hit, across a space or a hyphen ("rice export ban",
  // "rice and sugar export bans", "Reis-Exportbeschränkungen").
  const rest = head.replace(/[\s-]+$/u, '');
  if (rest.length < head.length) {
    const word = trailingLetters(rest);
    if (GOODS.has(word) || GOODS_PHRASES.some((goods) => endsWithWord(rest, goods))) return true;
  }
  const after = GOODS_AFTER.exec(text.slice(hit.end, hit.end + 80));
  if (!after) return false;
  const covered = (after[1] as string).toLowerCase();
  return (
    covered.split(/[\s,]+/).some((word) => GOODS.has(word)) ||
    GOODS_PHRASES.some((goods) => containsWord(covered, goods))
  );
}

/** Whether a common-noun alias is the name of a control in an app's interface here. */
function namesAControl(text: string, lower: string, hit: GatedHit): boolean {
  const head = text.slice(Math.max(0, hit.start - 30), hit.start);
  if (UI_ACTION_BEFORE.test(head) || MENU_PATH_BEFORE.test(head) || DATA_BEFORE.test(head)) return true;
  if (MENU_PATH_AFTER.test(text.slice(hit.end, hit.end + 4))) return true;
  const after = wordAfter(text, hit.end);
  if ((after.gap === ' ' || after.gap === '-') && UI_NOUNS_AFTER.has(after.word.toLowerCase())) return true;
  const sentence = sentenceAround(lower, hit.start, hit.end);
  return UI_SENTENCE_TERMS.some((term) => containsWord(sentence, term));
}

/**
 * Why a hit of an ungated alias means something else in this block, or undefined: an initialism
 * beside a screen reader is the program ("NVDA" with "screen reader", "NVDA+T"), a common-noun
 * alias in an app's interface is a control ("click Export controls", "the export controls panel"),
 * and a trade rule on goods other than chips is another rule ("India's rice export ban"). Only
 * kinds the block decides with high confidence are read; the matcher still keeps the hit when the
 * block anchors the topic.
 */
export function ungatedLookalikeKind(text: string, hit: GatedHit): LookalikeKind | undefined {
  if (namesOtherList(text, hit)) return 'other-body';
  if (TITLE_NAME.test(hit.written)) return titleNameKind(text, hit);
  if (INITIALISM.test(hit.written)) {
    if (text.slice(hit.start, hit.end) !== hit.written) return undefined;
    if (PROGRAM_TAIL.test(text.slice(hit.end, hit.end + 20))) return 'software';
    const lower = lowered(text);
    if (SCREEN_READER_NAMES.test(text) || SCREEN_READER_TERMS.some((term) => containsWord(lower, term)))
      return 'software';
    return undefined;
  }
  if (COMMON_NOUN_ALIAS.test(hit.written) && namesAControl(text, lowered(text), hit)) return 'software';
  if (EXPORT_WORD.test(hit.written) && restrictsOtherGoods(text, hit)) return 'other';
  return undefined;
}

/** A name of capitalised words ("Entity List", "Deep Seek"): it may be software, or common words. */
const TITLE_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u;
/** The topic's list, which another government's list of another name contains ("不可靠实体清单"). */
const ENTITY_LIST = /entity list|实体清单|實體清單/iu;
/** Right before it: another government's list ("the Unreliable Entity List", "不可靠实体清单"). */
const OTHER_LIST_BEFORE = /(?:\bunreliable\s+|不可靠的?\s*)$/iu;
/** Right after a title-case name: a part of a program ("the Entity List component"). */
const SOFTWARE_PART_AFTER = words(`component components view views builder widget widgets class template
  templates module web grid`);
/** A title-case name that is also what programs call a part of their screens ("Entity List"). */
const PART_NAME = /\sList$/u;
/** Software platforms in which such a name is a part of a program: proper names, so one plain expression. */
const SOFTWARE_PLATFORMS =
  /\b(?:Power Pages|Power Apps|PowerApps|Dataverse|Dynamics 365|Drupal|SharePoint|Salesforce|WordPress)\b/;
/** Capitalised nouns after a title-case name that make it a business's name ("Deep Seek Diving"). */
const BUSINESS_AFTER = words(`diving dive divers charters tours travel marine salvage sonar ministries church
  records band ltd inc llc co gmbh`);
/** Verbs before "deep" as an adverb: "dig deep", "go deep" ("who dig deep seek out…"). */
const DEEP_VERBS_BEFORE = words(`dig digs digging dug go goes going went gone dive dives diving dived
  delve delves delving run runs look looks reach reaches probe probes so too very`);

/** Whether the hit is the topic's list inside the name of another government's list. */
function namesOtherList(text: string, hit: GatedHit): boolean {
  return (
    ENTITY_LIST.test(hit.written) &&
    OTHER_LIST_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start))
  );
}

/**
 * Why a name of capitalised words means something else here: common words when written in lower
 * case after a verb that "deep" follows ("readers who dig deep seek out…"), a part of a program
 * beside a software noun or platform ("the Entity List component", "In Power Pages, an Entity List").
 */
function titleNameKind(text: string, hit: GatedHit): LookalikeKind | undefined {
  const found = text.slice(hit.start, hit.end);
  if (found.length === hit.written.length && found === found.toLowerCase()) {
    const before = wordBefore(text, hit.start);
    if (before.gap === ' ' && DEEP_VERBS_BEFORE.has(before.word.toLowerCase())) return 'common-word';
  }
  // Only a name that programs also give a part of their screens, and only a part's noun or a
  // platform beside it: "the Entity List (PDF)", "the Entity List controls on Huawei" and
  // "Salesforce's chief tried Deep Seek" are the topic.
  const after = wordAfter(text, hit.end);
  const next = after.word.toLowerCase();
  // "Deep Seek Diving", "Deep Seek Charters Ltd": a business of that name.
  if (after.gap === ' ' && /^\p{Lu}/u.test(after.word) && BUSINESS_AFTER.has(next)) return 'other';
  if (!PART_NAME.test(hit.written)) return undefined;
  if ((after.gap === ' ' || after.gap === '-') && SOFTWARE_PART_AFTER.has(next)) return 'software';
  return SOFTWARE_PLATFORMS.test(text) ? 'software' : undefined;
}

/** Words of a trade rule on exports: only such an alias can be a rule on other goods. */
const EXPORT_WORD = /export|ausfuhr|輸出|수출|出口/i;

/**
 * Whether a hit of this ungated alias can ever be a look-alike (`ungatedLookalikeKind`): an
 * initialism, a common noun, or a rule on exports. A proper name ("DeepSeek", "Nvidia") never is,
 * so the matcher asks nothing about the most frequent hits of a page.
 */
export function ungatedMayLookAlike(written: string): boolean {
  return (
    INITIALISM.test(written) ||
    COMMON_NOUN_ALIAS.test(written) ||
    EXPORT_WORD.test(written) ||
    TITLE_NAME.test(written) ||
    ENTITY_LIST.test(written)
  );
}

/** A context term's words, or a CJK term itself, for comparing with the hit's words. */
const stems = (term: string): string[] =>
  CJK_CHAR.test(term) ? [term] : term.split(/[\s-]+/).map((word) => word.slice(0, 6));

/**
 * Whether the block anchors the topic for a hit of an ungated alias: one of the topic's context
 * terms stands in it, other than one that shares a word with the hit ("export" is no anchor for
 * "export ban"; "chips", "semiconductor" or "Commerce Department" are). The matcher also counts an
 * ungated mention of the topic that is no look-alike.
 */
export function anchorsTopic(text: string, hit: GatedHit, topic: LookalikeTopic): boolean {
  const lower = lowered(text);
  const own = stems(text.slice(hit.start, hit.end).toLowerCase());
  return topic.contextTerms.some((term) => {
    const shared = stems(term).some((stem) =>
      CJK_CHAR.test(stem) ? own.some((word) => word.includes(stem)) : own.includes(stem),
    );
    return !shared && (containsWord(lower, term) || containsWord(lower, term.replace(/ /gu, '-')));
  });
}
