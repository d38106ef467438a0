/**
 * Tuning search queries: the search's weights and the claims' and topics' keywords may be adjusted
 * to these. The held-out queries (queries-held-out.ts) are never used that way.
 */
import type { LabelledQuery } from './types';

export const TUNING_QUERIES: readonly LabelledQuery[] = [
  // words
  {
    kind: 'words',
    query: 'deepseek cost',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-r1-cost-294000', 'deepseek-cheaper-to-run'],
  },
  { kind: 'words', query: 'Garante', expected: ['deepseek-italy-ban'] },
  { kind: 'words', query: 'entity list', expected: ['topic:export-controls'] },
  {
    kind: 'words',
    query: 'H20',
    expected: ['nvidia-h20-curbs-cost-billions', 'export-controls-china-only-chips'],
  },
  { kind: 'words', query: 'tiananmen', expected: ['deepseek-chinese-censorship'] },
  {
    kind: 'words',
    query: 'mixture of experts',
    expected: ['deepseek-less-compute', 'deepseek-v3-two-months-2000-h800s'],
  },
  { kind: 'words', query: 'smuggled blackwell', expected: ['nvidia-deepseek-banned-chips'] },
  { kind: 'words', query: 'wiz database', expected: ['deepseek-user-data-leak'] },
  { kind: 'words', query: 'app store chatgpt', expected: ['deepseek-disrupted-ai-industry'] },
  { kind: 'words', query: 'nasdaq', expected: ['nvidia-us-tech-stocks-fell'] },
  { kind: 'words', query: 'jevons paradox', expected: ['nvidia-lower-chip-demand'] },
  { kind: 'words', query: 'mit license', expected: ['deepseek-open-source'] },
  { kind: 'words', query: 'three tier framework', expected: ['export-controls-ai-diffusion-rule'] },
  {
    kind: 'words',
    query: 'huawei ascend',
    expected: [
      'export-controls-ai-diffusion-rule',
      'export-controls-have-failed',
      'export-controls-huawei-ascend-anywhere',
    ],
  },
  { kind: 'words', query: 'high-flyer hedge fund', expected: ['deepseek-chinese-startup'] },
  { kind: 'words', query: 'nvidia export compliant', expected: ['nvidia-export-compliant-statement'] },
  // typos
  {
    kind: 'typo',
    query: 'nvidai export contrls',
    expected: ['topic:export-controls', 'nvidia-export-compliant-statement'],
  },
  {
    kind: 'typo',
    query: 'deepsek cost',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-r1-cost-294000', 'deepseek-cheaper-to-run'],
  },
  { kind: 'typo', query: 'censorhsip', expected: ['deepseek-chinese-censorship'] },
  { kind: 'typo', query: 'smugled chips', expected: ['nvidia-deepseek-banned-chips'] },
  {
    kind: 'typo',
    query: 'reinforcment learning',
    expected: ['deepseek-r1-pure-reinforcement-learning', 'deepseek-r1-cost-294000'],
  },
  { kind: 'typo', query: 'transltion', expected: ['deepseek-translation-performance'] },
  { kind: 'typo', query: 'privacy ban itally', expected: ['deepseek-italy-ban'] },
  { kind: 'typo', query: 'h800 bandwith', expected: ['nvidia-h800-cut-down-chip'] },
  { kind: 'typo', query: 'exprot controls failure', expected: ['export-controls-have-failed'] },
  { kind: 'typo', query: 'nvdia shares plunge', expected: ['nvidia-sharp-stock-fall'] },
  // numbers
  { kind: 'number', query: '5.6 million', expected: ['deepseek-r1-trained-for-5-6-million'] },
  { kind: 'number', query: '$294k', expected: ['deepseek-r1-cost-294000'] },
  { kind: 'number', query: '$600bn', expected: ['nvidia-sharp-stock-fall'] },
  { kind: 'number', query: '2,000 chips', expected: ['deepseek-v3-two-months-2000-h800s'] },
  { kind: 'number', query: '83 percent', expected: ['deepseek-newsguard-83-percent'] },
  { kind: 'number', query: '$5.5bn', expected: ['nvidia-h20-curbs-cost-billions'] },
  { kind: 'number', query: '2022', expected: ['export-controls-since-2022'] },
  { kind: 'number', query: 'october 2023', expected: ['export-controls-china-only-chips'] },
  { kind: 'number', query: '15%', expected: ['export-controls-china-only-chips'] },
  {
    kind: 'number',
    query: '671 billion parameters',
    expected: ['deepseek-v3-two-months-2000-h800s', 'deepseek-less-compute'],
  },
  // questions
  { kind: 'question', query: 'who runs deepseek', expected: ['deepseek-chinese-startup'] },
  {
    kind: 'question',
    query: 'is deepseek cheaper than openai',
    expected: ['deepseek-cheaper-to-run', 'deepseek-fraction-of-us-lab-spending'],
  },
  {
    kind: 'question',
    query: 'did nvidia lose money on the h20',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  { kind: 'question', query: 'was deepseek banned in italy', expected: ['deepseek-italy-ban'] },
  { kind: 'question', query: 'did deepseek leak user data', expected: ['deepseek-user-data-leak'] },
  {
    kind: 'question',
    query: 'how good is deepseek at coding',
    expected: ['deepseek-matches-western-models'],
  },
  {
    kind: 'question',
    query: 'what is the ai diffusion rule',
    expected: ['export-controls-ai-diffusion-rule'],
  },
  {
    kind: 'question',
    query: 'when did the chip export controls start',
    expected: ['export-controls-since-2022'],
  },
  { kind: 'question', query: 'what is the h800', expected: ['nvidia-h800-cut-down-chip'] },
  { kind: 'question', query: 'will ai chip demand fall', expected: ['nvidia-lower-chip-demand'] },
  {
    kind: 'question',
    query: 'did deepseek use smuggled nvidia chips?',
    expected: ['nvidia-deepseek-banned-chips'],
  },
  {
    kind: 'question',
    query: 'how accurate is the deepseek chatbot',
    expected: ['deepseek-newsguard-83-percent'],
  },
  // Chinese
  {
    kind: 'chinese',
    query: '英伟达 市值',
    expected: ['nvidia-sharp-stock-fall', 'nvidia-lower-chip-demand', 'topic:nvidia'],
  },
  { kind: 'chinese', query: '深度求索', expected: ['topic:deepseek'] },
  { kind: 'chinese', query: '出口管制', expected: ['topic:export-controls'] },
  { kind: 'chinese', query: '深度求索 开源', expected: ['deepseek-open-source'] },
  { kind: 'chinese', query: '深度求索 審查 天安門', expected: ['deepseek-chinese-censorship'] },
  { kind: 'chinese', query: '英伟达芯片走私', expected: ['nvidia-deepseek-banned-chips'] },
  { kind: 'chinese', query: '意大利 隐私 禁令', expected: ['deepseek-italy-ban'] },
  { kind: 'chinese', query: '強化學習', expected: ['deepseek-r1-pure-reinforcement-learning'] },
  { kind: 'chinese', query: 'DeepSeek 数据泄露', expected: ['deepseek-user-data-leak'] },
  { kind: 'chinese', query: '出口管制 失效', expected: ['export-controls-have-failed'] },
  { kind: 'chinese', query: 'H800 带宽', expected: ['nvidia-h800-cut-down-chip'] },
  { kind: 'chinese', query: '人工智能扩散规则', expected: ['export-controls-ai-diffusion-rule'] },
  { kind: 'chinese', query: '輝達', expected: ['topic:nvidia'] },
  { kind: 'chinese', query: '科技股 下跌', expected: ['nvidia-us-tech-stocks-fell'] },
  { kind: 'chinese', query: '深度求索 推理成本 便宜', expected: ['deepseek-cheaper-to-run'] },
  { kind: 'chinese', query: '幻方量化 梁文锋', expected: ['deepseek-chinese-startup'] },
  { kind: 'chinese', query: '翻譯', expected: ['deepseek-translation-performance'] },
];
