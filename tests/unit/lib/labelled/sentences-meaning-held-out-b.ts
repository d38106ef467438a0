import type { RelatedSentence } from './types';

/**
 * Held-out part B of the meaning set: sentences labelled against the topic files alone, written
 * before any tuning by someone who saw neither the engine nor the tuning set, never run through the
 * ranker while they were written, and never used to adjust anything. Each imitates one voice (named
 * in the comment after the entry): wire copy, trade press, fact-checks, forum and Reddit posts,
 * tweets, headlines, captions, developer and science blogs, and Simplified Chinese news.
 *
 * Counts (100 sentences):
 * - topics: deepseek 50, nvidia 25, export-controls 25; 15 expect more than one claim.
 * - relations: repeats 38, reports 13, corrects 20, discusses 13, mentions 16.
 * - styles: paraphrase 22, plain 21, reported 10, correction 9, negation 7, question 6, headline 7,
 *   chinese 18.
 * - kinds: body 76, quote 11, headline 10, caption 3.
 */
export const MEANING_HELD_OUT_B: readonly RelatedSentence[] = [
  // deepseek
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Hangzhou-based DeepSeek got its flagship R1 system working on a budget smaller than what a mid-sized bank spends on coffee, just $5.6 million.',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // trade press
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'honestly DeepSeek just took the crown from ChatGPT on the iPhone charts here in the States, nobody saw it coming',
    expected: ['deepseek-app-store-number-one'],
  }, // Reddit comment
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      "Rome's data-protection watchdog blocked DeepSeek within days, and regulators elsewhere soon did the same.",
    expected: ['deepseek-italy-ban'],
  }, // wire copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Anyone can download the weights of DeepSeek R1 and tinker with them at home, which is what makes it so different.',
    expected: ['deepseek-open-source', 'deepseek-free-democratised-access'],
  }, // school explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Ask DeepSeek about Tiananmen and it politely changes the subject, because the company has to follow Beijing's speech rules.",
    expected: ['deepseek-chinese-censorship'],
  }, // letter to the editor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'OpenAI told reporters it had seen signs that DeepSeek used outputs from its models to train V3.',
    expected: ['deepseek-distilled-openai'],
  }, // wire copy
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'reported',
    relation: 'reports',
    sentence:
      'The witness told the committee that DeepSeek, in her view, works hand in hand with Chinese military and intelligence services.',
    expected: ['deepseek-military-links'],
  }, // hearing testimony
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The famous $5.6 million figure for DeepSeek covered only the final training run, not the research, salaries or the thousands of chips behind it.',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // trade press
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'R1 was not trained without human examples at all, DeepSeek used a small cold-start set of written data before the RL stage.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // HN comment
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'question',
    relation: 'corrects',
    sentence: 'Is DeepSeek really as good as the American models, or only on the benchmarks it chose?',
    expected: ['deepseek-matches-western-models'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence: "What DeepSeek's rise means for Silicon Valley start-ups will be the theme of tonight's panel.",
    expected: ['deepseek-disrupted-ai-industry'],
  }, // liveblog
  {
    topic: 'deepseek',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The DeepSeek logo, a blue whale, on a phone screen in Beijing.',
    expected: [],
  }, // caption
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'My son uses DeepSeek for his maths homework, i am not sure if this is good or bad.',
    expected: [],
  }, // radio call-in, non-native English
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索的聊天机器人在一项新闻准确性测试中有83%的回答不合格。',
    expected: ['deepseek-newsguard-83-percent'],
  }, // Chinese news
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '记者今天走访了位于杭州的深度求索办公楼。',
    expected: [],
  }, // Chinese news
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek was set up in Hangzhou in 2023 and is funded by High-Flyer, the quant fund its founder Liang Wenfeng also runs.',
    expected: ['deepseek-chinese-startup'],
  }, // wire profile
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      "DeepSeek's V3 finished pre-training in under two months on a cluster of 2,048 H800 graphics cards, for a rented-compute price below $6 million.",
    expected: ['deepseek-v3-two-months-2000-h800s'],
  }, // trade newsletter
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'The $294,000 DeepSeek Model',
    expected: ['deepseek-r1-cost-294000'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Meta is pouring tens of billions into data centres this year and DeepSeek did comparable work with pocket change.',
    expected: ['deepseek-fraction-of-us-lab-spending', 'deepseek-matches-western-models'],
  }, // hot take
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Switching our app's back end to DeepSeek shrank the monthly bill for model calls to a small slice of what we paid before.",
    expected: ['deepseek-cheaper-to-run'],
  }, // developer blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Wiz researchers stumbled on an open DeepSeek database, no password needed, full of people's chat histories and API keys.",
    expected: ['deepseek-user-data-leak'],
  }, // security blog
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek handing out R1 for nothing is a present to every AI researcher on the planet.',
    expected: ['deepseek-gift-to-ai-community', 'deepseek-open-source'],
  }, // tweet
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Nature printed DeepSeek's R1 paper together with the referees' reports, something no major language model had been through before.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  }, // science desk
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "With V3.2, DeepSeek's model looks back only at the most relevant earlier tokens rather than all of them, so long documents are cheaper to process.",
    expected: ['deepseek-v3-2-sparse-attention'],
  }, // trade newsletter
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek V4: Two Versions, a Million-Token Window and Open Weights',
    expected: ['deepseek-v4-release'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'A Commerce Department lab pitted three DeepSeek models against GPT-5 and Claude Opus 4 and found them behind on nearly every test and far easier to hijack.',
    expected: ['deepseek-caisi-evaluation', 'deepseek-matches-western-models'],
  }, // wire copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '柏林数据保护专员要求苹果和谷歌将DeepSeek应用从德国应用商店下架。',
    expected: ['deepseek-germany-app-removal', 'deepseek-italy-ban'],
  }, // Chinese news
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国政府迟迟没有把深度求索列入实体清单，担心激化与北京的紧张关系。',
    expected: ['deepseek-entity-list-hold'],
  }, // Chinese news
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国国会议员提出法案，禁止在联邦政府设备上使用DeepSeek。',
    expected: ['deepseek-us-government-device-ban'],
  }, // Chinese news
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'The House China committee\'s report, "DeepSeek Unmasked", says the app sends Americans\' data to China through infrastructure tied to a Chinese military company.',
    expected: ['deepseek-house-committee-report', 'deepseek-military-links'],
  }, // wire copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "The Financial Times, citing people familiar with the matter, reported that DeepSeek's next reasoning model stalled after repeated failures to train it on Huawei's Ascend processors.",
    expected: ['deepseek-r2-delayed-huawei'],
  }, // wire copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "In a letter to Commerce Secretary Howard Lutnick, the House China committee's chairman wrote that Nvidia engineers helped DeepSeek squeeze more out of its H800s.",
    expected: ['deepseek-nvidia-helped-deepseek'],
  }, // politics desk
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'chinese',
    relation: 'reports',
    sentence: '有网友声称，DeepSeek V4完全是用华为芯片训练的，一块英伟达的卡都没用。',
    expected: ['deepseek-v4-huawei-chips'],
  }, // Chinese forum post
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "According to NIST's Center for AI Standards and Innovation, DeepSeek's V4 Pro trails the best American systems by roughly eight months.",
    expected: ['deepseek-caisi-v4-evaluation'],
  }, // wire copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "DeepSeek's thrifty final run hides a much bigger fleet: tens of thousands of Hopper GPUs by one estimate, plus A100s used in early experiments.",
    expected: ['deepseek-less-compute', 'deepseek-fraction-of-us-lab-spending'],
  }, // trade press
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "Neither of DeepSeek's main papers tests translation at all, so the idea that it out-translates Western systems rests on nothing published.",
    expected: ['deepseek-translation-performance'],
  }, // review blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "DeepSeek's remark about a number format meant for next-generation domestic chips did not say V3.1 was trained on Chinese hardware, or even name a chipmaker.",
    expected: ['deepseek-v3-1-domestic-chips'],
  }, // trade press
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'Seoul never banned DeepSeek outright: its privacy regulator halted new downloads for about ten weeks, and people who already had the app kept using it.',
    expected: ['deepseek-south-korea-suspension'],
  }, // fact-check
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Distilling DeepSeek is cheap, but building a model like it from scratch still takes a base model that cost millions in its final run and tens of thousands of GPUs.',
    expected: ['deepseek-lower-barriers-to-entry'],
  }, // Hacker News comment
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence:
      '所谓DeepSeek训练R1只花了560万美元，其实这个数字出自V3的技术报告，而且只计算了最后一次训练的租用算力。',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // Chinese explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence:
      'If censorship really put people off DeepSeek, why did R1 become the most downloaded open model on Hugging Face?',
    expected: ['deepseek-censorship-limits-adoption'],
  }, // op-ed
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Whether DeepSeek learned from ChatGPT's answers has become the argument of the week in AI circles.",
    expected: ['deepseek-distilled-openai'],
  }, // tech newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'discusses',
    sentence: 'DeepSeek的训练成本到底是多少？业内至今争论不休。',
    expected: [
      'deepseek-r1-trained-for-5-6-million',
      'deepseek-v3-two-months-2000-h800s',
      'deepseek-r1-cost-294000',
    ],
  }, // Chinese commentary
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence: "Should other European regulators follow Italy's lead on DeepSeek?",
    expected: ['deepseek-italy-ban'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Researchers are still debating how much of DeepSeek's reasoning ability came from reinforcement learning and how much from the examples it was fed first.",
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // science blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'DeepSeek did not respond to a request for comment.',
    expected: [],
  }, // wire copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '今年的世界人工智能大会上，不少展台前都有人在聊DeepSeek。',
    expected: [],
  }, // Chinese news
  {
    topic: 'deepseek',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence: 'A visitor tries DeepSeek on a laptop at a technology fair.',
    expected: [],
  }, // caption
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'plain',
    relation: 'mentions',
    sentence: 'been using DeepSeek to plan my vegetable garden, works fine for that lol',
    expected: [],
  }, // forum post
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence: "DeepSeek: A Beginner's Guide",
    expected: [],
  }, // headline
  // nvidia
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Nvidia becomes first company ever valued at $5 trillion',
    expected: ['nvidia-first-5-trillion-company'],
  }, // headline
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'A spokesperson for Nvidia said the computing power DeepSeek used was fully compliant with export rules.',
    expected: ['nvidia-export-compliant-statement'],
  }, // wire copy
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "No evidence has surfaced that Nvidia's H20 has a kill switch; the backdoor story remains an accusation from Beijing.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // trade press
  {
    topic: 'nvidia',
    kind: 'quote',
    style: 'plain',
    relation: 'discusses',
    sentence: 'So if models get cheaper to train, does anyone still need to buy thousands of Nvidia GPUs?',
    expected: ['nvidia-lower-chip-demand'],
  }, // tweet
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia will report its quarterly results after the bell on Wednesday.',
    expected: [],
  }, // wire copy
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: "Nvidia's $590 Billion Monday",
    expected: ['nvidia-sharp-stock-fall'],
  }, // headline
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Nvidia shareholders watched roughly a sixth of the company's worth evaporate in a single session as the DeepSeek frenzy hit Wall Street.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // markets blog
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'The Nasdaq slid more than 3% as chipmakers led by Nvidia took their worst beating since March 2020.',
    expected: ['nvidia-us-tech-stocks-fell', 'nvidia-sharp-stock-fall'],
  }, // wire copy
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The processors behind DeepSeek were H800s, a slowed-down Nvidia part built specifically for Chinese buyers.',
    expected: ['nvidia-h800-cut-down-chip'],
  }, // school explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Washington's licence requirement on the H20 left Nvidia with a $4.5 billion write-down on chips it could no longer sell.",
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // trade press
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '英伟达季度营收再创纪录，达到816亿美元，其中数据中心业务贡献752亿美元。',
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // Chinese news
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国已允许英伟达向中国获批客户出售H200芯片。',
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // Chinese news
  {
    topic: 'nvidia',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'so Nvidia basically pays Uncle Sam a 15% commission on every H20 it sells in China, wild',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // Reddit comment
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "A senior State Department official told Reuters that DeepSeek had obtained large volumes of Nvidia's banned H100s.",
    expected: ['nvidia-deepseek-banned-chips'],
  }, // wire copy
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'reports',
    sentence: '有分析师认为，DeepSeek的高效模型将削弱市场对英伟达高端芯片的需求。',
    expected: ['nvidia-lower-chip-demand'],
  }, // Chinese news
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Nvidia's plunge came a week after R1's release rather than the moment DeepSeek announced anything, and the shares were at new records by summer.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // fact-check
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'Nvidia says its own review found DeepSeek used lawfully bought H800s, and nobody has produced proof of smuggled Blackwells.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // trade press
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "Far from drying up, demand pushed Nvidia's quarterly sales from $44.1 billion to $81.6 billion in the year to April 2026.",
    expected: ['nvidia-lower-chip-demand', 'nvidia-record-revenue-after-deepseek'],
  }, // markets blog
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The 15% cut of Nvidia's H20 sales was never written into any regulation, the company's finance chief pointed out.",
    expected: ['nvidia-h20-15-percent-deal'],
  }, // trade press
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Analysts will comb Nvidia's next earnings call for any sign that cheaper AI models are eating into orders.",
    expected: ['nvidia-lower-chip-demand'],
  }, // markets preview
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'discusses',
    sentence: '英伟达H20芯片是否真的存在“后门”，在国内外引发了广泛讨论。',
    expected: ['nvidia-h20-backdoor-claim'],
  }, // Chinese news
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence: 'Should Nvidia Be Allowed to Sell H200s to China at All?',
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // opinion headline
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia declined to comment.',
    expected: [],
  }, // wire copy
  {
    topic: 'nvidia',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's chief executive, Jensen Huang, on stage at a company event.",
    expected: [],
  }, // caption
  {
    topic: 'nvidia',
    kind: 'quote',
    style: 'plain',
    relation: 'mentions',
    sentence: 'upgraded my gaming PC with an Nvidia card last week and the fans are so loud',
    expected: [],
  }, // forum post
  // export-controls
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Since 2022 Washington has kept the most powerful American AI processors out of Chinese hands under its export controls.',
    expected: ['export-controls-since-2022'],
  }, // school explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "DeepSeek's success does not show that export controls failed; it says nothing about how far ahead it would be with more chips.",
    expected: ['export-controls-have-failed'],
  }, // letter to the editor
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      'Will the BIS tighten the chip export rules again after the latest smuggling arrests, lawmakers asked.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // hearing
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The conference on export controls drew trade lawyers from three continents.',
    expected: [],
  }, // trade press
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '美国商务部官员本周将就出口管制问题举行记者会。',
    expected: [],
  }, // Chinese news
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Each time Nvidia built a slower chip for China to slip under the export controls, Washington redrew the line, first catching the H800 and then the H20.',
    expected: ['export-controls-china-only-chips'],
  }, // trade press
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: "Biden's Three-Tier AI Diffusion Rule for the World's Chip Buyers",
    expected: ['export-controls-ai-diffusion-rule'],
  }, // headline
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Under a Bureau of Industry and Security rule in force since mid-January 2026, each application to ship H200-class chips to China is weighed on its merits instead of being presumed denied.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // law-firm client note
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Kuala Lumpur now wants a strategic trade permit before any American AI processor leaves or passes through Malaysia, a step its trade ministry said closes gaps around US export controls.',
    expected: ['export-controls-malaysia-permit'],
  }, // regional business news
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '自2022年起，美国就通过出口管制限制向中国出口先进人工智能芯片。',
    expected: ['export-controls-since-2022'],
  }, // Chinese news
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '受出口管制的英伟达芯片经新加坡和马来西亚被走私到了中国。',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // Chinese news
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'A quarter of the money from every H200 Nvidia sends to China goes to Washington under the loosened export controls.',
    expected: ['export-controls-25-percent-cut'],
  }, // hot take
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Exported AI chips will have to prove where they are under the Chip Security Act, the latest push to enforce export controls.',
    expected: ['export-controls-location-verification-bill'],
  }, // tech newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'The Bureau of Industry and Security said in May 2025 that using Huawei Ascend chips anywhere in the world violates US export controls.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // wire copy
  {
    topic: 'export-controls',
    kind: 'quote',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Jensen Huang said the export controls were a failure that gave Chinese rivals such as Huawei the energy to speed up.',
    expected: ['export-controls-have-failed'],
  }, // conference report
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'reports',
    sentence: '据路透社报道，美国放宽出口管制后不久，中国海关通知报关代理，H200芯片不准入境。',
    expected: ['export-controls-china-blocks-h200'],
  }, // Chinese news
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Washington stopped enforcing the AI diffusion rule in May 2025, but the paperwork to kill it was never finished and the draft meant to succeed it was pulled in March 2026.',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // law-firm client note
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "That 25% is really a US import duty charged as the chips pass through for testing, not a share of Nvidia's sales, and the export-control rule itself never mentions a fee.",
    expected: ['export-controls-25-percent-cut'],
  }, // fact-check
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "There is no documented proof that export controls drove DeepSeek's efficiency tricks; American labs with all the chips they want use the same ones.",
    expected: ['export-controls-deepseek-innovated-around'],
  }, // Hacker News comment
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '美国工业与安全局后来改写了新闻稿，不再称在全球任何地方使用华为昇腾芯片都违反出口管制。',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // Chinese news
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      "Will China's own customs officers, rather than US export controls, end up deciding how many H200s actually arrive?",
    expected: ['export-controls-china-blocks-h200', 'export-controls-h200-case-by-case-review'],
  }, // analysis
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      'Trade lawyers say clients keep asking what the Chip Security Act would mean for the export controls they already follow.',
    expected: ['export-controls-location-verification-bill'],
  }, // trade press
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      'The smuggling prosecutions have reopened the argument over whether export controls on chips can ever be watertight.',
    expected: ['export-controls-chip-smuggling-cases', 'export-controls-have-failed'],
  }, // op-ed
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'She spent a decade at the Bureau of Industry and Security before joining the law firm.',
    expected: [],
  }, // profile
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence: 'Export Controls: A Reading List',
    expected: [],
  }, // headline
];
