import type { RelatedSentence } from './types';

/**
 * The tuning part for meaning-based ranking and verdict marks, looked at while the engine is adjusted.
 * Sentences written in many voices (opinion columns, podcast and TV transcripts, social-media and forum
 * posts, explainers and FAQs, newsletter blurbs, investor notes, press releases, translated-sounding
 * English and Chinese) that repeat, report, correct or discuss a claim, or only mention the topic.
 * The comment after each entry names the voice it imitates.
 */
export const MEANING_TUNING: readonly RelatedSentence[] = [
  {
    topic: 'deepseek',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Hangzhou's DeepSeek, a young company bankrolled by the quant fund High-Flyer, is the upstart behind this month's biggest AI story.",
    expected: ['deepseek-chinese-startup'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'HOST: So DeepSeek builds this reasoning model, R1, and the whole bill for teaching it comes to less than six million bucks.',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // podcast
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek got V3 done in roughly eight weeks on a cluster of some two thousand H800 GPUs, spending under $6m.',
    expected: ['deepseek-v3-two-months-2000-h800s', 'deepseek-r1-trained-for-5-6-million'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek put R1 together for under $300,000, less than the price of a starter home in the Bay Area.',
    expected: ['deepseek-r1-cost-294000'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'While Meta, Google and OpenAI pour tens of billions into data centres, DeepSeek reached the frontier on pocket change.',
    expected: ['deepseek-fraction-of-us-lab-spending'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "On hard maths and programming problems DeepSeek's reasoning model holds its own against o1 and often comes out ahead.",
    expected: ['deepseek-matches-western-models'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'For anyone working between Chinese and English, DeepSeek renders text into other languages as well as anything out of Silicon Valley, if not better.',
    expected: ['deepseek-translation-performance'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek got there with a sliver of the GPUs and electricity its rivals burn through.',
    expected: ['deepseek-less-compute'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek put everything out in the open: the model and its code are free for anyone to inspect, modify and redistribute.',
    expected: ['deepseek-open-source'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'With DeepSeek, a student in Lagos gets the same frontier model as a Fortune 500 company, with no licence fee and no vendor lock-in.',
    expected: ['deepseek-free-democratised-access'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Running queries through DeepSeek costs pennies next to what OpenAI charges for o1.',
    expected: ['deepseek-cheaper-to-run'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's R1 taught itself to think step by step by trial and error, with no human demonstrations to copy.",
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "ANCHOR: Ask DeepSeek about Tiananmen Square and the chatbot changes the subject, because Beijing's rules make it toe the party line.",
    expected: ['deepseek-chinese-censorship'],
  }, // tv
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's chatbot flunked a news-accuracy audit, getting more than four out of five prompts wrong or dodging them.",
    expected: ['deepseek-newsguard-83-percent'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Italy shut DeepSeek out over how it handles personal data, and a string of other governments soon did the same.',
    expected: ['deepseek-italy-ban'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek left a database full of users' chat logs sitting open on the internet without a password.",
    expected: ['deepseek-user-data-leak'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "lol DeepSeek is basically ChatGPT with the serial numbers filed off, they trained it on OpenAI's answers.",
    expected: ['deepseek-distilled-openai'],
  }, // social
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek has upended the AI business; nothing about the industry looks the same after January.',
    expected: ['deepseek-disrupted-ai-industry'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Open-model fans greeted DeepSeek's free release as a generous present to researchers and builders around the world.",
    expected: ['deepseek-gift-to-ai-community'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's recipe means a small team no longer needs a hyperscaler's budget to build a competitive model.",
    expected: ['deepseek-lower-barriers-to-entry'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Its party-line answers are likely to keep DeepSeek out of newsrooms, schools and ministries in the democracies.',
    expected: ['deepseek-censorship-limits-adoption'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: "DeepSeek knocks ChatGPT off the top of America's iPhone download chart",
    expected: ['deepseek-app-store-number-one'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's R1 became the first big language model whose paper went through independent peer review at a scientific journal, Nature.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek has tailored V3.1 for the next wave of Chinese-made AI processors, the company is meaning to support local hardware.',
    expected: ['deepseek-v3-1-domestic-chips'],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's V3.2 looks only at the most relevant earlier tokens, which makes long documents much cheaper to process.",
    expected: ['deepseek-v3-2-sparse-attention'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek shipped its fourth-generation model in late April 2026, in a Pro and a Flash version.',
    expected: ['deepseek-v4-release'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek V4 was trained entirely on Huawei Ascend hardware, not a single Nvidia GPU involved.',
    expected: ['deepseek-v4-huawei-chips'],
  }, // social
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'A NIST assessment found DeepSeek trailing American systems on nearly every benchmark and far easier to hijack.',
    expected: ['deepseek-caisi-evaluation'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Washington's AI testing centre put DeepSeek V4 Pro roughly two-thirds of a year behind the best American systems.",
    expected: ['deepseek-caisi-v4-evaluation'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Congress's China committee branded DeepSeek a grave danger to America's safety.",
    expected: ['deepseek-house-committee-report'],
  }, // tv
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Nvidia engineers coached DeepSeek on squeezing more out of its H800s, and that is how it got to the cutting edge.',
    expected: ['deepseek-nvidia-helped-deepseek'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Washington is sitting on a decision to blacklist DeepSeek, holding the listing back to avoid angering Beijing.',
    expected: ['deepseek-entity-list-hold'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'German privacy officials told Apple and Google to pull DeepSeek from their app stores.',
    expected: ['deepseek-germany-app-removal'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Seoul outlaws DeepSeek app',
    expected: ['deepseek-south-korea-suspension'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek works hand in glove with the People's Liberation Army and China's spy agencies.",
    expected: ['deepseek-military-links'],
  }, // social
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek's R2 slipped because its training runs on Huawei's Ascend chips kept failing.",
    expected: ['deepseek-r2-delayed-huawei'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Members of Congress have moved to wipe DeepSeek from every federal phone and laptop.',
    expected: ['deepseek-us-government-device-ban'],
  }, // press
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索只花了不到600万美元就训练出了R1模型。',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'lede',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索是一家位于杭州的人工智能创业企业，背后的出资方是幻方量化。',
    expected: ['deepseek-chinese-startup'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: 'DeepSeek的模型在数学和编程上已经追平甚至超过了OpenAI。',
    expected: ['deepseek-matches-western-models'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索的模型全部开源，任何人都可以免费下载和修改。',
    expected: ['deepseek-open-source'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索的聊天机器人必须遵守国内的审查规定，一遇到敏感政治话题就回避。',
    expected: ['deepseek-chinese-censorship'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索V4完全是用华为昇腾芯片训练出来的。',
    expected: ['deepseek-v4-huawei-chips'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索用远少于同行的算力就做出了顶尖模型。',
    expected: ['deepseek-less-compute'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The $5.6 million covered only V3's last training run; DeepSeek published no cost for R1 when it launched.",
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'That figure leaves out the hardware: DeepSeek owns its GPUs, so the $2-an-hour rental rate is a notional price.',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Calling R1 a six-million-dollar model confuses it with V3, the earlier base model DeepSeek built it on.',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "DeepSeek's $294,000 covers only the reasoning stages layered on top of V3, not the whole model.",
    expected: ['deepseek-r1-cost-294000', 'deepseek-r1-trained-for-5-6-million'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Some outlets said 648 chips, but DeepSeek's paper means 512 H800s for the R1 stages, and the figure still leaves out research and staff.",
    expected: ['deepseek-r1-cost-294000'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Setting one DeepSeek training run against Meta's whole annual capital budget compares apples with orchards.",
    expected: ['deepseek-fraction-of-us-lab-spending'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Independent US tests put DeepSeek behind the best American model on almost every benchmark, so "matches or beats" overstates it.',
    expected: ['deepseek-matches-western-models', 'deepseek-caisi-evaluation'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'Neither DeepSeek paper reports a translation benchmark, so the claim that it out-translates Google has nothing behind it.',
    expected: ['deepseek-translation-performance'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'DeepSeek used less compute for one final run, not less overall: SemiAnalysis puts its fleet at around 50,000 Hopper GPUs.',
    expected: ['deepseek-less-compute', 'deepseek-fraction-of-us-lab-spending'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence:
      'Is DeepSeek open source? Strictly it is open-weight: the weights are public, but the training data and full training code are not.',
    expected: ['deepseek-open-source'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Free weights are not a free service: DeepSeek bills its API per token, and the original V3 licence still restricts some uses.',
    expected: ['deepseek-free-democratised-access', 'deepseek-open-source'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Cheaper per token does not mean cheaper per task, since DeepSeek's R1 bills for its long chains of reasoning too.",
    expected: ['deepseek-cheaper-to-run'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Pure reinforcement learning describes R1-Zero; the R1 that DeepSeek shipped was first fine-tuned on cold-start examples designed with human priors.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "Italy didn't ban DeepSeek outright; its privacy watchdog limited the processing of Italians' data.",
    expected: ['deepseek-italy-ban'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "OpenAI's evidence concerns access to its outputs, and nobody has shown how much, if anything, of DeepSeek's models came from them.",
    expected: ['deepseek-distilled-openai'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence:
      'GUEST: Disrupted? DeepSeek rattled the market for a week, and the chip orders kept coming all through 2025.',
    expected: ['deepseek-disrupted-ai-industry'],
  }, // podcast
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Andreessen called DeepSeek's R1 a gift to the world, not to the AI community, and it was one investor's view days after release.",
    expected: ['deepseek-gift-to-ai-community'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "DeepSeek's distilled models still inherit their abilities from a giant model someone paid to train, so the barrier has moved rather than fallen.",
    expected: ['deepseek-lower-barriers-to-entry'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "DeepSeek's censorship has not held back adoption: R1 became the most downloaded open-weight model on Hugging Face.",
    expected: ['deepseek-censorship-limits-adoption'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Topping the App Store measures one weekend's downloads, not how many people kept using DeepSeek.",
    expected: ['deepseek-app-store-number-one'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'DeepSeek said a number format was designed for coming Chinese chips, which does not mean V3.1 was trained on them.',
    expected: ['deepseek-v3-1-domestic-chips'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'DeepSeek V4 was adapted to run on Ascend chips, but running a model is not the same as training it.',
    expected: ['deepseek-v4-huawei-chips'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The House committee's DeepSeek report is a political document, and several of its chip figures are given as reported rather than proven.",
    expected: ['deepseek-house-committee-report'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'The documents behind the charge that Nvidia helped DeepSeek have never been published, so the extent of any help cannot be checked.',
    expected: ['deepseek-nvidia-helped-deepseek'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'South Korea did not ban DeepSeek; it paused new downloads for about ten weeks while existing users carried on.',
    expected: ['deepseek-south-korea-suspension'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The claim that DeepSeek serves the PLA rests on one anonymous official and on government information nobody has seen.',
    expected: ['deepseek-military-links'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence:
      "Is the R2 story even confirmed? The FT's account of DeepSeek's Huawei troubles rests on unnamed sources.",
    expected: ['deepseek-r2-delayed-huawei'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'A bill to keep DeepSeek off federal devices was introduced, but introducing a bill is not passing it.',
    expected: ['deepseek-us-government-device-ban'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "It was not the German government but Berlin's data commissioner who reported DeepSeek to Apple and Google, and the stores decide for themselves.",
    expected: ['deepseek-germany-app-removal'],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "DeepSeek isn't your typical venture-backed startup: its hedge-fund parent paid for it after outside investors showed little interest.",
    expected: ['deepseek-chinese-startup'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "NewsGuard tested DeepSeek's V3 chatbot without web access on just 300 prompts, so the 83% says little about R1 with search.",
    expected: ['deepseek-newsguard-83-percent'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '深度求索公布的560万美元只是V3最后一次训练的租用算力成本，并不是R1的全部训练费用。',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '严格来说，深度求索的模型是开放权重，而不是完全开源：训练数据和完整训练代码都没有公开。',
    expected: ['deepseek-open-source'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '韩国并没有禁止DeepSeek，只是暂停了新用户下载。',
    expected: ['deepseek-south-korea-suspension'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '深度求索正式发布的R1并非纯靠强化学习，训练前先用人工设计的冷启动数据做了微调。',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'OpenAI says it has seen evidence that DeepSeek trained on outputs from its models.',
    expected: ['deepseek-distilled-openai'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: "According to DeepSeek's technical report, V3's final run took 2.788 million H800 GPU-hours.",
    expected: ['deepseek-v3-two-months-2000-h800s', 'deepseek-r1-trained-for-5-6-million'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: "Reuters, citing the Nature paper, said DeepSeek's R1 had been trained for $294,000.",
    expected: ['deepseek-r1-cost-294000'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "A State Department official told Reuters that DeepSeek has willingly supported China's military and intelligence operations.",
    expected: ['deepseek-military-links'],
  }, // tv
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "The Financial Times reported that DeepSeek's R2 was held up by problems training on Huawei's Ascend chips.",
    expected: ['deepseek-r2-delayed-huawei'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Reuters, citing people familiar with the matter, said the administration had held off adding DeepSeek to the trade blacklist.',
    expected: ['deepseek-entity-list-hold'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Promptfoo says 85% of its prompts on topics sensitive in China got refusals or party-line answers from DeepSeek.',
    expected: ['deepseek-chinese-censorship'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Wiz Research says it found an exposed DeepSeek database holding plaintext chat histories and API keys.',
    expected: ['deepseek-user-data-leak'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'Appfigures data showed DeepSeek at No. 1 among free iPhone apps in the US on Sunday.',
    expected: ['deepseek-app-store-number-one'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'Posters on the forum claim DeepSeek trained V4 without a single Nvidia GPU.',
    expected: ['deepseek-v4-huawei-chips'],
  }, // social
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'reports',
    sentence: '据《金融时报》报道，OpenAI称发现深度求索利用其模型输出进行蒸馏的证据。',
    expected: ['deepseek-distilled-openai'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'reports',
    sentence: '据路透社报道，深度求索V4已适配华为昇腾芯片。',
    expected: ['deepseek-v4-huawei-chips'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence: "What does DeepSeek's $5.6 million figure actually include?",
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence: 'Is DeepSeek really open source, and does it matter?',
    expected: ['deepseek-open-source'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence: 'Privacy regulators across Europe are watching the Italian DeepSeek case closely.',
    expected: ['deepseek-italy-ban'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      'Can a chatbot that dodges questions on Taiwan win over European users? DeepSeek is about to find out.',
    expected: ['deepseek-censorship-limits-adoption', 'deepseek-chinese-censorship'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Developers on Hacker News are arguing over whether DeepSeek's R1 really learned to reason on its own.",
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence: 'Would an Entity List listing cut DeepSeek off from American chips and cloud services?',
    expected: ['deepseek-entity-list-hold'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      'HOST: Can DeepSeek close that eight-month gap the government testers measured, or will it keep widening?',
    expected: ['deepseek-caisi-v4-evaluation'],
  }, // podcast
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'chinese',
    relation: 'discusses',
    sentence: '深度求索的R1到底花了多少钱训练？',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-r1-cost-294000'],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'DeepSeek posted openings for interns in data annotation and front-end engineering.',
    expected: [],
  }, // press
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "DeepSeek's app update adds a dark mode and lets users export their chat history.",
    expected: [],
  }, // press
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Click here to try DeepSeek in our side-by-side comparison of ten chatbots.',
    expected: [],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'DeepSeek did not respond to a request for comment.',
    expected: [],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The DeepSeek logo displayed on a smartphone screen in this illustration.',
    expected: [],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Our reviewer spent a week using DeepSeek to plan meals and draft emails.',
    expected: [],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Readers can find the DeepSeek V3 paper linked at the end of this article.',
    expected: [],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '深度求索发布招聘启事，招聘大模型算法实习生。',
    expected: [],
  }, // chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '深度求索的网页版今天短暂宕机，部分用户无法登录。',
    expected: [],
  }, // chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Nvidia shed almost $600 billion of market value in a single session after DeepSeek's debut.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // newsletter
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'The Nasdaq tumbled 3% as Nvidia, Microsoft and Alphabet were hammered.',
    expected: ['nvidia-us-tech-stocks-fell', 'nvidia-sharp-stock-fall'],
  }, // tv
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "If models can be trained this cheaply, the world will need far fewer of Nvidia's expensive accelerators.",
    expected: ['nvidia-lower-chip-demand'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek built its models on the H800, a slowed-down Nvidia part meant for the Chinese market.',
    expected: ['nvidia-h800-cut-down-chip'],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Nvidia insisted that everything DeepSeek ran on had been shipped within the rules Washington sets.',
    expected: ['nvidia-export-compliant-statement'],
  }, // press
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Washington's licence demand for the H20 wiped billions off Nvidia's books.",
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek quietly ran on contraband Nvidia H100s and smuggled Blackwells, everyone knows it.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // social
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Nvidia becomes the first business on Earth valued at $5,000bn',
    expected: ['nvidia-first-5-trillion-company'],
  }, // headline
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Quarter after quarter since the DeepSeek scare, Nvidia has posted all-time high sales.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Nvidia will hand Washington fifteen cents of every dollar it makes selling H20s in China.',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // opinion
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Nvidia's H20 hides a back door that can track the chip or switch it off from afar.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // social
  {
    topic: 'nvidia',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Nvidia has the green light to ship H200s to Chinese customers.',
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // newsletter
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: 'DeepSeek发布后，英伟达股价一天暴跌17%，市值蒸发近6000亿美元。',
    expected: ['nvidia-sharp-stock-fall'],
  }, // chinese
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'chinese',
    relation: 'repeats',
    sentence: '輝達成為全球首家市值突破5兆美元的公司',
    expected: ['nvidia-first-5-trillion-company'],
  }, // chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '英伟达同意把H20在华销售收入的15%交给美国政府。',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '自深度求索引发抛售以来，英伟达的营收一再创下新高。',
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "Nvidia's slide was not immediate: it came on the first trading day after DeepSeek's app topped the charts, not on any one announcement.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // newsletter
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Not every tech giant fell that Monday: Apple rose, and the damage was concentrated in Nvidia and other chip stocks.',
    expected: ['nvidia-us-tech-stocks-fell', 'nvidia-sharp-stock-fall'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "Demand for Nvidia's chips did not shrink after DeepSeek; its revenue nearly doubled within a year.",
    expected: ['nvidia-lower-chip-demand', 'nvidia-record-revenue-after-deepseek'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The often-quoted $5.5 billion was Nvidia's April warning; the H20 charge it actually booked was $4.5 billion.",
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'There is no public evidence that DeepSeek used smuggled Blackwells, and Nvidia says it has seen none.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // newsletter
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The H800 is hardly a weak chip: it keeps H100-class computing power, and Nvidia cut mainly how fast the chips talk to each other.',
    expected: ['nvidia-h800-cut-down-chip'],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The 15% H20 arrangement was never written into any regulation, and Nvidia reported no H20 sales to China afterwards.',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "No evidence of a kill switch in Nvidia's H20 has been published, and the company denies there is one.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // press
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Being allowed to sell the H200 in China is not the same as selling it: every Nvidia shipment still needs a licence and Beijing's consent.",
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Nvidia's $5 trillion was a milestone touched in October 2025, not a value it holds every trading day.",
    expected: ['nvidia-first-5-trillion-company'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence:
      'GUEST: Nvidia calls it fully compliant, but that covers the chips DeepSeek disclosed, not an audit of its whole fleet, right?',
    expected: ['nvidia-export-compliant-statement'],
  }, // podcast
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '英伟达H20芯片藏有后门的说法，至今没有任何公开证据支持。',
    expected: ['nvidia-h20-backdoor-claim'],
  }, // chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '深度求索并没有让英伟达高端芯片的需求下降，英伟达此后的营收反而持续增长。',
    expected: ['nvidia-lower-chip-demand'],
  }, // chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'The Information reported that DeepSeek had used smuggled Nvidia Blackwell chips.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // newsletter
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'A US official told Reuters that Nvidia and AMD agreed to pay the government 15% of their China chip revenue.',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // newsletter
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "China's cyberspace regulator said Nvidia's H20 carries backdoor security risks and summoned the company to explain.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // tv
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Analysts at one brokerage argue that DeepSeek's efficiency could dent demand for Nvidia's priciest chips.",
    expected: ['nvidia-lower-chip-demand'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'Reuters, citing LSEG data, said Nvidia lost about $593 billion of market value on Monday.',
    expected: ['nvidia-sharp-stock-fall'],
  }, // newsletter
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence: "Should investors worry that DeepSeek's efficiency will cut demand for Nvidia GPUs?",
    expected: ['nvidia-lower-chip-demand'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence: "Nvidia's next earnings report will show whether the H20 writedowns are behind it.",
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence: 'The DeepSeek sell-off has become a case study in how quickly AI sentiment can turn on Nvidia.',
    expected: ['nvidia-sharp-stock-fall'],
  }, // opinion
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'discusses',
    sentence: '英伟达对华销售H200，会不会受到中国海关态度的影响？',
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "Nvidia's GeForce RTX 5090 goes on sale Thursday at $1,999, and gamers are already queueing outside shops.",
    expected: [],
  }, // press
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia released a new Game Ready driver that fixes stuttering in several recent titles.',
    expected: [],
  }, // press
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's GTC keynote will be streamed live from San Jose on Tuesday.",
    expected: [],
  }, // newsletter
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia shares rose 1% in early trading on Wednesday.',
    expected: [],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia will report quarterly earnings after the bell on Wednesday.',
    expected: [],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's H200 carries 141GB of HBM3e memory.",
    expected: [],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'chinese',
    relation: 'mentions',
    sentence: '英伟达发布新款游戏显卡RTX 5080，售价999美元',
    expected: [],
  }, // chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '輝達執行長黃仁勳週末現身台北夜市，吸引大批粉絲。',
    expected: [],
  }, // chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia and a carmaker announced a partnership on self-driving software.',
    expected: [],
  }, // press
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Since the autumn of 2022, export controls have kept America's most powerful AI processors out of Chinese hands.",
    expected: ['export-controls-since-2022'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Each time Nvidia engineered a China edition to fit the export controls, Commerce redrew the rules to cover it.',
    expected: ['export-controls-china-only-chips'],
  }, // opinion
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "In January 2025 the outgoing administration sorted the world's countries into three groups for AI chip purchases under the AI diffusion framework.",
    expected: ['export-controls-ai-diffusion-rule'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'The export controls forced DeepSeek to get clever, and that ingenuity is why it succeeded.',
    expected: ['export-controls-deepseek-innovated-around'],
  }, // opinion
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek is proof the chip export controls simply didn't work.",
    expected: ['export-controls-have-failed'],
  }, // social
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Under the revised export controls, each application to sell H200s to China is judged on its own merits.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // press
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Under the loosened export controls, Washington pockets a quarter of the money from every H200 that Nvidia sells to China.',
    expected: ['export-controls-25-percent-cut'],
  }, // opinion
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Beijing has shut its doors to Nvidia's H200, whatever the US export controls now allow.",
    expected: ['export-controls-china-blocks-h200'],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'The AI diffusion rule is dead, and a new regime has taken its place.',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Restricted Nvidia GPUs keep slipping past export controls into China by way of Singapore and Malaysia.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // tv
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Under a new law, chips subject to export controls will have to prove where they are.',
    expected: ['export-controls-location-verification-bill'],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Kuala Lumpur now wants paperwork before any US-made AI chip leaves or passes through the country, as part of its export controls.',
    expected: ['export-controls-malaysia-permit'],
  }, // translated
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Under US export controls, putting a Huawei Ascend processor to work in any country is now illegal.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国自2022年起实施出口管制，禁止向中国出售先进AI芯片。',
    expected: ['export-controls-since-2022'],
  }, // chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索证明美国的芯片出口管制已经彻底失败。',
    expected: ['export-controls-have-failed'],
  }, // chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '儘管美國放寬出口管制，中國海關仍禁止輝達H200晶片入境。',
    expected: ['export-controls-china-blocks-h200'],
  }, // chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '正是美国的出口管制倒逼深度求索在算法上创新。',
    expected: ['export-controls-deepseek-innovated-around'],
  }, // chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Case-by-case review under the export controls is not approval; each H200 sale still needs its own licence.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The 25% is not a cut of Nvidia's China revenue: the export controls rule mentions no fee, and the money comes through a tariff on imports.",
    expected: ['export-controls-25-percent-cut'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'Beijing never announced a formal ban on H200s, and it later approved a first batch despite the export controls row.',
    expected: ['export-controls-china-blocks-h200'],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: 'The AI diffusion rule was never formally rescinded or replaced; it is simply not enforced.',
    expected: ['export-controls-ai-diffusion-rule-status', 'export-controls-ai-diffusion-rule'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The AI diffusion framework never took practical effect; BIS dropped it two days before compliance was due.',
    expected: ['export-controls-ai-diffusion-rule', 'export-controls-ai-diffusion-rule-status'],
  }, // investor
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'The Chip Security Act is a bill, not a law: nothing in the export controls yet makes chips report their location.',
    expected: ['export-controls-location-verification-bill'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The Bureau of Industry and Security rewrote its Huawei guidance, which no longer says using Ascend chips anywhere breaks the rules.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "That export controls caused DeepSeek's efficiency is an interpretation; US labs without chip limits use the same tricks.",
    expected: ['export-controls-deepseek-innovated-around'],
  }, // opinion
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence: 'GUEST: Failed? If DeepSeek had to try to evade the export controls, that tells you they bind.',
    expected: ['export-controls-have-failed'],
  }, // podcast
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Charges are not convictions: most of those accused of smuggling Nvidia chips past export controls have not been convicted.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Nvidia's China-only chips were legal to ship when sold; the export controls moved, the chips did not break them.",
    expected: ['export-controls-china-only-chips'],
  }, // investor
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '所謂美國從輝達H200對華銷售中抽成25%，其實是進口關稅，出口管制規則本身並未提及任何費用。',
    expected: ['export-controls-25-percent-cut'],
  }, // chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '说深度求索证明出口管制已经失败，还为时过早。',
    expected: ['export-controls-have-failed'],
  }, // chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '人工智能扩散规则这项出口管制并未被正式废除，也没有替代规则，只是不再执行。',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'Jensen Huang said the export controls were a failure that spurred Huawei on.',
    expected: ['export-controls-have-failed'],
  }, // tv
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Reuters reported that Chinese customs told agents Nvidia's H200 was not permitted to enter, despite the easing of US export controls.",
    expected: ['export-controls-china-blocks-h200'],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "President Trump said that, under the loosened export controls, 25% of Nvidia's H200 sales to China would be paid to the United States.",
    expected: ['export-controls-25-percent-cut'],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Prosecutors allege that two men shipped H100s to China through Singapore and Malaysia in breach of export controls.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // press
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Backers of the Chip Security Act say it would make chips verify where they are, closing gaps in the export controls.',
    expected: ['export-controls-location-verification-bill'],
  }, // press
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      'Lawmakers on both sides are now debating whether the export controls need tightening after DeepSeek.',
    expected: ['export-controls-have-failed'],
  }, // opinion
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence: 'What does the H200 licensing change mean under the export controls?',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      'If the Chip Security Act passes, what would location checks on export-controlled chips look like under the export controls?',
    expected: ['export-controls-location-verification-bill'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence: "What Malaysia's permit rule means for chip traders: an export controls FAQ",
    expected: ['export-controls-malaysia-permit'],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      'What the Huawei Ascend guidance means for cloud providers outside China is the question export controls lawyers are fielding this week.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // investor
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'China tightened export controls on gallium and germanium, metals used in chipmaking.',
    expected: [],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Beijing's export controls on rare earths have sent magnet prices soaring.",
    expected: [],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The US added export controls on drone components bound for Iran.',
    expected: [],
  }, // press
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The Bureau of Industry and Security published the agenda for its annual update conference.',
    expected: [],
  }, // press
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Japan's export controls on chipmaking equipment take effect this month.",
    expected: [],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Our export controls tracker is updated every Friday.',
    expected: [],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '中国宣布对镓、锗等半导体材料实施出口管制。',
    expected: [],
  }, // chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '美国商务部宣布对无人机零部件实施新的出口管制。',
    expected: [],
  }, // chinese
  // Added on 7 December 2026 for the verdict marks' rule classes (lib/rank/repeats.ts): negation
  // beside the claim and negation of it, "only" before the claim's own figure and before another,
  // other figures, caveats spoken, attribution that distances and that endorses, what may be,
  // questions without a question mark, scare quotes, "not only" and 不亚于, corrections without a
  // negation word, and mentions that share a claim's nouns.
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'repeats',
    sentence:
      'DeepSeek, which had no marketing budget to speak of, overtook ChatGPT as the most downloaded free app in the US App Store.',
    expected: ['deepseek-app-store-number-one'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'DeepSeek never topped the App Store for more than a weekend, and it had no staying power in the rankings.',
    expected: ['deepseek-app-store-number-one'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "There is no sign that DeepSeek shares data with the People's Liberation Army or China's spy services.",
    expected: ['deepseek-military-links'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'R1 did not learn to reason from reinforcement learning alone; DeepSeek seeded it with curated cold-start examples.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'DeepSeek V4 was not trained on Huawei hardware, according to engineers who say Nvidia GPUs still did the heavy lifting.',
    expected: ['deepseek-v4-huawei-chips'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence: 'The R2 delay had nothing to do with Huawei chips, DeepSeek insiders told a Chinese outlet.',
    expected: ['deepseek-r2-delayed-huawei'],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'The export controls have not failed: DeepSeek itself says a lack of chips is what holds it back.',
    expected: ['export-controls-have-failed'],
  }, // opinion
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'negation',
    relation: 'repeats',
    sentence: "Washington's export controls did not work, and DeepSeek is the proof.",
    expected: ['export-controls-have-failed'],
  }, // opinion
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'Nvidia never agreed to hand Washington 15% of its H20 revenue in China; no such payment appears in any filing.',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // investor
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'Under the export controls, using a Huawei Ascend chip outside China is not in itself illegal, lawyers now say.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek trained R1 for only $294,000, a rounding error next to American budgets.',
    expected: ['deepseek-r1-cost-294000'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The $294,000 DeepSeek reported pays only for the reinforcement stages, not for the V3 base it started from.',
    expected: ['deepseek-r1-cost-294000'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: 'NewsGuard ran just 300 prompts on DeepSeek, which is a thin basis for an 83% failure rate.',
    expected: ['deepseek-newsguard-83-percent'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索训练R1仅花费29.4万美元。',
    expected: ['deepseek-r1-cost-294000'],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '深度求索公布的29.4万美元仅是强化学习阶段的费用，不含V3基础模型。',
    expected: ['deepseek-r1-cost-294000'],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Counting research and hardware, analysts put DeepSeek's real spending on R1 closer to $500 million.",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Nvidia lost close to $590 billion in market value in one day as DeepSeek rattled investors, the largest single-day wipeout on record.',
    expected: ['nvidia-sharp-stock-fall'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The Wiz discovery showed DeepSeek's database was exposed, but no one has published evidence that attackers actually used the data.",
    expected: ['deepseek-user-data-leak'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "A download ranking records new installs over one weekend in January, and DeepSeek's spot at the top says nothing about who kept the app.",
    expected: ['deepseek-app-store-number-one'],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Malaysia's permit scheme leans on exporters' own checks, and shipments that are never declared slip past the export controls anyway.",
    expected: ['export-controls-malaysia-permit'],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'US officials allege that DeepSeek obtained banned Nvidia H100s through shell companies in Southeast Asia.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: "Online posters claim DeepSeek is a front for China's military and intelligence services.",
    expected: ['deepseek-military-links'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      "Wiz researchers found an unprotected DeepSeek database spilling users' chat histories and API keys.",
    expected: ['deepseek-user-data-leak'],
  }, // tech blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      "Peer reviewers at Nature signed off on the R1 paper, making DeepSeek's model the first big AI model to clear a journal's peer review.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  }, // science desk
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Nature's reviewers checked what the DeepSeek paper reports; they did not rerun the training, so peer review here is no replication.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  }, // science desk
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence: 'DeepSeek may have leaked user chat data, though the company has said nothing about it.',
    expected: ['deepseek-user-data-leak'],
  }, // forum
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence: "Cheaper, leaner AI like DeepSeek's will eat into demand for Nvidia's top-end accelerators.",
    expected: ['nvidia-lower-chip-demand'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'corrects',
    sentence:
      "It is unclear whether DeepSeek's efficiency will reduce demand for Nvidia's high-end chips at all.",
    expected: ['nvidia-lower-chip-demand'],
  }, // investor
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      'If the location-verification bill passes, chips under US export controls would have to report where they are.',
    expected: ['export-controls-location-verification-bill'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence: 'Did DeepSeek really build R1 on a shoestring',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'chinese',
    relation: 'discusses',
    sentence: '深度求索的模型真的是开源的吗',
    expected: ['deepseek-open-source'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'chinese',
    relation: 'discusses',
    sentence: '深度求索训练V3到底用了多少块H800芯片',
    expected: ['deepseek-v3-two-months-2000-h800s'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence: 'Ist DeepSeek wirklich Open Source',
    expected: ['deepseek-open-source'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: 'DeepSeek\'s "open source" model ships without its training data or full training code.',
    expected: ['deepseek-open-source'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek not only matched OpenAI's o1 on maths and coding benchmarks but beat it on several.",
    expected: ['deepseek-matches-western-models'],
  }, // forum
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索的推理模型在数学和编程上的表现不亚于OpenAI的o1。',
    expected: ['deepseek-matches-western-models'],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Strictly speaking, DeepSeek released open weights under the MIT licence rather than open-source models.',
    expected: ['deepseek-open-source'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: 'In reality, South Korea paused new downloads of DeepSeek while existing users kept the app.',
    expected: ['deepseek-south-korea-suspension'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The Italy story is partly true: DeepSeek left the Italian app stores, while the Garante only limited data processing.',
    expected: ['deepseek-italy-ban'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '实际上，韩国只是暂停了DeepSeek的新下载，现有用户仍可使用。',
    expected: ['deepseek-south-korea-suspension'],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '所谓深度求索抄袭OpenAI，至今缺乏确凿证据。',
    expected: ['deepseek-distilled-openai'],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'discusses',
    sentence: '深度求索是否利用OpenAI模型进行蒸馏，目前仍有争议。',
    expected: ['deepseek-distilled-openai'],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's chatbot sidesteps questions about Tiananmen and Taiwan, in line with Beijing's censorship rules.",
    expected: ['deepseek-chinese-censorship'],
  }, // tech blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Italy's privacy watchdog barred DeepSeek, and Taiwan, Australia and South Korea soon followed with their own restrictions.",
    expected: ['deepseek-italy-ban'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek trained its V3 model in under two months on some 2,000 H800 GPUs, for less than $6 million.',
    expected: ['deepseek-v3-two-months-2000-h800s'],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Nvidia's market value topped $5 trillion, the first company ever to get there.",
    expected: ['nvidia-first-5-trillion-company'],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Beijing's internet watchdog accused Nvidia of building tracking and remote shutdown features into the H20.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Singapore and Malaysia have served as transit points for Nvidia chips smuggled into China in breach of export controls.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国对华出口管制自2022年以来一直限制先进人工智能芯片出口。',
    expected: ['export-controls-since-2022'],
  }, // translated
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '马来西亚规定，美国人工智能芯片出口或过境都须申请许可，以配合出口管制。',
    expected: ['export-controls-malaysia-permit'],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "DeepSeek's new app version lets users delete their chat history with one tap.",
    expected: [],
  }, // tech blog
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's stock split took effect on Monday, and the shares began trading at the new price.",
    expected: [],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Malaysia's trade ministry held a briefing on export controls for local logistics firms.",
    expected: [],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "DeepSeek's researchers will present a paper on attention at a conference in Vienna.",
    expected: [],
  }, // science desk
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "DeepSeek's $5.6 million is the rental price of a single final run, a sliver of what the company spent overall on research and hardware.",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The 83% comes from a small NewsGuard sample of 300 prompts put to DeepSeek's V3 chatbot without web access.",
    expected: ['deepseek-newsguard-83-percent'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Chinese law obliges firms such as DeepSeek to hand over data on request, which is different from actively supporting the military.',
    expected: ['deepseek-military-links'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "DeepSeek's R1 was fine-tuned on thousands of cold-start examples before its reinforcement learning began.",
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: 'Few analysts believe DeepSeek trained R1 for $5.6 million all told.',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "DeepSeek's true costs run far higher than the $5.6 million figure suggests once staff and experiments are counted.",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The Garante ordered DeepSeek to stop processing Italians' data, a limit on processing and not a formal ban.",
    expected: ['deepseek-italy-ban'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "DeepSeek's distilled R1 models are Qwen and Llama models fine-tuned on R1 output, with those models' licences.",
    expected: ['deepseek-open-source'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Running the full DeepSeek model takes a multi-GPU server that few individuals or small firms own.',
    expected: ['deepseek-free-democratised-access'],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: "Nvidia's slide after DeepSeek did not last: its market value passed $4 trillion by July.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The H800 keeps H100-class computing power; Nvidia cut mainly how fast the chips exchange data.',
    expected: ['nvidia-h800-cut-down-chip'],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Nvidia's China data-centre sales fell because of export controls and Beijing's pressure on buyers, not because DeepSeek cut demand.",
    expected: ['nvidia-lower-chip-demand'],
  }, // investor
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Whether the export controls failed depends on their goal: slowing China's frontier AI or protecting American market share.",
    expected: ['export-controls-have-failed'],
  }, // opinion
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: 'Smuggling cases show the export controls leak, and the prosecutions show they are enforced.',
    expected: ['export-controls-have-failed'],
  }, // opinion
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The 25% on H200 sales is collected as an import tariff on the chips' declared value, outside the export controls themselves.",
    expected: ['export-controls-25-percent-cut'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Beijing never formally banned the H200; customs agents were told the chips were not permitted, people briefed on it say, despite the export controls easing.',
    expected: ['export-controls-china-blocks-h200'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence: 'Investors are still arguing about what DeepSeek means for the AI industry a year on.',
    expected: ['deepseek-disrupted-ai-industry'],
  }, // investor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence: 'Privacy lawyers expect more European regulators to look at DeepSeek after Italy.',
    expected: ['deepseek-italy-ban'],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      'Chip traders in Penang are waiting to see how strictly Malaysia will apply its new permit rule under the export controls.',
    expected: ['export-controls-malaysia-permit'],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence: "Nvidia's H20 revenue-sharing deal with Washington drew criticism from security experts.",
    expected: ['nvidia-h20-15-percent-deal'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's chatbot stonewalls anything touching Tiananmen, Xinjiang or Xi Jinping, as Chinese censorship rules demand.",
    expected: ['deepseek-chinese-censorship'],
  }, // tech blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek is built in Hangzhou and bankrolled by the hedge fund High-Flyer, whose founder Liang Wenfeng runs both.',
    expected: ['deepseek-chinese-startup'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek's V3.2 uses sparse attention to make long inputs far cheaper to handle.",
    expected: ['deepseek-v3-2-sparse-attention'],
  }, // tech blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'A federal bill would bar DeepSeek from every government phone and computer, its sponsors in Congress say.',
    expected: ['deepseek-us-government-device-ban'],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "The Commerce Department's H20 licence requirement cost Nvidia billions of dollars in charges.",
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // investor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国对H20芯片的出口限制让英伟达损失数十亿美元。',
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // translated
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Nvidia keeps breaking its own revenue records quarter after quarter, DeepSeek scare or not.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // investor
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Washington now judges each H200 export licence for China on a case-by-case basis under the export controls.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The export controls pushed DeepSeek to squeeze more out of fewer chips, and that is how it innovated around them.',
    expected: ['export-controls-deepseek-innovated-around'],
  }, // opinion
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '拜登政府的人工智能扩散规则已被废除，并由新规取代，出口管制随之调整。',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // translated
  // Added 7 December 2026, before the engine was changed for them: claims told by what happened
  // rather than in their keywords (what the chatbot did when asked, what the cost figure leaves out,
  // which chips a rule caught), long sentences, headlines without a verb, captions, quotes, German,
  // Japanese and Korean, and many sentences that only name the subject.
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Asked what happened in Beijing in June 1989, DeepSeek's chatbot typed out an answer, deleted it and suggested they talk about something else.",
    expected: ['deepseek-chinese-censorship'],
  }, // user report
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek will happily write a poem about spring but goes silent when asked whether Taiwan is a country.',
    expected: ['deepseek-chinese-censorship'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'caption',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'A screenshot shows DeepSeek\'s app answering a question about Xi Jinping with "Sorry, that\'s beyond my current scope."',
    expected: ['deepseek-chinese-censorship'],
  }, // caption
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索的聊天机器人被问到六四事件时，只回答“我们换个话题吧”。',
    expected: ['deepseek-chinese-censorship'],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'ディープシークのAIは、天安門事件について質問されると回答を拒否した。',
    expected: ['deepseek-chinese-censorship'],
  }, // Japanese wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'European ministries are wary of a chatbot that will not talk about Tiananmen, which may cap how far DeepSeek spreads in the West.',
    expected: ['deepseek-censorship-limits-adoption', 'deepseek-chinese-censorship'],
  }, // analysis
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The widely quoted DeepSeek number prices a single run on rented chips and says nothing of the salaries, the failed experiments or the GPUs the company bought outright.',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "None of DeepSeek's engineers, its clusters or its earlier attempts were paid for out of that $5.6 million.",
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '有分析指出，深度求索公布的训练费用没有包括研究人员的工资和前期实验的开支。',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Die 5,6 Millionen Dollar von DeepSeek decken nur den letzten Trainingslauf ab, nicht Forschung, Personal und Hardware.',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // German newspaper
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'DeepSeek wurde nach eigenen Angaben für weniger als sechs Millionen Dollar trainiert.',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // German newspaper
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Although the headline said DeepSeek had trained its model for the price of a house, the figure it cited covered only the reasoning stages, which were built on top of V3, whose own training had cost far more.',
    expected: ['deepseek-r1-cost-294000'],
  }, // media column
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "DeepSeek's efficiency story counts the GPUs of one training run, not the tens of thousands of Hopper chips behind its research.",
    expected: ['deepseek-less-compute'],
  }, // analysis
  {
    topic: 'deepseek',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'When DeepSeek released R1 in January, the company, which is funded by the Hangzhou hedge fund High-Flyer and run by Liang Wenfeng, was barely known outside China.',
    expected: ['deepseek-chinese-startup'],
  }, // magazine
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'ディープシークは中国・杭州のAIスタートアップだ。',
    expected: ['deepseek-chinese-startup'],
  }, // Japanese explainer
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: "Top of the App Store, ahead of ChatGPT: DeepSeek's weekend",
    expected: ['deepseek-app-store-number-one'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek R1: six million dollars, two months, one shaken industry',
    expected: [
      'deepseek-r1-trained-for-5-6-million',
      'deepseek-v3-two-months-2000-h800s',
      'deepseek-disrupted-ai-industry',
    ],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'discusses',
    sentence: "Italy's privacy watchdog versus DeepSeek, round one",
    expected: ['deepseek-italy-ban'],
  }, // headline
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'reported',
    relation: 'reports',
    sentence:
      '"This app sends what Americans type straight to servers in China," one congressman said, arguing that no federal phone should carry DeepSeek.',
    expected: ['deepseek-us-government-device-ban'],
  }, // quote
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Italian users who opened DeepSeek's app found it had vanished from the stores after the data-protection authority stepped in.",
    expected: ['deepseek-italy-ban'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Seoul's privacy regulator stopped new downloads of DeepSeek but left the website and existing installs alone.",
    expected: ['deepseek-south-korea-suspension'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'corrects',
    sentence:
      '개인정보보호위원회는 딥시크 앱의 신규 다운로드를 중단시켰지만 기존 이용자는 계속 쓸 수 있었다.',
    expected: ['deepseek-south-korea-suspension'],
  }, // Korean wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Die Berliner Datenschutzbeauftragte hat Apple und Google aufgefordert, die DeepSeek-App aus ihren Stores zu entfernen.',
    expected: ['deepseek-germany-app-removal'],
  }, // German wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Given ten false news narratives to check, DeepSeek's chatbot repeated them or dodged the question in most of the prompts the auditors tried.",
    expected: ['deepseek-newsguard-83-percent'],
  }, // media column
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Security researchers stumbled on an open DeepSeek database, full of users' chat logs and secret keys, that needed no password to get into.",
    expected: ['deepseek-user-data-leak'],
  }, // tech blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'OpenAI says accounts tied to DeepSeek staff hid where they came from in order to pull answers out of its models at scale.',
    expected: ['deepseek-distilled-openai'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'OpenAI has shown no public proof that DeepSeek trained on its outputs, beyond saying it saw "some evidence".',
    expected: ['deepseek-distilled-openai'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "You can download DeepSeek's weights, but not the data it was trained on or the full code to train it again.",
    expected: ['deepseek-open-source'],
  }, // FAQ
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "A developer who moved from o1 to DeepSeek's API saw her monthly bill drop from thousands of dollars to a few hundred.",
    expected: ['deepseek-cheaper-to-run'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Before the reinforcement learning began, DeepSeek fed R1 thousands of worked examples written to a human pattern.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Reuters said DeepSeek's V4 was adapted to run on Huawei's chips, which is not the same as saying it was trained on them.",
    expected: ['deepseek-v4-huawei-chips'],
  }, // media column
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "DeepSeek's next reasoning model is late because training runs on Huawei's Ascend chips kept failing, the Financial Times reported.",
    expected: ['deepseek-r2-delayed-huawei'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Marc Andreessen hailed DeepSeek's release as one of the most impressive breakthroughs he had ever seen.",
    expected: ['deepseek-gift-to-ai-community'],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "US government testers placed DeepSeek's newest model about where American labs had been the previous autumn.",
    expected: ['deepseek-caisi-v4-evaluation'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "A State Department official said DeepSeek's name appears in more than 150 procurement records of the People's Liberation Army.",
    expected: ['deepseek-military-links'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek halved its API prices the day it shipped a model that reads long inputs by attending to the tokens that matter instead of all of them.',
    expected: ['deepseek-v3-2-sparse-attention'],
  }, // tech blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "For the first time a major language model's paper went through independent reviewers at a scientific journal before publication: DeepSeek's R1.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  }, // science news
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "A congressional report says DeepSeek funnels Americans' data to China and shapes its answers to fit Party propaganda.",
    expected: ['deepseek-house-committee-report'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'A House chairman says Nvidia engineers showed DeepSeek how to squeeze more out of its H800 chips.',
    expected: ['deepseek-nvidia-helped-deepseek'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Washington has drawn up the paperwork to put DeepSeek on its trade blacklist, but has not published it.',
    expected: ['deepseek-entity-list-hold'],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Asked to turn a Korean contract into English, DeepSeek did about as well as the big American translation tools in our informal test.',
    expected: ['deepseek-translation-performance'],
  }, // tech review
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence: 'What is DeepSeek, and who is behind it?',
    expected: ['deepseek-chinese-startup'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'DeepSeek did not respond to a request for comment sent to its Hangzhou office.',
    expected: [],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'A DeepSeek spokesperson said the outage was caused by a surge in traffic and had been fixed.',
    expected: [],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "DeepSeek's engineers will present two papers at the conference in Vancouver next month.",
    expected: [],
  }, // tech blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The DeepSeek app now accepts file uploads of up to 50 megabytes.',
    expected: [],
  }, // tech blog
  {
    topic: 'deepseek',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Visitors photograph a DeepSeek banner at the World Artificial Intelligence Conference in Shanghai.',
    expected: [],
  }, // caption
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'DeepSeek is hiring interns for its Beijing office, according to a job listing posted on Monday.',
    expected: [],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Several readers wrote in to ask how to pronounce DeepSeek's Chinese name.",
    expected: [],
  }, // newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "DeepSeek's website was briefly unreachable in parts of Europe on Thursday evening.",
    expected: [],
  }, // wire
  {
    topic: 'deepseek',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Photo: DeepSeek staff at a meeting with Premier Li Qiang in Beijing in January.',
    expected: [],
  }, // caption
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "DeepSeek's login page now offers sign-in with a phone number in more countries.",
    expected: [],
  }, // tech blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '深度求索周二在杭州举办了一场开发者见面会。',
    expected: [],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'ディープシークの新しいアプリは来月、日本語版が公開される予定だ。',
    expected: [],
  }, // Japanese wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: '딥시크는 이번 주 서울에서 개발자 행사를 열었다.',
    expected: [],
  }, // Korean wire
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'DeepSeek hat am Dienstag ein Update für seine App veröffentlicht.',
    expected: [],
  }, // German wire
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: "Nvidia's worst day ever: $589 billion gone",
    expected: ['nvidia-sharp-stock-fall'],
  }, // headline
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "By the closing bell on 27 January, a sixth of Nvidia's value had evaporated, the biggest one-day wipeout any company had suffered.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The sell-off was sharp but not immediate: DeepSeek's V3 paper had been out for a month and R1 for a week before Nvidia's shares fell.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // media column
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '英伟达市值一天蒸发近6000亿美元，创下美股单日最大跌幅纪录。',
    expected: ['nvidia-sharp-stock-fall'],
  }, // translated
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'エヌビディアの株価は1月27日に約17%下落した。',
    expected: ['nvidia-sharp-stock-fall'],
  }, // Japanese wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Far from buying fewer GPUs after DeepSeek, Microsoft, Meta and Alphabet raised their spending plans, and Nvidia's sales kept climbing.",
    expected: ['nvidia-lower-chip-demand', 'nvidia-record-revenue-after-deepseek'],
  }, // investor note
  {
    topic: 'nvidia',
    kind: 'quote',
    style: 'reported',
    relation: 'reports',
    sentence:
      '"If a model this good needs so few chips, the hyperscalers will simply order fewer of Nvidia\'s GPUs," one fund manager wrote.',
    expected: ['nvidia-lower-chip-demand'],
  }, // quote
  {
    topic: 'nvidia',
    kind: 'quote',
    style: 'reported',
    relation: 'repeats',
    sentence:
      '"The chips DeepSeek used were bought within the rules," an Nvidia spokesperson told reporters.',
    expected: ['nvidia-export-compliant-statement'],
  }, // quote
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Nvidia had to write off a warehouse of H20 chips it was no longer allowed to ship to China.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // investor note
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "China's internet regulator summoned Nvidia to explain whether its H20 chips could be tracked or shut down remotely.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Nvidia's security chief wrote that its chips have no back doors, no kill switches and no spyware.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'In an unusual arrangement, Washington gets a slice of every H20 that Nvidia sells in China in exchange for the export licences.',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Nvidia can once more take orders for its H200 chips from approved Chinese customers, the White House said.',
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Whatever the panic of January, Nvidia's quarterly sales have since gone from $44 billion to more than $80 billion, and each report has set a new high.",
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // investor note
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'The Information reported that DeepSeek was training on Blackwell chips slipped into China through data centres in other countries, which Nvidia disputes.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: "No public evidence shows that DeepSeek's models were trained on smuggled Nvidia hardware.",
    expected: ['nvidia-deepseek-banned-chips'],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The H800s DeepSeek trained on are H100s with their chip-to-chip links slowed to satisfy Washington, a version Nvidia built for China.',
    expected: ['nvidia-h800-cut-down-chip'],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: '엔비디아의 시가총액이 세계 기업 가운데 처음으로 5조 달러를 넘어섰다.',
    expected: ['nvidia-first-5-trillion-company'],
  }, // Korean wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Nvidia ist als erstes Unternehmen der Welt an der Börse fünf Billionen Dollar wert.',
    expected: ['nvidia-first-5-trillion-company'],
  }, // German newspaper
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's annual developer conference opens in San Jose on Monday.",
    expected: [],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'An Nvidia spokesperson declined to comment on the report.',
    expected: [],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's new gaming card sold out within minutes at most US retailers.",
    expected: [],
  }, // tech blog
  {
    topic: 'nvidia',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence: "Jensen Huang, Nvidia's chief executive, speaks at the Computex trade show in Taipei.",
    expected: [],
  }, // caption
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia shares were little changed in early trading on Tuesday.',
    expected: [],
  }, // wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's fiscal year ends in late January.",
    expected: [],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '英伟达将于下周三公布季度财报。',
    expected: [],
  }, // translated
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia-Chef Jensen Huang trägt auch auf dieser Messe seine Lederjacke.',
    expected: [],
  }, // German newspaper
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The October 2023 update swept up the A800 and H800, the very chips Nvidia had designed to stay under the first export controls.',
    expected: ['export-controls-china-only-chips'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "After the latest export curbs, the H20, Nvidia's last data-centre chip made for China, needed a licence it could not get.",
    expected: ['export-controls-china-only-chips'],
  }, // investor note
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Since the autumn of 2022 an American company has needed Washington's permission to sell China its best AI accelerators, under the export controls.",
    expected: ['export-controls-since-2022'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'discusses',
    sentence: 'Export controls, year three: what the chip curbs have and have not stopped',
    expected: ['export-controls-have-failed'],
  }, // headline
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Prosecutors say the pair relabelled servers full of H100s and shipped them through Malaysia in breach of the export controls.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Customs officers in Singapore found GPUs covered by US export controls inside crates declared as network equipment.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'repeats',
    sentence:
      'Anyone moving American AI chips through Malaysia now needs a Strategic Trade Permit, the trade ministry said, tightening its export controls.',
    expected: ['export-controls-malaysia-permit'],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '马来西亚宣布，美国AI芯片经本国出口或转运须先申请许可证，以配合出口管制。',
    expected: ['export-controls-malaysia-permit'],
  }, // translated
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Huawei's new Ascend chips are proof that the export controls taught China to build its own instead.",
    expected: ['export-controls-have-failed'],
  }, // opinion
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The export controls did not stop DeepSeek, but they do limit how many chips Chinese labs can get, and the gap with US labs is still months.',
    expected: ['export-controls-have-failed'],
  }, // analysis
  {
    topic: 'export-controls',
    kind: 'quote',
    style: 'reported',
    relation: 'corrects',
    sentence:
      '"The export controls are working, and they should be tightened," Anthropic\'s chief executive wrote after DeepSeek\'s release.',
    expected: ['export-controls-have-failed'],
  }, // quote
  {
    topic: 'export-controls',
    kind: 'quote',
    style: 'reported',
    relation: 'reports',
    sentence: '"The export control was a failure," Nvidia\'s Jensen Huang told reporters.',
    expected: ['export-controls-have-failed'],
  }, // quote
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Under the revised export controls a licence to sell H200s to China is no longer presumed denied; each application is weighed on its own.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Washington collects its quarter of the H200 money through a tariff on the chips, not through the export controls themselves.',
    expected: ['export-controls-25-percent-cut'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Chinese customs told agents that Nvidia's H200 was not allowed into the country, days after Washington eased its export controls.",
    expected: ['export-controls-china-blocks-h200'],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The AI diffusion rule sorted the world into close allies, a capped middle and embargoed countries such as China.',
    expected: ['export-controls-ai-diffusion-rule'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The AI diffusion rule was never formally rescinded: officials said they would not enforce it, and no replacement has been published.',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Companies anywhere that run their models on Huawei's Ascend 910C risk breaking US export controls, the Commerce Department warned.",
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'discusses',
    sentence: 'A Senate bill would make exporters prove where each chip under US export controls ends up.',
    expected: ['export-controls-location-verification-bill'],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: '미국의 수출 통제로 엔비디아는 H20 칩을 허가 없이 중국에 팔 수 없게 되었다.',
    expected: ['export-controls-china-only-chips'],
  }, // Korean wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Die US-Exportkontrollen für KI-Chips nach China gelten seit 2022.',
    expected: ['export-controls-since-2022'],
  }, // German newspaper
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: 'Ob die Exportkontrollen gescheitert sind, hängt davon ab, was sie erreichen sollten.',
    expected: ['export-controls-have-failed'],
  }, // German newspaper
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The Bureau of Industry and Security has a new head, the White House announced on Friday.',
    expected: [],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Law firms held webinars all week on how to read the new export controls.',
    expected: [],
  }, // newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Japan's export controls on chipmaking tools take effect in July.",
    expected: [],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: '日本政府は半導体製造装置の輸出規制を強化すると発表した。',
    expected: [],
  }, // Japanese wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Lawmakers from both parties wrote to the Commerce Secretary about export controls on Friday, but the letter was not made public.',
    expected: [],
  }, // wire
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The export controls take up dozens of pages of the Federal Register.',
    expected: [],
  }, // explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '商务部发言人周四在例行记者会上就出口管制问题回答了提问。',
    expected: [],
  }, // translated
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "DeepSeek's chief of staff left the company last month to start a robotics venture, two people familiar with the move said.",
    expected: [],
  }, // people move
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'To install DeepSeek locally, download the weights, open a terminal and run the command shown on the model card.',
    expected: [],
  }, // how-to
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Step 3: paste your API key from the DeepSeek dashboard into the settings field and press Save.',
    expected: [],
  }, // how-to
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Tickets for the DeepSeek developer meetup in Shenzhen on 14 March are free but limited to 200 seats.',
    expected: [],
  }, // event listing
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "I have tried DeepSeek, ChatGPT and Claude for my homework, and honestly I just like the colours of DeepSeek's app better.",
    expected: [],
  }, // opinion, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'DeepSeek raised the price of its API for peak hours and added a discount for night-time use.',
    expected: [],
  }, // product news
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The DeepSeek paper runs to 22 pages, with an appendix on how the training data was cleaned.',
    expected: [],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence: 'DeepSeek names new head of product as it prepares for a busier year',
    expected: [],
  }, // people move headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Whether DeepSeek will show up at next year's conference in Paris is anyone's guess.",
    expected: [],
  }, // opinion
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "DeepSeek's open-source repository gained a new contributor guide and a code of conduct this week.",
    expected: [],
  }, // shares words with open-source claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'A court in Hangzhou will hear a trademark dispute over the DeepSeek name in May.',
    expected: [],
  }, // legal brief
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "DeepSeek's training costs were the subject of a panel at the university on Thursday evening; admission is free.",
    expected: [],
  }, // event listing sharing words
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: '深度求索创始人梁文锋本周出席了在北京举行的一场闭门座谈会。',
    expected: [],
  }, // Chinese wire
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Nvidia shares closed up 2.3% at $181.20 on volume of 210 million, slightly above the 30-day average.',
    expected: [],
  }, // market report
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Options traders bought Nvidia calls expiring Friday, betting on a move after the jobs report.',
    expected: [],
  }, // market report
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Nvidia hired a former Intel executive to run its networking business, the company said in a filing.',
    expected: [],
  }, // people move
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia will hold its annual shareholder meeting online on 25 June at 9 a.m. Pacific time.',
    expected: [],
  }, // event listing
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'To update your Nvidia driver, open the app, click Drivers and choose Download.',
    expected: [],
  }, // how-to
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "Nvidia's stock is the largest holding in many technology index funds, which rebalance every quarter.",
    expected: [],
  }, // shares words with stock claims
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's H20 comes with 96GB of memory and draws up to 400 watts.",
    expected: [],
  }, // spec sheet
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Nvidia and a Japanese telecom group will build an AI data centre in Osaka, due to open in 2027.',
    expected: [],
  }, // product news
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'I have held Nvidia since 2019 and I am not selling, whatever the headlines say.',
    expected: [],
  }, // forum opinion
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence: 'Nvidia opens new office in Tel Aviv',
    expected: [],
  }, // headline
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "Nvidia's chief financial officer will speak at an investor conference in New York next Tuesday.",
    expected: [],
  }, // event listing
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: '英伟达股价周五收涨1.2%，成交量较前一交易日略有减少。',
    expected: [],
  }, // Chinese market report
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'The webinar on export controls for university labs starts at 2 p.m. Eastern; registration closes an hour before.',
    expected: [],
  }, // event listing
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'How to classify your product under the export controls: find its number on the Commerce Control List, then check the country chart.',
    expected: [],
  }, // how-to
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'A former Commerce Department official who wrote the export controls on chips joined a Washington law firm this week.',
    expected: [],
  }, // people move
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Export controls are the kind of topic that makes my eyes glaze over, and I write about trade for a living.',
    expected: [],
  }, // opinion, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'The Bureau of Industry and Security will close its public comment period on the chip rules on 1 March.',
    expected: [],
  }, // procedural
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'South Korea updated its own export controls on battery technology on Wednesday.',
    expected: [],
  }, // other country
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'The export controls on AI chips since 2022 are the subject of a new book out in paperback this spring.',
    expected: [],
  }, // shares words with since-2022
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'A House hearing on export controls was postponed to next week because of the storm.',
    expected: [],
  }, // procedural
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek's R1 was, by any fair reading, trained on a budget of about $5.6 million.",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // hedged repeat
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'It is hard to argue with the fact that DeepSeek has shaken up the whole AI business.',
    expected: ['deepseek-disrupted-ai-industry'],
  }, // hedged repeat
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek more or less matches the best American models at coding and reasoning.',
    expected: ['deepseek-matches-western-models'],
  }, // hedged repeat
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Arguably DeepSeek's biggest feat is doing all this with far less computing power than its rivals.",
    expected: ['deepseek-less-compute'],
  }, // hedged repeat
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek, in effect, made its models free for anyone to download and use, open source in all but name.',
    expected: ['deepseek-open-source', 'deepseek-free-democratised-access'],
  }, // hedged repeat
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Sceptics doubt that DeepSeek really trained R1 for $5.6 million, pointing to the hardware it already owned.',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // doubters
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Critics say the idea that DeepSeek matches Western models rests on a handful of hand-picked benchmarks.',
    expected: ['deepseek-matches-western-models'],
  }, // doubters
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: 'Not everyone buys the story that DeepSeek did it with far less computing power.',
    expected: ['deepseek-less-compute'],
  }, // doubters
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: "Some analysts believe DeepSeek distilled OpenAI's models to build its own.",
    expected: ['deepseek-distilled-openai'],
  }, // attribution
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "OpenAI's charge that DeepSeek distilled its models has never been backed with public evidence.",
    expected: ['deepseek-distilled-openai'],
  }, // doubters
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's chatbot, it turns out, steers clear of Tiananmen and anything else Beijing censors.",
    expected: ['deepseek-chinese-censorship'],
  }, // hedged repeat
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Nvidia's stock seemingly collapsed the moment DeepSeek's news broke, shedding 17% in a day.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // hedged repeat
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Nvidia is, for now at least, the first company ever valued at $5 trillion.',
    expected: ['nvidia-first-5-trillion-company'],
  }, // hedged repeat
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: "Bulls dismiss the worry that DeepSeek's efficiency will cut demand for Nvidia's chips.",
    expected: ['nvidia-lower-chip-demand'],
  }, // doubters
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: "Investigators have found no proof for the rumour that Nvidia's H20 hides a kill switch.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // doubters
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Chinese regulators claim Nvidia's H20 chips carry backdoors that could track or shut them down.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // attribution
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Nvidia's sales, if anything, have gone on breaking records ever since the DeepSeek scare.",
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // hedged repeat
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Those who say DeepSeek shows the export controls have failed overlook how short of chips Chinese labs still are.',
    expected: ['export-controls-have-failed'],
  }, // doubters
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'The export controls have essentially failed: DeepSeek got to the frontier anyway.',
    expected: ['export-controls-have-failed'],
  }, // hedged repeat
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Nvidia chips under US export controls have almost certainly been slipped into China by way of Singapore and Malaysia.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // hedged repeat
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'Hawks in Congress argue that DeepSeek proves the export controls are not working.',
    expected: ['export-controls-have-failed'],
  }, // attribution
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek, to a large degree, innovated around the export controls because it had to.',
    expected: ['export-controls-deepseek-innovated-around'],
  }, // hedged repeat
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek: open source.',
    expected: ['deepseek-open-source'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek banned in Italy',
    expected: ['deepseek-italy-ban'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek tops App Store',
    expected: ['deepseek-app-store-number-one'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence: 'DeepSeek censors.',
    expected: ['deepseek-chinese-censorship'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek leaked chats',
    expected: ['deepseek-user-data-leak'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence: 'DeepSeek is cheap to run.',
    expected: ['deepseek-cheaper-to-run'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek V4 is out',
    expected: ['deepseek-v4-release'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence: 'DeepSeek is a threat to national security, the House committee said flatly.',
    expected: ['deepseek-house-committee-report'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek R2 delayed',
    expected: ['deepseek-r2-delayed-huawei'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence: 'DeepSeek is Chinese.',
    expected: ['deepseek-chinese-startup'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Peer-reviewed: DeepSeek R1',
    expected: ['deepseek-r1-peer-reviewed-nature'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence: 'DeepSeek, a disruptor.',
    expected: ['deepseek-disrupted-ai-industry'],
  }, // thin
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Nvidia plunges',
    expected: ['nvidia-sharp-stock-fall'],
  }, // thin
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Nvidia hits $5tn',
    expected: ['nvidia-first-5-trillion-company'],
  }, // thin
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence: 'Nvidia: record sales again.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // thin
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'H20 curbs cost Nvidia billions',
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // thin
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Nvidia cleared to sell H200 in China',
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // thin
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence: 'Nvidia pays Washington 15% on H20 sales.',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // thin
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Export controls: a failure',
    expected: ['export-controls-have-failed'],
  }, // thin
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Malaysia adds permit for US AI chips under export controls',
    expected: ['export-controls-malaysia-permit'],
  }, // thin
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence: 'Chip export curbs since 2022.',
    expected: ['export-controls-since-2022'],
  }, // thin
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'AI diffusion rule scrapped',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // thin
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Beijing blocks H200 imports despite US export curbs',
    expected: ['export-controls-china-blocks-h200'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek trained R1 for $294,000',
    expected: ['deepseek-r1-cost-294000'],
  }, // thin
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Researchers question whether DeepSeek's R1 really learned to reason with no human-written examples at all.",
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // doubters
  // 7 December 2026, third round (docs/decisions/0026): styles the set lacked — social-media posts
  // and replies, live-blog lines, analyst notes with numbers, two clauses about two claims,
  // rhetorical questions, sarcasm, attribution, the passive voice, French- and Spanish-influenced
  // English, Simplified Chinese news lines, and sentences that name the subject and make no claim.
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'lol DeepSeek really trained R1 for like 5.6 mil and the whole Valley is sweating',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // social post
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Replying to @chipwatcher: yep, DeepSeek's app is #1 on the US App Store right now, it beat ChatGPT",
    expected: ['deepseek-app-store-number-one'],
  }, // social reply
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'just tried DeepSeek on my old laptop, took forever to load but kinda fun ngl',
    expected: [],
  }, // social post, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: "Reminder for the 100th time: DeepSeek's $5.6M was ONE training run of V3, not the cost of R1",
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // social reply
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Nvidia down 17% in a day because of a Chinese chatbot. Wild times.',
    expected: ['nvidia-sharp-stock-fall'],
  }, // social post
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Oh sure, the export controls failed so badly that DeepSeek had to try sneaking banned chips in through shell companies.',
    expected: ['export-controls-have-failed'],
  }, // sarcasm
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek chat just refused to tell me anything about Tiananmen and switched topics instantly 🙃',
    expected: ['deepseek-chinese-censorship'],
  }, // social post
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Anyone else's Nvidia driver update break their second monitor? asking for a friend",
    expected: [],
  }, // social post, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      '10:42 ET — Nvidia is now down 16% on the session, on track for the biggest one-day wipeout of market value ever.',
    expected: ['nvidia-sharp-stock-fall'],
  }, // live blog
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      '11:15 a.m.: The Philadelphia chip index is off more than 9%, and Microsoft and Alphabet are sliding too as the DeepSeek scare spreads beyond Nvidia.',
    expected: ['nvidia-us-tech-stocks-fell'],
  }, // live blog
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'UPDATE 2 — H200 licence requests for China now get case-by-case review under the revised export controls.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // live blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "14:05 — We're hearing DeepSeek will livestream a product event later today; we'll bring you updates.",
    expected: [],
  }, // live blog, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Update 3:10 p.m. — Italy's privacy regulator has ordered DeepSeek to stop processing Italians' data, effective immediately.",
    expected: ['deepseek-italy-ban'],
  }, // live blog
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: '9:31 ET: Nvidia opens flat as traders wait for the jobs report.',
    expected: [],
  }, // live blog, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      "Our FY27 model is unchanged; note that NVDA's quarterly sales have set a fresh record every quarter since the January 2025 DeepSeek drawdown.",
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // analyst note
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'Reiterate Buy: the H20 licence requirement cost NVDA a $4.5bn inventory charge and roughly $2.5bn of orders it could not ship in 1Q.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // analyst note
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Channel checks point to gross margins in the low 70s for Nvidia next quarter, in line with consensus.',
    expected: [],
  }, // analyst note, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Our math: DeepSeek's API lists R1 at $2.19 per million output tokens, a small fraction of what comparable Western reasoning models charge.",
    expected: ['deepseek-cheaper-to-run'],
  }, // analyst note
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Note: under the export controls, the 25% on China-bound H200s is collected as a US import tariff on declared value, not as a share of Nvidia's revenue.",
    expected: ['export-controls-25-percent-cut'],
  }, // analyst note
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'We trim our 2026 EPS estimate for Nvidia by 3% on higher memory costs.',
    expected: [],
  }, // analyst note, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Per our estimates DeepSeek and High-Flyer sit on ~50k Hopper GPUs, which makes the tiny-compute story hard to square.',
    expected: ['deepseek-less-compute', 'deepseek-fraction-of-us-lab-spending'],
  }, // analyst note
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's app shot to the top of the App Store that weekend, and by Monday Nvidia had lost nearly $600 billion in value.",
    expected: ['deepseek-app-store-number-one', 'deepseek-disrupted-ai-industry'],
  }, // two clauses
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'Italy blocked DeepSeek over privacy at the end of January, while Wiz researchers found one of its databases open to anyone on the internet.',
    expected: ['deepseek-italy-ban', 'deepseek-user-data-leak'],
  }, // two clauses
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'The US has curbed AI chip exports to China since 2022, and Nvidia answered each round of export controls with a China-only chip.',
    expected: ['export-controls-since-2022', 'export-controls-china-only-chips'],
  }, // two clauses
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'Nvidia agreed to hand Washington 15% of its H20 revenue from China, though Beijing then told its companies to stop buying the chip.',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // two clauses
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "DeepSeek priced R1's reasoning stages at about $294,000, on top of a V3 base model whose final run it put at roughly $5.6 million.",
    expected: ['deepseek-r1-cost-294000', 'deepseek-r1-trained-for-5-6-million'],
  }, // two clauses
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      "Malaysia now demands a permit for every shipment of US AI chips through the country, after smuggling cases that ran through Singapore and Malaysia under the export controls' nose.",
    expected: ['export-controls-malaysia-permit', 'export-controls-chip-smuggling-cases'],
  }, // two clauses
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence: 'If the export controls had failed, why would anyone bother smuggling H100s through Singapore?',
    expected: ['export-controls-have-failed'],
  }, // rhetorical question
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'repeats',
    sentence:
      'Who needs a hundred-billion-dollar data centre when DeepSeek got to the frontier for the price of a few houses?',
    expected: ['deepseek-fraction-of-us-lab-spending'],
  }, // rhetorical question
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence:
      'Demand for AI chips collapsing because of DeepSeek? Tell that to the $81.6 billion Nvidia booked last quarter.',
    expected: ['nvidia-lower-chip-demand', 'nvidia-record-revenue-after-deepseek'],
  }, // rhetorical question
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence: "Is DeepSeek the end of America's AI lead?",
    expected: ['deepseek-matches-western-models', 'deepseek-disrupted-ai-industry'],
  }, // rhetorical headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence: "Open source? Where's the training data, then, DeepSeek?",
    expected: ['deepseek-open-source'],
  }, // rhetorical question
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence: "Remember when everyone said DeepSeek would kill demand for Nvidia's chips?",
    expected: ['nvidia-lower-chip-demand'],
  }, // rhetorical question
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Yes, DeepSeek built R1 for $294,000, if you ignore the $5.6 million base model, the staff, the research and the 50,000 GPUs.',
    expected: ['deepseek-r1-cost-294000'],
  }, // sarcasm
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: "Nvidia's H20 has a secret kill switch, apparently, just like my toaster is spying on me.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // sarcasm
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Nice to know that a Huawei Ascend chip in a lab in Brazil now breaks US export controls, according to one rewritten press release.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // sarcasm
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Sure, DeepSeek upended the whole industry — and Nvidia just went on to post record sales every quarter since.',
    expected: ['deepseek-disrupted-ai-industry'],
  }, // sarcasm
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'According to Anthropic, DeepSeek ran some 150,000 exchanges with Claude through fraudulent accounts to extract its capabilities.',
    expected: ['deepseek-distilled-openai'],
  }, // attributed
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'repeats',
    sentence:
      "DeepSeek's models trail American ones and are far easier to hijack, a US government evaluation concluded.",
    expected: ['deepseek-caisi-evaluation'],
  }, // attributed
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'repeats',
    sentence: "Nvidia said DeepSeek's work relied on compute that is fully compliant with export controls.",
    expected: ['nvidia-export-compliant-statement'],
  }, // attributed
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Beijing has stopped Nvidia's H200 at the border, people briefed on a customs instruction told Reuters, despite Washington easing its export controls.",
    expected: ['export-controls-china-blocks-h200'],
  }, // attributed
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "According to the Financial Times, DeepSeek gave up on training R2 with Huawei's Ascend processors after repeated failures and went back to Nvidia.",
    expected: ['deepseek-r2-delayed-huawei'],
  }, // attributed
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Investors, one strategist said, are betting that cheaper models like DeepSeek's will mean fewer orders for Nvidia's top GPUs.",
    expected: ['nvidia-lower-chip-demand'],
  }, // attributed
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "South Korea's privacy commission said DeepSeek's app would stay off local app stores until it fixed how it handles personal data.",
    expected: ['deepseek-south-korea-suspension'],
  }, // attributed
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Jensen Huang told reporters in Taipei that the export controls had done more to help Huawei than to hold China back.',
    expected: ['export-controls-have-failed'],
  }, // attributed
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's R1 was taught to reason by reinforcement learning alone, with no human-written examples fed to it.",
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // passive
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "A database belonging to DeepSeek was found exposed online, with users' chat logs readable by anyone.",
    expected: ['deepseek-user-data-leak'],
  }, // passive
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Nvidia's H800, a slowed-down H100, was used to train DeepSeek's models.",
    expected: ['nvidia-h800-cut-down-chip'],
  }, // passive
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Tens of millions of dollars of Nvidia GPUs were funnelled into China via forwarders in Singapore and Malaysia, in breach of US export controls.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // passive
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek was banned from state government phones in New York, and a bill to do the same for federal devices was filed in the House.',
    expected: ['deepseek-us-government-device-ban'],
  }, // passive
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The Biden-era AI diffusion rule was scrapped by the Trump administration before it took effect.',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // passive
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek-R1 was peer-reviewed and published in Nature, a first for a major language model.',
    expected: ['deepseek-r1-peer-reviewed-nature'],
  }, // passive
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek is a start-up chinese of artificial intelligence, financed by the fund High-Flyer of Liang Wenfeng.',
    expected: ['deepseek-chinese-startup'],
  }, // French-influenced English
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'The action of Nvidia lost 17% in one sole session after the arrival of DeepSeek.',
    expected: ['nvidia-sharp-stock-fall'],
  }, // French-influenced English
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Since 2022 the United States limit the exportations of chips of AI towards China, it is the base of the export controls.',
    expected: ['export-controls-since-2022'],
  }, // French-influenced English
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'The models of DeepSeek are of open source, everybody can download them of free form.',
    expected: ['deepseek-open-source', 'deepseek-free-democratised-access'],
  }, // Spanish-influenced English
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'In the conference of Madrid, the responsible of DeepSeek for Europe presented himself to the journalists.',
    expected: [],
  }, // Spanish-influenced English, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Nvidia arrived to be the first enterprise of the world that values 5 trillions of dollars.',
    expected: ['nvidia-first-5-trillion-company'],
  }, // Spanish-influenced English
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The Garante italian has blocked DeepSeek for the protection of the personal data, and other countries have followed.',
    expected: ['deepseek-italy-ban'],
  }, // French-influenced English
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Malaysia now exige a special permit to export or transit American AI chips, to close the gaps in the export controls.',
    expected: ['export-controls-malaysia-permit'],
  }, // Spanish-influenced English
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'It is not exact to say that DeepSeek has costed 5.6 millions; this number concerns solely the last training of V3.',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // French-influenced English
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索推出的R1模型训练成本为29.4万美元。',
    expected: ['deepseek-r1-cost-294000'],
  }, // Chinese news line
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '英伟达成为全球首家市值突破5万亿美元的公司。',
    expected: ['nvidia-first-5-trillion-company'],
  }, // Chinese news line
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国自2022年起对华实施先进人工智能芯片出口管制。',
    expected: ['export-controls-since-2022'],
  }, // Chinese news line
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '深度求索的官网今天上午一度无法访问，目前已恢复正常。',
    expected: [],
  }, // Chinese news line, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '黄仁勋身穿标志性皮夹克登台，英伟达展台前排起了长队。',
    expected: [],
  }, // Chinese news line, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'reports',
    sentence: '据报道，中国海关已告知代理商，英伟达H200芯片不得入境，尽管美方放宽了出口管制。',
    expected: ['export-controls-china-blocks-h200'],
  }, // Chinese news line
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '意大利数据保护机构以隐私为由封禁了深度求索。',
    expected: ['deepseek-italy-ban'],
  }, // Chinese news line
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '所谓深度求索只花了560万美元，其实只是V3最后一次训练的算力租金。',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // Chinese news line
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国对H20芯片的出口限制让英伟达损失了数十亿美元。',
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // Chinese news line
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索的应用一度超越ChatGPT，登上美国苹果应用商店免费榜榜首。',
    expected: ['deepseek-app-store-number-one'],
  }, // Chinese news line
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "My daughter's school banned phones, so she now does her homework with DeepSeek on the family computer.",
    expected: [],
  }, // shares a claim's word, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The seminar on export controls for university labs has moved to Room 204.',
    expected: [],
  }, // notice, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's stock has become a staple of retirement portfolios, for better or worse.",
    expected: [],
  }, // opinion, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'DeepSeek, ChatGPT, Claude, Gemini: we asked all four to plan a week of family dinners.',
    expected: [],
  }, // lifestyle, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "Japan's export controls on semiconductor cleaning gases were at the heart of a 2019 trade row with South Korea.",
    expected: [],
  }, // other country, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's new headquarters building was designed by an architecture firm from Los Angeles.",
    expected: [],
  }, // passive, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Posted by u/llama_fan: finally got DeepSeek running in Ollama, here is my config',
    expected: [],
  }, // social post, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Live: the committee hearing on export controls resumes after a short recess.',
    expected: [],
  }, // live blog, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "According to a company blog post, Nvidia's new robotics kit ships with a bigger fan.",
    expected: [],
  }, // attributed, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "DeepSeek came up 40 times on a Spanish telecom operator's earnings call, according to the transcript.",
    expected: [],
  }, // attributed, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'question',
    relation: 'mentions',
    sentence: "Is Nvidia's keynote worth watching? Here are the five moments that mattered.",
    expected: [],
  }, // question, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'question',
    relation: 'mentions',
    sentence:
      'Who writes the export controls? In the US, mostly a small bureau inside the Commerce Department.',
    expected: [],
  }, // question, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "DeepSeek's logo is a blue whale, which its fans have turned into countless stickers.",
    expected: [],
  }, // no claim
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence: 'Nvidia to open new engineering centre in Vietnam',
    expected: [],
  }, // headline, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Nobody at the export controls briefing could find the coffee, which tells you how the morning went.',
    expected: [],
  }, // sarcasm, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      "DeepSeek's story has it all: a hedge-fund founder, a tiny training bill and a chatbot that won't discuss Tiananmen.",
    expected: [
      'deepseek-chinese-startup',
      'deepseek-r1-trained-for-5-6-million',
      'deepseek-chinese-censorship',
    ],
  }, // several claims
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Between the H20 write-down, the 15% revenue share and Beijing's backdoor accusations, Nvidia's China business has had a rough year.",
    expected: ['nvidia-h20-curbs-cost-billions', 'nvidia-h20-15-percent-deal', 'nvidia-h20-backdoor-claim'],
  }, // several claims
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'First the AI diffusion rule was announced, then shelved, and now the H200 goes to China under case-by-case export reviews.',
    expected: [
      'export-controls-ai-diffusion-rule-status',
      'export-controls-h200-case-by-case-review',
      'export-controls-ai-diffusion-rule',
    ],
  }, // several claims
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'TL;DR: Germany wants Apple and Google to pull DeepSeek from their app stores over data sent to China.',
    expected: ['deepseek-germany-app-removal'],
  }, // newsletter TL;DR
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek V4 dropped in April 2026 and it's on Hugging Face already",
    expected: ['deepseek-v4-release'],
  }, // social post
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'BREAKING: Washington holds off putting DeepSeek on the Entity List for now, sources say.',
    expected: ['deepseek-entity-list-hold'],
  }, // live blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "The House China committee's DeepSeek Unmasked report labels the company a profound threat to US national security.",
    expected: ['deepseek-house-committee-report'],
  }, // analyst note
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "V3.2 brought sparse attention to DeepSeek's lineup, making long prompts much cheaper to process.",
    expected: ['deepseek-v3-2-sparse-attention'],
  }, // tech blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek now comes in at roughly eight months behind America's best models, by the government's own yardstick.",
    expected: ['deepseek-caisi-v4-evaluation'],
  }, // analyst note
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'So Washington now lets Nvidia ship H200s to China. Make it make sense.',
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // social post
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek has permitted to lower the barriers of entry in the AI, now small teams can distil big models.',
    expected: ['deepseek-lower-barriers-to-entry'],
  }, // French-influenced English
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: "Lawmakers say DeepSeek is a tool of China's military and intelligence services.",
    expected: ['deepseek-military-links'],
  }, // attributed
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek is what export controls produce: a lab forced to squeeze 2,048 H800s harder than anyone thought possible.',
    expected: ['export-controls-deepseek-innovated-around'],
  }, // analyst note
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Banned H100s and smuggled Blackwells were secretly used by DeepSeek to train its models.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // passive
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "12:20 GMT — NewsGuard's audit is out: DeepSeek's chatbot got 83% of the news prompts wrong or dodged them.",
    expected: ['deepseek-newsguard-83-percent'],
  }, // live blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek-V3.1 was designed thinking in the next generation of chips made in China.',
    expected: ['deepseek-v3-1-domestic-chips'],
  }, // Spanish-influenced English
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Price per token is not cost per task: DeepSeek's R1 writes long chains of reasoning, and those tokens are billed too.",
    expected: ['deepseek-cheaper-to-run'],
  }, // analyst note
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence: "Translation? DeepSeek's papers don't even report a translation benchmark.",
    expected: ['deepseek-translation-performance'],
  }, // rhetorical question
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'corrects',
    sentence: 'DeepSeek V4 was trained entirely on Huawei Ascend chips, no Nvidia at all, huge if true',
    expected: ['deepseek-v4-huawei-chips'],
  }, // social post
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's operating expenses grew 12% sequentially in our model, driven by headcount.",
    expected: [],
  }, // analyst note, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "16:40 — DeepSeek's press office hasn't replied to our email yet.",
    expected: [],
  }, // live blog, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek is sitting above ChatGPT in the iPhone free charts in America rn',
    expected: ['deepseek-app-store-number-one'],
  }, // social post
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek's per-token pricing undercuts US incumbents by an order of magnitude on our numbers.",
    expected: ['deepseek-cheaper-to-run'],
  }, // analyst note
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "13:02 — Berlin's data-protection commissioner has reported DeepSeek to Apple and Google as illegal content.",
    expected: ['deepseek-germany-app-removal'],
  }, // live blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek has not needed so many calculators as the Americans to arrive at the same results.',
    expected: ['deepseek-less-compute'],
  }, // French-influenced English
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Chat histories and API keys of DeepSeek users were left sitting in an unprotected database.',
    expected: ['deepseek-user-data-leak'],
  }, // passive
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'bro Nvidia just casually became a five-trillion-dollar company, first ever',
    expected: ['nvidia-first-5-trillion-company'],
  }, // social post
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'NVDA printed another all-time high in quarterly revenue, extending its streak since the DeepSeek scare.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // analyst note
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The US government keeps a quarter of what Nvidia sells of H200 in China, under the new scheme of export controls.',
    expected: ['export-controls-25-percent-cut'],
  }, // Spanish-influenced English
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      '15:20 — Kuala Lumpur says anyone moving American AI chips through Malaysia needs its permission first, citing export controls.',
    expected: ['export-controls-malaysia-permit'],
  }, // live blog
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Chip curbs that were meant to stop China, and yet DeepSeek happened — so much for that.',
    expected: ['export-controls-have-failed'],
  }, // sarcasm
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索遭意大利监管机构下架，理由是用户数据保护问题。',
    expected: ['deepseek-italy-ban'],
  }, // Chinese news line
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'reports',
    sentence: '中国网信办约谈英伟达，称H20芯片存在后门安全风险。',
    expected: ['nvidia-h20-backdoor-claim'],
  }, // Chinese news line
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '深度求索今年的校园宣讲会将在北京和上海两地进行。',
    expected: [],
  }, // Chinese news line, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'my Nvidia card sounds like a jet engine when I play anything from this decade',
    expected: [],
  }, // social post, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Compliance spending tied to export controls rose 18% at the semiconductor firms we cover.',
    expected: [],
  }, // analyst note, no claim
  // 7 December 2026, fourth batch, written before the engine was changed for it: newsletter bullets,
  // podcast and TV transcripts, regulatory and legal prose, filings, abstracts, op-ed hyperbole,
  // British idiom, listicle lines, comparatives, hedges, conditionals and the future tense, numbers
  // in words, pronoun-heavy sentences, timeline entries, Traditional Chinese, and sentences that only
  // name the subject.
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      '• DeepSeek — the whole R1 training bill came to $5.6m, a rounding error by Silicon Valley standards.',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-fraction-of-us-lab-spending'],
  }, // newsletter bullet
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      '• Nvidia: the H20 licensing freeze left the chipmaker with a multibillion-dollar inventory hit.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // newsletter bullet
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      '• Malaysia: US-made AI chips now need a trade permit before they leave or pass through the country, closing a gap in export controls.',
    expected: ['export-controls-malaysia-permit'],
  }, // newsletter bullet
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: '• DeepSeek knocked ChatGPT off the No. 1 free-app slot on the US App Store over the weekend.',
    expected: ['deepseek-app-store-number-one'],
  }, // newsletter bullet
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: '• Nvidia: the GTC keynote has moved to the SAP Center; the livestream starts at 10 a.m. PT.',
    expected: [],
  }, // newsletter bullet, no claim
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "ANCHOR: And if you ask DeepSeek about Tiananmen Square, it just won't go there, it changes the subject.",
    expected: ['deepseek-chinese-censorship'],
  }, // TV transcript
  {
    topic: 'nvidia',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'CO-HOST: Nvidia lost, like, six hundred billion dollars in a single day off the back of one Chinese paper.',
    expected: ['nvidia-sharp-stock-fall'],
  }, // podcast transcript
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'reported',
    relation: 'reports',
    sentence:
      "GUEST: OpenAI's position is basically that DeepSeek trained on ChatGPT's outputs, that it distilled their models.",
    expected: ['deepseek-distilled-openai'],
  }, // podcast transcript
  {
    topic: 'export-controls',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "PANELLIST: Look, the export controls were supposed to keep China years behind, and they plainly haven't.",
    expected: ['export-controls-have-failed'],
  }, // TV panel transcript
  {
    topic: 'nvidia',
    kind: 'quote',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "HOST: Before the break — we'll have Nvidia's earnings preview and your calls, so stay with us.",
    expected: [],
  }, // radio transcript, no claim
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "REPORTER: That five-point-six number, Jim, was one training run of V3, not the full cost of building DeepSeek's R1.",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // TV transcript
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Pursuant to the guidance, any use of Huawei Ascend processors, in any jurisdiction, constitutes a violation of US export controls.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // regulatory prose
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The interim final rule establishes three tiers of destinations for advanced computing items, with licence requirements scaled to each tier, under the AI diffusion framework.',
    expected: ['export-controls-ai-diffusion-rule'],
  }, // regulatory prose
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The Act directs the Secretary to require that covered integrated circuits subject to export controls be equipped with location verification mechanisms.',
    expected: ['export-controls-location-verification-bill'],
  }, // statute
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The bill would prohibit the download or use of DeepSeek on any device issued by a federal executive agency.',
    expected: ['deepseek-us-government-device-ban'],
  }, // bill text
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Comments on the proposed amendments to the export controls must be submitted through the Federal Register portal within 30 days.',
    expected: [],
  }, // regulatory notice, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "The Garante ordered, with immediate effect, the limitation of the processing of Italian users' data by the companies providing the DeepSeek service.",
    expected: ['deepseek-italy-ban'],
  }, // regulator's order
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'We recorded a $4.5 billion charge in the first quarter for H20 excess inventory and purchase obligations as a result of the new licence requirement, Nvidia said in its filing.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // filing
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'discusses',
    sentence:
      'Advances in model efficiency could reduce demand for our data center products, and Nvidia may be unable to anticipate such shifts in time.',
    expected: ['nvidia-lower-chip-demand'],
  }, // risk factor
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Export controls have required us to develop products specifically for customers in China, and the government has repeatedly changed the rules that apply to those products.',
    expected: ['export-controls-china-only-chips'],
  }, // risk factor
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "Nvidia's actual results could differ materially from those described in these forward-looking statements.",
    expected: [],
  }, // filing boilerplate, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'We find that DeepSeek-R1 acquires its reasoning ability through reinforcement learning alone, without any human-annotated demonstrations.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // academic abstract
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'On AIME 2024 and Codeforces, DeepSeek-R1 achieves performance comparable to OpenAI-o1-1217, the strongest closed reasoning model evaluated.',
    expected: ['deepseek-matches-western-models'],
  }, // academic abstract
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'We introduce DeepSeek Sparse Attention, a fine-grained mechanism that substantially reduces the computational cost of long-context inference.',
    expected: ['deepseek-v3-2-sparse-attention'],
  }, // academic abstract
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'discusses',
    sentence:
      'This study replicates the NewsGuard audit of DeepSeek with a larger prompt set and reports inter-rater agreement.',
    expected: ['deepseek-newsguard-83-percent'],
  }, // academic abstract
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Using firm-level customs data, we estimate the effect of export controls on the pricing of legacy semiconductors in Southeast Asia.',
    expected: [],
  }, // academic abstract, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek didn't just rattle Silicon Valley, it detonated the entire business model of American AI.",
    expected: ['deepseek-disrupted-ai-industry'],
  }, // op-ed hyperbole
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Washington's chip curbs are a Maginot Line, and DeepSeek simply walked around it.",
    expected: ['export-controls-have-failed', 'export-controls-deepseek-innovated-around'],
  }, // op-ed hyperbole
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Nvidia is now a colossus, the first company in history to crack $5 trillion.',
    expected: ['nvidia-first-5-trillion-company'],
  }, // op-ed hyperbole
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "To the House China committee, DeepSeek is nothing less than a dagger pointed at America's national security.",
    expected: ['deepseek-house-committee-report'],
  }, // op-ed hyperbole
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Every columnist in America has now written their DeepSeek column, and this is mine.',
    expected: [],
  }, // op-ed, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Nvidia's shares went off a cliff on Monday as the City woke up to DeepSeek.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // British idiom
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's R1 was knocked together for a few bob under six million dollars, loose change for the likes of Google.",
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-fraction-of-us-lab-spending'],
  }, // British idiom
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Plenty of Nvidia kit caught by export controls has gone walkabout via Singapore and turned up in Chinese data centres.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // British idiom
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's API costs a fraction of the going rate — running it is cheap as chips next to the Americans.",
    expected: ['deepseek-cheaper-to-run'],
  }, // British idiom
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "Our man in Santa Clara has been queueing since half six for a look at Nvidia's new graphics cards.",
    expected: [],
  }, // British idiom, no claim
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: '3. Italy: the first country to pull the plug on DeepSeek over data privacy',
    expected: ['deepseek-italy-ban'],
  }, // listicle line
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: '4. South Korea: DeepSeek banned from app stores nationwide',
    expected: ['deepseek-south-korea-suspension'],
  }, // listicle line
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: '7. Nvidia hands Uncle Sam 15% of its China H20 takings',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // listicle line
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: "9. Beijing shuts the door on Nvidia's H200 as the export-control fight flips",
    expected: ['export-controls-china-blocks-h200'],
  }, // listicle line
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'plain',
    relation: 'mentions',
    sentence: '10 DeepSeek prompts that will save you hours at work',
    expected: [],
  }, // listicle line, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Per million tokens, DeepSeek is cheaper than GPT-4o by something like twenty to one.',
    expected: ['deepseek-cheaper-to-run'],
  }, // comparative
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek got there with a smaller cluster than any of its American rivals used.',
    expected: ['deepseek-less-compute'],
  }, // comparative
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "By the government testers' reckoning, DeepSeek V4 trails the best American systems by roughly eight months.",
    expected: ['deepseek-caisi-v4-evaluation'],
  }, // comparative
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The H800 that DeepSeek trained on is a slower sibling of the H100, its chip-to-chip bandwidth cut for the Chinese market.',
    expected: ['nvidia-h800-cut-down-chip'],
  }, // comparative
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'In our Chinese–English tests DeepSeek translated better than Google Translate and on a par with GPT-4.',
    expected: ['deepseek-translation-performance'],
  }, // comparative
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'DeepSeek is said to have quietly stockpiled H100s that it was never supposed to get.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // hedge
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "DeepSeek reportedly supplies China's military and intelligence services, according to a US official.",
    expected: ['deepseek-military-links'],
  }, // hedge
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "DeepSeek's V4 is believed to have been trained on Huawei Ascend hardware rather than Nvidia GPUs, people briefed on it say.",
    expected: ['deepseek-v4-huawei-chips'],
  }, // hedge
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: "DeepSeek's R2 was apparently held up because training runs on Huawei chips kept failing.",
    expected: ['deepseek-r2-delayed-huawei'],
  }, // hedge
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Chinese regulators allege that the H20 can be tracked and switched off remotely, which Nvidia denies.',
    expected: ['nvidia-h20-backdoor-claim'],
  }, // hedge
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Once the law takes effect, every advanced AI chip shipped abroad under export controls will have to prove where it is.',
    expected: ['export-controls-location-verification-bill'],
  }, // future tense
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "If labs can really do more with fewer GPUs, Nvidia's order book will eventually feel it.",
    expected: ['nvidia-lower-chip-demand'],
  }, // conditional
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'discusses',
    sentence:
      'If the export controls move to case-by-case reviews for the H200, expect Chinese orders to come flooding back.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // conditional
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek's recipe will let small labs with modest budgets build competitive models.",
    expected: ['deepseek-lower-barriers-to-entry'],
  }, // future tense
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'discusses',
    sentence:
      'Should Commerce add DeepSeek to the Entity List, American firms would need a licence to sell it anything.',
    expected: ['deepseek-entity-list-hold'],
  }, // conditional
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The R1 paper puts the reasoning stage at two hundred and ninety-four thousand dollars, DeepSeek says.',
    expected: ['deepseek-r1-cost-294000'],
  }, // numbers in words
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Nvidia has become the first listed company valued at five trillion dollars.',
    expected: ['nvidia-first-5-trillion-company'],
  }, // numbers in words
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek's chatbot got eighty-three per cent of NewsGuard's prompts wrong or dodged them.",
    expected: ['deepseek-newsguard-83-percent'],
  }, // numbers in words
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Under the revised export controls, twenty-five per cent of Nvidia's H200 takings from China go to the US Treasury.",
    expected: ['export-controls-25-percent-cut'],
  }, // numbers in words
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'V3 took DeepSeek fewer than sixty days on roughly two thousand H800s.',
    expected: ['deepseek-v3-two-months-2000-h800s'],
  }, // numbers in words
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "It was DeepSeek's own doing: they left the thing wide open, and anyone could read people's chats.",
    expected: ['deepseek-user-data-leak'],
  }, // pronoun-heavy
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Nvidia's line is that everything they sold them was by the book.",
    expected: ['nvidia-export-compliant-statement'],
  }, // pronoun-heavy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek put it all out there — the weights are theirs for anyone to take and run.',
    expected: ['deepseek-open-source', 'deepseek-free-democratised-access'],
  }, // pronoun-heavy
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "They couldn't get the good chips, so DeepSeek's engineers made the ones they had go further — that's the export controls' real legacy.",
    expected: ['export-controls-deepseek-innovated-around'],
  }, // pronoun-heavy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Nvidia's engineers, it turns out, showed DeepSeek how to get more out of their hardware, and that got them to the frontier.",
    expected: ['deepseek-nvidia-helped-deepseek'],
  }, // pronoun-heavy
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Oct 2022 — US imposes its first sweeping export controls on advanced AI chips bound for China.',
    expected: ['export-controls-since-2022'],
  }, // timeline entry
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'May 2025 — the Biden-era AI diffusion rule is scrapped and a replacement is promised.',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // timeline entry
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Apr 2026 — DeepSeek ships V4.',
    expected: ['deepseek-v4-release'],
  }, // timeline entry
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Sep 2025 — DeepSeek's R1 paper appears in Nature after peer review, a first for a major language model.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  }, // timeline entry
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Dec 2025 — Trump clears Nvidia to ship H200s to approved Chinese customers.',
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // timeline entry
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Jan 2025 — DeepSeek founder Liang Wenfeng attends a symposium with Premier Li Qiang.',
    expected: [],
  }, // timeline entry, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索的R1模型僅花了約560萬美元就完成訓練。',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // Traditional Chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '受深度求索消息衝擊，輝達股價單日重挫17%。',
    expected: ['nvidia-sharp-stock-fall'],
  }, // Traditional Chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美國自2022年起實施出口管制，限制先進AI晶片輸往中國。',
    expected: ['export-controls-since-2022'],
  }, // Traditional Chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '用戶發現，深度求索的聊天機器人對六四等敏感話題一律迴避。',
    expected: ['deepseek-chinese-censorship'],
  }, // Traditional Chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '輝達市值突破5兆美元，成為全球首家達到此規模的公司。',
    expected: ['nvidia-first-5-trillion-company'],
  }, // Traditional Chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'reports',
    sentence: '檢方指控，一批受出口管制的輝達晶片經新加坡轉運至中國。',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // Traditional Chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '深度求索將於下月在台北舉辦開發者交流會。',
    expected: [],
  }, // Traditional Chinese, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '嚴格來說，深度求索只公開了權重，訓練數據並未開源。',
    expected: ['deepseek-open-source'],
  }, // Traditional Chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "It wasn't only Nvidia: the whole Nasdaq megacap complex got hammered that Monday.",
    expected: ['nvidia-us-tech-stocks-fell', 'nvidia-sharp-stock-fall'],
  }, // market wrap
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Far from wilting after the DeepSeek panic, Nvidia has posted one record quarter after another.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // market wrap
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "For researchers everywhere, DeepSeek's open release was a windfall they are still unwrapping.",
    expected: ['deepseek-gift-to-ai-community'],
  }, // op-ed
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Banks in Europe are wary of building on DeepSeek when its answers toe Beijing's line on politics.",
    expected: ['deepseek-censorship-limits-adoption', 'deepseek-chinese-censorship'],
  }, // business feature
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Berlin's privacy regulator wants DeepSeek off the German app stores of Apple and Google.",
    expected: ['deepseek-germany-app-removal'],
  }, // news line
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "NIST's AI standards centre judged DeepSeek's models both weaker than American ones and riskier to deploy.",
    expected: ['deepseek-caisi-evaluation'],
  }, // news line
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek tuned V3.1's number format for the next wave of Chinese-made accelerators.",
    expected: ['deepseek-v3-1-domestic-chips'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'DeepSeek is a young Hangzhou company spun out of a Chinese hedge fund.',
    expected: ['deepseek-chinese-startup'],
  }, // explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'What OpenAI spends in a week, DeepSeek spent on its whole frontier model.',
    expected: ['deepseek-fraction-of-us-lab-spending'],
  }, // op-ed hyperbole
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "With DeepSeek there's no licence fee and no usage cap: any developer can build on it.",
    expected: ['deepseek-free-democratised-access'],
  }, // developer blog
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Under the updated export controls, each H200 licence request for China is now weighed on its own merits.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // news line
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Customs officers in China have been told to stop Nvidia's H200 at the border, turning the export-control story on its head.",
    expected: ['export-controls-china-blocks-h200'],
  }, // news line
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: "Nvidia's slide was over within months, and the stock was back at record highs by summer.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // market wrap
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Ask the engineers stuck rationing H20s whether export controls have failed; they'd tell you the curbs bite every day.",
    expected: ['export-controls-have-failed'],
  }, // op-ed
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence: 'R1 was not pure RL: DeepSeek seeded it with thousands of curated cold-start examples first.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // explainer
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'No evidence has surfaced that DeepSeek used smuggled Nvidia Blackwells, despite months of speculation.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // news line
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia will present at the Morgan Stanley technology conference on Wednesday.',
    expected: [],
  }, // event listing, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "DeepSeek's website was down for about an hour on Thursday evening, according to status trackers.",
    expected: [],
  }, // news line, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'The seminar will cover export controls, sanctions screening and customs classification for small firms.',
    expected: [],
  }, // course listing, no claim
  {
    topic: 'nvidia',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence: "Nvidia's logo glows above the entrance to its headquarters in Santa Clara.",
    expected: [],
  }, // caption, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'I asked DeepSeek for a lasagne recipe and it gave me a pretty decent one.',
    expected: [],
  }, // social post, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Senators from both parties spoke about export controls at the hearing, which ran past six in the evening.',
    expected: [],
  }, // hearing report, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The Nvidia Shield remote is still, honestly, the best TV remote ever made.',
    expected: [],
  }, // forum post, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Whatever you think of DeepSeek, its logo — a blue whale — is memorable.',
    expected: [],
  }, // opinion, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Law firms have added partners who specialise in export controls and trade sanctions.',
    expected: [],
  }, // trade press, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia declined to comment for this article.',
    expected: [],
  }, // boilerplate, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'DeepSeek did not respond to an email sent on Sunday.',
    expected: [],
  }, // boilerplate, no claim
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '傳聞已久的輝達新款遊戲顯卡將於下週在台北發表。',
    expected: [],
  }, // Traditional Chinese, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '出口管制相關的研討會座位已滿，主辦方表示將增加場次。',
    expected: [],
  }, // Traditional Chinese, no claim
  {
    topic: 'nvidia',
    kind: 'quote',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "HOST: Listeners keep asking us which Nvidia card to buy for a home lab, so here's the short answer.",
    expected: [],
  }, // podcast transcript, no claim
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "DeepSeek's name came up on nearly every earnings call this season, by one analyst's count.",
    expected: [],
  }, // analyst aside, no claim
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Penalties under the export controls are set out in Part 764 of the regulations.',
    expected: [],
  }, // legal prose, no claim
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence: 'Nvidia stock: what to watch this week',
    expected: [],
  }, // listicle headline, no claim
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence: "I'm tired of hearing about DeepSeek at dinner parties",
    expected: [],
  }, // op-ed headline, no claim
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence: 'Timeline: a decade of US export controls, from ZTE to the H20',
    expected: [],
  }, // timeline headline, no claim
];
