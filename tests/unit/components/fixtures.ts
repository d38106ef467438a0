import type { Claim, Topic } from '../../../data/schema.ts';

/** Small, realistic claims for component tests; independent of the built-in knowledge base. */
export const costClaim: Claim = {
  id: 'v3-training-cost',
  statement: 'DeepSeek trained V3 for about $5.6 million.',
  verdict: 'needs-context',
  explanation: 'The figure covers the final training run only, at an assumed GPU rental price.',
  caveats: ['Excludes research, ablations and earlier runs.', 'Excludes the cost of owning the hardware.'],
  sources: [
    {
      publisher: 'DeepSeek',
      title: 'DeepSeek-V3 Technical Report',
      date: '2024-12-26',
      url: 'https://arxiv.org/abs/2412.19437',
      kind: 'paper',
    },
    {
      publisher: 'Example Wire',
      title: 'How much did DeepSeek really spend?',
      date: '2025-01-29',
      kind: 'news',
    },
  ],
  keywords: ['cost', 'training'],
  reviewed: '2025-03-04',
};

export const openWeightsClaim: Claim = {
  id: 'r1-open-weights',
  statement: 'DeepSeek-R1 was released with open weights under the MIT licence.',
  verdict: 'supported',
  explanation: 'The weights were published with an MIT licence on release day.',
  caveats: ['Training data and code were not released.'],
  sources: [
    {
      publisher: 'DeepSeek',
      title: 'DeepSeek-R1 release notes',
      date: '2025-01-20',
      url: 'https://api-docs.deepseek.com/news/news250120',
      kind: 'company',
    },
  ],
  keywords: ['open weights'],
  reviewed: '2025-02-10',
};

export const chipsClaim: Claim = {
  id: 'smuggled-chips',
  statement: 'DeepSeek trained on smuggled Nvidia chips.',
  verdict: 'unverified',
  explanation: 'Reported by some outlets; no public evidence has confirmed it.',
  caveats: ['Investigations were ongoing at the time of review.'],
  sources: [
    {
      publisher: 'Example Post',
      title: 'Officials probe chip purchases',
      date: '2025-01-31',
      url: 'https://example.com/probe',
      kind: 'news',
    },
  ],
  keywords: [],
  reviewed: '2025-02-15',
};

export const misleadingClaim: Claim = {
  ...chipsClaim,
  id: 'fourth-claim',
  statement: 'A fourth claim that the card does not show.',
  verdict: 'misleading',
};

export const deepseekTopic: Topic = {
  id: 'deepseek',
  name: 'DeepSeek',
  summary: 'A Hangzhou-based AI lab whose open-weight models drew attention in January 2025.',
  aliases: ['DeepSeek'],
  contextTerms: [],
  claims: [costClaim, openWeightsClaim, chipsClaim, misleadingClaim],
};

export const nvidiaTopic: Topic = {
  id: 'nvidia',
  name: 'Nvidia',
  summary: 'The US chip designer whose GPUs train most large AI models.',
  aliases: ['Nvidia'],
  contextTerms: [],
  claims: [
    {
      ...chipsClaim,
      id: 'h20-china',
      statement: 'Nvidia designed the H20 for the Chinese market.',
      verdict: 'disputed',
    },
  ],
};

export const fixtureKb = [deepseekTopic, nvidiaTopic] as const;
