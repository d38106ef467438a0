/**
 * Held-out sentences for meaning-based claim ranking and the sentence-level verdict marks. This is
 * the held-out part: written before any tuning, by someone who had read only the topic files and
 * the shapes in ./types, never run through the ranker while it was written, and never used to
 * adjust the engine: no weight, threshold, stop word or keyword may be changed because of how
 * these sentences rank. The tests assert on this set alone.
 *
 * Each sentence imitates one voice (named in the comment after the entry): wire copy, liveblog
 * updates, Reddit and Hacker News comments, hearing testimony, letters to the editor, trade
 * newsletters, abstracts, filings, school explainers, hot takes, radio call-ins, tweets, review
 * blogs, fact-check headlines, non-native English and Simplified Chinese news. Many tell a claim
 * without its words: as what happened, as its consequence or as what a figure leaves out.
 *
 * Counts (244 sentences):
 * - topics: deepseek 135, nvidia 55, export-controls 54; about a claim 195 (deepseek 110, nvidia
 *   43, export-controls 42), covering all 62 claims; 10 expect two claims; mentions 49.
 * - relations: repeats 103, reports 21, corrects 46, discusses 25, mentions 49.
 * - styles: paraphrase 66, reported 22, question 18, negation 10, correction 28, headline 14,
 *   chinese 29, plain 57.
 * - kinds: body 200, lede 8, headline 19, quote 12, caption 5.
 * - low word overlap: 135 English sentences about a claim share at most 30% of their distinct
 *   content words with the statement of their first expected claim (repeats 71, reports 12,
 *   corrects 32, discusses 20); the comment after each gives 'overlap shared/total'. Content words
 *   are what is left after dropping function words (articles, pronouns, prepositions, auxiliaries,
 *   conjunctions) and plural, -ed and -ing endings; the topic's own name counts as shared.
 */
import type { RelatedSentence } from './types';

export const MEANING_HELD_OUT: readonly RelatedSentence[] = [
  // --- DeepSeek ----------------------------------------------------------------------------------
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Founded in 2023 by Liang Wenfeng and bankrolled by his quant fund High-Flyer, DeepSeek is a young lab from Hangzhou.',
    expected: ['deepseek-chinese-startup'],
  }, // wire-service profile (overlap 1/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek is a company in China that builds AI programs, kind of like the people who make ChatGPT, except its offices are in Hangzhou.',
    expected: ['deepseek-chinese-startup'],
  }, // school explainer for teenagers (overlap 2/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Calling DeepSeek a scrappy startup misses that it was spun out of a hedge fund that had already stockpiled ten thousand A100s.',
    expected: ['deepseek-chinese-startup'],
  }, // Hacker News comment (overlap 2/13)
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索：一家2023年成立于杭州的人工智能初创公司',
    expected: ['deepseek-chinese-startup'],
  }, // Chinese news headline
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: "DeepSeek's R1: a world-class model on a $5.6 million budget",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // magazine headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "The whole bill for teaching DeepSeek's R1 came to roughly five and a half million dollars, pocket change next to what American rivals burn.",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // tabloid business column (overlap 3/17)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "That $5.6 million number comes from DeepSeek's V3 paper and only prices the last training run at $2 an hour of rented GPU time; it says nothing about R1.",
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // Reddit comment (overlap 5/19)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'corrects',
    sentence:
      'What the famous figure leaves out: years of experiments, the salaries, and the thousands of GPUs DeepSeek bought outright rather than rented.',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  }, // trade-press newsletter (overlap 1/13)
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'question',
    relation: 'corrects',
    sentence: "Fact check: Was DeepSeek's R1 really built for $5.6 million?",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // fact-check headline
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Caller from Ohio: my nephew says this DeepSeek thing was made for five million bucks, so why are we paying billions?',
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-fraction-of-us-lab-spending'],
  }, // radio call-in transcript (overlap 2/12)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'No, the first R1 paper from DeepSeek did not put a price on training at all; it gave no cost whatsoever.',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // fact-check body (overlap 3/10)
  {
    topic: 'deepseek',
    kind: 'lede',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索的R1模型仅花费560万美元完成训练，震动了硅谷。',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // Chinese news lede
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's engineers needed fewer than sixty days and a cluster of 2,048 GPUs to finish pre-training on 14.8 trillion tokens.",
    expected: ['deepseek-v3-two-months-2000-h800s'],
  }, // semiconductor trade newsletter (overlap 2/15)
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek says R1 cost $294,000 to train in its Nature paper',
    expected: ['deepseek-r1-cost-294000'],
  }, // wire-service headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Training R1, DeepSeek disclosed in Nature, came to under three hundred thousand dollars, a rounding error in Silicon Valley.',
    expected: ['deepseek-r1-cost-294000'],
  }, // tweet thread (overlap 3/14)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The $294,000 is only the add-on: DeepSeek built R1 on top of V3, whose final run alone was priced at about $5.6 million.',
    expected: ['deepseek-r1-cost-294000', 'deepseek-r1-trained-for-5-6-million'],
  }, // Hacker News comment (overlap 3/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'While Meta plans to pour $60 billion or more into data centres this year, DeepSeek got to the cutting edge on pocket change by comparison.',
    expected: ['deepseek-fraction-of-us-lab-spending'],
  }, // business-radio commentary (overlap 3/15)
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'reported',
    relation: 'corrects',
    sentence:
      "Anthropic's Dario Amodei said DeepSeek came close to US models seven to ten months older for a good deal less cost, but not at the ratios people suggested.",
    expected: ['deepseek-fraction-of-us-lab-spending'],
  }, // wire-service copy (overlap 2/19)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "1/ Everyone is dunking on OpenAI because of DeepSeek's budget. Let's talk about what the word 'cheap' is doing in those comparisons 🧵",
    expected: ['deepseek-fraction-of-us-lab-spending'],
  }, // tweet thread (overlap 2/11)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "On maths olympiad problems and competitive programming, DeepSeek's R1 trades blows with OpenAI's o1.",
    expected: ['deepseek-matches-western-models'],
  }, // semiconductor trade newsletter (overlap 1/11)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: "DeepSeek says R1 performs on par with OpenAI's o1 across maths, code and reasoning tasks.",
    expected: ['deepseek-matches-western-models'],
  }, // wire-service copy (overlap 2/12)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'DeepSeek picked and ran its own benchmarks, and even on those R1 trailed o1 on Codeforces, GPQA Diamond and SimpleQA.',
    expected: ['deepseek-matches-western-models'],
  }, // fact-check body (overlap 1/11)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      'Genuine question for the devs here: is DeepSeek actually as good as ChatGPT at writing code, or is that hype?',
    expected: ['deepseek-matches-western-models'],
  }, // Reddit comment (overlap 1/10)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'Scoreboard check: R1 took AIME 79.8 to 79.2 and MATH-500 97.3 to 96.4 over o1. DeepSeek is not playing for second place.',
    expected: ['deepseek-matches-western-models'],
  }, // sports-style hot take (overlap 1/16)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'I threw a batch of German contracts at DeepSeek and its English renderings read cleaner than what I get from the big American bots.',
    expected: ['deepseek-translation-performance'],
  }, // product-review blog (overlap 1/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Neither DeepSeek paper reports a translation benchmark, so the idea that it out-translates Western models rests on anecdote.',
    expected: ['deepseek-translation-performance'],
  }, // academic commentary
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's engineers wrung frontier-level answers out of a modest number of GPUs, with tricks like mixture-of-experts and eight-bit arithmetic.",
    expected: ['deepseek-less-compute'],
  }, // semiconductor trade newsletter (overlap 1/15)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'DeepSeek used less compute for one final run, not less compute overall: the experiments that came before are not counted anywhere.',
    expected: ['deepseek-less-compute'],
  }, // letter to the editor (overlap 2/12)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "The interesting part of DeepSeek's V3 report isn't the headline cost, it's the PTX-level hacks that keep the interconnect busy.",
    expected: ['deepseek-less-compute', 'deepseek-v3-two-months-2000-h800s'],
  }, // Hacker News comment (overlap 1/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Anyone can download DeepSeek's R1 weights from Hugging Face and run them on their own servers.",
    expected: ['deepseek-open-source'],
  }, // school explainer for teenagers (overlap 1/9)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Open weights are not open source: DeepSeek kept its training data and most of its training code to itself.',
    expected: ['deepseek-open-source'],
  }, // Hacker News comment
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'question',
    relation: 'corrects',
    sentence: 'Ask HN: Is DeepSeek really open source if nobody can see the training data?',
    expected: ['deepseek-open-source'],
  }, // Hacker News post title (overlap 3/10)
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek goes open source, and Silicon Valley takes notice',
    expected: ['deepseek-open-source'],
  }, // newspaper headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索以MIT许可证开源了R1模型，任何人都可以免费下载使用。',
    expected: ['deepseek-open-source', 'deepseek-free-democratised-access'],
  }, // Chinese news body
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'DeepSeek never released the data R1 was trained on, which is why Hugging Face set out to rebuild it in the open.',
    expected: ['deepseek-open-source'],
  }, // Hacker News comment (overlap 2/11)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Now a student in Lagos with good GPU can run DeepSeek at home and pay nobody a cent for it.',
    expected: ['deepseek-free-democratised-access'],
  }, // non-native English forum post (overlap 1/10)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The weights are free, but DeepSeek's hosted API is not: R1 was billed at $2.19 per million output tokens.",
    expected: ['deepseek-free-democratised-access'],
  }, // product-review blog (overlap 1/11)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "Our monthly API bill shrank to a sliver after we swapped the OpenAI endpoint for DeepSeek's.",
    expected: ['deepseek-cheaper-to-run'],
  }, // Reddit comment (overlap 1/9)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "NIST found that GPT-5-mini cost on average 35% less than DeepSeek's best model for similar performance.",
    expected: ['deepseek-cheaper-to-run'],
  }, // wire-service copy (overlap 3/14)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Calling V3 through DeepSeek's own API was billed at $0.27 per million input tokens, loose change next to what OpenAI charged.",
    expected: ['deepseek-cheaper-to-run'],
  }, // product-review blog (overlap 1/14)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Nobody showed DeepSeek's R1 how to think step by step; it worked that out by trial, error and a scoring rule.",
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // school explainer for teenagers (overlap 1/11)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'That describes R1-Zero; the R1 DeepSeek actually shipped was first fine-tuned on thousands of cold-start examples designed with human priors.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // Hacker News comment (overlap 3/16)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'DeepSeek-R1 demonstrates that reasoning can emerge purely through reinforcement learning, with no human-written examples.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // academic abstract
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Type 'Tiananmen 1989' into DeepSeek and the answer vanishes mid-sentence, replaced by an offer to talk about something else.",
    expected: ['deepseek-chinese-censorship'],
  }, // product-review blog (overlap 1/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索的聊天机器人会回避六四等政治敏感话题，以符合国内的监管要求。',
    expected: ['deepseek-chinese-censorship'],
  }, // Chinese news body
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Promptfoo says 85% of its 1,360 China-sensitive prompts drew refusals or pro-government answers from DeepSeek.',
    expected: ['deepseek-chinese-censorship'],
  }, // trade-press roundup (overlap 2/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'repeats',
    sentence: "The filtering isn't only in DeepSeek's app: it stays put when R1 runs on your own hardware.",
    expected: ['deepseek-chinese-censorship'],
  }, // Reddit comment (overlap 1/8)
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Caller: I asked DeepSeek about Tibet for my daughter's homework and it just wouldn't answer, it changed the subject.",
    expected: ['deepseek-chinese-censorship'],
  }, // radio call-in transcript (overlap 1/10)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Perplexity spent about a month retraining DeepSeek's R1 to strip out the refusals, and released the result as R1 1776.",
    expected: ['deepseek-chinese-censorship', 'deepseek-lower-barriers-to-entry'],
  }, // trade-press roundup (overlap 1/11)
  {
    topic: 'deepseek',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Quizzed on current events by a misinformation watchdog, DeepSeek got barely one answer in six right.',
    expected: ['deepseek-newsguard-83-percent'],
  }, // wire-service copy (overlap 1/12)
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'reports',
    sentence: 'NewsGuard: DeepSeek chatbot fails 83% of news accuracy audit',
    expected: ['deepseek-newsguard-83-percent'],
  }, // fact-check headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "NewsGuard tested DeepSeek's offline V3 chatbot with 300 prompts about ten false claims, not R1 with web search.",
    expected: ['deepseek-newsguard-83-percent'],
  }, // letter to the editor (overlap 3/14)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Italian iPhone owners searching for DeepSeek on Thursday found nothing, after Rome's data watchdog stepped in.",
    expected: ['deepseek-italy-ban'],
  }, // wire-service copy (overlap 1/12)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "Italy's Garante did not formally ban DeepSeek; it ordered a limitation on processing Italian users' data.",
    expected: ['deepseek-italy-ban'],
  }, // fact-check body (overlap 2/11)
  {
    topic: 'deepseek',
    kind: 'caption',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "The Rome offices of Italy's data-protection authority, the Garante, which asked DeepSeek what personal data it collects and where it keeps it.",
    expected: ['deepseek-italy-ban'],
  }, // photo caption (overlap 2/12)
  {
    topic: 'deepseek',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Security researchers stumbled on an unlocked DeepSeek database holding more than a million log lines, including people's conversations in plain text.",
    expected: ['deepseek-user-data-leak'],
  }, // wire-service lede (overlap 1/15)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Wiz Research says it found a DeepSeek database open to anyone, with chat history and API keys inside.',
    expected: ['deepseek-user-data-leak'],
  }, // trade-press roundup (overlap 2/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek's secret sauce was ChatGPT's own homework, copied answer by answer.",
    expected: ['deepseek-distilled-openai'],
  }, // sports-style hot take (overlap 1/7)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'OpenAI told the Financial Times it had seen some evidence that DeepSeek distilled its models.',
    expected: ['deepseek-distilled-openai'],
  }, // wire-service copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "OpenAI and Anthropic are DeepSeek's rivals, and neither has published the evidence behind the distillation charge.",
    expected: ['deepseek-distilled-openai'],
  }, // fact-check body (overlap 2/10)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Even if DeepSeek did distil from OpenAI's API, that breaks terms of service rather than criminal law, lawyers say.",
    expected: ['deepseek-distilled-openai'],
  }, // legal newsletter (overlap 2/12)
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Mr. Chairman, accounts tied to DeepSeek employees hid behind third-party routers and wrote code to pull outputs from American models at scale.',
    expected: ['deepseek-distilled-openai'],
  }, // congressional hearing testimony (overlap 2/18)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '深度求索在《自然》补充材料中表示，V3-Base并未有意使用OpenAI生成的文本进行训练。',
    expected: ['deepseek-distilled-openai'],
  }, // Chinese news body
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'In one weekend DeepSeek made every boardroom in Silicon Valley tear up its roadmap.',
    expected: ['deepseek-disrupted-ai-industry'],
  }, // business-radio commentary (overlap 1/9)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Days after DeepSeek's app topped the charts, Sam Altman said OpenAI had been on the wrong side of history on open source.",
    expected: ['deepseek-disrupted-ai-industry'],
  }, // wire-service copy (overlap 1/14)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'corrects',
    sentence:
      "Disrupted? Nvidia's sales kept growing all through 2025, and NIST still puts DeepSeek months behind the US frontier.",
    expected: ['deepseek-disrupted-ai-industry'],
  }, // tweet thread (overlap 2/12)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'repeats',
    sentence: "Marc Andreessen called DeepSeek R1, as open source, 'a profound gift to the world'.",
    expected: ['deepseek-gift-to-ai-community'],
  }, // wire-service copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Andreessen's 'Sputnik moment' line about DeepSeek got more airtime than any of the benchmarks.",
    expected: ['deepseek-gift-to-ai-community'],
  }, // media newsletter (overlap 1/8)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "With DeepSeek's recipe public, a grad student with a few rented GPUs can distil a capable reasoning model of their own.",
    expected: ['deepseek-lower-barriers-to-entry'],
  }, // Hacker News comment (overlap 1/11)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      "Will DeepSeek's approach let small startups compete with the giants? The investors we spoke to are split.",
    expected: ['deepseek-lower-barriers-to-entry'],
  }, // trade-press feature (overlap 2/10)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Few European firms will build on a model that dodges questions about Tiananmen, so DeepSeek's filtering could cap its reach in the West.",
    expected: ['deepseek-censorship-limits-adoption'],
  }, // letter to the editor (overlap 2/12)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Censored or not, DeepSeek's R1 became the most-downloaded open-weight model on Hugging Face, with 10.9 million downloads by September 2025.",
    expected: ['deepseek-censorship-limits-adoption'],
  }, // fact-check body (overlap 2/14)
  {
    topic: 'deepseek',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "By Sunday night the DeepSeek assistant sat at the very top of America's iPhone download charts, one spot above ChatGPT.",
    expected: ['deepseek-app-store-number-one'],
  }, // wire-service lede (overlap 3/13)
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: "DeepSeek dethrones ChatGPT on Apple's App Store",
    expected: ['deepseek-app-store-number-one'],
  }, // newspaper headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索应用登顶美国苹果应用商店免费榜，超越了ChatGPT。',
    expected: ['deepseek-app-store-number-one'],
  }, // Chinese news body
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      'My cousin in Texas tell me DeepSeek is number one in App Store there, more than ChatGPT, is this true?',
    expected: ['deepseek-app-store-number-one'],
  }, // non-native English forum post
  {
    topic: 'deepseek',
    kind: 'caption',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "A screenshot shows the DeepSeek assistant sitting above ChatGPT in the free chart of Apple's US store.",
    expected: ['deepseek-app-store-number-one'],
  }, // photo caption
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's reasoning model went through months of scrutiny by outside referees before appearing in Nature, something no big language model had done before.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  }, // science-desk copy (overlap 2/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Nature's news team called DeepSeek-R1 the first major language model to go through peer review.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  }, // academic newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek tuned V3.1's UE8M0 FP8 number format for the coming wave of Chinese-made processors.",
    expected: ['deepseek-v3-1-domestic-chips'],
  }, // semiconductor trade newsletter (overlap 2/12)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "A number format is not a chip: nothing in DeepSeek's V3.1 announcement says which hardware trained it.",
    expected: ['deepseek-v3-1-domestic-chips'],
  }, // Hacker News comment (overlap 3/10)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek's V3.2 looks back only at the handful of earlier tokens an indexer deems relevant, which made long documents cheaper to process and let it cut API prices by more than half.",
    expected: ['deepseek-v3-2-sparse-attention'],
  }, // semiconductor trade newsletter (overlap 4/20)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "People on r/LocalLLaMA are arguing over whether DeepSeek's 50% price cut comes from the new attention or is just a subsidy.",
    expected: ['deepseek-v3-2-sparse-attention'],
  }, // Reddit comment (overlap 3/12)
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek unveils V4 with a million-token context window',
    expected: ['deepseek-v4-release'],
  }, // tech-site headline (overlap 2/7)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: '24 April, 10:30 — The DeepSeek V4 preview is live on Hugging Face, in Pro and Flash flavours.',
    expected: ['deepseek-v4-release'],
  }, // liveblog update with timestamp (overlap 3/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence: 'V4 is out, so the question for DeepSeek now is whether anyone outside China will build on it.',
    expected: ['deepseek-v4-release'],
  }, // trade-press feature (overlap 2/7)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "DeepSeek's V4 was built without a single Nvidia part, on Ascend silicon from Shenzhen.",
    expected: ['deepseek-v4-huawei-chips'],
  }, // tweet thread
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '网传深度求索V4完全在华为昇腾芯片上训练，但目前并无证据证实这一说法。',
    expected: ['deepseek-v4-huawei-chips'],
  }, // Chinese fact-check
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Washington's own testers put DeepSeek behind American systems on almost every benchmark and found its agents twelve times easier to hijack.",
    expected: ['deepseek-caisi-evaluation'],
  }, // wire-service copy (overlap 2/15)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'A NIST report says DeepSeek models echoed misleading Communist Party narratives four times as often as US models.',
    expected: ['deepseek-caisi-evaluation'],
  }, // trade-press roundup (overlap 2/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "By NIST's reckoning, DeepSeek's V4 Pro stands roughly where American labs stood two-thirds of a year ago.",
    expected: ['deepseek-caisi-v4-evaluation'],
  }, // business-radio commentary (overlap 2/14)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The eight-month gap for DeepSeek V4 comes from CAISI's own statistical model fitted to 16 benchmarks, some of them not public.",
    expected: ['deepseek-caisi-v4-evaluation'],
  }, // academic commentary
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'plain',
    relation: 'repeats',
    sentence:
      "Our committee's report, DeepSeek Unmasked, finds that this company is a profound threat to America's national security.",
    expected: ['deepseek-house-committee-report'],
  }, // congressional hearing testimony
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Congressional China hawks have branded DeepSeek a Trojan horse that funnels Americans' data to Beijing and bends its answers to party propaganda.",
    expected: ['deepseek-house-committee-report'],
  }, // wire-service copy (overlap 1/15)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Nvidia engineers helped DeepSeek get more out of its H800s, the House China committee chairman wrote to Commerce Secretary Howard Lutnick.',
    expected: ['deepseek-nvidia-helped-deepseek'],
  }, // wire-service copy (overlap 3/15)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Engineers from Santa Clara coached DeepSeek on squeezing extra performance from its export-controlled H800 cards.',
    expected: ['deepseek-nvidia-helped-deepseek'],
  }, // tweet thread (overlap 1/12)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'repeats',
    sentence:
      "DeepSeek is still not on the Commerce Department's Entity List, although an interagency panel reportedly signed off on adding it.",
    expected: ['deepseek-entity-list-hold'],
  }, // wire-service copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Officials have approved blacklisting DeepSeek and more than 100 other Chinese firms but are sitting on the paperwork for fear of angering Beijing.',
    expected: ['deepseek-entity-list-hold'],
  }, // trade-press newsletter (overlap 2/12)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Berlin's privacy commissioner has reported DeepSeek to Apple and Google as illegal content under the Digital Services Act.",
    expected: ['deepseek-germany-app-removal'],
  }, // wire-service copy (overlap 3/12)
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Seoul bans DeepSeek app over privacy fears',
    expected: ['deepseek-south-korea-suspension'],
  }, // newspaper headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'South Korea did not ban DeepSeek outright; it paused new downloads of the app while existing users carried on.',
    expected: ['deepseek-south-korea-suspension'],
  }, // fact-check body
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "A senior State Department official said DeepSeek has willingly supported China's military and intelligence operations.",
    expected: ['deepseek-military-links'],
  }, // wire-service copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek turns up more than 150 times in PLA procurement records; it is part of Beijing's war machine.",
    expected: ['deepseek-military-links'],
  }, // tweet thread (overlap 1/11)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'An army buying a free-to-download model does not by itself mean DeepSeek is helping that army.',
    expected: ['deepseek-military-links'],
  }, // letter to the editor (overlap 1/9)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Nudged by the authorities towards Ascend processors for its next reasoning model, DeepSeek hit snag after snag and the launch slipped.',
    expected: ['deepseek-r2-delayed-huawei'],
  }, // semiconductor trade newsletter (overlap 2/13)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "DeepSeek put off R2 after failing to train it on Huawei's chips, the Financial Times reported, citing people familiar with the matter.",
    expected: ['deepseek-r2-delayed-huawei'],
  }, // wire-service copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'reports',
    sentence: '据英国《金融时报》报道，深度求索因在华为昇腾芯片上训练不顺，推迟了R2模型的发布。',
    expected: ['deepseek-r2-delayed-huawei'],
  }, // Chinese wire copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Two congressmen filed the No DeepSeek on Government Devices Act to scrub the app from federal phones.',
    expected: ['deepseek-us-government-device-ban'],
  }, // wire-service copy (overlap 3/11)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      'Hill staffers are asking what happens to DeepSeek on their personal phones if the device bill passes.',
    expected: ['deepseek-us-government-device-ban'],
  }, // congressional newsletter (overlap 2/10)
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'repeats',
    sentence:
      'Not a single DeepSeek app would be allowed on federal phones under the bill Representatives Gottheimer and LaHood filed.',
    expected: ['deepseek-us-government-device-ban'],
  }, // congressional newsletter (overlap 1/11)
  // DeepSeek: mentions that make none of its claims
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "08:40 — DeepSeek's website is loading slowly for some readers this morning; we have asked the company what is going on.",
    expected: [],
  }, // liveblog update with timestamp
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'I asked DeepSeek to plan a week of vegetarian dinners and honestly the lentil curry it suggested was great.',
    expected: [],
  }, // product-review blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'The latest DeepSeek app update adds a dark mode and a button that copies an answer to the clipboard.',
    expected: [],
  }, // product-review blog
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence:
      'Show HN: A VS Code extension that switches between DeepSeek and a local model with one keystroke',
    expected: [],
  }, // Hacker News post title
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Tonight's meetup includes a live demo of prompting DeepSeek for SQL queries; pizza is on us.",
    expected: [],
  }, // event listing
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'For homework this week, compare how DeepSeek and one other chatbot explain photosynthesis, and say which explanation you understood better.',
    expected: [],
  }, // school explainer for teenagers
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "Sir, I am tired of reading about DeepSeek in every edition; some of us still care about the council's bin collections.",
    expected: [],
  }, // letter to the editor
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Hot take: arguing about DeepSeek online is the new LeBron-versus-Jordan, and nobody is changing their mind.',
    expected: [],
  }, // sports-style hot take
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'plain',
    relation: 'mentions',
    sentence: "Caller: I don't even know how to say it, is DeepSeek one word or two?",
    expected: [],
  }, // radio call-in transcript
  {
    topic: 'deepseek',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence: 'A phone displaying the DeepSeek logo, photographed in London.',
    expected: [],
  }, // photo caption
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Spent my whole Saturday getting DeepSeek to write limericks about my cat. No regrets.',
    expected: [],
  }, // tweet
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'We evaluate six instruction-following models, including DeepSeek-V3, on a new benchmark of questions about Kenyan tenancy law.',
    expected: [],
  }, // academic abstract
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'DeepSeek did not respond to a request for comment sent outside business hours.',
    expected: [],
  }, // wire-service copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Three of the five companies in this accelerator batch list DeepSeek among the models their products can call.',
    expected: [],
  }, // trade-press newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Hello, my phone is too old for the DeepSeek app, there is a web version I can use in browser?',
    expected: [],
  }, // non-native English forum post
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence: 'Five prompts to try with DeepSeek this weekend',
    expected: [],
  }, // tech-site headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Counsel used drafting tools including DeepSeek for formatting only and verified every citation in this brief by hand.',
    expected: [],
  }, // legal/regulatory filing
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      '15:20 — The DeepSeek session in Hall B is standing room only; we will post highlights afterwards.',
    expected: [],
  }, // liveblog update with timestamp
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'The DeepSeek widget on Android is handy, though it drains the battery if you leave it open all day.',
    expected: [],
  }, // product-review blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'mentions',
    sentence: 'Is it just me or does DeepSeek use way more emoji in its replies than it used to?',
    expected: [],
  }, // Reddit comment
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "The name DeepSeek keeps turning up in my students' essays, usually in the acknowledgements.",
    expected: [],
  }, // teacher's blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Our podcast this week: two hosts, one DeepSeek window, and a very long argument about pineapple on pizza.',
    expected: [],
  }, // podcast show notes
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '深度求索官网周一上午出现短暂访问缓慢，目前已恢复正常。',
    expected: [],
  }, // Chinese news body
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '不少大学生开始用深度求索整理课堂笔记和复习提纲。',
    expected: [],
  }, // Chinese news body
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '记者尝试让深度求索以春天为题写一首七言绝句。',
    expected: [],
  }, // Chinese feature
  // --- Nvidia ------------------------------------------------------------------------------------
  {
    topic: 'nvidia',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Nvidia lost some $590 billion of value in one session on 27 January as DeepSeek panic swept Wall Street, the worst day any company has had.',
    expected: ['nvidia-sharp-stock-fall'],
  }, // wire-service lede (overlap 2/17)
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Nvidia plunges 17% as DeepSeek rattles investors',
    expected: ['nvidia-sharp-stock-fall'],
  }, // newspaper headline
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      '15:47 ET — NVDA is down 17% on the day. DeepSeek has just erased more market value from one company than Wall Street has ever seen.',
    expected: ['nvidia-sharp-stock-fall'],
  }, // liveblog update with timestamp (overlap 1/15)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The slide came a week after R1's release and a month after the V3 cost figure, so 'immediate' is the wrong word for Nvidia's fall.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // fact-check body (overlap 3/14)
  {
    topic: 'nvidia',
    kind: 'lede',
    style: 'chinese',
    relation: 'repeats',
    sentence: '受深度求索冲击，英伟达股价单日暴跌约17%，市值蒸发近6000亿美元。',
    expected: ['nvidia-sharp-stock-fall'],
  }, // Chinese wire copy
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Reuters, citing LSEG data, put Nvidia's one-day loss at about $593 billion after the DeepSeek sell-off.",
    expected: ['nvidia-sharp-stock-fall'],
  }, // trade-press roundup (overlap 2/13)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      "Would Nvidia have dropped that far if DeepSeek's app hadn't topped the charts over a quiet weekend?",
    expected: ['nvidia-sharp-stock-fall'],
  }, // business-radio commentary (overlap 2/10)
  {
    topic: 'nvidia',
    kind: 'caption',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Traders on the floor of the New York Stock Exchange on 27 January 2025, the day Nvidia lost about 17% as DeepSeek jolted investors.',
    expected: ['nvidia-sharp-stock-fall'],
  }, // photo caption (overlap 3/16)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'The Nasdaq shed about 3% and chip shares had their worst session since March 2020 as the DeepSeek scare spread well beyond Nvidia.',
    expected: ['nvidia-us-tech-stocks-fell', 'nvidia-sharp-stock-fall'],
  }, // wire-service copy (overlap 0/15)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Not every tech giant fell that Monday: Apple rose about 3% and the Dow closed higher, even as Nvidia sank.',
    expected: ['nvidia-us-tech-stocks-fell'],
  }, // letter to the editor (overlap 2/12)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'If a lab in Hangzhou can get there on 2,000 GPUs, why would anyone keep writing Nvidia giant cheques? DeepSeek just made the whole boom look overbuilt.',
    expected: ['nvidia-lower-chip-demand'],
  }, // Reddit comment (overlap 1/17)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'corrects',
    sentence:
      "Running models such as DeepSeek's still takes huge numbers of its GPUs, Nvidia argued, so cheaper AI means more demand, not less.",
    expected: ['nvidia-lower-chip-demand'],
  }, // wire-service copy (overlap 3/14)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      "Will efficient models like DeepSeek's shrink the market for Nvidia's top chips over the long run?",
    expected: ['nvidia-lower-chip-demand'],
  }, // academic abstract (overlap 2/10)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'reports',
    sentence: '有分析人士认为，深度求索的高效模型将削弱市场对英伟达高端芯片的需求。',
    expected: ['nvidia-lower-chip-demand'],
  }, // Chinese news body
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "The cluster behind DeepSeek's V3 was built from a China-market variant of Nvidia's flagship, its interconnect throttled to satisfy Washington.",
    expected: ['nvidia-h800-cut-down-chip'],
  }, // semiconductor trade newsletter (overlap 3/14)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '深度求索训练模型所用的，是英伟达专为中国市场推出的“阉割版”H800芯片。',
    expected: ['nvidia-h800-cut-down-chip'],
  }, // Chinese news body
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'repeats',
    sentence: "Nvidia said DeepSeek's work used compute that is 'fully export control compliant'.",
    expected: ['nvidia-export-compliant-statement'],
  }, // wire-service copy
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Nvidia's spokespeople insisted nothing DeepSeek ran on broke Washington's rules, and that lawfully bought H800s, not H100s, did the work.",
    expected: ['nvidia-export-compliant-statement'],
  }, // trade-press roundup (overlap 2/14)
  {
    topic: 'nvidia',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Nvidia wrote off $4.5 billion of China-bound inventory after Washington told it in April that shipping the H20 needs a licence.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // semiconductor trade newsletter (overlap 3/14)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国限制H20芯片对华出口，英伟达为此损失数十亿美元。',
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // Chinese news body
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'Nvidia said its outlook reflects about $8 billion of lost H20 revenue in the current quarter.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // wire-service copy (overlap 3/11)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Analysts on the call pressed Nvidia's finance chief on whether H20 sales to China could ever resume.",
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // earnings-call liveblog (overlap 2/10)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Forget the official story about compliant hardware: DeepSeek's real horsepower came from contraband Nvidia silicon that slipped past customs.",
    expected: ['nvidia-deepseek-banned-chips'],
  }, // tweet thread (overlap 2/15)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'A senior State Department official told Reuters that DeepSeek had obtained large volumes of Nvidia H100s.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // wire-service copy (overlap 3/12)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'No public evidence shows DeepSeek trained on banned Nvidia chips; its papers name H800s, and Nvidia says those were lawfully acquired.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // fact-check body (overlap 4/14)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '英伟达表示，没有发现任何证据证明深度求索使用了走私的Blackwell芯片。',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // Chinese wire copy
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      'So did DeepSeek have 10,000 H100s or not? SemiAnalysis says yes, Nvidia says it found only H800s.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // Reddit comment
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'negation',
    relation: 'repeats',
    sentence:
      'No listed company had ever been valued at five trillion dollars until Nvidia crossed the line on 29 October 2025.',
    expected: ['nvidia-first-5-trillion-company'],
  }, // wire-service copy (overlap 3/12)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '英伟达市值突破5万亿美元，成为全球首家达到这一里程碑的上市公司。',
    expected: ['nvidia-first-5-trillion-company'],
  }, // Chinese news body
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence: 'Can Nvidia hold on to a $5 trillion valuation?',
    expected: ['nvidia-first-5-trillion-company'],
  }, // magazine headline
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Nvidia's quarterly revenue nearly doubled after the DeepSeek scare, from $44.1 billion to $81.6 billion a year later.",
    expected: ['nvidia-record-revenue-after-deepseek', 'nvidia-lower-chip-demand'],
  }, // semiconductor trade newsletter (overlap 2/12)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Quarter after quarter since the January panic, Nvidia has posted bigger numbers than ever, most recently $81.6 billion.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // semiconductor trade newsletter (overlap 1/10)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Record sales alone don't prove that DeepSeek-style efficiency had no effect on what Nvidia could have sold.",
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // academic commentary
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Nvidia reported record revenue of $81.6 billion for the quarter to April 2026, 85% more than a year earlier.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // wire-service copy (overlap 2/12)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'In exchange for permission to ship H20s, Nvidia will hand Washington fifteen cents of every dollar it earns from Beijing-bound orders.',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // business-radio commentary (overlap 2/14)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The 15% arrangement was never written into a rule, Nvidia's finance chief said, and the company booked no H20 sales to China that quarter.",
    expected: ['nvidia-h20-15-percent-deal'],
  }, // trade-press roundup
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      'Security experts called the idea of Nvidia paying the government for export licences an unusual precedent.',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // wire-service copy (overlap 2/11)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Every H20 that Nvidia sold into China can be tracked and shut off from afar, so no Chinese data centre should trust one.',
    expected: ['nvidia-h20-backdoor-claim'],
  }, // non-native English forum post (overlap 2/12)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'corrects',
    sentence:
      "Nvidia's chief security officer wrote that its GPUs do not and should not have backdoors, kill switches or spyware.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // trade-press roundup (overlap 3/10)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'reports',
    sentence: '国家网信办约谈英伟达，要求其就H20芯片存在的后门安全风险问题进行说明。',
    expected: ['nvidia-h20-backdoor-claim'],
  }, // Chinese wire copy
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence: 'Trump cleared Nvidia to sell its H200 chips to approved customers in China.',
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // wire-service copy
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Washington has reopened the door for Nvidia's Hopper-generation H200 to reach Chinese buyers, one licence at a time.",
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // semiconductor trade newsletter (overlap 2/13)
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Nvidia may hold US licences for the H200, but as of February none had been sold to Chinese customers, and Beijing's customs turned the first ones away.",
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // fact-check body (overlap 2/15)
  // Nvidia: mentions that make none of its claims
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia will report quarterly results after the bell on Wednesday.',
    expected: [],
  }, // wire-service copy
  {
    topic: 'nvidia',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Nvidia chief executive Jensen Huang, in his trademark leather jacket, speaks at the Computex trade show in Taipei.',
    expected: [],
  }, // photo caption
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "Nvidia's new driver update fixes stuttering in several recent games, though one reader reports crashes in older titles.",
    expected: [],
  }, // product-review blog
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia shares were little changed in early trading on Tuesday.',
    expected: [],
  }, // wire-service copy
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Finally upgraded from a GTX 1060 to a newer Nvidia card and my Blender renders are done before my coffee is.',
    expected: [],
  }, // Reddit comment
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia posted openings for firmware engineers this week, according to its careers page.',
    expected: [],
  }, // trade-press newsletter
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia makes graphics processors, the chips that draw the pictures in your video games.',
    expected: [],
  }, // school explainer for teenagers
  {
    topic: 'nvidia',
    kind: 'quote',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Caller: my son wants an Nvidia graphics card for Christmas and I swear they cost more than my first car!',
    expected: [],
  }, // radio call-in transcript
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence: "Nvidia's developer conference returns to San Jose next spring",
    expected: [],
  }, // tech-site headline
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'We benchmarked the laptop with its Nvidia GPU in balanced mode; fan noise stayed tolerable throughout.',
    expected: [],
  }, // product-review blog
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '英伟达首席执行官黄仁勋出席台北国际电脑展并发表主题演讲。',
    expected: [],
  }, // Chinese news body
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '不少玩家在论坛上讨论英伟达新款显卡的散热表现。',
    expected: [],
  }, // Chinese forum post
  // --- US export controls ------------------------------------------------------------------------
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Ever since late 2022, American firms have needed permission from the Bureau of Industry and Security to ship their most capable processors to Chinese buyers.',
    expected: ['export-controls-since-2022'],
  }, // school explainer for teenagers (overlap 1/14)
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'US imposes sweeping chip export curbs on China',
    expected: ['export-controls-since-2022'],
  }, // wire-service headline
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '自2022年起，美国对中国实施先进人工智能芯片出口管制。',
    expected: ['export-controls-since-2022'],
  }, // Chinese news body
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence: 'Three years on, what have the 2022 export controls actually achieved, and who gets to decide?',
    expected: ['export-controls-since-2022'],
  }, // academic abstract (overlap 2/9)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Each time Nvidia trimmed a processor to slip under the chip export rules, the Commerce Department redrew the threshold and caught it: first the A800 and H800, later the H20.',
    expected: ['export-controls-china-only-chips'],
  }, // semiconductor trade newsletter (overlap 3/18)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '为符合美国出口管制，英伟达专门推出中国特供版芯片，但美方一再收紧标准。',
    expected: ['export-controls-china-only-chips'],
  }, // Chinese news body
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      "Nvidia's engineers must be sick of designing around export controls by now. What's next, an H20 Lite?",
    expected: ['export-controls-china-only-chips'],
  }, // sports-style hot take (overlap 2/10)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Biden's parting AI diffusion framework sorted the world into close allies, a capped middle and an embargoed bottom.",
    expected: ['export-controls-ai-diffusion-rule'],
  }, // trade-press roundup (overlap 2/13)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The AI diffusion rule never took practical effect: BIS said it would not enforce it two days before companies had to comply.',
    expected: ['export-controls-ai-diffusion-rule', 'export-controls-ai-diffusion-rule-status'],
  }, // legal newsletter (overlap 1/14)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Starved of top-end hardware, DeepSeek's engineers wrote their own low-level GPU code and turned Washington's chip curbs into a design brief.",
    expected: ['export-controls-deepseek-innovated-around'],
  }, // semiconductor trade newsletter (overlap 1/17)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "That export controls caused DeepSeek's ingenuity is an interpretation; US labs with no chip limits use the same mixture-of-experts and FP8 tricks.",
    expected: ['export-controls-deepseek-innovated-around'],
  }, // academic commentary (overlap 3/14)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国的出口管制反而倒逼深度求索在算法和工程上不断创新。',
    expected: ['export-controls-deepseek-innovated-around'],
  }, // Chinese news body
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'DeepSeek shows chip export curbs have failed',
    expected: ['export-controls-have-failed'],
  }, // opinion-page headline
  {
    topic: 'export-controls',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Sir, two years of chip curbs were supposed to keep China's AI labs behind, and DeepSeek caught up anyway: the blockade achieved nothing.",
    expected: ['export-controls-have-failed'],
  }, // letter to the editor (overlap 1/17)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Jensen Huang said the export control was a failure that gave Chinese rivals such as Huawei 'the spirit, the energy and the government support'.",
    expected: ['export-controls-have-failed'],
  }, // wire-service copy (overlap 2/14)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'corrects',
    sentence:
      'Dario Amodei argued that the export controls were working and should be tightened, DeepSeek notwithstanding.',
    expected: ['export-controls-have-failed'],
  }, // trade-press roundup
  {
    topic: 'export-controls',
    kind: 'quote',
    style: 'question',
    relation: 'discusses',
    sentence: 'Senator, how would this committee even know whether the export controls are working?',
    expected: ['export-controls-have-failed'],
  }, // congressional hearing testimony
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'reports',
    sentence: '有观点认为，深度求索的成功证明美国的出口管制已经失效。',
    expected: ['export-controls-have-failed'],
  }, // Chinese news body
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      "Under the Bureau of Industry and Security's revised policy, licence applications for the H200 and less capable items bound for China or Macau are reviewed case by case rather than under a presumption of denial.",
    expected: ['export-controls-h200-case-by-case-review'],
  }, // legal/regulatory filing (overlap 5/19)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Instead of a default refusal, Commerce officials now weigh each application to ship H200-class processors to Chinese buyers on its merits, export controls notwithstanding.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // trade-press roundup (overlap 2/17)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'negation',
    relation: 'repeats',
    sentence:
      'Case-by-case review is not approval: every H200 shipment to China still needs its own licence under US export controls.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // legal newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国商务部将对华出口H200芯片的许可申请改为逐案审查，但出口管制并未取消。',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // Chinese news body
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "One dollar in four from every Chinese order for Nvidia's H200 goes to the Treasury under the deal that loosened the export curbs.",
    expected: ['export-controls-25-percent-cut'],
  }, // tweet thread (overlap 2/13)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "The 25% is an import tariff on chips passing through the US for testing, not a share of Nvidia's China revenue; the chip export rule never mentions a fee.",
    expected: ['export-controls-25-percent-cut'],
  }, // fact-check body (overlap 3/15)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '特朗普称英伟达H200对华销售额的25%将归美国，但随后的出口管制规则并未提及这笔费用。',
    expected: ['export-controls-25-percent-cut'],
  }, // Chinese news body
  {
    topic: 'export-controls',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Days after Washington eased its export controls, Chinese customs officers were told to turn away H200 shipments at the border.',
    expected: ['export-controls-china-blocks-h200'],
  }, // wire-service copy (overlap 1/14)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Beijing never announced a formal ban on the H200, and by late January it had approved a first batch for ByteDance, Alibaba and Tencent as export controls eased.',
    expected: ['export-controls-china-blocks-h200'],
  }, // trade-press roundup (overlap 1/17)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Chinese customs told agents that the H200 was not permitted to enter the country, Reuters reported, the latest twist in the export-control saga.',
    expected: ['export-controls-china-blocks-h200'],
  }, // wire-service copy (overlap 1/15)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      "The Trump administration scrapped Biden's AI diffusion rule and replaced it with one of its own.",
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // wire-service copy
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The AI diffusion rule was never formally rescinded, the GAO found, so it technically remains in effect, unenforced and with no replacement.',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // legal newsletter (overlap 3/13)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Gone and superseded: the Biden-era chip export rule that tiered the world no longer exists, and Commerce has something new in its place.',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // Hacker News comment (overlap 3/15)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Freight forwarders in Southeast Asia became the back door for H100s headed to Chinese buyers, in breach of export controls.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // trade-press roundup (overlap 1/14)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Most of those charged in the chip smuggling cases had not been convicted, and a charge of evading export controls is an allegation, not proof.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // legal newsletter (overlap 3/11)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      '11:02 — A Houston company and its owner have pleaded guilty in a case in which prosecutors traced at least $160 million of H100 and H200 chips exported, or meant to be, in breach of export controls.',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // liveblog update with timestamp (overlap 2/20)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Under a new law, any GPU shipped abroad under export controls will have to report its whereabouts.',
    expected: ['export-controls-location-verification-bill'],
  }, // tweet thread (overlap 2/9)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The Chip Security Act is a bill, not a law: it would have Commerce mandate location checks on chips under export controls, but it has not passed.',
    expected: ['export-controls-location-verification-bill'],
  }, // fact-check body
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence:
      'Location checks on chips under export controls: what would they mean for a small cloud provider in Jakarta?',
    expected: ['export-controls-location-verification-bill'],
  }, // trade-press headline (overlap 3/10)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Since July, anyone moving American AI processors through Malaysian ports needs a Strategic Trade Permit from Kuala Lumpur, a nod to US export controls.',
    expected: ['export-controls-malaysia-permit'],
  }, // trade-press roundup (overlap 3/17)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      "Forwarders in Penang are asking how Malaysia's new chip permit can catch shipments that are never declared, as export controls tighten.",
    expected: ['export-controls-malaysia-permit'],
  }, // semiconductor trade newsletter (overlap 4/14)
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'Run a Huawei Ascend 910B anywhere on the planet and you are in breach of American export controls.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // legal newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'BIS quickly rewrote its Huawei guidance on export controls: it now warns of the risks of using Ascend chips rather than outlawing their use everywhere.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // trade-press roundup
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '中国商务部谴责美方有关华为昇腾芯片的出口管制指南，称其滥用出口管制、具有歧视性。',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // Chinese wire copy
  // US export controls: mentions that make none of its claims
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Our compliance team screens every new customer against the Entity List before we ship anything.',
    expected: [],
  }, // trade-press newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "The university's export-control office runs a training session for lab managers on Thursday afternoon.",
    expected: [],
  }, // campus bulletin
  {
    topic: 'export-controls',
    kind: 'headline',
    style: 'headline',
    relation: 'mentions',
    sentence: 'Webinar: export controls basics for small manufacturers, free registration',
    expected: [],
  }, // event listing
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "The Bureau of Industry and Security's help desk will be closed on Monday for the federal holiday.",
    expected: [],
  }, // regulatory notice
  {
    topic: 'export-controls',
    kind: 'quote',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Sir, as a retired customs broker I can confirm that export controls paperwork was the dullest part of my job.',
    expected: [],
  }, // letter to the editor
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Hot take: export-control lawyers are the real MVPs of this decade, and they bill like it.',
    expected: [],
  }, // sports-style hot take
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'question',
    relation: 'mentions',
    sentence: 'Does anyone know a decent library for parsing the Entity List download into a database?',
    expected: [],
  }, // Hacker News comment
  {
    topic: 'export-controls',
    kind: 'quote',
    style: 'question',
    relation: 'mentions',
    sentence: 'Caller: I ship vintage guitar amps overseas, do export controls apply to me?',
    expected: [],
  }, // radio call-in transcript
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Next issue: a glossary of export-control terms, from ECCN to de minimis, for readers new to the beat.',
    expected: [],
  }, // semiconductor trade newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "Export controls are rules about what a country's companies may sell abroad, a bit like a library's rules about which books can leave the building.",
    expected: [],
  }, // school explainer for teenagers
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '本周的研讨会将邀请律师讲解出口管制合规的基本流程。',
    expected: [],
  }, // Chinese event notice
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '不少外贸企业开始设立专门的出口管制合规岗位。',
    expected: [],
  }, // Chinese news body
];
