import type { RelatedSentence } from './types';

/**
 * Held-out part B of the meaning set: sentences labelled against the topic files alone, written
 * before any tuning by someone who saw neither the engine nor the tuning set, and never used to
 * adjust anything. 50 sentences: 40 deepseek, 5 nvidia, 5 export-controls; relations: 22 repeats,
 * 8 reports, 11 corrects, 3 discusses, 6 mentions; 11 in Simplified Chinese.
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
];
