/**
 * Second held-out part of the real-text detection blocks for the matcher. Written before the matcher
 * was tuned on anything it holds, from the topic files' aliases and context terms, the README and the
 * first held-out part's header alone (not the engine, not the tuning part, not the first part's
 * blocks), and never used to adjust it: no alias, context term, gate or boundary rule may be changed
 * because of how these blocks score. It is measured once, as it stands.
 *
 * Each block imitates one paragraph, list item, caption, table row or headline of a kind of page the
 * other parts hold little of: patents, job listings, bibliographies and citations, genealogy, ship and
 * aircraft registers, music and film credits, museum catalogues, property listings, weather and
 * traffic reports, court dockets, podcast show notes, game patch notes, crypto token pages,
 * disambiguation pages, classified ads, school newsletters, package READMEs, issue trackers, chat
 * logs, comparison tables, earnings calls, travel blogs and obituaries. A mention is an alias exactly
 * as printed ("NVIDIA" in a headline, "Nvidia" in "Nvidia's" or "Nvidia-powered", "DeepSeek" and
 * "R1" in "DeepSeek-R1", "Exportkontroll" in "Exportkontroll-Regeln"); a look-alike that means
 * something else (a resistor R1, a van, a painter, a bookshop chain, another BIS, NVDA the
 * screen reader, a moulding machine's hopper, other countries' export bans) is not a mention. A true mention is
 * listed even where its block has no context term.
 *
 * 90 blocks, by language (blocks / blocks with mentions):
 *   English   58 /  29
 *   Chinese   12 /   6  (3 in Traditional characters)
 *   Japanese   8 /   4
 *   Korean     7 /   3
 *   German     5 /   3
 * 45 blocks hold 107 mentions (deepseek 33, nvidia 59, export-controls 15);
 * 1 of them also holds a look-alike, which is not listed.
 * 45 blocks hold no mention: 30 traps and 15 neutral blocks.
 * Blocks with a trap (31), by kind:
 *   software 3, person 11, named-after-person 2, other-body 2, ticker 1, common-word 1,
 *   other 11 (resistors and substituents in patents, an aircraft registration, roads, a van,
 *   a town's weather, export bans and restrictions on rice, nickel ore and logs).
 */
import type { LabelledBlock } from './detection-types';

export const DETECTION_HELD_OUT_B: readonly LabelledBlock[] = [
  // --- English ----------------------------------------------------------------------------------------
  {
    style: 'patent',
    language: 'en',
    text: '[0042] In one embodiment, the training cluster comprises eight Nvidia H100 GPUs connected by NVLink, and the student network is distilled from an open-weight teacher model such as DeepSeek-V3.',
    mentions: [
      { topic: 'nvidia', text: 'Nvidia' },
      { topic: 'nvidia', text: 'H100' },
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'deepseek', text: 'V3' },
    ],
  },
  {
    style: 'patent',
    language: 'en',
    text: '2. The method of claim 1, wherein the accelerator is an A100 or H800 graphics processor and the quantized weights are stored in HBM.',
    mentions: [
      { topic: 'nvidia', text: 'A100' },
      { topic: 'nvidia', text: 'H800' },
    ],
  },
  {
    style: 'job-listing',
    language: 'en',
    text: "Senior ML Infrastructure Engineer (Remote, EU). You will serve DeepSeek's R1 and other open-weight reasoning models on a fleet of H200s, tune our GPU scheduler and keep inference costs down. Nice to have: CUDA, Kubernetes, Triton.",
    mentions: [
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'deepseek', text: 'R1' },
      { topic: 'nvidia', text: 'H200s' },
    ],
  },
  {
    style: 'job-listing',
    language: 'en',
    text: 'Export Compliance Analyst. Classify products by ECCN under the Export Administration Regulations, screen customers against the Entity List and track each change to the AI diffusion rule and the Foreign Direct Product Rule for our data-center GPU line.',
    mentions: [
      { topic: 'export-controls', text: 'Entity List' },
      { topic: 'export-controls', text: 'AI diffusion rule' },
      { topic: 'export-controls', text: 'Foreign Direct Product Rule' },
    ],
  },
  {
    style: 'bibliography',
    language: 'en',
    text: 'DeepSeek-AI. (2024). DeepSeek-V3 technical report. arXiv preprint arXiv:2412.19437.',
    mentions: [
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'deepseek', text: 'V3' },
    ],
  },
  {
    style: 'bibliography',
    language: 'en',
    text: 'Guo, D., Yang, D., Zhang, H., et al. (2025). DeepSeek-R1: Incentivizing reasoning capability in LLMs via reinforcement learning. arXiv:2501.12948.',
    mentions: [
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'deepseek', text: 'R1' },
    ],
  },
  {
    style: 'citation',
    language: 'en',
    text: 'As the R1-Zero experiments show, reinforcement learning alone can elicit long chains of thought in a base model without supervised fine-tuning (DeepSeek-AI, 2025, §2.2).',
    mentions: [
      { topic: 'deepseek', text: 'R1-Zero' },
      { topic: 'deepseek', text: 'DeepSeek' },
    ],
  },
  {
    style: 'podcast-notes',
    language: 'en',
    text: "Ep. 112 — Why Nvidia's Blackwell ramp slipped, what the new chip export rules mean for H20 sales in China, and a listener question about running DeepSeek locally with Ollama. (00:00) Intro (04:12) Blackwell yields (31:40) Mailbag",
    mentions: [
      { topic: 'nvidia', text: 'Nvidia' },
      { topic: 'nvidia', text: 'Blackwell' },
      { topic: 'export-controls', text: 'chip export rules' },
      { topic: 'nvidia', text: 'H20' },
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'nvidia', text: 'Blackwell' },
    ],
  },
  {
    style: 'earnings-call',
    language: 'en',
    text: 'NVIDIA Corp. (NVDA) Q3 Fiscal 2025 Earnings Call Transcript',
    mentions: [
      { topic: 'nvidia', text: 'NVIDIA Corp.' },
      { topic: 'nvidia', text: 'NVDA' },
    ],
  },
  {
    style: 'earnings-call',
    language: 'en',
    text: 'Jensen Huang — Founder and CEO: Demand for Hopper remains strong, and Blackwell is now in full production. Data center revenue grew again as hyperscalers expanded their clusters.',
    mentions: [
      { topic: 'nvidia', text: 'Hopper' },
      { topic: 'nvidia', text: 'Blackwell' },
    ],
  },
  {
    style: 'earnings-call',
    language: 'en',
    text: 'Chief Financial Officer: Revenue from China was well below the level before export restrictions came in, and we took a charge on H20 chip inventory that we no longer expect to ship.',
    mentions: [
      { topic: 'export-controls', text: 'export restrictions' },
      { topic: 'nvidia', text: 'H20' },
    ],
  },
  {
    style: 'github-issue',
    language: 'en',
    text: 'OOM when loading the DeepSeek-R1 14B distill on a single A100 40GB · Issue #2231 · opened by vkaur',
    mentions: [
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'deepseek', text: 'R1' },
      { topic: 'nvidia', text: 'A100' },
    ],
  },
  {
    style: 'chat-log',
    language: 'en',
    text: '[14:02] <kwame> anyone have the H800 numbers from the DeepSeek paper? [14:03] <lin> 2.788M H800 GPU-hours for the V3 final run, iirc',
    mentions: [
      { topic: 'nvidia', text: 'H800' },
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'nvidia', text: 'H800' },
      { topic: 'deepseek', text: 'V3' },
    ],
  },
  {
    style: 'comparison-table',
    language: 'en',
    text: '| H100 SXM | 80GB HBM3 | 3.35 TB/s | 700 W | Hopper |',
    mentions: [
      { topic: 'nvidia', text: 'H100' },
      { topic: 'nvidia', text: 'Hopper' },
    ],
  },
  {
    style: 'comparison-table',
    language: 'en',
    text: '| GB200 NVL72 | 72 Blackwell GPUs, 36 Grace CPUs | liquid-cooled rack | NVLink 5 |',
    mentions: [
      { topic: 'nvidia', text: 'GB200' },
      { topic: 'nvidia', text: 'Blackwell' },
    ],
  },
  {
    style: 'crypto-token',
    language: 'en',
    text: 'Not affiliated with DeepSeek: $DSK is a community meme token with no connection to the Hangzhou AI lab, its R1 model or its chatbot. Trade at your own risk.',
    mentions: [
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'deepseek', text: 'R1' },
    ],
  },
  {
    style: 'patch-notes',
    language: 'en',
    text: 'Patch 1.4.2: Added DLSS 4 frame generation on Nvidia RTX 50-series graphics cards. Fixed a crash on startup with NVIDIA driver 566.36.',
    mentions: [
      { topic: 'nvidia', text: 'Nvidia' },
      { topic: 'nvidia', text: 'NVIDIA' },
    ],
  },
  {
    style: 'travel-blog',
    language: 'en',
    text: 'Our last stop in Santa Clara was the Nvidia campus, where the Voyager building has a whole indoor “mountain” of stairs under its triangle-lattice roof. No photos inside, sadly.',
    mentions: [{ topic: 'nvidia', text: 'Nvidia' }],
  },
  {
    style: 'school-newsletter',
    language: 'en',
    text: 'Robotics club: thanks to a hardware grant, the team now trains its line-following model on a donated Nvidia Jetson board instead of the old laptop.',
    mentions: [{ topic: 'nvidia', text: 'Nvidia' }],
  },
  {
    style: 'court-docket',
    language: 'en',
    text: 'In re NVIDIA Corporation Securities Litigation. ORDER granting in part and denying in part motion to dismiss the amended complaint. Signed by the Judge on the date shown.',
    mentions: [{ topic: 'nvidia', text: 'NVIDIA' }],
  },
  {
    style: 'court-docket',
    language: 'en',
    text: 'INDICTMENT as to two defendants: Count 1, conspiracy to export H100 and A100 GPUs to China without a licence, in violation of US export controls administered by the Bureau of Industry and Security (BIS).',
    mentions: [
      { topic: 'nvidia', text: 'H100' },
      { topic: 'nvidia', text: 'A100' },
      { topic: 'export-controls', text: 'export controls' },
      { topic: 'export-controls', text: 'Bureau of Industry and Security' },
      { topic: 'export-controls', text: 'BIS' },
    ],
  },
  {
    style: 'disambiguation',
    language: 'en',
    text: 'Blackwell (microarchitecture), a GPU microarchitecture developed by Nvidia',
    mentions: [
      { topic: 'nvidia', text: 'Blackwell' },
      { topic: 'nvidia', text: 'Nvidia' },
    ],
  },
  {
    style: 'disambiguation',
    language: 'en',
    text: "Hopper (microarchitecture), Nvidia's data-center GPU architecture, named after the computer scientist Grace Hopper",
    mentions: [
      { topic: 'nvidia', text: 'Hopper' },
      { topic: 'nvidia', text: 'Nvidia' },
    ],
    trap: 'person',
  },
  {
    style: 'package-readme',
    language: 'en',
    text: 'Unofficial Python client for the DeepSeek chat API. Create a key at platform.deepseek.com, then pass it as api_key; streaming and tool calls are supported.',
    mentions: [
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'deepseek', text: 'deepseek.com' },
    ],
  },
  {
    style: 'obituary',
    language: 'en',
    text: 'After graduate school he spent twenty years at Nvidia, where colleagues remember him for his patience with interns and his terrible puns in code reviews.',
    mentions: [{ topic: 'nvidia', text: 'Nvidia' }],
  },
  {
    style: 'classified-ad',
    language: 'en',
    text: 'FOR SALE: Nvidia A100 40GB PCIe, used for one year in a university lab, original box. Collection only, cash or bank transfer.',
    mentions: [
      { topic: 'nvidia', text: 'Nvidia' },
      { topic: 'nvidia', text: 'A100' },
    ],
  },
  {
    style: 'headline',
    language: 'en',
    text: 'DEEPSEEK SHOCK WIPES NEARLY $600 BILLION OFF NVIDIA',
    mentions: [
      { topic: 'deepseek', text: 'DEEPSEEK' },
      { topic: 'nvidia', text: 'NVIDIA' },
    ],
  },
  {
    style: 'social-post',
    language: 'en',
    text: 'Benchmarks are in. #DeepSeek R1 vs o1 on AIME and MATH-500, thread below 🧵 #AI #Nvidia',
    mentions: [
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'deepseek', text: 'R1' },
      { topic: 'nvidia', text: 'Nvidia' },
    ],
  },
  {
    style: 'school-newsletter',
    language: 'en',
    text: "The university's new Nvidia-powered supercomputer, built from 256 H100s, opens to student projects next term; apply through the research computing office.",
    mentions: [
      { topic: 'nvidia', text: 'Nvidia' },
      { topic: 'nvidia', text: 'H100s' },
    ],
  },
  {
    style: 'patent',
    language: 'en',
    text: '3. The semiconductor chip package of claim 2, wherein resistor R1 is coupled between the gate of transistor Q1 and ground, and capacitor C1 is connected in parallel with R1.',
    mentions: [],
    trap: 'other',
  },
  {
    style: 'genealogy',
    language: 'en',
    text: 'Hopper, Mary Ann (1841–1910), born in Bristol, daughter of Thomas Hopper, a cooper, and Eliza Blackwell; married John Rudd in 1863.',
    mentions: [],
    trap: 'person',
  },
  {
    style: 'ship-registry',
    language: 'en',
    text: 'USS Hopper (DDG-70), an Arleigh Burke-class guided-missile destroyer named for Rear Admiral Grace Hopper; commissioned 1997.',
    mentions: [],
    trap: 'named-after-person',
  },
  {
    style: 'aircraft-registry',
    language: 'en',
    text: 'V3-HTB  Cessna 208B Grand Caravan  Belize  Registered 14 Mar 2019  Status: Valid',
    mentions: [],
    trap: 'other',
  },
  {
    style: 'music-credits',
    language: 'en',
    text: '"Don\'t Be Cruel" (Otis Blackwell, Elvis Presley). Recorded 2 July 1956, RCA Studio, New York.',
    mentions: [],
    trap: 'person',
  },
  {
    style: 'film-credits',
    language: 'en',
    text: 'Easy Rider (1969). Directed by Dennis Hopper. Written by Peter Fonda, Dennis Hopper and Terry Southern.',
    mentions: [],
    trap: 'person',
  },
  {
    style: 'museum-catalogue',
    language: 'en',
    text: 'Edward Hopper (American, 1882–1967). Nighthawks, 1942. Oil on canvas. Art Institute of Chicago, Friends of American Art Collection.',
    mentions: [],
    trap: 'person',
  },
  {
    style: 'real-estate',
    language: 'en',
    text: 'Two-bedroom flat just off Tower Bridge Road (A100), ten minutes on foot to London Bridge station. Gas central heating, chain-free.',
    mentions: [],
    trap: 'other',
  },
  {
    style: 'weather',
    language: 'en',
    text: 'Blackwell, OK: High 71°F, south winds 15 to 20 mph. A cold front brings thunderstorms after midnight, some with hail.',
    mentions: [],
    trap: 'other',
  },
  {
    style: 'podcast-notes',
    language: 'en',
    text: 'This week: how the travel app Hopper predicts airfares, why Tuesday flights are a myth, and the one booking trick our guest swears by.',
    mentions: [],
    trap: 'software',
  },
  {
    style: 'patch-notes',
    language: 'en',
    text: 'Level editor: the Entity List panel now refreshes when you paste objects. Fixed the Hopper block duplicating items when a chest is broken. Lowered GPU memory use of the shader cache.',
    mentions: [],
    trap: 'software',
  },
  {
    style: 'crypto-news',
    language: 'en',
    text: 'The BIS warned in its annual economic report that stablecoins fall short on singleness, elasticity and integrity, the tests a sound monetary system must pass.',
    mentions: [],
    trap: 'other-body',
  },
  {
    style: 'github-issue',
    language: 'en',
    text: 'NVDA does not announce the state of the "Block trackers" toggle in the settings dialog (Windows 11, NVDA 2024.4, Firefox 133). Expected: "toggle button, pressed".',
    mentions: [],
    trap: 'software',
  },
  {
    style: 'disambiguation',
    language: 'en',
    text: "Blackwell's, a chain of academic bookshops founded in Oxford in 1879 by Benjamin Henry Blackwell",
    mentions: [],
    trap: 'named-after-person',
  },
  {
    style: 'classified-ad',
    language: 'en',
    text: 'FOR SALE: 2006 Hyundai H100 panel van, 180,000 km, new clutch, MOT until May. Ideal for a small builder. No time-wasters.',
    mentions: [],
    trap: 'other',
  },
  {
    style: 'market-table',
    language: 'en',
    text: '| BIS | ProShares UltraShort Nasdaq Biotechnology | 14.82 | −2.1% |',
    mentions: [],
    trap: 'ticker',
  },
  {
    style: 'school-newsletter',
    language: 'en',
    text: 'Grace Hopper Day: Year 9 computing students wrote their first programs in honour of the computer scientist Grace Hopper, who helped invent the compiler.',
    mentions: [],
    trap: 'person',
  },
  {
    style: 'earnings-call',
    language: 'en',
    text: "India's rice export ban weighed on our volumes in the quarter, and Indonesia's export ban on nickel ore continues to shape where we source.",
    mentions: [],
    trap: 'other',
  },
  {
    style: 'obituary',
    language: 'en',
    text: 'Robert "Bob" Hopper, 81, who ran the chip shop on Station Road for forty years, died peacefully at home on Tuesday surrounded by his family.',
    mentions: [],
    trap: 'person',
  },
  {
    style: 'weather',
    language: 'en',
    text: 'Tonight: clear and cold, low 4°C. Tomorrow: sunny spells, high 11°C, west winds 10 to 20 km/h.',
    mentions: [],
  },
  {
    style: 'obituary',
    language: 'en',
    text: 'She taught piano to three generations of the village and never missed a Sunday service. Donations in her memory to the local hospice, please.',
    mentions: [],
  },
  {
    style: 'encyclopedia',
    language: 'en',
    text: 'The Vera C. Rubin Observatory on Cerro Pachón in Chile released its first images in June 2025, a mosaic of the Trifid and Lagoon nebulae.',
    mentions: [],
  },
  {
    style: 'museum-catalogue',
    language: 'en',
    text: "Tangent galvanometer, brass and glass, France, c. 1880. Used to demonstrate Ampère's law in a school physics laboratory.",
    mentions: [],
  },
  {
    style: 'job-listing',
    language: 'en',
    text: 'Warehouse Associate (nights). Forklift licence preferred, able to lift 25 kg, weekly pay, overtime available after the first month.',
    mentions: [],
  },
  {
    style: 'podcast-notes',
    language: 'en',
    text: "Ep. 48: We go through Jensen Huang's Computex keynote line by line, then argue about whether anyone really needs a new laptop this year.",
    mentions: [],
  },
  {
    style: 'crypto-token',
    language: 'en',
    text: 'Total supply: 1,000,000,000. Liquidity locked for 12 months. Contract renounced. Buy and sell tax: 0%.',
    mentions: [],
  },
  {
    style: 'classified-ad',
    language: 'en',
    text: 'LOST: grey tabby cat, answers to Miso, last seen near the allotments on Friday evening. Reward for safe return.',
    mentions: [],
  },
  {
    style: 'github-issue',
    language: 'en',
    text: 'Build fails on Node 22 with ERR_REQUIRE_ESM after upgrading the bundler · Issue #418 · 3 comments',
    mentions: [],
  },
  {
    style: 'court-docket',
    language: 'en',
    text: 'MINUTE ENTRY: Status conference held. Jury trial set for 9 March; pretrial motions due 30 days before trial.',
    mentions: [],
  },
  // --- Chinese ----------------------------------------------------------------------------------------
  {
    style: 'job-listing',
    language: 'zh',
    text: '岗位职责：负责DeepSeek-R1与Qwen系列模型在H800集群上的推理部署与性能优化；熟悉CUDA、vLLM者优先。',
    mentions: [
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'deepseek', text: 'R1' },
      { topic: 'nvidia', text: 'H800' },
    ],
  },
  {
    style: 'forum',
    language: 'zh',
    text: '輝達今年在台灣持續擴編，黃仁勳在Computex宣布Blackwell架構已全面量產，供應鏈股價應聲上漲。',
    mentions: [
      { topic: 'nvidia', text: '輝達' },
      { topic: 'nvidia', text: 'Blackwell' },
    ],
  },
  {
    style: 'patent',
    language: 'zh',
    text: '在本发明的一个实施例中，训练服务器配置8块英伟达A100显卡，通过NVLink互联。',
    mentions: [
      { topic: 'nvidia', text: '英伟达' },
      { topic: 'nvidia', text: 'A100' },
    ],
  },
  {
    style: 'notice',
    language: 'zh',
    text: '美国商务部工业与安全局将多家中国企业列入实体清单，并进一步收紧先进芯片出口管制。',
    mentions: [
      { topic: 'export-controls', text: '实体清单' },
      { topic: 'export-controls', text: '出口管制' },
    ],
  },
  {
    style: 'chat-log',
    language: 'zh',
    text: '深度求索發布的開源權重模型這兩天在台灣開發者社群討論很熱，大家都在比誰的筆電跑得動。',
    mentions: [{ topic: 'deepseek', text: '深度求索' }],
  },
  {
    style: 'chat-log',
    language: 'zh',
    text: '刚在chat.deepseek.com上试了一下，V3回答得挺快，混合专家架构果然省算力。',
    mentions: [
      { topic: 'deepseek', text: 'chat.deepseek.com' },
      { topic: 'deepseek', text: 'V3' },
    ],
  },
  {
    style: 'news',
    language: 'zh',
    text: '国际清算银行（BIS）在年度经济报告中表示，稳定币难以满足货币体系的单一性、弹性和完整性要求。',
    mentions: [],
    trap: 'other-body',
  },
  {
    style: 'news',
    language: 'zh',
    text: '印度延长大米出口限制，国际米价随之走高，东南亚进口商开始寻找替代货源。',
    mentions: [],
    trap: 'other',
  },
  {
    style: 'museum-catalogue',
    language: 'zh',
    text: '爱德华·霍珀（Edward Hopper）《夜游者》，1942年，布面油画，芝加哥艺术博物馆藏。',
    mentions: [],
    trap: 'person',
  },
  {
    style: 'patent',
    language: 'zh',
    text: '如权利要求1所述的化合物，其中R1为氢原子或C1-C4烷基，R2为卤素。',
    mentions: [],
    trap: 'other',
  },
  {
    style: 'weather',
    language: 'zh',
    text: '今天白天多云转晴，最高气温18℃，夜间有小雨，请市民出行注意携带雨具。',
    mentions: [],
  },
  {
    style: 'classified-ad',
    language: 'zh',
    text: '台北市大安區兩房一廳出租，近捷運站，採光佳，可養寵物，月租兩萬八。',
    mentions: [],
  },
  // --- Japanese ---------------------------------------------------------------------------------------
  {
    style: 'job-listing',
    language: 'ja',
    text: '【募集】生成AI基盤エンジニア：NVIDIA H100を用いた学習環境の構築・運用。エヌビディアのGPUでの開発経験がある方歓迎。',
    mentions: [
      { topic: 'nvidia', text: 'NVIDIA' },
      { topic: 'nvidia', text: 'H100' },
      { topic: 'nvidia', text: 'エヌビディア' },
    ],
  },
  {
    style: 'news',
    language: 'ja',
    text: 'ディープシークの推論モデル「R1」は、公開からわずか数日で米国のアプリストアの首位に立った。',
    mentions: [
      { topic: 'deepseek', text: 'ディープシーク' },
      { topic: 'deepseek', text: 'R1' },
    ],
  },
  {
    style: 'news',
    language: 'ja',
    text: '米商務省は対中輸出規制を強化し、中国企業数十社をエンティティリストに追加した。エヌビディアの中国向け「H20」も影響を受ける。',
    mentions: [
      { topic: 'export-controls', text: '輸出規制' },
      { topic: 'export-controls', text: 'エンティティリスト' },
      { topic: 'nvidia', text: 'エヌビディア' },
      { topic: 'nvidia', text: 'H20' },
    ],
  },
  {
    style: 'podcast-notes',
    language: 'ja',
    text: '第87回：エヌビディアの次世代アーキテクチャ「ブラックウェル」は何が変わったのか、データセンター事情に詳しいゲストと語ります。',
    mentions: [
      { topic: 'nvidia', text: 'エヌビディア' },
      { topic: 'nvidia', text: 'ブラックウェル' },
    ],
  },
  {
    style: 'manual',
    language: 'ja',
    text: '射出成形機のホッパーに樹脂チップを投入する前に、除湿乾燥機で80℃・4時間乾燥させてください。',
    mentions: [],
    trap: 'common-word',
  },
  {
    style: 'encyclopedia',
    language: 'ja',
    text: 'エリザベス・ブラックウェルは1849年、米国で女性として初めて医学の学位を取得した。',
    mentions: [],
    trap: 'person',
  },
  {
    style: 'news',
    language: 'ja',
    text: 'インドネシア政府はニッケル鉱石の輸出規制を続けており、国内での製錬所建設を促している。',
    mentions: [],
    trap: 'other',
  },
  {
    style: 'weather',
    language: 'ja',
    text: '東京地方は晴れ時々曇り、最高気温は15度の予想です。夜は北風が強まるでしょう。',
    mentions: [],
  },
  // --- Korean -----------------------------------------------------------------------------------------
  {
    style: 'news',
    language: 'ko',
    text: '엔비디아의 블랙웰 GPU 공급이 늘면서 국내 데이터센터 업체들의 증설 계획도 앞당겨지고 있다.',
    mentions: [
      { topic: 'nvidia', text: '엔비디아' },
      { topic: 'nvidia', text: '블랙웰' },
    ],
  },
  {
    style: 'podcast-notes',
    language: 'ko',
    text: '이번 회차에서는 딥시크가 공개한 추론 모델 R1이 왜 화제가 됐는지 짚어 봅니다.',
    mentions: [
      { topic: 'deepseek', text: '딥시크' },
      { topic: 'deepseek', text: 'R1' },
    ],
  },
  {
    style: 'news',
    language: 'ko',
    text: '미국 상무부의 수출 통제 강화로 엔비디아 H20의 중국 판매가 사실상 막혔다.',
    mentions: [
      { topic: 'export-controls', text: '수출 통제' },
      { topic: 'nvidia', text: '엔비디아' },
      { topic: 'nvidia', text: 'H20' },
    ],
  },
  {
    style: 'museum-catalogue',
    language: 'ko',
    text: '에드워드 호퍼, 〈밤을 새우는 사람들〉, 1942, 캔버스에 유채, 시카고 미술관 소장.',
    mentions: [],
    trap: 'person',
  },
  {
    style: 'music-credits',
    language: 'ko',
    text: "〈Don't Be Cruel〉 작사·작곡: 오티스 블랙웰, 엘비스 프레슬리. 1956년 7월 뉴욕 RCA 스튜디오 녹음.",
    mentions: [],
    trap: 'person',
  },
  {
    style: 'weather',
    language: 'ko',
    text: '내일은 전국이 대체로 맑겠으며, 아침 최저기온은 영하 3도에서 영상 5도로 예상됩니다.',
    mentions: [],
  },
  {
    style: 'real-estate',
    language: 'ko',
    text: '역세권 신축 아파트 전세, 방 3개 욕실 2개, 남향, 즉시 입주 가능합니다.',
    mentions: [],
  },
  // --- German -----------------------------------------------------------------------------------------
  {
    style: 'earnings',
    language: 'de',
    text: 'Nvidias Umsatz im Rechenzentrumsgeschäft stieg im dritten Quartal erneut kräftig, getrieben von der Nachfrage der großen Cloud-Anbieter.',
    mentions: [{ topic: 'nvidia', text: 'Nvidias' }],
  },
  {
    style: 'news',
    language: 'de',
    text: 'Die USA verschärfen die Exportkontrollen für KI-Chips weiter: Nach den neuen Exportkontroll-Regeln braucht Nvidia auch für den eigens für China entwickelten H20 eine Lizenz.',
    mentions: [
      { topic: 'export-controls', text: 'Exportkontrollen' },
      { topic: 'export-controls', text: 'Exportkontroll' },
      { topic: 'nvidia', text: 'Nvidia' },
      { topic: 'nvidia', text: 'H20' },
    ],
  },
  {
    style: 'forum',
    language: 'de',
    text: 'Wer DeepSeek lokal betreiben will, braucht für das destillierte 14B-Modell keine A100: eine Grafikkarte mit 24 GB VRAM reicht.',
    mentions: [
      { topic: 'deepseek', text: 'DeepSeek' },
      { topic: 'nvidia', text: 'A100' },
    ],
  },
  {
    style: 'traffic',
    language: 'de',
    text: 'Die B200 zwischen Flensburg und Husum ist ab Montag wegen Fahrbahnerneuerung voll gesperrt; die Umleitung ist ausgeschildert.',
    mentions: [],
    trap: 'other',
  },
  {
    style: 'news',
    language: 'de',
    text: 'Russlands Exportverbot für unbehandeltes Rundholz trifft vor allem Sägewerke in Finnland und China.',
    mentions: [],
    trap: 'other',
  },
];
