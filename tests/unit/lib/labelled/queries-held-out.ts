/**
 * Held-out search queries for the popup and `kb search`. Written before the search was tuned, and
 * never used to tune it. Typed as people type into a search box: typos, numbers, questions, and
 * Chinese in Simplified and Traditional characters.
 */
import type { LabelledQuery } from './types';

export const HELD_OUT_QUERIES: readonly LabelledQuery[] = [
  // typos
  { kind: 'typo', query: 'deepsek censorship', expected: ['deepseek-chinese-censorship'] },
  { kind: 'typo', query: 'nvidai stock crash', expected: ['nvidia-sharp-stock-fall'] },
  { kind: 'typo', query: 'export contrls failed', expected: ['export-controls-have-failed'] },
  { kind: 'typo', query: 'distilation openai', expected: ['deepseek-distilled-openai'] },
  { kind: 'typo', query: 'garante itlay', expected: ['deepseek-italy-ban'] },
  { kind: 'typo', query: 'open sorce licence', expected: ['deepseek-open-source'] },
  { kind: 'typo', query: 'h20 chrage', expected: ['nvidia-h20-curbs-cost-billions'] },
  { kind: 'typo', query: 'difusion rule tiers', expected: ['export-controls-ai-diffusion-rule'] },
  { kind: 'typo', query: 'newsgaurd audit', expected: ['deepseek-newsguard-83-percent'] },
  // numbers
  { kind: 'number', query: '294000', expected: ['deepseek-r1-cost-294000'] },
  { kind: 'number', query: '$5.6m', expected: ['deepseek-r1-trained-for-5-6-million'] },
  { kind: 'number', query: '589 billion', expected: ['nvidia-sharp-stock-fall'] },
  { kind: 'number', query: '2048 gpus', expected: ['deepseek-v3-two-months-2000-h800s'] },
  { kind: 'number', query: '83%', expected: ['deepseek-newsguard-83-percent'] },
  { kind: 'number', query: '$4.5 billion charge', expected: ['nvidia-h20-curbs-cost-billions'] },
  { kind: 'number', query: 'october 2022', expected: ['export-controls-since-2022'] },
  { kind: 'number', query: '17 percent drop', expected: ['nvidia-sharp-stock-fall'] },
  // questions
  { kind: 'question', query: 'who founded deepseek', expected: ['deepseek-chinese-startup'] },
  {
    kind: 'question',
    query: 'how much did deepseek r1 cost to train',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-r1-cost-294000'],
  },
  { kind: 'question', query: 'is deepseek open source?', expected: ['deepseek-open-source'] },
  { kind: 'question', query: 'did deepseek steal from openai', expected: ['deepseek-distilled-openai'] },
  { kind: 'question', query: 'why did nvidia stock fall', expected: ['nvidia-sharp-stock-fall'] },
  {
    kind: 'question',
    query: 'what chips did deepseek use',
    expected: [
      'nvidia-h800-cut-down-chip',
      'deepseek-v3-two-months-2000-h800s',
      'nvidia-deepseek-banned-chips',
    ],
  },
  { kind: 'question', query: 'are export controls working', expected: ['export-controls-have-failed'] },
  { kind: 'question', query: 'where is deepseek based', expected: ['deepseek-chinese-startup'] },
  { kind: 'question', query: 'does deepseek censor tiananmen', expected: ['deepseek-chinese-censorship'] },
  // Chinese, Simplified and Traditional
  {
    kind: 'chinese',
    query: '深度求索 训练成本',
    expected: [
      'deepseek-r1-trained-for-5-6-million',
      'deepseek-r1-cost-294000',
      'deepseek-v3-two-months-2000-h800s',
    ],
  },
  {
    kind: 'chinese',
    query: '深度求索 訓練成本',
    expected: [
      'deepseek-r1-trained-for-5-6-million',
      'deepseek-r1-cost-294000',
      'deepseek-v3-two-months-2000-h800s',
    ],
  },
  { kind: 'chinese', query: '英伟达股价暴跌', expected: ['nvidia-sharp-stock-fall'] },
  { kind: 'chinese', query: '輝達 股價', expected: ['nvidia-sharp-stock-fall'] },
  { kind: 'chinese', query: '深度求索 审查', expected: ['deepseek-chinese-censorship'] },
  { kind: 'chinese', query: 'DeepSeek 開源', expected: ['deepseek-open-source'] },
  { kind: 'chinese', query: '出口管制失败了吗', expected: ['export-controls-have-failed'] },
  { kind: 'chinese', query: '英偉達 H20', expected: ['nvidia-h20-curbs-cost-billions'] },
  { kind: 'chinese', query: '意大利禁止DeepSeek', expected: ['deepseek-italy-ban'] },
  { kind: 'chinese', query: '深度求索创始人是谁', expected: ['deepseek-chinese-startup'] },
  { kind: 'chinese', query: 'DeepSeek 數據洩露', expected: ['deepseek-user-data-leak'] },
  { kind: 'chinese', query: '蒸馏 OpenAI 模型', expected: ['deepseek-distilled-openai'] },
  // claims added on 1 December 2026
  { kind: 'words', query: 'deepseek v4 huawei', expected: ['deepseek-v4-huawei-chips'] },
  { kind: 'question', query: 'is deepseek on the entity list', expected: ['deepseek-entity-list-hold'] },
  { kind: 'typo', query: 'sparse atention', expected: ['deepseek-v3-2-sparse-attention'] },
  {
    kind: 'question',
    query: 'which country removed deepseek from app stores',
    expected: ['deepseek-germany-app-removal', 'deepseek-south-korea-suspension', 'deepseek-italy-ban'],
  },
  {
    kind: 'chinese',
    query: '深度求索 国家安全',
    expected: ['deepseek-house-committee-report', 'deepseek-caisi-evaluation'],
  },
  { kind: 'chinese', query: '韓國 暫停 下載', expected: ['deepseek-south-korea-suspension'] },
  { kind: 'number', query: '5 trillion', expected: ['nvidia-first-5-trillion-company'] },
  { kind: 'chinese', query: '英伟达 市值 5万亿', expected: ['nvidia-first-5-trillion-company'] },
  {
    kind: 'question',
    query: 'can nvidia sell h200 to china',
    expected: ['nvidia-h200-china-sales-allowed', 'export-controls-h200-case-by-case-review'],
  },
  { kind: 'number', query: '15% h20 deal', expected: ['nvidia-h20-15-percent-deal'] },
  { kind: 'words', query: 'kill switch', expected: ['nvidia-h20-backdoor-claim'] },
  {
    kind: 'chinese',
    query: '芯片走私 马来西亚',
    expected: ['export-controls-chip-smuggling-cases', 'export-controls-malaysia-permit'],
  },
  // Written on 2 December 2026 before that day's tuning: one sentence for each claim, and 13 about none
  {
    kind: 'typo',
    query: 'deepseak censorship',
    expected: ['deepseek-chinese-censorship', 'deepseek-censorship-limits-adoption'],
  },
  {
    kind: 'typo',
    query: 'nvidea stock crash',
    expected: ['nvidia-sharp-stock-fall', 'nvidia-us-tech-stocks-fell'],
  },
  {
    kind: 'typo',
    query: 'exprot controls malaysia',
    expected: ['export-controls-malaysia-permit', 'export-controls-chip-smuggling-cases'],
  },
  { kind: 'typo', query: 'deepseek itlay ban', expected: ['deepseek-italy-ban'] },
  { kind: 'typo', query: 'h20 backdor', expected: ['nvidia-h20-backdoor-claim'] },
  {
    kind: 'typo',
    query: 'ai diffusoin rule',
    expected: ['export-controls-ai-diffusion-rule', 'export-controls-ai-diffusion-rule-status'],
  },
  {
    kind: 'number',
    query: '5.6 million r1',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  },
  { kind: 'number', query: '294k deepseek', expected: ['deepseek-r1-cost-294000'] },
  {
    kind: 'number',
    query: '2,048 h800',
    expected: ['deepseek-v3-two-months-2000-h800s', 'nvidia-h800-cut-down-chip'],
  },
  { kind: 'number', query: '$5tn nvidia', expected: ['nvidia-first-5-trillion-company'] },
  { kind: 'number', query: 'h20 15 percent', expected: ['nvidia-h20-15-percent-deal'] },
  {
    kind: 'question',
    query: 'can nvidia sell chips to china',
    expected: [
      'nvidia-h200-china-sales-allowed',
      'export-controls-h200-case-by-case-review',
      'nvidia-h20-15-percent-deal',
      'topic:export-controls',
    ],
  },
  { kind: 'question', query: 'did deepseek copy openai', expected: ['deepseek-distilled-openai'] },
  { kind: 'question', query: 'why was deepseek banned in italy', expected: ['deepseek-italy-ban'] },
  {
    kind: 'question',
    query: 'did export controls fail',
    expected: ['export-controls-have-failed', 'export-controls-deepseek-innovated-around'],
  },
  {
    kind: 'question',
    query: 'what chips was deepseek v4 trained on',
    expected: ['deepseek-v4-huawei-chips'],
  },
  {
    kind: 'question',
    query: 'is deepseek really open source',
    expected: ['deepseek-open-source', 'deepseek-free-democratised-access'],
  },
  { kind: 'chinese', query: '深度求索 数据泄露', expected: ['deepseek-user-data-leak'] },
  {
    kind: 'chinese',
    query: '芯片 出口管制 马来西亚',
    expected: ['export-controls-malaysia-permit', 'export-controls-chip-smuggling-cases'],
  },
  {
    kind: 'chinese',
    query: '輝達 股價 暴跌',
    expected: ['nvidia-sharp-stock-fall', 'nvidia-us-tech-stocks-fell'],
  },
  {
    kind: 'chinese',
    query: '深度求索 華為 晶片',
    expected: ['deepseek-v4-huawei-chips', 'deepseek-r2-delayed-huawei', 'deepseek-v3-1-domestic-chips'],
  },
  {
    kind: 'chinese',
    query: '美國 出口管制 走私',
    expected: ['export-controls-chip-smuggling-cases', 'nvidia-deepseek-banned-chips'],
  },
  {
    kind: 'chinese',
    query: '英偉達 H200 對華銷售',
    expected: [
      'nvidia-h200-china-sales-allowed',
      'export-controls-h200-case-by-case-review',
      'export-controls-china-blocks-h200',
    ],
  },
  // Written on 2 December 2026 after the day's tuning and measured once before being added
  { kind: 'typo', query: 'deepseek sparce attention', expected: ['deepseek-v3-2-sparse-attention'] },
  { kind: 'typo', query: 'nvidai 5 trilion', expected: ['nvidia-first-5-trillion-company'] },
  { kind: 'typo', query: 'h20 backdor kill swich', expected: ['nvidia-h20-backdoor-claim'] },
  { kind: 'typo', query: 'deepseek germny app', expected: ['deepseek-germany-app-removal'] },
  {
    kind: 'typo',
    query: 'chip smugling malaysia',
    expected: ['export-controls-chip-smuggling-cases', 'export-controls-malaysia-permit'],
  },
  { kind: 'typo', query: 'deepseek distilation openai', expected: ['deepseek-distilled-openai'] },
  { kind: 'number', query: '$4.5bn h20 charge', expected: ['nvidia-h20-curbs-cost-billions'] },
  {
    kind: 'number',
    query: 'h200 25 percent',
    expected: ['export-controls-25-percent-cut', 'nvidia-h200-china-sales-allowed'],
  },
  { kind: 'number', query: 'deepseek 8 months behind', expected: ['deepseek-caisi-v4-evaluation'] },
  { kind: 'number', query: '1.6 trillion parameters deepseek', expected: ['deepseek-v4-release'] },
  { kind: 'question', query: 'did deepseek train v4 on huawei', expected: ['deepseek-v4-huawei-chips'] },
  {
    kind: 'question',
    query: 'is the ai diffusion rule still in effect',
    expected: ['export-controls-ai-diffusion-rule-status', 'export-controls-ai-diffusion-rule'],
  },
  { kind: 'question', query: 'was deepseek peer reviewed', expected: ['deepseek-r1-peer-reviewed-nature'] },
  { kind: 'question', query: 'does deepseek help chinese military', expected: ['deepseek-military-links'] },
  { kind: 'chinese', query: '輝達 市值 5兆', expected: ['nvidia-first-5-trillion-company'] },
  { kind: 'chinese', query: '英偉達 H20 後門', expected: ['nvidia-h20-backdoor-claim'] },
  { kind: 'chinese', query: '深度求索 數據洩露', expected: ['deepseek-user-data-leak'] },
  { kind: 'chinese', query: '輝達 營收 創新高', expected: ['nvidia-record-revenue-after-deepseek'] },
  {
    kind: 'chinese',
    query: '英伟达 H200 出口 中国',
    expected: [
      'nvidia-h200-china-sales-allowed',
      'export-controls-h200-case-by-case-review',
      'export-controls-china-blocks-h200',
    ],
  },
  { kind: 'chinese', query: '芯片 走私 新加坡', expected: ['export-controls-chip-smuggling-cases'] },
  { kind: 'chinese', query: '出口管制 失败', expected: ['export-controls-have-failed'] },
  { kind: 'words', query: 'malaysia strategic trade permit', expected: ['export-controls-malaysia-permit'] },
  { kind: 'words', query: 'huawei ascend guidance', expected: ['export-controls-huawei-ascend-anywhere'] },
  { kind: 'words', query: 'newsguard chatbot audit', expected: ['deepseek-newsguard-83-percent'] },
];
