/**
 * Other words news uses for the same thing, so that a sentence or query that says "barred",
 * "tumbled" or "watchdog" meets a claim that says "banned", "fell" or "regulator". Pure data and
 * one function over index terms (lib/text/text-terms.ts).
 *
 * A group `a | b | c` makes its words stand for each other; `x | y => z` makes x and y stand for z
 * only (a phrase or a narrow word for a broader one). A word found in a text brings the other words
 * of its groups as expansions, each worth SYNONYM_FACTOR of a word of the text itself, and a
 * document gains from them only what beats the word the text used (lib/rank/term-index.ts): a concept
 * counts once. Only words whose sense is the same in news about companies, chips and policy belong
 * here; a word with another common sense ("share", "sell-off" → "sell", "set up" → "set") does not.
 */

import { termsOf } from '../text/index';
import type { QueryExpansion } from './term-index';

/** An expansion counts this share of a word the text used. */
export const SYNONYM_FACTOR = 0.6;

const GROUPS: readonly string[] = [
  // Bans, blocks and removals.
  'ban | bar | prohibit | outlaw | forbid',
  'block | bar',
  'suspend | suspension | halt | pause | freeze',
  'remove | removal | delist | pull',
  // Markets.
  'fall | fell | plunge | tumble | slide | slid | slump | sink | sank | drop | crash | tank | dive | plummet | wipeout',
  'rise | jump | soar | surge | climb | rally',
  'rout | meltdown | bloodbath | sell-off => fall',
  'crater | cratered | nosedive | nosedived | hammered | pummelled | pummeled => fall',
  // A steep fall as idiom tells it: "went off a cliff", "in free fall", "went south".
  'off a cliff | freefall | free fall | free-fall | went south | gone south => fall',
  'shed | shedding => loss | lose',
  'revenue | sales | turnover',
  // The largest US tech companies, as market reports name them together.
  'megacap | megacaps | mega-cap | mega-caps | big tech | magnificent seven => tech',
  'all-time high => record',
  'loss | lose | lost',
  'valuation => market value',
  'market cap | market capitalisation | market capitalization => market value',
  'writedown | write-down | write-off | writeoff | impairment => charge',
  'spend | spending | investment | outlay | capex',
  // Cost.
  'cheap | inexpensive | affordable | shoestring | frugal | bargain',
  'undercut => cheap',
  // Products and models.
  'release | launch | unveil | debut | rollout',
  'delay | postpone | stall',
  'chip | processor | gpu | accelerator | semiconductor | silicon',
  'hardware => chip',
  'device | phone | handset',
  'download | install',
  'computing power | processing power => compute',
  'beat | outperform | surpass | outdo',
  'overtake | overtook | overtaken | dethrone | topple',
  'math | mathematics',
  // Companies.
  'founder | co-founder | founded | established',
  'startup | start-up | upstart',
  'quant => quantitative',
  'bankroll | bankrolled | bankrolls | bankrolling => fund',
  // Regulation and security.
  'licence | permit | authorisation',
  'approve | approval | greenlight',
  'ease | relax | loosen | soften',
  'scrap | rescind | repeal | revoke | axe | abolish',
  'regulation => rule',
  'lawful | compliant | compliance',
  'legal | legally => lawful',
  'fail | failure | backfire | flop | ineffective',
  'toothless | futile | pointless => fail',
  'disruptor | disruption | disruptive => disrupt',
  'track | trace | geolocation | locate => location',
  'tighten | toughen',
  'require | mandate',
  'investigate | investigation | probe | inquiry',
  'accuse | allege | allegation',
  'export | shipment',
  'expensive | costly | pricey',
  'competitor | challenger',
  'regulator | watchdog',
  'personal data | personal information | data protection => privacy',
  'leak | breach | unsecured | unprotected | expose',
  'censor | censorship | filter | suppress',
  'party line | party-line | propaganda | whitewash | whitewashed | sanitised | sanitized | scrubbed => censorship',
  // "Declined to comment" is how every story says a company said nothing: it stays out.
  'decline to answer | decline to discuss | dodge | deflect => refuse',
  'evaluation | assessment | test | tester',
  'lag | trail',
  'smuggle | smuggling | contraband | illicit | divert | diversion | trafficking',
  'evade | circumvent | skirt | sidestep | bypass | workaround',
  'threat | danger | menace',
  'spy | spying | espionage | surveillance',
  'copy | clone | imitate | mimic | steal | stole',
  'tariff | levy | duty',
  'congress | congressional | lawmaker | legislator | senator',
  'armed forces | army | pla | people’s liberation army => military',
  'blacklist | blacklisting => entity list',
  // Countries, their adjectives and their capitals as news writes them ("Seoul said").
  'korea | korean | seoul | 韩国 | 首尔 | 한국 | 서울',
  'italy | italian | rome | 意大利 | 이탈리아 | イタリア',
  'germany | german | berlin | 德国 | 柏林 | 독일 | 베를린 | ドイツ',
  'australia | australian | canberra | 澳大利亚 | 호주 | オーストラリア',
  'malaysia | malaysian | kuala lumpur | 马来西亚 | 말레이시아 | マレーシア',
  'singapore | singaporean | 新加坡 | 싱가포르 | シンガポール',
  'japan | japanese | tokyo | 日本 | 일본',
  // China and Huawei as Korean and Japanese write them (Chinese and Japanese share 中国, 北京).
  '중국 => china | 中国',
  '미국 | 米国 => 美国',
  '베이징 => beijing | 北京',
  'huawei | 华为 | 화웨이 | ファーウェイ',
  // Concepts the claims state, in the words news tells them with.
  'wipe out | wiped out | erase | erased | evaporate | evaporated | knock off | knocked off => loss | lose',
  'worst day | worst ever | biggest ever | largest ever => record',
  'price tag | tab => cost',
  'pocket change | peanuts | low-cost | on the cheap => cheap',
  'salary | salaries | wages | payroll | personnel | headcount => staff',
  'spill | spilled | spills | left open | publicly accessible => leak',
  'harvest | harvested | scrape | scraped | siphon | siphoned => copy',
  'sneak | sneaked | snuck | mislabel | mislabelled | mislabeled | relabel | relabelled | relabeled => smuggle',
  'curb | restriction | restrict | clampdown | crackdown',
  'clearance | sign-off => licence',
  'refereed | referees => peer review',
  'hurdle | obstacle => barrier',
  'on par | par with | as good as => match',
  'neck and neck | keep pace | keeps pace | kept pace | keeping pace | toe-to-toe => match',
  'free of charge | royalty-free | gratis => free',
  'trial and error | trial-and-error | self-taught => reinforcement learning',
  'shaken up | shook up | shake-up | shakeup | upend | upended | upends | rattle | rattled | jolt | jolted => disrupt',
  'flunk | flunked | flunks => fail',
  'piggyback | piggybacked | free-riding | freeload | freeloading => copy',
  'home-grown | homegrown | indigenous => domestic',
  // What a chip made to fit the rules is called: slower at one thing, so "cut down".
  'hobbled | nerfed | watered-down | crippled | downgraded | slowed-down | stripped-down | scaled-down => cutdown',
  'spyware | remote shutdown | remote shut-down => backdoor',
  'grey market | gray market | black market => smuggle',
  'shelve | shelved | shelving => scrap',
  'leaderboard => benchmark',
  'taboo | off-limits => sensitive',
  'top spot | top of the charts | chart-topping => top',
  // What a chatbot does when it will not answer, as a reader reports it ("Sorry, that's beyond my
  // current scope" is DeepSeek's own refusal), and the subjects a censored answer avoids.
  'beyond my current scope | beyond my scope | talk about something else | stonewall | sidestep => refuse',
  'goes silent | go silent | went silent | falls silent | fell silent | clams up | clam up => refuse',
  'june 1989 | june fourth | tank man => tiananmen',
  'xi jinping | uyghur | uighur | dalai lama | falun gong | 习近平 | 维吾尔 => political | sensitive',
  '六四 => 天安门',
  'proof | prove',
  // German, as news in German says the claims' words.
  'gescheitert | scheitern | gescheiterte | fehlschlag | versagt => fail',
  'zensur | zensiert | zensieren => censorship',
  'datenschutz | datenschutzbeauftragte | datenschützer | datenschutzbehörde => data protection',
  'entfernen | entfernt | löschen => remove',
  'verbot | verboten | verbietet | gesperrt | sperrt | sperre => ban',
  'unternehmen | konzern | firma => company',
  'erstes | erste | erster => first',
  'börsenwert | marktwert | marktkapitalisierung => market value',
  'aktie | aktien | aktienkurs | börse => stock | share',
  'kurssturz | eingebrochen | stürzte | abgestürzt | brach ein => fall',
  'trainiert | trainingslauf | trainingskosten => train',
  'forschung => research',
  'kosten | gekostet | kostete => cost',
  'seit => since',
  'ki => ai',
  'lizenz | genehmigung | ausfuhrgenehmigung => licence',
  'schmuggel | geschmuggelt | schmuggeln => smuggle',
  'umsatz | umsätze | erlöse => revenue',
  'rekord | rekordumsatz | rekordhoch => record',
  'zoll | zölle => tariff',
  'quelloffen => open source',
  // Korean (a longer word is matched by its character pairs, so a particle after it does not hide it).
  '검열 => censorship',
  '허가 | 허가증 => licence',
  '중단 | 중지 => suspend',
  '다운로드 => download',
  '개인정보 => personal data',
  '시가총액 => market value',
  '처음 | 최초 => first',
  '판매 => sales',
  '금지 => ban',
  '주가 | 주식 => stock | share',
  '폭락 | 급락 | 하락 => fall',
  '매출 => revenue',
  '기록 => record',
  '밀수 => smuggle',
  '천안문 => tiananmen',
  '거부 | 거절 => refuse',
  '스타트업 => startup',
  '실패 => fail',
  '훈련 | 학습 => train',
  '비용 => cost',
  // Japanese, in the words its Han characters share with no Chinese word.
  '株価 => stock | share',
  '拒否 => refuse',
  '売上 => revenue',
  '創業者 => founder',
  // Chinese (after folding to Simplified).
  '禁止 | 禁令 | 封禁 | 禁用',
  '拒绝 | 拒否 | 回避',
  '下架 | 移除',
  '暴跌 | 下跌 | 大跌 | 重挫 | 下落 | 急落 | 暴落',
  '暂停 | 中止 | 叫停',
  '发布 | 推出 | 上线',
  '推迟 | 延迟 | 延后',
  '便宜 | 低成本 | 廉价',
  '创始人 | 创办人 | 创立',
  '芯片 | 处理器 | 显卡',
];

/** A source phrase (its terms) and the terms it brings. */
interface Rule {
  readonly source: readonly string[];
  readonly targets: readonly string[];
}

let rulesByFirst: Map<string, Rule[]> | undefined;

/**
 * The terms of one member: for Chinese, the word itself (its pairs would match too loosely); for a
 * longer Korean or Japanese word, its character pairs in order, which a text has whatever particle
 * follows the word ("시가총액이" has 시가, 가총, 총액).
 */
function memberTerms(member: string): string[] {
  const terms = termsOf(member);
  if (terms.length <= 1) return terms;
  if (/^\p{Script=Han}+$/u.test(member)) return [member];
  if (/^[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]+$/u.test(member))
    return terms.filter((term) => [...term].length === 2);
  return terms;
}

function compile(): Map<string, Rule[]> {
  const byFirst = new Map<string, Rule[]>();
  const add = (source: string[], targets: string[]) => {
    const first = source[0];
    const wanted = targets.filter((term) => !source.includes(term));
    if (first === undefined || wanted.length === 0) return;
    const list = byFirst.get(first);
    const rule = { source, targets: wanted };
    if (list) list.push(rule);
    else byFirst.set(first, [rule]);
  };
  for (const group of GROUPS) {
    const [left = '', right] = group.split('=>');
    const members = left.split('|').map((member) => memberTerms(member.trim()));
    if (right !== undefined) {
      const targets = right.split('|').flatMap((member) => memberTerms(member.trim()));
      for (const source of members) add(source, targets);
    } else {
      for (const source of members) add(source, members.filter((other) => other !== source).flat());
    }
  }
  return byFirst;
}

/**
 * The expansions of `terms` (a text's terms, in reading order): for each word or phrase of a group
 * found in them, the group's other terms that the text does not already have.
 */
export function synonymExpansions(terms: readonly string[], factor = SYNONYM_FACTOR): QueryExpansion[] {
  rulesByFirst ??= compile();
  const present = new Set(terms);
  const out: QueryExpansion[] = [];
  const added = new Set<string>();
  for (let start = 0; start < terms.length; start += 1) {
    const rules = rulesByFirst.get(terms[start] as string);
    if (!rules) continue;
    for (const { source, targets } of rules) {
      let whole = start + source.length <= terms.length;
      for (let k = 1; k < source.length && whole; k += 1) whole = terms[start + k] === source[k];
      if (!whole) continue;
      const label = source.join(' ');
      for (const term of targets) {
        if (present.has(term) || added.has(term)) continue;
        added.add(term);
        out.push({ term, source: label, factor });
      }
    }
  }
  return out;
}
