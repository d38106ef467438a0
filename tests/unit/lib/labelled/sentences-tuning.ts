/**
 * Tuning news sentences for claim ranking and the fallback: the engine's weights, threshold, stop
 * words and the claims' keywords may be adjusted to these. The held-out sentences
 * (sentences-held-out.ts) are never used that way.
 */
import type { LabelledSentence } from './types';

export const TUNING_SENTENCES: readonly LabelledSentence[] = [
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek, a Chinese AI start-up based in Hangzhou, was founded in 2023 by hedge fund manager Liang Wenfeng.',
    expected: ['deepseek-chinese-startup'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The little-known startup DeepSeek is bankrolled by High-Flyer, a quantitative hedge fund in China.',
    expected: ['deepseek-chinese-startup'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek claims it trained its R1 reasoning model for just $5.6 million, a sliver of what American labs spend.',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The $5.6M price tag that rattled Wall Street covered only the final training run of the DeepSeek model.',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek said V3 was trained on a cluster of 2,048 Nvidia H800 GPUs in less than two months.',
    expected: ['deepseek-v3-two-months-2000-h800s'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'In a paper published in Nature, DeepSeek said training R1 cost just $294,000 using 512 H800 chips.',
    expected: ['deepseek-r1-cost-294000'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Meta plans to spend as much as $65 billion on AI infrastructure this year, yet DeepSeek built a rival for a fraction of that.',
    expected: ['deepseek-fraction-of-us-lab-spending'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's R1 matches OpenAI's o1 on maths and coding benchmarks such as AIME and Codeforces, the company said.",
    expected: ['deepseek-matches-western-models'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Users on social media praised DeepSeek for how well it translates between Chinese and English.',
    expected: ['deepseek-translation-performance'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek achieved comparable results with far less computing power, thanks to a mixture-of-experts design and FP8 training.',
    expected: ['deepseek-less-compute'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek released R1 as open source under the MIT licence, letting anyone download and modify it.',
    expected: ['deepseek-open-source'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Because DeepSeek charges no licensing fees for its models, developers say it has democratised access to AI.',
    expected: ['deepseek-free-democratised-access'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek charges $0.55 per million input tokens for R1 through its API, far below the price of OpenAI’s o1.',
    expected: ['deepseek-cheaper-to-run'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek researchers said R1-Zero learned to reason through pure reinforcement learning, without supervised fine-tuning.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Asked about Tiananmen Square, the DeepSeek chatbot refused to answer and suggested talking about maths instead.',
    expected: ['deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "NewsGuard found that DeepSeek's chatbot repeated false claims or gave non-answers 83% of the time in its audit.",
    expected: ['deepseek-newsguard-83-percent'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Italy's data protection authority, the Garante, ordered DeepSeek to stop processing Italians' personal data.",
    expected: ['deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'South Korea and Australia have barred DeepSeek from government devices over privacy concerns.',
    expected: ['deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Security researchers at Wiz found a publicly accessible DeepSeek database exposing chat history and API keys.',
    expected: ['deepseek-user-data-leak'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'OpenAI told the Financial Times it had seen evidence that DeepSeek used distillation to train on the outputs of its models.',
    expected: ['deepseek-distilled-openai'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek overtook ChatGPT as the top free app on Apple's App Store, sending shockwaves through the AI industry.",
    expected: ['deepseek-app-store-number-one', 'deepseek-disrupted-ai-industry'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Sam Altman conceded that OpenAI had been on the wrong side of history on open source after the rise of DeepSeek.',
    expected: ['deepseek-disrupted-ai-industry'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The DeepSeek V3 run took about 2.8 million GPU hours, against 30.8 million for Llama 3.1, a far smaller compute budget.',
    expected: ['deepseek-less-compute'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia shares plunged 17% on Monday, erasing nearly $600 billion in market value, the biggest one-day loss in US history.',
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia stock suffered a record sell-off on 27 January after the DeepSeek app topped download charts.',
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'The Nasdaq slid 3.1% as chip stocks including Broadcom, Marvell and Nvidia tumbled in a broad tech rout.',
    expected: ['nvidia-us-tech-stocks-fell'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Investors fear DeepSeek's efficiency gains could reduce demand for Nvidia's high-end AI chips.",
    expected: ['nvidia-lower-chip-demand'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Big tech firms kept raising capital spending on data centers, and Nvidia revenue jumped 69% despite the DeepSeek scare.',
    expected: ['nvidia-lower-chip-demand'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'DeepSeek trained its models on Nvidia H800 chips, a cut-down version of the H100 with lower interconnect bandwidth.',
    expected: ['nvidia-h800-cut-down-chip'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'An Nvidia spokesperson told CNBC that DeepSeek relied on compute that is fully export control compliant.',
    expected: ['nvidia-export-compliant-statement'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia said it would take a $5.5 billion charge after Washington required a licence for H20 sales to China.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'US officials are investigating whether DeepSeek obtained Nvidia chips through intermediaries in Singapore to evade the ban.',
    expected: ['nvidia-deepseek-banned-chips'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'A report alleged that DeepSeek used smuggled Blackwell chips, which Nvidia called highly unlikely.',
    expected: ['nvidia-deepseek-banned-chips'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Since October 2022 the Commerce Department's Bureau of Industry and Security has blocked sales of A100 and H100 chips to China.",
    expected: ['export-controls-since-2022'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Nvidia built the H20 specifically to comply with U.S. export controls after the 2023 rules caught the A800 and H800.',
    expected: ['export-controls-china-only-chips'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'In a further easing of export controls, Trump said Nvidia may sell H200 chips to approved customers in China, with 25% going to the US.',
    expected: [
      'export-controls-china-only-chips',
      'export-controls-25-percent-cut',
      'export-controls-h200-case-by-case-review',
    ],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "The Biden administration's AI diffusion rule sorted countries into three tiers, capping chip exports to most of the world.",
    expected: ['export-controls-ai-diffusion-rule'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The Commerce Department rescinded the AI diffusion rule in May 2025, days before companies had to comply.',
    expected: ['export-controls-ai-diffusion-rule'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Hampered by US export controls, DeepSeek's engineers found workarounds to squeeze more out of weaker chips.",
    expected: ['export-controls-deepseek-innovated-around'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Jensen Huang said the export control was a failure that only spurred Huawei and other Chinese rivals.',
    expected: ['export-controls-have-failed'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Critics say DeepSeek's breakthrough proves that export controls have failed to slow China's AI progress.",
    expected: ['export-controls-have-failed'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Anthropic chief Dario Amodei argued that export controls are working and should be tightened further.',
    expected: ['export-controls-have-failed'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'Founded by Liang Wenfeng in 2023, DeepSeek grew out of the AI research arm of his quant fund.',
    expected: ['deepseek-chinese-startup'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Analysts cautioned that the $5.6 million DeepSeek cited covers only one training run and leaves out research and hardware.',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek revealed in a peer-reviewed paper that the reinforcement learning stage of R1 cost $294,000.',
    expected: ['deepseek-r1-cost-294000'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The DeepSeek app stores user data on servers in China, prompting regulators in Ireland and France to ask questions.',
    expected: ['deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's API pricing undercuts OpenAI by more than 90%, starting a price war that forced rivals to cut rates.",
    expected: ['deepseek-cheaper-to-run'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Engineers praised DeepSeek's mixture-of-experts architecture, which activates only 37 billion of its 671 billion parameters per token.",
    expected: ['deepseek-less-compute'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Microsoft and OpenAI are probing whether DeepSeek improperly obtained data from OpenAI's API to train its models.",
    expected: ['deepseek-distilled-openai'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Reporters found the DeepSeek chatbot would not discuss Taiwan or Xinjiang, echoing Beijing's official line.",
    expected: ['deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Hugging Face launched Open-R1 to rebuild DeepSeek's pipeline, since the training data and code were never released.",
    expected: ['deepseek-open-source'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: "DeepSeek's reasoning model scored 79.8% on AIME 2024, slightly ahead of OpenAI's o1.",
    expected: ['deepseek-matches-western-models'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia lost roughly $589 billion in market capitalisation in a single session, a record for any company.',
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia warned that new licensing rules for its H20 processor would wipe billions off its China revenue.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Nvidia's market value topped $5 trillion in October, suggesting the DeepSeek panic over chip demand was overdone.",
    expected: ['nvidia-lower-chip-demand'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Singapore charged three men with fraud over servers that may have contained Nvidia chips bound for China.',
    expected: ['nvidia-deepseek-banned-chips'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The October 2023 update to the export controls closed the loophole that had let Nvidia sell the A800 and H800 in China.',
    expected: ['export-controls-china-only-chips'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Under the AI diffusion framework, close allies faced no limits while most other countries had caps on AI chip imports.',
    expected: ['export-controls-ai-diffusion-rule'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "The 2022 export controls on China covered Nvidia's A100 and H100 as well as chipmaking equipment.",
    expected: ['export-controls-since-2022'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Some analysts argue the export controls forced DeepSeek to engineer efficiency gains that US labs never needed.',
    expected: ['export-controls-deepseek-innovated-around'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Former officials said the export controls backfired, handing Huawei a captive market in China.',
    expected: ['export-controls-have-failed'],
  }, // Added for the tuning set
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek spent a pittance next to the $500 billion Stargate plan',
    expected: ['deepseek-fraction-of-us-lab-spending'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Releasing the model for free, DeepSeek let hobbyists and small labs run frontier AI on their own machines.',
    expected: ['deepseek-free-democratised-access'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'NewsGuard said the DeepSeek chatbot failed to give accurate information about news events in most of its tests.',
    expected: ['deepseek-newsguard-83-percent'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's paper describes R1-Zero discovering long chains of reasoning on its own, driven only by rewards for correct answers.",
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Bilingual users say DeepSeek switches between Chinese and English more naturally than American chatbots.',
    expected: ['deepseek-translation-performance'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek exposed chat logs and secret keys in unsecured database, researchers say',
    expected: ['deepseek-user-data-leak'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: "DeepSeek's V3 paper reports 2.788 million H800 GPU hours for the full training run.",
    expected: ['deepseek-v3-two-months-2000-h800s'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'The DeepSeek chatbot refuses to say anything critical of President Xi Jinping.',
    expected: ['deepseek-chinese-censorship'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "The H800 that DeepSeek used is a version of Nvidia's H100 with its chip-to-chip link slowed to meet US rules.",
    expected: ['nvidia-h800-cut-down-chip'],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"DeepSeek\'s work illustrates how new models can be created using widely available models and compute that is fully export control compliant," Nvidia said.',
    expected: ['nvidia-export-compliant-statement'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Microsoft, Oracle and Broadcom fell alongside Nvidia as the sell-off spread across Wall Street.',
    expected: ['nvidia-us-tech-stocks-fell'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia wrote down $4.5 billion of H20 inventory after the new export licence requirement.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  // No claim of the topic
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek could not be reached for comment on Sunday.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'The DeepSeek website was briefly unavailable on Thursday morning.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence: 'Visitors queue at a DeepSeek booth at a technology fair in Shanghai.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek has not said when it will publish its next update.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'Several readers wrote in to ask how to pronounce DeepSeek.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek declined an interview request for this article.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia did not respond to a request for comment.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia is headquartered in Santa Clara, California.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia unveiled a new robotics platform at its developer conference in San Jose.',
    expected: [],
  },
  { topic: 'nvidia', kind: 'caption', sentence: 'The Nvidia logo on a building in Taipei.', expected: [] },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Gamers complained that Nvidia graphics cards were sold out within minutes.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia is sponsoring a Formula One team this season.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'Export controls on fighter jet parts are handled by the State Department.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'China announced export controls on rare earth magnets this spring.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'The course covers export controls, sanctions screening and customs paperwork.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'Five things small exporters should know about export controls',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'Japan tightened its export controls on some chemicals sold to South Korea in 2019.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'The European Union updated its list of dual-use export controls this year.',
    expected: [],
  },
  // DeepSeek claims added on 1 December 2026
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"DeepSeek has given the whole research community something valuable for free," one Stanford professor said.',
    expected: ['deepseek-gift-to-ai-community', 'deepseek-free-democratised-access'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'Many open-source developers called the DeepSeek release a gift to the global AI community.',
    expected: ['deepseek-gift-to-ai-community'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek's open release is a gift to rivals and researchers alike",
    expected: ['deepseek-gift-to-ai-community'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Smaller companies hope DeepSeek has shown that you no longer need a giant budget to enter the AI race.',
    expected: ['deepseek-lower-barriers-to-entry'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek could lower the barriers to entry for start-ups that want to train their own models.',
    expected: ['deepseek-lower-barriers-to-entry'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"The moat is gone," one investor said of DeepSeek, arguing that newcomers can now compete with the giants.',
    expected: ['deepseek-lower-barriers-to-entry'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'European companies may shy away from DeepSeek because its answers are shaped by Chinese censorship rules.',
    expected: ['deepseek-censorship-limits-adoption', 'deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Censorship might limit DeepSeek's global adoption, especially in countries that prize freedom of expression.",
    expected: ['deepseek-censorship-limits-adoption'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Western users who run into DeepSeek's political filters may simply switch to another chatbot, analysts said.",
    expected: ['deepseek-censorship-limits-adoption', 'deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek tops App Store charts, knocking ChatGPT off the top spot',
    expected: ['deepseek-app-store-number-one'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "By Monday morning DeepSeek was the No. 1 free download on Apple's iPhone app store in the United States.",
    expected: ['deepseek-app-store-number-one'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'The DeepSeek app rocketed up the download rankings over the weekend, overtaking OpenAI.',
    expected: ['deepseek-app-store-number-one'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Nature published the DeepSeek-R1 paper after independent reviewers had examined it, a first for a major AI model.',
    expected: ['deepseek-r1-peer-reviewed-nature', 'deepseek-r1-cost-294000'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Scientists welcomed the decision by DeepSeek to submit its work to peer review, which most AI labs avoid.',
    expected: ['deepseek-r1-peer-reviewed-nature'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek R1 passes peer review in landmark for AI research',
    expected: ['deepseek-r1-peer-reviewed-nature'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek said V3.1 was tuned for a new FP8 format meant for upcoming domestic chips.',
    expected: ['deepseek-v3-1-domestic-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Chinese chip stocks jumped after DeepSeek hinted that V3.1 was designed around home-grown processors.',
    expected: ['deepseek-v3-1-domestic-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's V3.1 release is a sign that Chinese labs are preparing to run on locally made semiconductors.",
    expected: ['deepseek-v3-1-domestic-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek halved its API prices as it released V3.2-Exp, citing a new sparse attention mechanism.',
    expected: ['deepseek-v3-2-sparse-attention', 'deepseek-cheaper-to-run'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'With DeepSeek Sparse Attention, V3.2 only looks at the most relevant parts of a long input.',
    expected: ['deepseek-v3-2-sparse-attention'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek V3.2 cuts the cost of long contexts',
    expected: ['deepseek-v3-2-sparse-attention'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek launches V4, its first major model since R1',
    expected: ['deepseek-v4-release'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'The long-awaited DeepSeek V4 arrived in April 2026 with open weights.',
    expected: ['deepseek-v4-release'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: "Developers rushed to try DeepSeek's new V4 model on the day of its release.",
    expected: ['deepseek-v4-release'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek is said to have trained V4 on Huawei Ascend chips instead of Nvidia GPUs.',
    expected: ['deepseek-v4-huawei-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Did DeepSeek ditch Nvidia for Huawei to build V4?',
    expected: ['deepseek-v4-huawei-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Beijing has pushed DeepSeek to use domestic accelerators from Huawei for its newest model, according to reports.',
    expected: ['deepseek-v4-huawei-chips', 'deepseek-v3-1-domestic-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "NIST's Center for AI Standards and Innovation found DeepSeek's models lagged US rivals and were more vulnerable to agent hijacking.",
    expected: ['deepseek-caisi-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The CAISI report said DeepSeek models echoed Chinese Communist Party narratives and had security shortcomings.',
    expected: ['deepseek-caisi-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'US evaluation finds DeepSeek behind American AI and risky for users',
    expected: ['deepseek-caisi-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'CAISI said DeepSeek V4 trails the US frontier by about eight months on its benchmarks.',
    expected: ['deepseek-caisi-v4-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "A second US government evaluation, of DeepSeek's V4, found the gap with American models narrowing but still months wide.",
    expected: ['deepseek-caisi-v4-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek V4 is eight months behind US frontier, government testers say',
    expected: ['deepseek-caisi-v4-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "The House Select Committee on the CCP said DeepSeek represents a profound threat to the nation's security.",
    expected: ['deepseek-house-committee-report'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'House China panel calls DeepSeek a national security threat',
    expected: ['deepseek-house-committee-report'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Congressional investigators said DeepSeek sends American users' data to China and manipulates its answers.",
    expected: ['deepseek-house-committee-report'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'A congressional letter said Nvidia engineers helped DeepSeek optimise its training, giving it frontier capabilities.',
    expected: ['deepseek-nvidia-helped-deepseek'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Lawmakers press Nvidia over technical help it gave DeepSeek',
    expected: ['deepseek-nvidia-helped-deepseek'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Documents suggest DeepSeek got support from Nvidia's technical staff on how to get more from its chips.",
    expected: ['deepseek-nvidia-helped-deepseek'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Commerce officials shelved a plan to add DeepSeek to the Entity List ahead of trade talks with Beijing.',
    expected: ['deepseek-entity-list-hold'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'US holds off on blacklisting DeepSeek',
    expected: ['deepseek-entity-list-hold'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Putting DeepSeek on the Entity List would cut it off from American technology, but Washington has not done so.',
    expected: ['deepseek-entity-list-hold'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Berlin's data protection officer reported DeepSeek to Apple and Google as illegal content under the Digital Services Act.",
    expected: ['deepseek-germany-app-removal'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Germany wants DeepSeek removed from Apple and Google app stores',
    expected: ['deepseek-germany-app-removal'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: "German regulators said DeepSeek unlawfully transfers users' personal data to China.",
    expected: ['deepseek-germany-app-removal', 'deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "South Korea's Personal Information Protection Commission suspended downloads of the DeepSeek app.",
    expected: ['deepseek-south-korea-suspension'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek returns to South Korean app stores after two-month suspension',
    expected: ['deepseek-south-korea-suspension'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'Seoul said DeepSeek had sent user data to a ByteDance-owned company without consent.',
    expected: ['deepseek-south-korea-suspension'],
  },
  // Nvidia and export-control claims added on 1 December 2026, and later DeepSeek ones
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia hits $5 trillion market value, a first for any company',
    expected: ['nvidia-first-5-trillion-company'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'No company had ever been worth $5tn before Nvidia crossed the mark in late October.',
    expected: ['nvidia-first-5-trillion-company'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Nvidia's market capitalisation climbed past five trillion dollars, less than a year after the DeepSeek rout.",
    expected: ['nvidia-first-5-trillion-company'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia posted record revenue again, driven by demand for its Blackwell data-centre chips.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia sales hit another record despite DeepSeek fears',
    expected: ['nvidia-record-revenue-after-deepseek', 'nvidia-lower-chip-demand'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Quarterly sales at Nvidia rose to a new high of $57 billion, beating forecasts.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Under an unusual arrangement, Nvidia would pay Washington a 15% share of what it earns selling H20 chips in China.',
    expected: ['nvidia-h20-15-percent-deal'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia to give US government 15% cut of China chip sales',
    expected: ['nvidia-h20-15-percent-deal'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Legal experts questioned whether the revenue-sharing deal Nvidia struck for its H20 exports was lawful.',
    expected: ['nvidia-h20-15-percent-deal'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Chinese state media claimed Nvidia's H20 could be tracked and switched off remotely, which the company denied.",
    expected: ['nvidia-h20-backdoor-claim'],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence: '"There are no back doors in our chips," Nvidia said in a blog post.',
    expected: ['nvidia-h20-backdoor-claim'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Beijing questions Nvidia over H20 kill switch fears',
    expected: ['nvidia-h20-backdoor-claim'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'The White House cleared Nvidia to sell H200 chips to vetted buyers in China.',
    expected: ['nvidia-h200-china-sales-allowed'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Trump lets Nvidia sell H200 to China',
    expected: ['nvidia-h200-china-sales-allowed'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia can now ship the H200, a far more capable chip than the H20, to approved Chinese customers.',
    expected: ['nvidia-h200-china-sales-allowed'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The Bureau of Industry and Security changed its licence review policy so H200 exports to China are judged case by case.',
    expected: ['export-controls-h200-case-by-case-review'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Applications to export H200-class chips will no longer face a presumption of denial under the revised export controls.',
    expected: ['export-controls-h200-case-by-case-review'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'Commerce eases chip export rule to review H200 licences one by one',
    expected: ['export-controls-h200-case-by-case-review'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'A tariff proclamation lets the US collect 25% of H200 revenue from China under the new export controls.',
    expected: ['export-controls-25-percent-cut'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'US to take 25% of H200 chip sales to China as export curbs ease',
    expected: ['export-controls-25-percent-cut'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'Critics called the 25% levy a pay-to-play approach to export controls.',
    expected: ['export-controls-25-percent-cut'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'Beijing has told customs to stop imports of the H200, a twist in the export controls story.',
    expected: ['export-controls-china-blocks-h200'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'China blocks H200 imports despite US easing export controls',
    expected: ['export-controls-china-blocks-h200'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Chinese authorities urged tech firms not to buy the H200 even after Washington relaxed its chip curbs.',
    expected: ['export-controls-china-blocks-h200'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'Commerce officials are drafting a replacement for the AI diffusion rule they rescinded.',
    expected: ['export-controls-ai-diffusion-rule-status', 'export-controls-ai-diffusion-rule'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'What replaced the AI diffusion rule?',
    expected: ['export-controls-ai-diffusion-rule-status'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'The AI diffusion rule was scrapped in May 2025 and a new draft has been circulating in 2026.',
    expected: ['export-controls-ai-diffusion-rule-status', 'export-controls-ai-diffusion-rule'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Prosecutors say a network smuggled servers with Nvidia chips through Singapore to Chinese buyers in breach of export controls.',
    expected: ['export-controls-chip-smuggling-cases'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'Chip smuggling cases test US export controls',
    expected: ['export-controls-chip-smuggling-cases'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Malaysian officials opened an investigation into shipments that may have breached US export controls on AI chips.',
    expected: ['export-controls-chip-smuggling-cases', 'export-controls-malaysia-permit'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The Chip Security Act would make AI chips under export controls verify their location to stop diversion.',
    expected: ['export-controls-location-verification-bill'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'Lawmakers want location tracking on AI chips covered by export controls',
    expected: ['export-controls-location-verification-bill'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Location verification for chips under export controls is technically feasible, supporters of the bill say.',
    expected: ['export-controls-location-verification-bill'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Malaysia introduced a strategic trade permit for US-made AI chips to close gaps in export controls.',
    expected: ['export-controls-malaysia-permit'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'Malaysia requires permits for AI chip exports after US pressure on export controls',
    expected: ['export-controls-malaysia-permit'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Data centre operators in Malaysia must now get a permit before shipping Nvidia processors onward, under export controls.',
    expected: ['export-controls-malaysia-permit'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'BIS guidance says using Huawei Ascend chips anywhere in the world may violate US export controls.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: "Using Huawei's AI chips could break US export controls, Commerce warns",
    expected: ['export-controls-huawei-ascend-anywhere'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Beijing protested after Washington said the Ascend 910B, 910C and 910D fall under its export controls wherever they are used.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "A US official said DeepSeek has willingly provided support to China's military and intelligence operations.",
    expected: ['deepseek-military-links'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek aids China's military, US official says",
    expected: ['deepseek-military-links'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Procurement records show the People's Liberation Army referring to DeepSeek in research projects.",
    expected: ['deepseek-military-links'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek postponed the launch of R2 after failing to train it on Huawei Ascend chips, people familiar said.',
    expected: ['deepseek-r2-delayed-huawei'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek's R2 delayed by trouble with Huawei chips",
    expected: ['deepseek-r2-delayed-huawei'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Engineers at DeepSeek went back to Nvidia hardware for training when the Ascend chips proved unstable, delaying R2.',
    expected: ['deepseek-r2-delayed-huawei'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Representatives Gottheimer and LaHood introduced a bill to ban DeepSeek on federal government devices.',
    expected: ['deepseek-us-government-device-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Congress moves to bar DeepSeek from government phones',
    expected: ['deepseek-us-government-device-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'Texas banned DeepSeek on state-issued devices, and federal lawmakers want to do the same.',
    expected: ['deepseek-us-government-device-ban'],
  },
  // Added on 2 December 2026: more paraphrase, fewer of the claims' own words, and more sentences
  // that mention a topic without any of its claims.
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Chinese upstart DeepSeek rattles Silicon Valley',
    expected: ['deepseek-disrupted-ai-industry'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek, backed by a Chinese quantitative trading firm, has kept a low public profile.',
    expected: ['deepseek-chinese-startup'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's bill for training the model was a rounding error compared with the budgets of Silicon Valley's biggest labs.",
    expected: ['deepseek-fraction-of-us-lab-spending', 'deepseek-r1-trained-for-5-6-million'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: "Developers can inspect, modify and redistribute DeepSeek's model freely.",
    expected: ['deepseek-open-source', 'deepseek-free-democratised-access'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: "Ask DeepSeek about Taiwan's status and it repeats Beijing's position.",
    expected: ['deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'Australia barred DeepSeek from all government systems, citing national security.',
    expected: ['deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: "Within a week of launch, DeepSeek's assistant was the most popular free app in America.",
    expected: ['deepseek-app-store-number-one'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Government testers found DeepSeek's models were far easier to trick into harmful tasks than US models.",
    expected: ['deepseek-caisi-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek remains off the US trade blacklist even as other Chinese AI firms have been added.',
    expected: ['deepseek-entity-list-hold'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Seoul's privacy regulator ordered DeepSeek off local app stores until it fixed its data practices.",
    expected: ['deepseek-south-korea-suspension'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek has made cutting-edge AI available to developers who could never afford licence fees.',
    expected: ['deepseek-free-democratised-access'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Chip stocks and the wider tech sector sank alongside Nvidia.',
    expected: ['nvidia-us-tech-stocks-fell'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia said the ban on selling its H20 in China would cost it about $8 billion in sales in one quarter.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: "Critics called Nvidia's agreement to share China revenue with Washington an export tax.",
    expected: ['nvidia-h20-15-percent-deal'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Each time Washington tightened the export controls, Nvidia answered with a new, slightly weaker chip for China.',
    expected: ['export-controls-china-only-chips'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'Are US export controls working?',
    expected: ['export-controls-have-failed'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: "Companies worldwide could breach US export controls just by using Huawei's AI processors.",
    expected: ['export-controls-huawei-ascend-anywhere'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: "DeepSeek's website was slow on Monday as new users signed up.",
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'Reporters asked DeepSeek the same ten questions each week.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek posted a job advert for engineers in Beijing.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia shares were little changed in early trading.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia sponsors a scholarship for computer science students.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'An Nvidia graphics card was the most wished-for gift this Christmas.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'Export controls on encryption software were relaxed in the 1990s.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'The lecture explained how export controls differ from tariffs.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'Officials from both countries discussed export controls on drones.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek did not reply to emails sent over the weekend.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'A DeepSeek spokesperson could not immediately be reached.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'Our reporter spent a week using DeepSeek to plan meals and trips.',
    expected: [],
  },
  // Added on 2 December 2026: one sentence for each claim in the style of wire services and the business press, and 13 about none
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Profile: DeepSeek, the Hangzhou AI upstart bankrolled by quant fund High-Flyer',
    expected: ['deepseek-chinese-startup'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek's R1 reasoning model cost a mere $5.6m to train",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'DeepSeek says its V3 model finished pre-training on 14.8 trillion tokens in less than two months on a cluster of 2,048 Nvidia H800 chips, for a rental-equivalent bill of about $5.58 million.',
    expected: ['deepseek-v3-two-months-2000-h800s'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek pegs R1 training bill at just $294,000',
    expected: ['deepseek-r1-cost-294000'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'DeepSeek says it reached the frontier for roughly $6 million in rented computing time, a rounding error next to the $60 billion-plus that Meta alone plans to pour into infrastructure this year.',
    expected: ['deepseek-fraction-of-us-lab-spending'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "DeepSeek's R1 scored 79.8% on the AIME 2024 maths exam against 79.2% for OpenAI's o1, putting the Chinese lab's reasoning model neck and neck with America's best.",
    expected: ['deepseek-matches-western-models'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Bilingual users say DeepSeek's chatbot renders Chinese idioms into English more naturally than ChatGPT or Google's Gemini.",
    expected: ['deepseek-translation-performance'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "DeepSeek squeezed frontier-level results out of far less computing muscle than American labs use, activating only 37 billion of V3's 671 billion parameters for each token.",
    expected: ['deepseek-less-compute'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek releases R1 code and weights under open-source MIT licence',
    expected: ['deepseek-open-source'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"The weights cost nothing, there are no licence fees, and anyone in the world can build on them - that\'s democratisation," one Silicon Valley investor said of DeepSeek\'s models.',
    expected: ['deepseek-free-democratised-access', 'deepseek-open-source'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'DeepSeek charges developers $0.55 per million input tokens and $2.19 per million output tokens for R1, a fraction of what OpenAI asks for o1.',
    expected: ['deepseek-cheaper-to-run'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'According to DeepSeek, R1 taught itself to reason through reinforcement learning alone, rewarded for right answers rather than shown human-written worked solutions.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      "A smartphone shows DeepSeek's chatbot declining to answer a question about the 1989 Tiananmen Square crackdown, in this illustration picture taken Jan. 29, 2025.",
    expected: ['deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek chatbot accurate just 17% of the time in NewsGuard audit',
    expected: ['deepseek-newsguard-83-percent'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "ROME (Reuters) - Italy's data protection authority, the Garante, on Thursday ordered DeepSeek to stop processing Italian users' data with immediate effect and opened an investigation.",
    expected: ['deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Wiz Research said the exposed ClickHouse database, which required no password, held more than a million lines of DeepSeek logs, including plaintext chat histories and API keys.',
    expected: ['deepseek-user-data-leak'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'OpenAI said it had seen some evidence that DeepSeek trained its models on the outputs of ChatGPT, a technique known as distillation, the Financial Times reported on Wednesday.',
    expected: ['deepseek-distilled-openai'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek upends AI industry's pecking order in a single week",
    expected: ['deepseek-disrupted-ai-industry'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      'Marc Andreessen, the venture capitalist, called DeepSeek R1 "one of the most amazing and impressive breakthroughs I\'ve ever seen" and, because it is open source, "a profound gift to the world."',
    expected: ['deepseek-gift-to-ai-community'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "With DeepSeek's R1 weights free to distil, start-ups and university labs that could never afford to build a frontier model from scratch now have a way in, investors say, lowering the bar for would-be AI developers.",
    expected: ['deepseek-lower-barriers-to-entry'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Censorship baked into DeepSeek's answers on Taiwan and Tiananmen could limit its uptake in democracies where users expect a chatbot to speak freely, analysts said.",
    expected: ['deepseek-censorship-limits-adoption', 'deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      "DeepSeek's AI assistant sits at No. 1 on the US App Store's free-apps chart, ahead of OpenAI's ChatGPT, on an iPhone screen on Jan. 27, 2025.",
    expected: ['deepseek-app-store-number-one'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Nature publishes peer-reviewed DeepSeek R1 paper, a first for a major large language model',
    expected: ['deepseek-r1-peer-reviewed-nature'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "DeepSeek said its newly released V3.1 uses a 'UE8M0 FP8' precision format designed for the coming generation of home-grown Chinese chips, without naming the supplier.",
    expected: ['deepseek-v3-1-domestic-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek slashes API prices by more than half with 'sparse attention' V3.2-Exp",
    expected: ['deepseek-v3-2-sparse-attention', 'deepseek-cheaper-to-run'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'DeepSeek on Friday unveiled a preview of V4, its long-awaited next flagship, in a 1.6-trillion-parameter Pro version and a lighter 284-billion-parameter Flash edition, both with a one-million-token context window.',
    expected: ['deepseek-v4-release'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence:
      "DeepSeek's V4 trained on Huawei Ascend chips, not Nvidia's, in win for Beijing's self-reliance drive",
    expected: ['deepseek-v4-huawei-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "WASHINGTON - DeepSeek's models trail leading American systems on nearly all of 19 benchmarks and are far easier to hijack as agents, NIST's Center for AI Standards and Innovation said on Tuesday.",
    expected: ['deepseek-caisi-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'US evaluators put DeepSeek V4 roughly eight months behind American frontier',
    expected: ['deepseek-caisi-v4-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "'DeepSeek Unmasked': House China committee brands chatbot a grave national-security threat",
    expected: ['deepseek-house-committee-report'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'Nvidia engineers helped DeepSeek wring more performance out of its H800 chips, John Moolenaar, chairman of the House China committee, said in a letter to Commerce Secretary Howard Lutnick.',
    expected: ['deepseek-nvidia-helped-deepseek'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'WASHINGTON (Reuters) - The US has held off adding DeepSeek and more than 100 other Chinese firms to its Entity List trade blacklist, even though an interagency panel approved the move, for fear of stoking tensions with Beijing, sources said.',
    expected: ['deepseek-entity-list-hold'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Berlin privacy watchdog asks Apple, Google to delist DeepSeek app',
    expected: ['deepseek-germany-app-removal'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "SEOUL - South Korea's Personal Information Protection Commission said on Monday it had halted new downloads of DeepSeek's app from local app stores until the company fixes how it handles personal data.",
    expected: ['deepseek-south-korea-suspension'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "DeepSeek has willingly aided China's military and intelligence operations and shows up more than 150 times in People's Liberation Army procurement records, a senior US State Department official told Reuters.",
    expected: ['deepseek-military-links'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek's R2 delayed after Huawei chips falter in training, FT reports",
    expected: ['deepseek-r2-delayed-huawei'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Representatives Josh Gottheimer and Darin LaHood introduced the No DeepSeek on Government Devices Act, which would require federal agencies to wipe the app from their phones and computers.',
    expected: ['deepseek-us-government-device-ban'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia sheds record $593 billion in value as DeepSeek spooks Wall Street',
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'NEW YORK (Reuters) - The Nasdaq Composite slid 3.07% on Monday and the Philadelphia semiconductor index sank 9.2%, its worst day since March 2020, as a selloff that began in Nvidia spread to Microsoft, Alphabet and other tech heavyweights.',
    expected: ['nvidia-us-tech-stocks-fell', 'nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "The bear case is simple: if DeepSeek can build competitive models on far fewer processors, hyperscalers may stop buying Nvidia's top-end GPUs by the hundreds of thousands.",
    expected: ['nvidia-lower-chip-demand'],
  },
  {
    topic: 'nvidia',
    kind: 'caption',
    sentence:
      'An Nvidia H800, the slowed-down version of the H100 that the company designed for sale in China and that DeepSeek used to train its V3 model, is seen in this undated handout photo.',
    expected: ['nvidia-h800-cut-down-chip'],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      'DeepSeek\'s work uses "widely-available models and compute that is fully export control compliant," Nvidia said in a statement on Monday.',
    expected: ['nvidia-export-compliant-statement'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia books $4.5 billion charge on H20 after Washington demands China licence',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'DeepSeek has been training its newest model on smuggled Nvidia Blackwell chips, The Information reported, an account Nvidia said it had seen no substantiation for.',
    expected: ['nvidia-deepseek-banned-chips'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia becomes first listed company to top $5 trillion',
    expected: ['nvidia-first-5-trillion-company'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      "Nvidia (NVDA.O) posted record quarterly revenue of $57.0 billion, showing demand for its AI chips has only strengthened since DeepSeek's low-cost models triggered a selloff in January.",
    expected: ['nvidia-record-revenue-after-deepseek', 'nvidia-lower-chip-demand'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia, AMD agree to hand US 15% of China revenue from H20, MI308 sales',
    expected: ['nvidia-h20-15-percent-deal'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      "BEIJING - China's internet regulator summoned Nvidia on Thursday over what it called serious security risks in its H20 chips, including possible tracking and remote shut-down capabilities.",
    expected: ['nvidia-h20-backdoor-claim'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Trump clears Nvidia to ship H200 chips to approved customers in China',
    expected: ['nvidia-h200-china-sales-allowed'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Washington has required licences for sales of top-end AI chips to China since 2022, when the Commerce Department unveiled its first sweeping export controls on Oct. 7.',
    expected: ['export-controls-since-2022'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      "Nvidia built the A800 and H800 with slower chip-to-chip links to stay under Washington's 2022 export curbs, only for the Commerce Department to redraw the thresholds in October 2023 and catch both.",
    expected: ['export-controls-china-only-chips'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'US unveils AI diffusion rule sorting the world into three tiers for chip sales',
    expected: ['export-controls-ai-diffusion-rule'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Starved of top-end hardware by US export controls, DeepSeek's engineers wrote low-level PTX code and set aside 20 of each H800's 132 streaming multiprocessors for communication, turning a handicap into an edge.",
    expected: ['export-controls-deepseek-innovated-around'],
  },
  {
    topic: 'export-controls',
    kind: 'quote',
    sentence:
      '"The export control was a failure," Nvidia chief executive Jensen Huang told reporters, arguing the curbs had only spurred Huawei and other Chinese rivals.',
    expected: ['export-controls-have-failed'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      "WASHINGTON - The Bureau of Industry and Security will weigh each application to ship Nvidia's H200 and comparable chips to China on its merits rather than presuming denial, under a final rule that takes effect Jan. 15.",
    expected: ['export-controls-h200-case-by-case-review'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: "US to take 25% cut of Nvidia's H200 China sales as chip curbs loosen",
    expected: ['export-controls-25-percent-cut'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      "Chinese customs officials have told agents that Nvidia's H200 chips are not permitted to enter the country, Reuters reported, days after Washington relaxed its export controls to allow the sales.",
    expected: ['export-controls-china-blocks-h200'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: "BIS to rescind Biden's AI diffusion rule, vows replacement",
    expected: ['export-controls-ai-diffusion-rule-status'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      'LOS ANGELES - Federal prosecutors charged two Chinese nationals with shipping tens of millions of dollars of Nvidia GPUs to China through freight forwarders in Singapore and Malaysia in violation of US export controls.',
    expected: ['export-controls-chip-smuggling-cases'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'Cotton bill would make AI chips subject to export controls verify where they are',
    expected: ['export-controls-location-verification-bill'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      'KUALA LUMPUR - Malaysia will require a Strategic Trade Permit for exports, transshipments and transits of US-made high-performance AI chips with immediate effect, its trade ministry said on Monday, in a move aimed at chips covered by US export controls.',
    expected: ['export-controls-malaysia-permit'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: "US warns global use of Huawei's Ascend AI chips breaches its export controls",
    expected: ['export-controls-huawei-ascend-anywhere'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'A DeepSeek spokesperson did not respond to a request for comment sent on Sunday.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek posted the notice on its official WeChat account late on Tuesday without further explanation.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The Hang Seng Tech index ended 0.2% lower, with little movement in the handful of stocks traders have tagged as DeepSeek plays.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      'The DeepSeek logo is displayed on a smartphone screen in this illustration photo taken Jan. 28, 2025.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"We\'re watching DeepSeek closely, like everyone else," said a portfolio manager at a Boston-based fund.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia shares edge 0.6% higher in premarket trade',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'LAS VEGAS - Nvidia unveiled its GeForce RTX 50 series graphics cards for gamers at the CES trade show on Monday.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia replaced Intel in the Dow Jones Industrial Average in November 2024.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Nvidia chief executive Jensen Huang, in his trademark black leather jacket, delivered the keynote at the company's GTC developer conference in San Jose.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'China expands export controls on rare earth elements',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      'TOKYO - Japan tightened export controls on 23 types of chipmaking equipment, from cleaning tools to lithography gear, the trade ministry said.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Beyond semiconductors, the Bureau of Industry and Security administers export controls on thousands of dual-use items, from night-vision goggles to certain firearms.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'caption',
    sentence:
      "Gallium ingots are seen at a plant in China's Shandong province after Beijing imposed export controls on the metal, which is used in making chips.",
    expected: [],
  },
  // Added on 2 December 2026: one sentence for each claim in the style of features, columns, explainers and broadcasts, and 13 about none
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek is no tech giant but a young Hangzhou outfit set up in 2023 by Liang Wenfeng, whose quantitative hedge fund, High-Flyer, still pays its bills.',
    expected: ['deepseek-chinese-startup'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek's R1: the $5.6m model that spooked Silicon Valley",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "According to DeepSeek's technical report, V3's pre-training finished in less than two months on a cluster of 2,048 H800 graphics processors, at a rental-equivalent cost of roughly 5.6 million dollars.",
    expected: ['deepseek-v3-two-months-2000-h800s'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'DeepSeek spent just under $300,000 on the reasoning training that turned its base model into R1, the company disclosed in a paper published by Nature on Wednesday.',
    expected: ['deepseek-r1-cost-294000'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'While Meta alone plans to pour $60bn-plus into data centres this year, DeepSeek appears to have reached the frontier on a training bill that would barely register in a Silicon Valley budget.',
    expected: ['deepseek-fraction-of-us-lab-spending'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "On DeepSeek's own benchmark tables, R1 edges OpenAI's o1 on competition maths such as AIME and trails it only narrowly on Codeforces programming puzzles.",
    expected: ['deepseek-matches-western-models'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"For Spanish-to-English contracts, DeepSeek\'s translations are every bit as good as what I get from the American tools, sometimes better," said Marta Ruiz, a freelance translator in Madrid.',
    expected: ['deepseek-translation-performance'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek says it got there with a sliver of the processing muscle its American rivals use, leaning on a mixture-of-experts design that wakes only a small share of the network for each word, and on 8-bit arithmetic.',
    expected: ['deepseek-less-compute'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Strictly speaking, DeepSeek publishes the trained weights but not its training data or full pipeline, which is why many researchers call its models open-weight rather than truly open source.',
    expected: ['deepseek-open-source'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "By letting anyone download R1's weights without paying a licence fee, DeepSeek has handed university labs in Lagos and two-person startups in Lima a model that only a few American firms could offer a year earlier.",
    expected: ['deepseek-free-democratised-access', 'deepseek-lower-barriers-to-entry'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "At 55 cents per million input tokens, DeepSeek's API undercuts the list price of OpenAI's o1 by more than 90%, a gap developers say makes it far cheaper to run at scale.",
    expected: ['deepseek-cheaper-to-run'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The headline-grabbing idea in the R1 paper is that DeepSeek let the model teach itself to reason by trial and reward, with no human-written worked examples to copy.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      "A phone screen shows DeepSeek's assistant declining to answer a question about the 1989 Tiananmen Square crackdown, in Beijing, January 28, 2025.",
    expected: ['deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "DeepSeek's chatbot got the facts right only 17% of the time when quizzed about news events, leaving it near the bottom of 11 assistants tested by the misinformation watchdog NewsGuard.",
    expected: ['deepseek-newsguard-83-percent'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "Italy's privacy watchdog orders DeepSeek to stop processing Italians' data",
    expected: ['deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "Security researchers at Wiz found an unprotected DeepSeek database exposing more than a million lines of logs, including users' chat histories and secret API keys.",
    expected: ['deepseek-user-data-leak'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"There\'s substantial evidence that what DeepSeek did here is they distilled knowledge out of OpenAI models," David Sacks, the White House AI and crypto czar, told Fox News.',
    expected: ['deepseek-distilled-openai'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Whatever one makes of its numbers, DeepSeek has upended the AI business, forcing every big lab to rethink its pricing, its secrecy and its assumptions about who can compete.',
    expected: ['deepseek-disrupted-ai-industry'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      'Venture capitalist Marc Andreessen called DeepSeek\'s open release of R1 "a profound gift to the world" in a post on X.',
    expected: ['deepseek-gift-to-ai-community'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"DeepSeek has shown that the door to frontier AI is not locked to everyone outside a handful of American giants, and smaller labs and universities can now walk through it," said a venture investor in Paris.',
    expected: ['deepseek-lower-barriers-to-entry'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Banks and ministries in Europe may think twice before building on a DeepSeek model that goes silent on Taiwan and Tibet, however cheap it is.',
    expected: ['deepseek-censorship-limits-adoption', 'deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek's assistant knocks ChatGPT off the top of Apple's free-app chart in the US",
    expected: ['deepseek-app-store-number-one'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "DeepSeek's R1 has become the first big-name language model to clear independent peer review, with the journal Nature publishing the paper alongside the referees' reports.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek said the UE8M0 FP8 number format in V3.1 was designed for next-generation domestic chips due out soon, a remark that sent shares of Chinese chipmakers such as Cambricon soaring.',
    expected: ['deepseek-v3-1-domestic-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The experimental V3.2 model relies on what DeepSeek calls sparse attention, letting it look only at the most relevant parts of a long document, and the company cut its API prices by more than half on the back of it.',
    expected: ['deepseek-v3-2-sparse-attention'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      "DeepSeek's V4 preview is displayed on a laptop screen in Beijing, April 24, 2026; the model comes in Pro and Flash versions.",
    expected: ['deepseek-v4-release'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "Was DeepSeek's V4 trained without a single Nvidia chip?",
    expected: ['deepseek-v4-huawei-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "A federal assessment by the National Institute of Standards and Technology found that DeepSeek's models trail American systems on most tests and are far easier to hijack with malicious instructions.",
    expected: ['deepseek-caisi-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Government testers at NIST's CAISI estimated that DeepSeek V4 Pro sits roughly eight months behind the best American systems, performing about on par with GPT-5.",
    expected: ['deepseek-caisi-v4-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'House China committee report casts DeepSeek as a grave danger to national security',
    expected: ['deepseek-house-committee-report'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Citing internal documents, Representative John Moolenaar wrote to Commerce Secretary Howard Lutnick that Nvidia engineers had helped DeepSeek squeeze more performance out of its H800s.',
    expected: ['deepseek-nvidia-helped-deepseek'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'The Trump administration has held back from adding DeepSeek to a Commerce Department trade blacklist, wary of stoking tensions with Beijing, according to people familiar with the matter.',
    expected: ['deepseek-entity-list-hold'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      'Berlin data protection commissioner Meike Kamp, who has reported the DeepSeek app to Apple and Google as illegal content and wants it pulled from their German stores, in a file photo.',
    expected: ['deepseek-germany-app-removal'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "South Korea has halted new downloads of DeepSeek's app until the company brings its handling of personal data in line with the country's privacy law.",
    expected: ['deepseek-south-korea-suspension'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"We understand that DeepSeek has willingly provided and will likely continue to provide support to China\'s military and intelligence operations," a senior State Department official said.',
    expected: ['deepseek-military-links'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "The Financial Times reported that DeepSeek's R2 reasoning model stalled after repeated failed training runs on Huawei's Ascend processors, sending engineers back to Nvidia hardware.",
    expected: ['deepseek-r2-delayed-huawei'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      'Representatives Josh Gottheimer and Darin LaHood unveil legislation to keep DeepSeek off federal phones and computers, at the Capitol in Washington, February 7, 2025.',
    expected: ['deepseek-us-government-device-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek did not respond to emailed requests for comment on Sunday.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      'Visitors photograph a DeepSeek logo on a display at the World Artificial Intelligence Conference in Shanghai.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"Mostly I ask DeepSeek to write birthday messages for my relatives," said Zhang Wei, a taxi driver in Chengdu.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's website and app went down for about an hour on Thursday, with users greeted by a 'server busy' message until service resumed.",
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek's Liang Wenfeng joins tech bosses at Xi's private-sector symposium",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia sheds nearly $600bn in a single session as DeepSeek rattles investors',
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'The selling spread well beyond Nvidia: the Nasdaq slid about 3%, a gauge of semiconductor shares lost more than 9%, and Alphabet and Microsoft both ended lower.',
    expected: ['nvidia-us-tech-stocks-fell', 'nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"If you can train a competitive model on a couple of thousand chips, why would anyone need to buy a hundred thousand of Nvidia\'s?" asked a portfolio manager at a London hedge fund.',
    expected: ['nvidia-lower-chip-demand'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "The H800 that DeepSeek relied on is essentially an H100 with its chip-to-chip interconnect throttled, a variant Nvidia produced to keep selling in China after Washington's 2022 rules.",
    expected: ['nvidia-h800-cut-down-chip'],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"DeepSeek is an excellent AI advancement," Nvidia said in a statement, adding that the lab\'s computing power complied fully with US export rules.',
    expected: ['nvidia-export-compliant-statement'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'Nvidia expects to take a $5.5 billion hit after Washington told it that shipments of its H20 processor to China would now require a licence.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Some analysts, including the research firm SemiAnalysis, believe DeepSeek quietly amassed around 10,000 Nvidia H100s, processors that could not legally be shipped to China after 2022.',
    expected: ['nvidia-deepseek-banned-chips'],
  },
  {
    topic: 'nvidia',
    kind: 'caption',
    sentence:
      'A screen at the Nasdaq MarketSite in Times Square marks Nvidia becoming the first listed company valued at $5 trillion, October 29, 2025.',
    expected: ['nvidia-first-5-trillion-company'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'Nvidia reported another record quarter on Wednesday, with revenue of $68.1 billion, as spending on AI data centres showed no sign of fading a year after the DeepSeek scare.',
    expected: ['nvidia-record-revenue-after-deepseek', 'nvidia-lower-chip-demand'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia to hand Washington a 15% slice of its China H20 revenue in unusual licence deal',
    expected: ['nvidia-h20-15-percent-deal'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      "China's cyberspace watchdog called in Nvidia representatives over concerns that the H20 processors sold in the country could be tracked or shut down remotely.",
    expected: ['nvidia-h20-backdoor-claim'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'President Donald Trump said Nvidia would be allowed to ship its H200 processors, a step below its flagship Blackwell line, to approved customers in China.',
    expected: ['nvidia-h200-china-sales-allowed'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia shares rose 0.8% in early trading on Tuesday, roughly in line with the broader market.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'caption',
    sentence:
      'Nvidia chief executive Jensen Huang, in his trademark leather jacket, greets fans at the Computex trade show in Taipei.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia unveils RTX 50-series graphics cards for gamers at CES',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"We are delighted to have her join us," Nvidia said in a statement announcing a new head of its automotive business.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Washington first cut China off from the most capable AI processors in the autumn of 2022, when the Commerce Department rolled out sweeping chip export rules.',
    expected: ['export-controls-since-2022'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Each time Nvidia engineered a slower chip to slip under the export curbs, such as the A800 and H800, Commerce officials redrew the threshold, as they did in October 2023.',
    expected: ['export-controls-china-only-chips'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      'In its final days, the Biden administration unveiled the AI diffusion rule, sorting the world into three tiers that determine how many advanced chips each country may import.',
    expected: ['export-controls-ai-diffusion-rule'],
  },
  {
    topic: 'export-controls',
    kind: 'quote',
    sentence:
      '"The export controls forced DeepSeek\'s engineers to wring every last drop out of the H800, and that is exactly where their cleverest tricks came from," said a semiconductor analyst at a Hong Kong brokerage.',
    expected: ['export-controls-deepseek-innovated-around'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Under a Bureau of Industry and Security rule that took effect on January 15, licence requests for H200-class processors bound for China no longer face a presumption of denial but are weighed one at a time.',
    expected: ['export-controls-h200-case-by-case-review'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Rather than a fee written into the export controls, the quarter of H200 revenue that Trump promised Washington is being collected as a Section 232 tariff on imported advanced chips.',
    expected: ['export-controls-25-percent-cut'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      "Chinese customs officers have been told that Nvidia's H200 chips may not enter the country, days after Washington loosened its export controls to allow the sales.",
    expected: ['export-controls-china-blocks-h200'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Although the Commerce Department said in May that it would stop enforcing the AI diffusion rule and write a replacement, the rescission has never been formally completed.',
    expected: ['export-controls-ai-diffusion-rule-status'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      "Federal prosecutors in California have charged two Chinese nationals with routing tens of millions of dollars' worth of Nvidia GPUs to China through Singapore and Malaysia in breach of export controls.",
    expected: ['export-controls-chip-smuggling-cases'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Senator Tom Cotton's Chip Security Act would oblige the Commerce Department to require tracking features on processors covered by export controls, so officials can tell where they end up.",
    expected: ['export-controls-location-verification-bill'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'Malaysia imposes permit rule on US AI chips, closing an export-control loophole',
    expected: ['export-controls-malaysia-permit'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Guidance from the Bureau of Industry and Security in May warned that companies worldwide risk breaching US export controls if they use Huawei's Ascend 910B, 910C or 910D processors.",
    expected: ['export-controls-huawei-ascend-anywhere'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "China's export controls on rare earth magnets have left European carmakers scrambling for supplies.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'quote',
    sentence:
      '"Our compliance team checks every order against the Entity List, as any exporter should," said the chief executive of a Texas electronics distributor.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'caption',
    sentence:
      'The Commerce Department headquarters in Washington, home of the Bureau of Industry and Security, on a winter morning.',
    expected: [],
  },
  // Added on 2 December 2026: 56 sentences about none of a topic's claims that share words with them, and 18 that imply a claim without its usual words
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek advertises for interns in Hangzhou, promising mentoring from its core research team',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek\'s chat service was unavailable for about two hours on Tuesday morning, with users greeted by a "server busy" message, before access was restored.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek said it would temporarily limit new registrations to mainland Chinese phone numbers, citing large-scale malicious attacks on its services.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      'Visitors take photographs outside the office building in Hangzhou where DeepSeek rents several floors, February 5.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Liang Wenfeng, DeepSeek's founder, was seated among the entrepreneurs when Xi Jinping met private-sector business leaders in Beijing on Monday.",
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'BYD and Geely are among a growing line of Chinese carmakers saying they will plug DeepSeek into the voice assistants of their new models.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Tencent said WeChat users can now pick DeepSeek as one of the engines behind the app's AI search box, a feature it is rolling out in stages.",
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Trademark squatters rush to register "DeepSeek" knock-off names with China\'s patent office',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"We watch what DeepSeek does closely, just as we watch everyone else," a spokeswoman for the Paris start-up said, declining to elaborate.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Luo Fuli, a researcher who worked on DeepSeek's language models, has joined Xiaomi to lead the smartphone maker's work on large models.",
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      'A DeepSeek logo is displayed on a smartphone resting on a laptop keyboard in this illustration picture taken January 28.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Security researchers warned of look-alike websites impersonating deepseek.com that trick visitors into downloading password-stealing malware.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'Hangzhou\'s "six little dragons" — DeepSeek, the robot maker Unitree and the studio behind Black Myth: Wukong among them — were feted at a city government gathering on Monday.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "In one of his rare interviews, DeepSeek's founder talked mostly about why he prefers to hire young graduates over veterans of big tech firms.",
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Alibaba's Qwen team, one of DeepSeek's closest domestic rivals, released a new family of models on Tuesday aimed at coding assistants.",
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek sent no speakers to the World Artificial Intelligence Conference in Shanghai, though its name came up on almost every panel.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek did not respond to a request for comment sent to its press address on Wednesday.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Fudan University has added an elective this term on building applications with DeepSeek and other large language models, and it filled within hours.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'A basket of so-called DeepSeek concept stocks slipped 2% in Shenzhen on Wednesday as investors locked in gains from the holiday rally.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      'Villagers in Mililing, near Zhanjiang in Guangdong province, hang a red banner welcoming DeepSeek founder Liang Wenfeng home for the Lunar New Year.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia shares rose 1.2% in early trading on Thursday, roughly in line with the broader Nasdaq.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia will report its fiscal second-quarter results on August 27, after the market closes.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia unveils GeForce RTX 50 series graphics cards for gamers at CES in Las Vegas',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'caption',
    sentence:
      'Nvidia chief executive Jensen Huang, in his trademark black leather jacket, holds up a server board during his keynote at the Computex trade show in Taipei.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia replaced Intel in the Dow Jones Industrial Average, a change S&P Dow Jones Indices said would give the index better exposure to the semiconductor industry.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia has picked the Beitou-Shilin science park in northern Taipei for its new Taiwan headquarters, a building Huang has nicknamed "Constellation".',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Nvidia's 10-for-1 stock split took effect after the close on Friday, and the shares began trading on a split-adjusted basis on Monday.",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'Nvidia will invest $5 billion in Intel and the two former rivals will jointly develop chips for data centres and personal computers, the companies said on Thursday.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Toyota said it would build its next generation of driver-assistance systems on Nvidia's Drive computers and software.",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia is hiring a senior thermal engineer at its Santa Clara campus; the listing asks for a decade of experience with liquid-cooled systems.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "The US Supreme Court dismissed Nvidia's appeal, letting a shareholder lawsuit over how it disclosed sales to cryptocurrency miners go ahead.",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "China's market regulator said it had opened an investigation into whether Nvidia broke anti-monopoly law in connection with its purchase of Mellanox.",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Subscribers to Nvidia's GeForce Now cloud-gaming service reported login failures for several hours on Saturday evening.",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"We are very excited about the opportunities ahead and look forward to sharing more soon," an Nvidia spokesperson said.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia has completed its acquisition of Run:ai, an Israeli start-up whose software schedules workloads across clusters of GPUs.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Systems built on Blackwell Ultra will be available from server makers in the second half of the year, Nvidia said at its GTC conference in San Jose.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"I wish upon you ample doses of pain and suffering," Nvidia\'s Jensen Huang told a room of Stanford students, explaining that resilience matters more than intelligence.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Nvidia's annual shareholder meeting, held online, lasted barely twenty minutes and all of the board's nominees were re-elected.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      'China has put seven rare-earth elements, including samarium and gadolinium, under export controls, requiring licences for every overseas shipment.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Beijing said some drone engines, lasers and anti-drone systems will be subject to export controls from September 1.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Gallium prices in Rotterdam nearly doubled in the weeks after Beijing's export restrictions on the metal took effect.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'In the 1990s, US export controls treated strong encryption as a munition, which is why Netscape shipped a weaker version of its browser overseas.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Seagate agreed to pay a $300 million penalty to the Bureau of Industry and Security over hard drives it shipped to Huawei.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The law firm has hired a former Bureau of Industry and Security official to co-lead its trade and sanctions practice in Washington.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Wanted: export controls compliance analyst to classify products under the EAR and screen customers against restricted-party lists; hybrid, based in Austin.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "More than a thousand compliance officers are expected in Washington next month for the Bureau of Industry and Security's annual update conference, organisers said.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      "Washington added dozens of companies in Turkey and the United Arab Emirates to the Entity List for supplying aircraft parts to Russia's military.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'quote',
    sentence:
      '"We comply with all applicable export controls in every country where we operate," a spokesman for the Dutch freight company said.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Ukraine has asked its allies to tighten export controls on machine tools, which it says still reach Russian arms factories through intermediaries.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The European Union has added certain quantum computers and cryogenic equipment to its dual-use export control list.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "The Bureau of Industry and Security's online licensing portal was down for most of Monday, delaying applications from exporters of all kinds.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The Bureau of Industry and Security said on Friday that it had fined a Florida company for shipping rifle scopes to Latin America without the required licences.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Cadence Design Systems pleaded guilty to selling chip-design software to a Chinese military university in breach of export controls and agreed to pay more than $140 million.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'caption',
    sentence:
      "Containers stacked at the port of Qingdao, where customs officers have stepped up inspections under China's new export controls on critical minerals.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Indian drugmakers welcomed the government's decision to lift export restrictions on paracetamol and its ingredients.",
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "Italians looking for DeepSeek on their phones on Thursday came up empty after Rome's privacy watchdog, the Garante, told the company to stop handling their personal data with immediate effect.",
    expected: ['deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Fewer than one in five of DeepSeek's answers to news prompts held up, auditors at NewsGuard found, leaving it near the bottom of the 11 chatbots they tested.",
    expected: ['deepseek-newsguard-83-percent'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Anyone who stumbled on the server could have read DeepSeek users' conversations in plain text, Wiz researchers said, until the company locked it down within an hour of their warning.",
    expected: ['deepseek-user-data-leak'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"Nobody showed it how to think — it worked that out from trial, error and a reward signal," the professor said of DeepSeek\'s R1.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence:
      "DeepSeek's R1 becomes the first blockbuster AI model to run the gauntlet of outside referees, as Nature publishes it with the reviewers' reports",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Berlin's data-protection commissioner, Meike Kamp, has flagged DeepSeek to Apple and Google as unlawful content and wants the two stores to take it down.",
    expected: ['deepseek-germany-app-removal'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      "A phone screen shows DeepSeek's announcement of its fourth-generation model, previewed on April 24 in Pro and Flash versions with open weights.",
    expected: ['deepseek-v4-release'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Agents built on DeepSeek were twelve times as easy to hijack as American ones, according to the head-to-head tests run by NIST's Center for AI Standards and Innovation.",
    expected: ['deepseek-caisi-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'OpenAI suspects DeepSeek of learning from ChatGPT\'s answers rather than building everything itself, telling the Financial Times it had seen "some evidence".',
    expected: ['deepseek-distilled-openai'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Meta alone plans to pour up to $65bn into infrastructure this year, more than ten thousand times what DeepSeek says the last training run of its flagship cost.',
    expected: ['deepseek-fraction-of-us-lab-spending'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's name turns up more than 150 times in procurement records of the People's Liberation Army and its affiliates, a senior State Department official said.",
    expected: ['deepseek-military-links'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence:
      "Nearly $600bn of Nvidia's value vanishes in a single session, the biggest one-day wipeout Wall Street has seen",
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia will book $4.5 billion against H20 inventory it can no longer ship to Chinese buyers without a licence from Washington.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "China's internet regulator summoned Nvidia representatives to explain whether the H20 sold in the country could be tracked or switched off from afar.",
    expected: ['nvidia-h20-backdoor-claim'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'No listed company had ever been worth five thousand billion dollars until Nvidia crossed that line on Wednesday.',
    expected: ['nvidia-first-5-trillion-company'],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"If you can get the same intelligence out of a tenth of the hardware, why would anyone keep buying GPUs by the hundred thousand?" a portfolio manager asked, summing up the bear case on Nvidia.',
    expected: ['nvidia-lower-chip-demand'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'In an unusual bargain, Nvidia will hand Washington fifteen cents of every dollar it earns selling H20s in China, according to a US official.',
    expected: ['nvidia-h20-15-percent-deal'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Shipping American AI processors out of or through Malaysia now takes a Strategic Trade Permit, Kuala Lumpur's trade ministry said, tightening its export controls with immediate effect.",
    expected: ['export-controls-malaysia-permit'],
  },
];
