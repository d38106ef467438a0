/**
 * The ranker measured on a labelled set: news sentences of the kind published about DeepSeek,
 * Nvidia and US chip export controls from January 2025 on, each with the claim a careful reader
 * would want first on the card. Written for this test, not copied from the claims.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import type { Topic } from '../../../data/schema';
import { createClaimRanker } from '../../../lib/ranker';
import { sentenceAround } from '../../../lib/sentence';

interface Labelled {
  topic: 'deepseek' | 'nvidia' | 'export-controls';
  /** The mention, as the scanner would find it in the sentence. */
  mention: string;
  sentence: string;
  /** The claim that should rank first. */
  expected: string;
}

const LABELLED: readonly Labelled[] = [
  // DeepSeek
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'DeepSeek, a Chinese AI start-up based in Hangzhou, was founded in 2023 by hedge fund manager Liang Wenfeng.',
    expected: 'deepseek-chinese-startup',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'The little-known startup DeepSeek is bankrolled by High-Flyer, a quantitative hedge fund in China.',
    expected: 'deepseek-chinese-startup',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'DeepSeek claims it trained its R1 reasoning model for just $5.6 million, a sliver of what American labs spend.',
    expected: 'deepseek-r1-trained-for-5-6-million',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'The $5.6M price tag that rattled Wall Street covered only the final training run of the DeepSeek model.',
    expected: 'deepseek-r1-trained-for-5-6-million',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence: 'DeepSeek said V3 was trained on a cluster of 2,048 Nvidia H800 GPUs in less than two months.',
    expected: 'deepseek-v3-two-months-2000-h800s',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'In a paper published in Nature, DeepSeek said training R1 cost just $294,000 using 512 H800 chips.',
    expected: 'deepseek-r1-cost-294000',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'Meta plans to spend as much as $65 billion on AI infrastructure this year, yet DeepSeek built a rival for a fraction of that.',
    expected: 'deepseek-fraction-of-us-lab-spending',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      "DeepSeek's R1 matches OpenAI's o1 on maths and coding benchmarks such as AIME and Codeforces, the company said.",
    expected: 'deepseek-matches-western-models',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'Users on social media praised DeepSeek for how well it translates between Chinese and English.',
    expected: 'deepseek-translation-performance',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'DeepSeek achieved comparable results with far less computing power, thanks to a mixture-of-experts design and FP8 training.',
    expected: 'deepseek-less-compute',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'DeepSeek released R1 as open source under the MIT licence, letting anyone download and modify it.',
    expected: 'deepseek-open-source',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'Because DeepSeek charges no licensing fees for its models, developers say it has democratised access to AI.',
    expected: 'deepseek-free-democratised-access',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'DeepSeek charges $0.55 per million input tokens for R1 through its API, far below the price of OpenAI’s o1.',
    expected: 'deepseek-cheaper-to-run',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'DeepSeek researchers said R1-Zero learned to reason through pure reinforcement learning, without supervised fine-tuning.',
    expected: 'deepseek-r1-pure-reinforcement-learning',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'Asked about Tiananmen Square, the DeepSeek chatbot refused to answer and suggested talking about maths instead.',
    expected: 'deepseek-chinese-censorship',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      "NewsGuard found that DeepSeek's chatbot repeated false claims or gave non-answers 83% of the time in its audit.",
    expected: 'deepseek-newsguard-83-percent',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      "Italy's data protection authority, the Garante, ordered DeepSeek to stop processing Italians' personal data.",
    expected: 'deepseek-italy-ban',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence: 'South Korea and Australia have barred DeepSeek from government devices over privacy concerns.',
    expected: 'deepseek-italy-ban',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'Security researchers at Wiz found a publicly accessible DeepSeek database exposing chat history and API keys.',
    expected: 'deepseek-user-data-leak',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'OpenAI told the Financial Times it had seen evidence that DeepSeek used distillation to train on the outputs of its models.',
    expected: 'deepseek-distilled-openai',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      "DeepSeek overtook ChatGPT as the top free app on Apple's App Store, sending shockwaves through the AI industry.",
    expected: 'deepseek-disrupted-ai-industry',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'Sam Altman conceded that OpenAI had been on the wrong side of history on open source after the rise of DeepSeek.',
    expected: 'deepseek-disrupted-ai-industry',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'The DeepSeek V3 run took about 2.8 million GPU hours, against 30.8 million for Llama 3.1, a far smaller compute budget.',
    expected: 'deepseek-less-compute',
  },
  // Nvidia
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'Nvidia shares plunged 17% on Monday, erasing nearly $600 billion in market value, the biggest one-day loss in US history.',
    expected: 'nvidia-sharp-stock-fall',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'Nvidia stock suffered a record sell-off on 27 January after the DeepSeek app topped download charts.',
    expected: 'nvidia-sharp-stock-fall',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'The Nasdaq slid 3.1% as chip stocks including Broadcom, Marvell and Nvidia tumbled in a broad tech rout.',
    expected: 'nvidia-us-tech-stocks-fell',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      "Investors fear DeepSeek's efficiency gains could reduce demand for Nvidia's high-end AI chips.",
    expected: 'nvidia-lower-chip-demand',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'Big tech firms kept raising capital spending on data centers, and Nvidia revenue jumped 69% despite the DeepSeek scare.',
    expected: 'nvidia-lower-chip-demand',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'DeepSeek trained its models on Nvidia H800 chips, a cut-down version of the H100 with lower interconnect bandwidth.',
    expected: 'nvidia-h800-cut-down-chip',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'An Nvidia spokesperson told CNBC that DeepSeek relied on compute that is fully export control compliant.',
    expected: 'nvidia-export-compliant-statement',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'Nvidia said it would take a $5.5 billion charge after Washington required a licence for H20 sales to China.',
    expected: 'nvidia-h20-curbs-cost-billions',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'US officials are investigating whether DeepSeek obtained Nvidia chips through intermediaries in Singapore to evade the ban.',
    expected: 'nvidia-deepseek-banned-chips',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'A report alleged that DeepSeek used smuggled Blackwell chips, which Nvidia called highly unlikely.',
    expected: 'nvidia-deepseek-banned-chips',
  },
  // US export controls
  {
    topic: 'export-controls',
    mention: 'Bureau of Industry and Security',
    sentence:
      "Since October 2022 the Commerce Department's Bureau of Industry and Security has blocked sales of A100 and H100 chips to China.",
    expected: 'export-controls-since-2022',
  },
  {
    topic: 'export-controls',
    mention: 'export controls',
    sentence:
      'Nvidia built the H20 specifically to comply with U.S. export controls after the 2023 rules caught the A800 and H800.',
    expected: 'export-controls-china-only-chips',
  },
  {
    topic: 'export-controls',
    mention: 'export controls',
    sentence:
      'In a further easing of export controls, Trump said Nvidia may sell H200 chips to approved customers in China, with 25% going to the US.',
    expected: 'export-controls-china-only-chips',
  },
  {
    topic: 'export-controls',
    mention: 'AI diffusion rule',
    sentence:
      "The Biden administration's AI diffusion rule sorted countries into three tiers, capping chip exports to most of the world.",
    expected: 'export-controls-ai-diffusion-rule',
  },
  {
    topic: 'export-controls',
    mention: 'AI diffusion rule',
    sentence:
      'The Commerce Department rescinded the AI diffusion rule in May 2025, days before companies had to comply.',
    expected: 'export-controls-ai-diffusion-rule',
  },
  {
    topic: 'export-controls',
    mention: 'export controls',
    sentence:
      "Hampered by US export controls, DeepSeek's engineers found workarounds to squeeze more out of weaker chips.",
    expected: 'export-controls-deepseek-innovated-around',
  },
  {
    topic: 'export-controls',
    mention: 'export control',
    sentence:
      'Jensen Huang said the export control was a failure that only spurred Huawei and other Chinese rivals.',
    expected: 'export-controls-have-failed',
  },
  {
    topic: 'export-controls',
    mention: 'export controls',
    sentence:
      "Critics say DeepSeek's breakthrough proves that export controls have failed to slow China's AI progress.",
    expected: 'export-controls-have-failed',
  },
  {
    topic: 'export-controls',
    mention: 'export controls',
    sentence:
      'Anthropic chief Dario Amodei argued that export controls are working and should be tightened further.',
    expected: 'export-controls-have-failed',
  },
];

/**
 * Written after the ranker was tuned on LABELLED and never used to tune it: how the ranking does on
 * sentences it has not been adjusted to.
 */
const HELD_OUT: readonly Labelled[] = [
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence: 'Founded by Liang Wenfeng in 2023, DeepSeek grew out of the AI research arm of his quant fund.',
    expected: 'deepseek-chinese-startup',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'Analysts cautioned that the $5.6 million DeepSeek cited covers only one training run and leaves out research and hardware.',
    expected: 'deepseek-r1-trained-for-5-6-million',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'DeepSeek revealed in a peer-reviewed paper that the reinforcement learning stage of R1 cost $294,000.',
    expected: 'deepseek-r1-cost-294000',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      'The DeepSeek app stores user data on servers in China, prompting regulators in Ireland and France to ask questions.',
    expected: 'deepseek-italy-ban',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      "DeepSeek's API pricing undercuts OpenAI by more than 90%, starting a price war that forced rivals to cut rates.",
    expected: 'deepseek-cheaper-to-run',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      "Engineers praised DeepSeek's mixture-of-experts architecture, which activates only 37 billion of its 671 billion parameters per token.",
    expected: 'deepseek-less-compute',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      "Microsoft and OpenAI are probing whether DeepSeek improperly obtained data from OpenAI's API to train its models.",
    expected: 'deepseek-distilled-openai',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      "Reporters found the DeepSeek chatbot would not discuss Taiwan or Xinjiang, echoing Beijing's official line.",
    expected: 'deepseek-chinese-censorship',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence:
      "Hugging Face launched Open-R1 to rebuild DeepSeek's pipeline, since the training data and code were never released.",
    expected: 'deepseek-open-source',
  },
  {
    topic: 'deepseek',
    mention: 'DeepSeek',
    sentence: "DeepSeek's reasoning model scored 79.8% on AIME 2024, slightly ahead of OpenAI's o1.",
    expected: 'deepseek-matches-western-models',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'Nvidia lost roughly $589 billion in market capitalisation in a single session, a record for any company.',
    expected: 'nvidia-sharp-stock-fall',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'Nvidia warned that new licensing rules for its H20 processor would wipe billions off its China revenue.',
    expected: 'nvidia-h20-curbs-cost-billions',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      "Nvidia's market value topped $5 trillion in October, suggesting the DeepSeek panic over chip demand was overdone.",
    expected: 'nvidia-lower-chip-demand',
  },
  {
    topic: 'nvidia',
    mention: 'Nvidia',
    sentence:
      'Singapore charged three men with fraud over servers that may have contained Nvidia chips bound for China.',
    expected: 'nvidia-deepseek-banned-chips',
  },
  {
    topic: 'export-controls',
    mention: 'export controls',
    sentence:
      'The October 2023 update to the export controls closed the loophole that had let Nvidia sell the A800 and H800 in China.',
    expected: 'export-controls-china-only-chips',
  },
  {
    topic: 'export-controls',
    mention: 'AI diffusion framework',
    sentence:
      'Under the AI diffusion framework, close allies faced no limits while most other countries had caps on AI chip imports.',
    expected: 'export-controls-ai-diffusion-rule',
  },
  {
    topic: 'export-controls',
    mention: 'export controls',
    sentence:
      "The 2022 export controls on China covered Nvidia's A100 and H100 as well as chipmaking equipment.",
    expected: 'export-controls-since-2022',
  },
  {
    topic: 'export-controls',
    mention: 'export controls',
    sentence:
      'Some analysts argue the export controls forced DeepSeek to engineer efficiency gains that US labs never needed.',
    expected: 'export-controls-deepseek-innovated-around',
  },
  {
    topic: 'export-controls',
    mention: 'export controls',
    sentence:
      'Former officials said the export controls backfired, handing Huawei a captive market in China.',
    expected: 'export-controls-have-failed',
  },
];

const ALL = [...LABELLED, ...HELD_OUT];

const topicsById = new Map<string, Topic>(BUILT_IN_KB.map((topic) => [topic.id, topic]));

function topicNamed(id: string): Topic {
  const topic = topicsById.get(id);
  if (!topic) throw new Error(`no topic ${id} in the built-in KB`);
  return topic;
}

/** Ranks as the card does: the mention's sentence, cut from a paragraph with neighbours. */
function rankedIds({ topic, mention, sentence }: Labelled): string[] {
  const paragraph = `Markets opened lower on Tuesday. ${sentence} Analysts expect more volatility this week.`;
  const start = paragraph.indexOf(mention);
  const { text } = sentenceAround(paragraph, start, start + mention.length, 'en');
  return createClaimRanker(topicNamed(topic))
    .rank(text, 3)
    .map(({ claim }) => claim.id);
}

interface Accuracy {
  top1: number;
  top3: number;
  report: string;
}

function measure(name: string, set: readonly Labelled[]): Accuracy {
  const misses: string[] = [];
  let first = 0;
  let inTop3 = 0;
  for (const labelled of set) {
    const ids = rankedIds(labelled);
    if (ids[0] === labelled.expected) first += 1;
    else
      misses.push(
        `    ${labelled.expected} ranked ${ids.indexOf(labelled.expected) + 1 || '>3'}: ${ids.join(', ')}`,
      );
    if (ids.includes(labelled.expected)) inTop3 += 1;
  }
  const top1 = first / set.length;
  const top3 = inTop3 / set.length;
  const report =
    `${name}: top-1 ${first}/${set.length} = ${top1.toFixed(3)}, top-3 ${inTop3}/${set.length} = ${top3.toFixed(3)}` +
    (misses.length ? `\n  not first:\n${misses.join('\n')}` : '');
  return { top1, top3, report };
}

describe('claim ranking on the labelled news sentences', () => {
  it('labels only claims that exist, in the topic they belong to', () => {
    for (const { topic, expected, mention, sentence } of ALL) {
      expect(topicNamed(topic).claims.map((claim) => claim.id)).toContain(expected);
      expect(sentence).toContain(mention);
    }
    expect(ALL.length).toBeGreaterThanOrEqual(30);
  });

  it('ranks the labelled claim first for at least 80% of sentences and in the top 3 for 95%', () => {
    const tuned = measure('tuning set', LABELLED);
    const heldOut = measure('held-out set', HELD_OUT);
    const all = measure('all labelled sentences', ALL);
    console.log([tuned.report, heldOut.report, all.report].join('\n'));
    expect(all.top1).toBeGreaterThanOrEqual(0.8);
    expect(all.top3).toBeGreaterThanOrEqual(0.95);
  });
});
