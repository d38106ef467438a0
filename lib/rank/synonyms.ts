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
  'revenue | sales | turnover',
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
  // Regulation and security.
  'licence | permit | authorisation',
  'approve | approval | greenlight',
  'ease | relax | loosen | soften',
  'scrap | rescind | repeal | revoke | axe | abolish',
  'regulation => rule',
  'lawful | compliant | compliance',
  'legal | legally => lawful',
  'fail | failure | backfire | flop | ineffective',
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
  'korea | korean | seoul',
  'italy | italian | rome',
  'germany | german | berlin',
  'australia | australian | canberra',
  'malaysia | malaysian | kuala lumpur',
  'singapore | singaporean',
  'japan | japanese | tokyo',
  // Chinese (after folding to Simplified).
  '禁止 | 禁令 | 封禁 | 禁用',
  '下架 | 移除',
  '暴跌 | 下跌 | 大跌 | 重挫',
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

/** The terms of one member: for CJK, the word itself (its pairs would match too loosely). */
function memberTerms(member: string): string[] {
  const terms = termsOf(member);
  return terms.length > 1 && /^\p{Script=Han}+$/u.test(member) ? [member] : terms;
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
