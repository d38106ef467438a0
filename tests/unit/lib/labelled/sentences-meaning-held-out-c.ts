import type { RelatedSentence } from './types';

/**
 * Held-out part C of the meaning set: sentences labelled against the topic files alone, written
 * before any tuning by someone who saw neither the engine nor the tuning set, never run through the
 * ranker while they were written, and never used to adjust anything. Each imitates one voice (named
 * in the comment after the entry): newsletter bullets, podcast and TV transcripts, agency press
 * releases and regulatory prose, company-filing language, academic abstracts, op-ed hyperbole,
 * British spelling and idiom, listicle lines, hedged reports, conditionals, numbers in words,
 * pronoun-heavy paragraphs, timeline entries, forum replies, Traditional and Simplified Chinese, and
 * a few German, Japanese and Korean sentences. Many state a claim in words its statement does not
 * use.
 *
 * Counts (100 sentences):
 * - topics: deepseek 45, nvidia 28, export-controls 27; 2 expect more than one claim.
 * - relations: repeats 38, reports 12, corrects 18, discusses 12, mentions 20.
 * - styles: plain 22, paraphrase 20, chinese 18, reported 14, correction 12, question 7,
 *   negation 4, headline 3.
 * - languages: English 75, Traditional Chinese 9, Simplified Chinese 9, Japanese 3, Korean 2,
 *   German 2.
 * - kinds: body 84, lede 5, quote 5, headline 4, caption 2.
 */
export const MEANING_HELD_OUT_C: readonly RelatedSentence[] = [
  // deepseek
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      '• DeepSeek: the Hangzhou lab bankrolled by a quant fund, now the best-known AI upstart to come out of China.',
    expected: ['deepseek-chinese-startup'],
  }, // morning newsletter bullet
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "I mean, you know, DeepSeek did the whole R1 thing for, what, five and a half million bucks, which is just — that's nothing, right?",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // tech podcast host, transcript
  {
    topic: 'deepseek',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'DeepSeek-V3 was put together in less than eight weeks on roughly two thousand Nvidia H800s, for a bill of under six million dollars.',
    expected: ['deepseek-v3-two-months-2000-h800s'],
  }, // business daily lede, numbers in words
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'ngl deepseek beats gpt-4o at translating japanese for me, not even close lol',
    expected: ['deepseek-translation-performance'],
  }, // forum reply, slang
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: 'ディープシークは、米国の大手よりはるかに少ない計算資源で同等の成果を出したとされる。',
    expected: ['deepseek-less-compute'],
  }, // Japanese business weekly, hedged ("is said to")
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: 'DeepSeek 的開放模型不收授權費、也沒有專有限制，讓一般開發者也能用上頂尖 AI。',
    expected: ['deepseek-free-democratised-access'],
  }, // Taiwanese tech site, Traditional Chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'We study DeepSeek-R1, a model whose reasoning emerged from reinforcement learning alone, with no human-written demonstrations.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // academic abstract
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: 'DeepSeek在天安门等敏感政治问题上拒绝作答，这是中国对生成式人工智能的监管要求所致。',
    expected: ['deepseek-chinese-censorship'],
  }, // mainland-Chinese overseas portal, Simplified Chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: "In NewsGuard's audit, DeepSeek's chatbot got the facts right only about one time in six.",
    expected: ['deepseek-newsguard-83-percent'],
  }, // media-watch column, numbers in words
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      '29 Jan 2025 — Wiz finds a DeepSeek database open to the whole internet, chat logs and API keys sitting in plain text.',
    expected: ['deepseek-user-data-leak'],
  }, // timeline entry
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek has, uh, completely upended this industry, I mean, overnight everybody's tearing up their playbook.",
    expected: ['deepseek-disrupted-ai-industry'],
  }, // cable TV market segment, transcript
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence: '전문가들은 딥시크 방식이 확산되면 작은 연구실도 최첨단 AI 개발에 뛰어들 수 있을 것으로 본다.',
    expected: ['deepseek-lower-barriers-to-entry'],
  }, // Korean daily, attributed conditional
  {
    topic: 'deepseek',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: "DeepSeek Dethrones ChatGPT Atop Apple's Free-App Chart",
    expected: ['deepseek-app-store-number-one'],
  }, // tech site headline
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: 'DeepSeek-R1论文登上《自然》，成为首个经过同行评审的主流大模型。',
    expected: ['deepseek-r1-peer-reviewed-nature'],
  }, // Chinese science news, Simplified Chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "By the US government's reckoning, DeepSeek V4 Pro sits roughly eight months behind the American frontier.",
    expected: ['deepseek-caisi-v4-evaluation'],
  }, // policy newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'The Select Committee on the CCP today released "DeepSeek Unmasked", finding that the app poses a profound threat to America\'s national security.',
    expected: ['deepseek-house-committee-report'],
  }, // congressional committee press release
  {
    topic: 'deepseek',
    kind: 'lede',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'Berlins Datenschutzbeauftragte hat Apple und Google aufgefordert, die DeepSeek-App aus ihren Stores zu entfernen.',
    expected: ['deepseek-germany-app-removal'],
  }, // German public broadcaster
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: 'DeepSeek 的 R2 遲遲未能推出，原因是改用華為晶片訓練一再碰壁。',
    expected: ['deepseek-r2-delayed-huawei'],
  }, // Hong Kong daily, Traditional Chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'repeats',
    sentence:
      'DeepSeek now puts the cost of training R1 at about two hundred and ninety-four thousand dollars, in a supplement to its Nature paper.',
    expected: ['deepseek-r1-cost-294000'],
  }, // science desk, numbers in words
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Analysts say the censorship built into DeepSeek's models may keep them out of democracies that prize free speech.",
    expected: ['deepseek-censorship-limits-adoption'],
  }, // British broadsheet analysis
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'OpenAI says it has seen some evidence that DeepSeek trained on the outputs of its models, a practice known as distillation.',
    expected: ['deepseek-distilled-openai'],
  }, // wire copy
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Nvidia engineers helped DeepSeek squeeze more out of its H800s, the chairman of the House China committee wrote to the commerce secretary.',
    expected: ['deepseek-nvidia-helped-deepseek'],
  }, // Washington trade press
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'DeepSeek is said to have been cleared for the Entity List by an interagency panel, though the administration has reportedly held back the listing.',
    expected: ['deepseek-entity-list-hold'],
  }, // hedged wire report
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The widely quoted $5.6 million refers to the final pre-training run of DeepSeek-V3, not to R1, and leaves out the research and ablations that came before it.',
    expected: ['deepseek-r1-trained-for-5-6-million'],
  }, // fact-check explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Those headline scores came from benchmarks DeepSeek chose and ran itself, and on several of them R1 still trails o1, competitive coding and graduate-level science among them.',
    expected: ['deepseek-matches-western-models'],
  }, // pronoun-heavy analysis paragraph
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Strictly speaking DeepSeek's models are open-weight rather than open source: the training data and the full training code were never released.",
    expected: ['deepseek-open-source'],
  }, // developer blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'It was only the research model, R1-Zero, that skipped supervised data; the R1 that DeepSeek shipped was first fine-tuned on a few thousand curated chain-of-thought samples.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  }, // ML newsletter, pronoun opening
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "Strictly, the Garante did not ban DeepSeek: its order of 30 January limited the processing of Italian users' data.",
    expected: ['deepseek-italy-ban'],
  }, // legal commentary
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The accusations show DeepSeek-linked accounts pulling outputs from US models, not that its released models were built from them.',
    expected: ['deepseek-distilled-openai'],
  }, // op-ed rebuttal
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "V4 was adapted to run on Huawei's Ascend chips, Reuters reported, but running a model is not training it, and which chips DeepSeek trained V4 on is still unknown.",
    expected: ['deepseek-v4-huawei-chips'],
  }, // tech explainer
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'South Korea never banned DeepSeek outright: it paused new downloads of the app for about ten weeks while existing users carried on.',
    expected: ['deepseek-south-korea-suspension'],
  }, // Seoul correspondent, British spelling
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'question',
    relation: 'discusses',
    sentence:
      'But how does DeepSeek handle translation — has anyone actually put it side by side with GPT-4o?',
    expected: ['deepseek-translation-performance'],
  }, // podcast co-host, transcript
  {
    topic: 'deepseek',
    kind: 'quote',
    style: 'question',
    relation: 'discusses',
    sentence:
      "So the question everybody's asking is, you know, if DeepSeek can do this so cheaply, what are the hyperscalers actually paying for?",
    expected: ['deepseek-fraction-of-us-lab-spending'],
  }, // TV business show, transcript
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      "Should European firms think twice about sending customer data to DeepSeek's servers after the Wiz disclosure?",
    expected: ['deepseek-user-data-leak'],
  }, // compliance newsletter
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'discusses',
    sentence: 'DeepSeek在意大利被限制后，欧洲其他国家会不会跟进？',
    expected: ['deepseek-italy-ban'],
  }, // Chinese portal, Simplified Chinese question
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      'What would it actually mean for DeepSeek to land on the Entity List — could it still buy American chips?',
    expected: ['deepseek-entity-list-hold'],
  }, // explainer Q&A, future tense
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'DeepSeek did not respond to a request for comment.',
    expected: [],
  }, // wire copy boilerplate
  {
    topic: 'deepseek',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The DeepSeek logo on a smartphone screen, photographed in Beijing.',
    expected: [],
  }, // photo caption
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: 'DeepSeek 創辦人梁文鋒昨日罕見公開露面，出席一場產業座談會。',
    expected: [],
  }, // Taiwanese daily, Traditional Chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "4. Installing DeepSeek on a Mac takes about five minutes; here's how.",
    expected: [],
  }, // listicle line
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '记者昨日下载并试用了DeepSeek的手机应用。',
    expected: [],
  }, // Chinese tabloid, Simplified Chinese
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Tickets for the talk by a DeepSeek researcher sold out within an hour.',
    expected: [],
  }, // conference blog
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "anyone else getting 'server busy' on deepseek all morning??",
    expected: [],
  }, // forum post
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'The panel, which included researchers from DeepSeek and Alibaba, ran over by forty minutes.',
    expected: [],
  }, // event report
  {
    topic: 'deepseek',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: '• Read later: our interview with a DeepSeek engineer about her reading list.',
    expected: [],
  }, // newsletter bullet
  // nvidia
  {
    topic: 'nvidia',
    kind: 'quote',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Nvidia, uh, lost something like — what was it — close to six hundred billion dollars in a single session after the DeepSeek news hit.',
    expected: ['nvidia-sharp-stock-fall'],
  }, // TV anchor, transcript
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Microsoft, Alphabet and Nvidia Slide as Nasdaq Drops Three Per Cent',
    expected: ['nvidia-us-tech-stocks-fell', 'nvidia-sharp-stock-fall'],
  }, // British business headline
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "If DeepSeek can do this on a shoestring, the era of insatiable appetite for Nvidia's priciest GPUs is over.",
    expected: ['nvidia-lower-chip-demand'],
  }, // op-ed hyperbole
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: 'DeepSeek 训练模型用的是英伟达专为中国市场推出的缩水版芯片 H800。',
    expected: ['nvidia-h800-cut-down-chip'],
  }, // Chinese tech media, Simplified Chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'In April 2025, the U.S. government informed NVIDIA that a license is required for exports of its H20 products to China, and NVIDIA recorded a $4.5 billion charge associated with H20 excess inventory and purchase obligations.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  }, // company filing language
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'headline',
    relation: 'repeats',
    sentence: 'Nvidia Is Now Worth Five Trillion Dollars — No Company Has Been There Before',
    expected: ['nvidia-first-5-trillion-company'],
  }, // markets headline, numbers in words
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      '• Nvidia, again: another record quarter, $81.6bn of revenue, as if the DeepSeek scare never happened.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // investor newsletter bullet
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '輝達同意將 H20 在中國銷售收入的一成五交給美國政府，以換取出口許可。',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // Taiwanese financial daily, Traditional Chinese
  {
    topic: 'nvidia',
    kind: 'lede',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'Washington has cleared Nvidia to ship its H200 accelerators to approved buyers in China.',
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // wire lede
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'bro deepseek 100% had smuggled H100s, no way they did V3 on 2k H800s',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // forum reply, slang
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence: 'エヌビディアの売上高は、ディープシーク・ショック以降も過去最高を更新し続けている。',
    expected: ['nvidia-record-revenue-after-deepseek'],
  }, // Japanese financial paper
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'repeats',
    sentence: 'Nvidia said DeepSeek\'s work relied on "compute that is fully export control compliant".',
    expected: ['nvidia-export-compliant-statement'],
  }, // wire copy quoting a statement
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "China's internet regulator says Nvidia's H20 chips may carry tracking and remote shut-down risks, and has summoned the company to explain.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // hedged wire report
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      'According to a US official quoted by Reuters, Nvidia and AMD will hand Washington fifteen per cent of their China revenue from the H20 and MI308.',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // British trade press, numbers in words
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Analysts at several brokerages warned that DeepSeek's efficiency could eat into demand for Nvidia's top-end accelerators.",
    expected: ['nvidia-lower-chip-demand'],
  }, // markets report
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Far from drying up, demand for Nvidia's data-centre chips kept climbing after DeepSeek, with quarterly revenue nearly doubling within a year.",
    expected: ['nvidia-lower-chip-demand', 'nvidia-record-revenue-after-deepseek'],
  }, // comparative analysis
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      "Nvidia's chief security officer wrote that its GPUs have no backdoors, no kill switches and no spyware.",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // company blog, reported denial
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'negation',
    relation: 'corrects',
    sentence:
      'No public evidence shows that DeepSeek trained on H100s or smuggled Blackwells; Nvidia says its review found only lawfully acquired H800s.',
    expected: ['nvidia-deepseek-banned-chips'],
  }, // fact-check
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      "Nvidia's finance chief said no rule codifying the 15% arrangement had been published, and the company booked no H20 sales to China-based customers that quarter.",
    expected: ['nvidia-h20-15-percent-deal'],
  }, // earnings-call write-up
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '美方雖准許輝達出口 H200，但每筆交易仍須申請許可，北京海關也一度拒絕放行。',
    expected: ['nvidia-h200-china-sales-allowed'],
  }, // Hong Kong finance site, Traditional Chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence: "Would a Chinese buyer really trust Nvidia's H20 after Beijing's backdoor accusations?",
    expected: ['nvidia-h20-backdoor-claim'],
  }, // tech column
  {
    topic: 'nvidia',
    kind: 'headline',
    style: 'question',
    relation: 'discusses',
    sentence: 'What Should Nvidia Shareholders Take From the DeepSeek Sell-Off, a Year On?',
    expected: ['nvidia-sharp-stock-fall'],
  }, // personal-finance headline
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'discusses',
    sentence: '英伟达向美国政府上缴部分收入的做法，引发外界对“出口许可明码标价”的批评。',
    expected: ['nvidia-h20-15-percent-deal'],
  }, // Chinese commentary, Simplified Chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia shares closed little changed on Tuesday.',
    expected: [],
  }, // market wrap
  {
    topic: 'nvidia',
    kind: 'caption',
    style: 'plain',
    relation: 'mentions',
    sentence: "Jensen Huang, Nvidia's chief executive, on stage at the GTC conference in San Jose.",
    expected: [],
  }, // photo caption
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '輝達將於下週公布季度財報。',
    expected: [],
  }, // Taiwanese wire, Traditional Chinese
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "7. Nvidia's new gaming driver finally fixes the flicker bug in older titles.",
    expected: [],
  }, // listicle line
  {
    topic: 'nvidia',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'Nvidia will host a developer event in Seoul this week.',
    expected: [],
  }, // events brief, future tense
  // export-controls
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "Oct 2022 — Commerce's Bureau of Industry and Security imposes sweeping export controls on advanced AI chips bound for China.",
    expected: ['export-controls-since-2022'],
  }, // timeline entry
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      'Each time Nvidia engineered a slower chip to slip under the export controls, Washington redrew the line beneath it.',
    expected: ['export-controls-china-only-chips'],
  }, // British magazine, idiom
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "This paper examines the AI diffusion framework of January 2025, which sorted the world's countries into three tiers of access to advanced chips.",
    expected: ['export-controls-ai-diffusion-rule'],
  }, // academic abstract
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '美国的出口管制反而逼着DeepSeek在算力受限的条件下另辟蹊径。',
    expected: ['export-controls-deepseek-innovated-around'],
  }, // Chinese state-media commentary, Simplified Chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      "DeepSeek is the proof, if any were needed, that Washington's export controls have been a spectacular flop.",
    expected: ['export-controls-have-failed'],
  }, // op-ed hyperbole
  {
    topic: 'export-controls',
    kind: 'lede',
    style: 'plain',
    relation: 'repeats',
    sentence:
      'Effective January 15, 2026, the Bureau of Industry and Security will review license applications to export H200-class chips to China case by case rather than under a presumption of denial.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // agency press release
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'repeats',
    sentence: '儘管有出口管制，輝達高階晶片仍經由新加坡與馬來西亞被走私到中國。',
    expected: ['export-controls-chip-smuggling-cases'],
  }, // Singapore Chinese-language daily, Traditional Chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'paraphrase',
    relation: 'repeats',
    sentence:
      '• Malaysia now wants a permit for any US-made AI chip leaving or passing through its ports, an answer to export-control smuggling worries.',
    expected: ['export-controls-malaysia-permit'],
  }, // trade newsletter bullet
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'repeats',
    sentence: '미국 수출 통제에 따라 화웨이 어센드 칩을 전 세계 어디에서 사용하든 위반이 된다.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // Korean economic daily
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Washington reportedly collects its 25 per cent of Nvidia's H200 sales to China through an import tariff rather than through the export controls themselves.",
    expected: ['export-controls-25-percent-cut'],
  }, // hedged British report
  {
    topic: 'export-controls',
    kind: 'lede',
    style: 'reported',
    relation: 'reports',
    sentence:
      'Reuters reported that Chinese customs told agents the H200 was not permitted into the country, days after the US eased its export curbs.',
    expected: ['export-controls-china-blocks-h200'],
  }, // wire rewrite
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'reported',
    relation: 'reports',
    sentence:
      "Nvidia's Jensen Huang said the US export controls had been a failure that gave Huawei the spirit and the government support to speed up.",
    expected: ['export-controls-have-failed'],
  }, // trade press quoting a CEO
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The AI diffusion rule was never actually replaced: the agency said it would not enforce it, and no notice completing its rescission has appeared in the Federal Register.',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // regulatory law-firm alert
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The Chip Security Act is still only a bill, so for now nothing in US export controls obliges a chip to report where it is.',
    expected: ['export-controls-location-verification-bill'],
  }, // policy explainer
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'Die Chips, die DeepSeek offenlegte, waren beim Kauf nach den US-Exportkontrollen legal, und dass die Beschränkungen die Innovation ausgelöst haben, ist eine Deutung, keine Tatsache.',
    expected: ['export-controls-deepseek-innovated-around'],
  }, // German business weekly
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'correction',
    relation: 'corrects',
    sentence:
      'The Huawei guidance was later rewritten: it no longer says that using Ascend chips anywhere breaks US export controls, only that doing so carries risks.',
    expected: ['export-controls-huawei-ascend-anywhere'],
  }, // trade-compliance newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'corrects',
    sentence: '所谓美国从英伟达H200对华销售中抽成25%，其实并未写入出口管制规则，而是通过进口关税征收。',
    expected: ['export-controls-25-percent-cut'],
  }, // Chinese finance portal, Simplified Chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence:
      'Lawmakers from both parties asked whether case-by-case licences for the H200 would leak capability to China, at a hearing on export controls.',
    expected: ['export-controls-h200-case-by-case-review'],
  }, // congressional reporter, British spelling
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'discusses',
    sentence: '美國的出口管制究竟有沒有拖慢中國的人工智慧發展？',
    expected: ['export-controls-have-failed'],
  }, // Taiwanese magazine, Traditional Chinese question
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'question',
    relation: 'discusses',
    sentence:
      'So how is Malaysia supposed to police permits for AI chips nobody declares? Exporters working under US export controls want to know.',
    expected: ['export-controls-malaysia-permit'],
  }, // trade forum reply
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'discusses',
    sentence: 'AI拡散規則の撤回を受け、日本の半導体商社は米国の輸出規制の行方を注視している。',
    expected: ['export-controls-ai-diffusion-rule-status'],
  }, // Japanese trade paper
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      "The Commerce Department's Bureau of Industry and Security did not reply to questions on Friday.",
    expected: [],
  }, // wire copy boilerplate
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: "Export controls are one of twelve items on next week's agenda in Brussels.",
    expected: [],
  }, // EU newsletter
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '立法院今日舉行出口管制相關公聽會。',
    expected: [],
  }, // Taiwanese wire, Traditional Chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence:
      'Changes in export controls or economic sanctions could adversely affect our ability to sell products in certain markets.',
    expected: [],
  }, // company filing risk factor
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'chinese',
    relation: 'mentions',
    sentence: '本文将简要介绍美国实体清单的申请与移除程序。',
    expected: [],
  }, // Chinese law-firm note, Simplified Chinese
  {
    topic: 'export-controls',
    kind: 'body',
    style: 'plain',
    relation: 'mentions',
    sentence: 'is there a good explainer on the Foreign Direct Product Rule? asking for a uni essay',
    expected: [],
  }, // forum post
];
