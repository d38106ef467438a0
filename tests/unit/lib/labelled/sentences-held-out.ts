/**
 * Held-out news sentences for claim ranking and the fallback. Written before the ranking engine
 * was tuned, and never used to tune it: no weight, threshold, stop word or keyword was changed
 * because of how these sentences rank. Phrased as reporters write (headlines, ledes, quotes,
 * captions), not from the claims' keywords.
 */
import type { LabelledSentence } from './types';

export const HELD_OUT_SENTENCES: readonly LabelledSentence[] = [
  // --- DeepSeek -------------------------------------------------------------------------------
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Liang Wenfeng, who set up DeepSeek in 2023 after making his fortune in quantitative trading, rarely gives interviews.',
    expected: ['deepseek-chinese-startup'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence: 'The offices of DeepSeek in Hangzhou, in eastern Zhejiang province, on 28 January 2025.',
    expected: ['deepseek-chinese-startup'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Bernstein analysts said the widely quoted figure of under $6 million for DeepSeek's model ignores years of research and the cost of the hardware.",
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "Was DeepSeek's R1 really built for $5.6m? Experts doubt it",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's technical report says the V3 model took under two months to train on a cluster of about 2,000 H800 processors.",
    expected: ['deepseek-v3-two-months-2000-h800s'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek ran 2,048 Nvidia chips for roughly 55 days to train V3, its engineers wrote.',
    expected: ['deepseek-v3-two-months-2000-h800s'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'DeepSeek puts the cost of training R1 at $294,000, in a paper published in Nature on Wednesday.',
    expected: ['deepseek-r1-cost-294000'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "A peer-reviewed article by DeepSeek put its reasoning model's training bill at under $300,000, a figure critics say leaves out the base model.",
    expected: ['deepseek-r1-cost-294000'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'While Microsoft, Alphabet and Meta pour tens of billions of dollars into data centres, DeepSeek says it got by on a sliver of that.',
    expected: ['deepseek-fraction-of-us-lab-spending'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "Silicon Valley's biggest labs are spending hundreds of billions of dollars, yet DeepSeek appears to have built a comparable model on a shoestring.",
    expected: ['deepseek-fraction-of-us-lab-spending'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "On several maths and programming tests, DeepSeek's R1 performed about as well as OpenAI's o1, the startup's paper showed.",
    expected: ['deepseek-matches-western-models'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Independent testers said DeepSeek still trailed GPT-4o and Claude on some tasks despite the hype about its performance.',
    expected: ['deepseek-matches-western-models'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'Some users say DeepSeek handles Chinese-to-English translation better than ChatGPT does.',
    expected: ['deepseek-translation-performance'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"It kept the idioms intact," one literary translator said after asking DeepSeek to render classical Chinese poetry into English.',
    expected: ['deepseek-translation-performance'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's engineers squeezed frontier-level results out of far fewer processors than American labs use, thanks to tricks such as a mixture-of-experts design.",
    expected: ['deepseek-less-compute'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Rather than buying more GPUs, DeepSeek relied on 8-bit floating-point arithmetic and other engineering to cut the computing its models needed.',
    expected: ['deepseek-less-compute'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Because DeepSeek published the weights of R1 for anyone to download, developers have already built thousands of variants on Hugging Face.',
    expected: ['deepseek-open-source', 'deepseek-free-democratised-access'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Researchers note that DeepSeek released the model itself but not the data it was trained on, so it is not open in the full sense of the word.',
    expected: ['deepseek-open-source'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "By giving its models away, DeepSeek has put advanced AI within reach of universities and small firms that could never afford OpenAI's fees.",
    expected: ['deepseek-free-democratised-access'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Start-ups in Africa and South-East Asia say DeepSeek's freely licensed models let them build products without paying royalties.",
    expected: ['deepseek-free-democratised-access'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Developers pay DeepSeek a fraction of what OpenAI charges for every million tokens its API processes.',
    expected: ['deepseek-cheaper-to-run'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"Our monthly inference bill fell by more than 80 per cent when we moved to DeepSeek," the start-up\'s chief technology officer said.',
    expected: ['deepseek-cheaper-to-run'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek says R1 taught itself to reason by trial and error, rewarded only when its final answers were right.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "What surprised researchers most was DeepSeek's report that its model learned to check its own work without being shown any worked examples.",
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence: 'Ask DeepSeek what happened in Beijing in June 1989 and the chatbot changes the subject.',
    expected: ['deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's answers about Taiwan mirror the Communist Party's position, a review of hundreds of prompts found.",
    expected: ['deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'A misinformation watchdog found that DeepSeek repeated false claims or dodged the question in more than eight in ten of its tests.',
    expected: ['deepseek-newsguard-83-percent'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'NewsGuard said DeepSeek tied for tenth place out of the 11 chatbots it tested on current events.',
    expected: ['deepseek-newsguard-83-percent'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "Italy's privacy regulator has ordered DeepSeek blocked in the country, saying the company's answers about its data handling were insufficient.",
    expected: ['deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Taiwan bars government agencies from using DeepSeek, citing security risks',
    expected: ['deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Cloud security firm Wiz said it found an unprotected DeepSeek server holding users' conversations in plain text.",
    expected: ['deepseek-user-data-leak'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Within an hour of being alerted, DeepSeek locked down the exposed system, which had leaked secret keys and log files.',
    expected: ['deepseek-user-data-leak'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'OpenAI says it has seen signs that DeepSeek trained on the outputs of ChatGPT, which would break its terms of use.',
    expected: ['deepseek-distilled-openai'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"There\'s substantial evidence that what DeepSeek did here is they distilled the knowledge out of OpenAI\'s models," David Sacks told Fox News.',
    expected: ['deepseek-distilled-openai'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence: '"DeepSeek R1 is AI\'s Sputnik moment," the venture capitalist Marc Andreessen wrote on X.',
    expected: ['deepseek-disrupted-ai-industry'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The DeepSeek shock forced OpenAI, Google and Anthropic to rethink their release plans within weeks.',
    expected: ['deepseek-disrupted-ai-industry'],
  },
  // DeepSeek claims added to the knowledge base on 1 December 2026
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Prominent researchers hailed the decision to publish DeepSeek openly as a generous present to AI developers everywhere.',
    expected: ['deepseek-gift-to-ai-community'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "If DeepSeek's methods hold up, building a competitive AI model may no longer take billions of dollars, opening the field to newcomers.",
    expected: ['deepseek-lower-barriers-to-entry'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Analysts say DeepSeek's refusal to discuss politically sensitive subjects could put off users and businesses in democracies.",
    expected: ['deepseek-censorship-limits-adoption', 'deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's assistant became the most downloaded free app in the US on Apple's store, pushing ChatGPT into second place.",
    expected: ['deepseek-app-store-number-one'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's R1 became the first large language model to go through the peer-review process of a major scientific journal.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek said its V3.1 model uses a number format designed for the coming generation of Chinese-made processors.',
    expected: ['deepseek-v3-1-domestic-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's experimental V3.2 model uses a technique it calls sparse attention to make long documents cheaper to process.",
    expected: ['deepseek-v3-2-sparse-attention'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence: 'DeepSeek finally unveiled V4 in April, more than a year after R1 stunned Silicon Valley.',
    expected: ['deepseek-v4-release'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Reports that DeepSeek trained V4 on Huawei's Ascend processors rather than Nvidia hardware have not been confirmed.",
    expected: ['deepseek-v4-huawei-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "A Commerce Department evaluation concluded that DeepSeek's models trail American ones and are easier to hijack.",
    expected: ['deepseek-caisi-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: "US government testers put DeepSeek's V4 roughly eight months behind the best American models.",
    expected: ['deepseek-caisi-v4-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "The House China committee said in a report that DeepSeek funnels Americans' data to Beijing and endangers national security.",
    expected: ['deepseek-house-committee-report'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Lawmakers accused Nvidia of giving DeepSeek engineering support that helped it build frontier models.',
    expected: ['deepseek-nvidia-helped-deepseek'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "The administration has paused plans to put DeepSeek on the Commerce Department's trade blacklist, people familiar with the matter said.",
    expected: ['deepseek-entity-list-hold'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Germany's data protection commissioner asked Apple and Google to pull DeepSeek from their app stores.",
    expected: ['deepseek-germany-app-removal', 'deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'South Korea suspended new downloads of DeepSeek while regulators reviewed how it handled personal data.',
    expected: ['deepseek-south-korea-suspension', 'deepseek-italy-ban'],
  },
  // DeepSeek, none of its claims
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek did not respond to a request for comment.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'A DeepSeek representative declined to say when the company would next speak to reporters.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek is hiring for several positions, according to job listings posted this month.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence: 'A smartphone displaying the DeepSeek logo, photographed in Paris.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'The DeepSeek app is available for both iPhone and Android devices.',
    expected: [],
  },
  // --- Nvidia ---------------------------------------------------------------------------------
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'Nvidia shed nearly $600 billion of market value on Monday, the largest one-day drop for any company in Wall Street history.',
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia suffers record $589bn wipeout as Chinese AI app rattles investors',
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Shares of Nvidia closed down 17 per cent on 27 January.',
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'The tech-heavy Nasdaq fell 3 per cent as Nvidia, Broadcom and other chipmakers dragged the index lower.',
    expected: ['nvidia-us-tech-stocks-fell'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Nvidia's slide pulled the Philadelphia semiconductor index down more than 9 per cent, its worst day since March 2020.",
    expected: ['nvidia-us-tech-stocks-fell', 'nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "If AI can be built with far fewer processors, the argument goes, Nvidia's customers will simply buy fewer of them.",
    expected: ['nvidia-lower-chip-demand'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Nvidia's data centre sales kept climbing through 2025, undercutting fears that cheaper models would dent orders for its GPUs.",
    expected: ['nvidia-lower-chip-demand', 'nvidia-record-revenue-after-deepseek'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'The H800, which Nvidia created for the Chinese market, has roughly half the chip-to-chip transfer rate of the H100.',
    expected: ['nvidia-h800-cut-down-chip'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'DeepSeek built its model on Nvidia processors that had been deliberately slowed down so they could be sold in China.',
    expected: ['nvidia-h800-cut-down-chip'],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"DeepSeek is an excellent AI advancement," an Nvidia spokesperson said, adding that its work complied fully with US rules.',
    expected: ['nvidia-export-compliant-statement'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia insisted that the chips DeepSeek used had been obtained legally.',
    expected: ['nvidia-export-compliant-statement'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'Nvidia booked a $4.5 billion charge in its first quarter after the US government required licences for H20 exports to China.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia said it missed out on $2.5 billion of H20 sales in the quarter because of the new licensing requirement.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"My understanding is that DeepSeek has about 50,000 H100s, which they can\'t talk about," Scale AI\'s Alexandr Wang said of the Nvidia chips.',
    expected: ['nvidia-deepseek-banned-chips'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Lawmakers want to know whether DeepSeek got hold of Nvidia's most advanced processors in spite of the ban.",
    expected: ['nvidia-deepseek-banned-chips'],
  },
  // Nvidia, none of its claims
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: "Nvidia's new GeForce graphics cards for gamers go on sale next week.",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'caption',
    sentence:
      "Jensen Huang, Nvidia's chief executive, in his trademark leather jacket on stage in Las Vegas.",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia and Mercedes-Benz announced a partnership on self-driving software.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'A spokesperson for Nvidia did not immediately reply to questions sent by email.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia was founded in 1993 by Jensen Huang, Chris Malachowsky and Curtis Priem.',
    expected: [],
  },
  // --- US export controls ---------------------------------------------------------------------
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Washington's chip curbs date back to the autumn of 2022, when the Commerce Department cut China off from Nvidia's A100.",
    expected: ['export-controls-since-2022'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Since the first round of export restrictions three years ago, Chinese buyers have been unable to legally purchase top-end American GPUs.',
    expected: ['export-controls-since-2022'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Each time Washington tightened its export controls, Nvidia answered with a slower chip tailored for Chinese buyers.',
    expected: ['export-controls-china-only-chips'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The A800 and H800, which Nvidia sold in China after the first chip curbs, were themselves banned a year later.',
    expected: ['export-controls-china-only-chips'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Under the AI diffusion rule, only 18 close allies would have enjoyed unrestricted access to American chips.',
    expected: ['export-controls-ai-diffusion-rule'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      'The Commerce Department said it would not enforce the AI diffusion rule, calling it overly bureaucratic.',
    expected: ['export-controls-ai-diffusion-rule', 'export-controls-ai-diffusion-rule-status'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Cut off from the best chips by export controls, DeepSeek's team was forced to get more out of what it had.",
    expected: ['export-controls-deepseek-innovated-around'],
  },
  {
    topic: 'export-controls',
    kind: 'quote',
    sentence:
      '"Necessity is the mother of invention," one analyst said of how Chinese labs have coped with the export restrictions.',
    expected: ['export-controls-deepseek-innovated-around'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Critics argue the export controls have done little to hold back Chinese AI, pointing to DeepSeek as proof.',
    expected: ['export-controls-have-failed'],
  },
  {
    topic: 'export-controls',
    kind: 'quote',
    sentence:
      '"Our problem has never been funding; it\'s the embargo on high-end chips," DeepSeek\'s founder said, which supporters of the export controls cite as evidence they bite.',
    expected: ['export-controls-have-failed'],
  },
  // Claims added to the knowledge base on 1 December 2026, held out since they were announced
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence: 'Nvidia became the first company ever to be valued at $5 trillion on Wednesday.',
    expected: ['nvidia-first-5-trillion-company'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia reported another record quarter, with data centre sales far above a year earlier.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia agreed to hand the US government 15 per cent of its revenue from H20 sales in China, officials said.',
    expected: ['nvidia-h20-15-percent-deal'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "China's internet regulator summoned Nvidia over what it called security risks in its H20 chips, including remote shutdown.",
    expected: ['nvidia-h20-backdoor-claim'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'President Trump said Nvidia would be allowed to ship its H200 processors to approved customers in China.',
    expected: ['nvidia-h200-china-sales-allowed'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'BIS said applications to sell H200-class chips in China would now be weighed one at a time rather than presumed denied.',
    expected: ['export-controls-h200-case-by-case-review'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Under the revised export controls, a quarter of the money from each H200 sale goes to the US Treasury.',
    expected: ['export-controls-25-percent-cut'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Chinese customs officers have been told not to let Nvidia's H200 into the country, even as Washington eased its export controls.",
    expected: ['export-controls-china-blocks-h200'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Months after scrapping the AI diffusion rule, the Commerce Department has yet to publish the replacement it promised.',
    expected: ['export-controls-ai-diffusion-rule-status', 'export-controls-ai-diffusion-rule'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Investigators say smugglers have moved restricted processors into China through Malaysia and Singapore in breach of export controls.',
    expected: ['export-controls-chip-smuggling-cases'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'A bipartisan bill would require chips covered by export controls to report where they are, so they can be tracked after sale.',
    expected: ['export-controls-location-verification-bill'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Malaysia said shipping American AI chips out of the country would need a permit, tightening its own export controls.',
    expected: ['export-controls-malaysia-permit'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "US officials say DeepSeek has supported China's armed forces and intelligence services, which the company has not addressed.",
    expected: ['deepseek-military-links'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's next reasoning model was held back for months after training runs on Huawei hardware ran into trouble, according to reports.",
    expected: ['deepseek-r2-delayed-huawei'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'Federal employees have been told not to install DeepSeek on their work phones and laptops.',
    expected: ['deepseek-us-government-device-ban'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Companies anywhere in the world that use Huawei's Ascend processors risk breaching US export controls, the Commerce Department warned.",
    expected: ['export-controls-huawei-ascend-anywhere'],
  },
  // Export controls, none of their claims
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'China imposed export controls on gallium and germanium, two metals used in chipmaking.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Law firms say advising clients on export controls has become one of their fastest-growing practices.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Dutch export restrictions on lithography machines are decided in The Hague, not in Washington.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: 'What the new export controls mean for your holiday electronics purchases',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence: 'The seminar on export controls for university researchers is free to attend.',
    expected: [],
  },
  // Written on 2 December 2026 before that day's tuning: one sentence for each claim, and 13 about none
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Founded in 2023 in Hangzhou and bankrolled by Liang Wenfeng's hedge fund High-Flyer, DeepSeek is a homegrown Chinese start-up rather than an offshoot of a big tech group.",
    expected: ['deepseek-chinese-startup'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "The $5.6m chatbot: how DeepSeek's R1 was built on a shoestring",
    expected: ['deepseek-r1-trained-for-5-6-million'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "According to DeepSeek's technical report, V3 was pre-trained in less than two months on a cluster of 2,048 Nvidia H800 graphics processors, for a compute bill of roughly $5.58 million.",
    expected: ['deepseek-v3-two-months-2000-h800s'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "In a supplementary table to its Nature paper, DeepSeek put the cost of R1's reasoning training at roughly $294,000, run on 512 H800 chips.",
    expected: ['deepseek-r1-cost-294000'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'As Meta readies up to $65 billion of capital spending for 2025, DeepSeek says it built a top-tier model for a sliver of what OpenAI, Google and Meta are pouring into AI.',
    expected: ['deepseek-fraction-of-us-lab-spending'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "On the AIME 2024 maths exam DeepSeek's R1 scored 79.8 to 79.2 for OpenAI's o1, and it also edged ahead on the SWE-bench Verified coding test.",
    expected: ['deepseek-matches-western-models'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"For translating contracts between Mandarin and English, DeepSeek is every bit as good as the American tools we pay for," said Wei Lin, a partner at a Shanghai law firm.',
    expected: ['deepseek-translation-performance'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek squeezes frontier-level results out of far fewer chips',
    expected: ['deepseek-less-compute'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Is DeepSeek really open source? The weights are public, the training data is not',
    expected: ['deepseek-open-source'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'By giving its models away without licence fees or the usage strings that come with proprietary systems, DeepSeek has, in the words of one Nairobi developer, put cutting-edge AI within reach of people who could never afford it.',
    expected: ['deepseek-free-democratised-access'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "At 55 cents per million input tokens and $2.19 per million output tokens, DeepSeek's R1 costs a fraction of what rival reasoning models charge, and start-ups from Bangalore to Boston are moving their workloads over.",
    expected: ['deepseek-cheaper-to-run'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's researchers say R1 taught itself to reason through trial-and-error reinforcement learning, with no human-written worked examples to imitate.",
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      "A screenshot shows DeepSeek's chatbot declining to answer a question about the 1989 crackdown in Tiananmen Square.",
    expected: ['deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek chatbot flunks news-accuracy audit, getting it right just 17% of the time',
    expected: ['deepseek-newsguard-83-percent'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "Italy's privacy watchdog, the Garante, ordered DeepSeek on Thursday to stop processing Italians' personal data with immediate effect, making it the first regulator to block the Chinese chatbot.",
    expected: ['deepseek-italy-ban'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Wiz finds DeepSeek database open to the internet, exposing chat logs and API keys',
    expected: ['deepseek-user-data-leak'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"There\'s substantial evidence that what DeepSeek did here is they distilled the knowledge out of OpenAI\'s models," David Sacks, the White House AI and crypto czar, told Fox News.',
    expected: ['deepseek-distilled-openai'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "How DeepSeek upended Silicon Valley's AI playbook",
    expected: ['deepseek-disrupted-ai-industry'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"Whatever you make of where it came from, R1 being out in the open is a gift to every researcher on the planet," said Clara Mendes, who studies machine learning at the University of Lisbon, of DeepSeek\'s release.',
    expected: ['deepseek-gift-to-ai-community'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Analysts say DeepSeek's recipe could let university labs and small start-ups compete at building models, a game that until recently only a handful of giants could afford to enter.",
    expected: ['deepseek-lower-barriers-to-entry'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "DeepSeek's habit of dodging questions about Taiwan and Tibet may be the biggest obstacle to its spread in democracies, where companies and governments are wary of a model that toes Beijing's line.",
    expected: ['deepseek-censorship-limits-adoption', 'deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      "DeepSeek's AI assistant sits above OpenAI's ChatGPT at the top of the free-apps chart on Apple's US App Store, 27 January 2025.",
    expected: ['deepseek-app-store-number-one'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "Nature referees put DeepSeek's R1 through its paces, a first for a major language model",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'DeepSeek released V3.1 on Thursday, saying its "UE8M0 FP8" number format was designed for the coming generation of Chinese-made chips, and shares of domestic chipmakers jumped.',
    expected: ['deepseek-v3-1-domestic-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The experimental V3.2-Exp introduces what DeepSeek calls sparse attention, in which a small indexer picks out only the most relevant earlier tokens, letting the model handle long documents far more cheaply.',
    expected: ['deepseek-v3-2-sparse-attention'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek unveils long-awaited V4, with a million-token memory and open weights',
    expected: ['deepseek-v4-release'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"V4 is proof China no longer needs Nvidia: it was trained entirely on Huawei silicon," read one widely shared Weibo post, though DeepSeek has not said which chips it trained the model on.',
    expected: ['deepseek-v4-huawei-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "Researchers at the Commerce Department's Center for AI Standards and Innovation concluded on Tuesday that DeepSeek's best models fall short of top American systems on almost all of 19 tests, and that agents built on them were about 12 times likelier to be hijacked.",
    expected: ['deepseek-caisi-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence:
      "US government testers: DeepSeek V4 Pro is China's best model yet, but about eight months off the pace",
    expected: ['deepseek-caisi-v4-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'The House Select Committee on the Chinese Communist Party released a report titled "DeepSeek Unmasked" on Wednesday, branding the chatbot a grave danger to US security that funnels Americans\' data to China.',
    expected: ['deepseek-house-committee-report'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'In a letter to Commerce Secretary Howard Lutnick, committee chairman John Moolenaar wrote that Nvidia engineers had helped DeepSeek wring more performance out of its H800 chips.',
    expected: ['deepseek-nvidia-helped-deepseek'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Washington sits on DeepSeek trade blacklisting to avoid rattling Beijing',
    expected: ['deepseek-entity-list-hold'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "Berlin's data protection commissioner, Meike Kamp, has asked Apple and Google to pull DeepSeek from their app stores in Germany, saying the app sends users' data to China without adequate safeguards.",
    expected: ['deepseek-germany-app-removal'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      "A smartphone in Seoul displays DeepSeek's app-store page after South Korea's privacy regulator halted new downloads, 17 February 2025.",
    expected: ['deepseek-south-korea-suspension'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "A senior State Department official said DeepSeek had been aiding the People's Liberation Army and Chinese intelligence, citing more than 150 references to the company in military procurement records.",
    expected: ['deepseek-military-links'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek's R2 stalls after Huawei Ascend training runs falter, FT reports",
    expected: ['deepseek-r2-delayed-huawei'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'Two House members, New Jersey Democrat Josh Gottheimer and Illinois Republican Darin LaHood, introduced a bill on Friday that would bar DeepSeek from phones and computers issued by federal agencies.',
    expected: ['deepseek-us-government-device-ban'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia sheds nearly $600bn in a day as DeepSeek panic grips Wall Street',
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      "The tech-heavy Nasdaq slid 3.1% on Monday and the Philadelphia chip index tumbled 9.2% as investors dumped chipmakers such as Nvidia and Broadcom after DeepSeek's rise.",
    expected: ['nvidia-us-tech-stocks-fell', 'nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"If you can build a top model on a couple of thousand chips, why would anyone need a million of Nvidia\'s GPUs?" asked Priya Raman, a portfolio manager at a Boston fund.',
    expected: ['nvidia-lower-chip-demand'],
  },
  {
    topic: 'nvidia',
    kind: 'caption',
    sentence:
      'An Nvidia H800, the slowed-down H100 variant the company made for Chinese buyers, which DeepSeek used to train its V3 model.',
    expected: ['nvidia-h800-cut-down-chip'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'In a statement on Monday, Nvidia called DeepSeek "an excellent AI advancement" and said the Chinese lab\'s work used compute that was fully compliant with export controls.',
    expected: ['nvidia-export-compliant-statement'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia takes $5.5bn hit as Washington demands licences for H20 sales to China',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'The Information reported this week that DeepSeek had used smuggled Blackwell processors to develop its next model, a claim Nvidia said it had seen nothing to substantiate.',
    expected: ['nvidia-deepseek-banned-chips'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia hits $5tn, a milestone no company had reached before',
    expected: ['nvidia-first-5-trillion-company'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'Nvidia reported a record $57 billion in quarterly revenue on Wednesday, with its data-centre business once again doing most of the heavy lifting.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Under the unusual arrangement, Nvidia and AMD will hand Washington 15 cents of every dollar they earn selling the H20 and MI308 in China, a US official said.',
    expected: ['nvidia-h20-15-percent-deal'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      "China's internet regulator summoned Nvidia on Thursday over what it described as backdoor security risks in its H20 chips, citing concerns that they could be tracked or shut down remotely.",
    expected: ['nvidia-h20-backdoor-claim'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Trump clears Nvidia to ship H200 chips to approved Chinese buyers',
    expected: ['nvidia-h200-china-sales-allowed'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Washington first choked off China's access to top-end AI chips in 2022, when US export controls required a licence to ship Nvidia's A100 and H100 there.",
    expected: ['export-controls-since-2022'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      'Each time Nvidia engineered a slower chip to slip under US export curbs, Washington redrew the line: the A800 and H800 it built for China in 2022 were caught by the October 2023 rules.',
    expected: ['export-controls-china-only-chips'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence: "Biden's parting AI diffusion rule sorts the world into three tiers for chip access",
    expected: ['export-controls-ai-diffusion-rule'],
  },
  {
    topic: 'export-controls',
    kind: 'quote',
    sentence:
      '"Export controls forced DeepSeek to get clever: they had to squeeze every bit of performance out of crippled hardware," said a Singapore-based semiconductor analyst.',
    expected: ['export-controls-deepseek-innovated-around'],
  },
  {
    topic: 'export-controls',
    kind: 'quote',
    sentence:
      '"The export control was a failure," Nvidia chief executive Jensen Huang told reporters at Computex in Taipei.',
    expected: ['export-controls-have-failed'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "The Bureau of Industry and Security's new rule, effective 15 January, replaces the presumption of denial for H200-class licence applications to China with a case-by-case review.",
    expected: ['export-controls-h200-case-by-case-review'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence:
      "Uncle Sam's 25% cut of Nvidia's H200 sales to China will come through a tariff, not the chip export rules",
    expected: ['export-controls-25-percent-cut'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      "Chinese customs officers have told agents that Nvidia's H200 is not permitted into the country, days after Washington eased its export controls to allow the sales, according to people familiar with the matter.",
    expected: ['export-controls-china-blocks-h200'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'In May 2025 the Commerce Department said it would stop enforcing the Biden-era AI diffusion rule and intended to rescind it, promising a simpler replacement.',
    expected: ['export-controls-ai-diffusion-rule-status'],
  },
  {
    topic: 'export-controls',
    kind: 'caption',
    sentence:
      'Pallets of server equipment at a Singapore freight depot; prosecutors say forwarders there and in Malaysia helped route Nvidia GPUs covered by US export controls to China.',
    expected: ['export-controls-chip-smuggling-cases'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      'Senator Tom Cotton introduced the Chip Security Act on Thursday, a bill that would require AI chips subject to export controls to carry location-verification technology so authorities can tell when they end up in China.',
    expected: ['export-controls-location-verification-bill'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence:
      'Malaysia slaps permit requirement on shipments of US-made AI chips, closing an export-control loophole',
    expected: ['export-controls-malaysia-permit'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "BIS guidance issued in May warned that using Huawei's Ascend chips anywhere in the world could put companies in breach of US export controls, drawing an angry rebuke from Beijing.",
    expected: ['export-controls-huawei-ascend-anywhere'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      'The DeepSeek logo displayed on a laptop screen in this illustration photograph taken in Krakow.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'A DeepSeek spokesperson did not respond to emailed requests for comment.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek posts job ads for product managers as it builds out its consumer app team',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'For Tomás Herrera, a 24-year-old student in Valencia, DeepSeek has become the app he reaches for to plan meals and draft emails to his landlord.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'DeepSeek has added a web-search toggle and file uploads to its mobile app, bringing it closer to the features users expect from rival chatbots.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia to hold GTC developer conference in San Jose in March',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia shares were up 0.6% in afternoon trading in New York, in line with the broader market.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'caption',
    sentence:
      'Nvidia chief executive Jensen Huang, in his trademark black leather jacket, speaks during a keynote at Computex in Taipei.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'Nvidia is expanding its research presence in Zurich with a new robotics lab, the company confirmed on Tuesday.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      'Beijing broadened its export controls on rare earths on Thursday, requiring foreign companies to obtain licences to ship products containing even tiny amounts of Chinese-sourced material.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'quote',
    sentence:
      '"We continually review our export controls, as we always have," a Commerce Department spokesperson said, declining to elaborate.',
    expected: [],
  },
  // Written on 2 December 2026 before the tuning on sentences without a claim: 24 about none of a topic's claims, 13 about one
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'DeepSeek did not respond to emailed questions sent to its Hangzhou headquarters on Friday.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      'Visitors photograph a screen showing the DeepSeek logo at the World Artificial Intelligence Conference in Shanghai, July 26, 2025.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'Chinese carmaker BYD said on Monday it would build DeepSeek into its driver-assistance and in-car voice systems, joining Geely and Great Wall Motor in a rush to put the chatbot on dashboards.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "Hangzhou touts DeepSeek, Unitree and Game Science among its 'six little dragons' of tech",
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The afternoon panel, moderated by a Tsinghua University professor, featured speakers from Moonshot AI, Zhipu and DeepSeek.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"Honestly, I mostly ask DeepSeek for recipes and help with my son\'s maths homework," said Li Na, a 41-year-old accountant in Chengdu.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek posted openings for research interns in Beijing this week, asking for candidates with strong records in programming contests.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Kingsoft Cloud shares rose 4% in Hong Kong after the company said business customers could now rent servers preloaded with DeepSeek models.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia will hold its annual GTC developer conference in San Jose in March, where chief executive Jensen Huang is expected to deliver the keynote.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'caption',
    sentence:
      "Nvidia founder Jensen Huang signs a fan's shirt at a night market in Taipei during the Computex trade show.",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia picks Beitou-Shilin site for new Taiwan headquarters',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia shares edged up 0.4% in early trading on Wednesday, roughly in line with the broader Nasdaq.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'Nvidia unveiled its GeForce RTX 50-series graphics cards for gamers at the CES electronics show in Las Vegas on Monday night.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence: '"We don\'t comment on unannounced products," an Nvidia spokesperson said in an email.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Nvidia's Hopper architecture takes its name from Grace Hopper, the US Navy rear admiral and computing pioneer.",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia replaced Intel in the Dow Jones Industrial Average in November 2024, a symbolic changing of the guard in the chip industry.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "China's commerce ministry said it would impose export controls on gallium and germanium, two metals used in making semiconductors, from August 1.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Beijing announced export restrictions on seven rare earths, including dysprosium and terbium, in April in retaliation for US tariffs.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'caption',
    sentence:
      "A worker inspects drones at a factory in Shenzhen; China's export controls on some drone parts took effect on September 1, 2024.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The Bureau of Industry and Security also licenses exports of many firearms and ammunition, a job it took over from the State Department in 2020.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Researchers planning to take laptops and lab equipment abroad should check whether export controls apply, the university's compliance office said in a notice to staff.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      "After Russia's full-scale invasion of Ukraine, the European Union imposed export bans on goods ranging from luxury cars to machine tools.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The Commerce Department added drone maker DJI to the Entity List in December 2020, citing its role in high-tech surveillance in Xinjiang.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'Berlin privacy watchdog asks Apple and Google to pull DeepSeek from German app stores',
    expected: ['deepseek-germany-app-removal'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Wiz researchers said they had stumbled on an unprotected DeepSeek database holding more than a million lines of logs, among them users' chat histories and secret keys.",
    expected: ['deepseek-user-data-leak'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "DeepSeek's reasoning model has become the first big large language model to clear independent peer review, with its paper and the referees' reports appearing in Nature on Wednesday.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"Ask DeepSeek about Tiananmen Square or Taiwan and it will politely change the subject," said one researcher who tested the chatbot.',
    expected: ['deepseek-chinese-censorship'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      "A laptop shows the Hugging Face page for DeepSeek's V4 preview, published on April 24, 2026, in Pro and Flash versions.",
    expected: ['deepseek-v4-release'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia sheds nearly $600bn in market value as DeepSeek rattles investors',
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Nvidia's chief security officer wrote that its chips carry no kill switches or hidden back doors, days after Beijing's internet regulator summoned the company over the H20.",
    expected: ['nvidia-h20-backdoor-claim'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'Nvidia took a $4.5 billion hit on unsold H20 inventory after Washington began requiring a licence to ship the chip to Chinese customers.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"DeepSeek is an excellent AI advancement," an Nvidia spokesperson said, adding that the computing power the lab used was fully within US export rules.',
    expected: ['nvidia-export-compliant-statement'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence:
      'Malaysia tightens export controls, requiring permits for US-made AI chips passing through the country',
    expected: ['export-controls-malaysia-permit'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Senator Tom Cotton's Chip Security Act would make chipmakers build location tracking into processors covered by export controls, though the bill has yet to pass either chamber.",
    expected: ['export-controls-location-verification-bill'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      "DeepSeek's rapid rise is proof that Washington's chip export rules have not worked, critics in Beijing and Silicon Valley argue.",
    expected: ['export-controls-have-failed'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Chinese customs agents were told this week that Nvidia's H200 chips may not enter the country, days after Washington loosened its export curbs on them.",
    expected: ['export-controls-china-blocks-h200'],
  },
  // Written on 2 December 2026 after the day's tuning and measured once before being added: 40 sentences about a claim, 20 about none
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: "DeepSeek's $294,000 price tag for R1 leaves out the base model it was built on",
    expected: ['deepseek-r1-cost-294000'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      "DeepSeek's R1 has become the first major large language model to go through independent peer review, with Nature publishing the paper alongside the reviewers' reports and the company's replies.",
    expected: ['deepseek-r1-peer-reviewed-nature'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek said the experimental V3.2-Exp picks out only the most relevant earlier tokens for each new one, which allowed it to cut API prices by more than half.',
    expected: ['deepseek-v3-2-sparse-attention'],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek unveils V4 preview with one-million-token context window and open weights',
    expected: ['deepseek-v4-release'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Reuters reported that V4 had been adapted to run on Huawei's most advanced Ascend processors, but it remained unclear which hardware DeepSeek used to train it.",
    expected: ['deepseek-v4-huawei-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "NIST's Center for AI Standards and Innovation estimated on Friday that DeepSeek V4 Pro trails the leading American systems by roughly eight months, performing about as well as GPT-5.",
    expected: ['deepseek-caisi-v4-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "Agents built on DeepSeek's models were on average 12 times likelier to be hijacked by malicious instructions than those built on US models, the government evaluators found.",
    expected: ['deepseek-caisi-evaluation'],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      'Berlin data-protection commissioner Meike Kamp, who reported the DeepSeek app to Apple and Google as illegal content under the EU Digital Services Act.',
    expected: ['deepseek-germany-app-removal'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'In a memo to the House China committee, OpenAI said accounts linked to DeepSeek employees had disguised their origin through third-party routers to pull answers out of American models.',
    expected: ['deepseek-distilled-openai'],
  },
  {
    topic: 'deepseek',
    kind: 'lede',
    sentence:
      'An interagency panel has signed off on blacklisting DeepSeek and more than 100 other Chinese companies, but the administration is sitting on the listings for fear of angering Beijing, Reuters reported.',
    expected: ['deepseek-entity-list-hold'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's R2 was held up by persistent technical problems when engineers tried to train it on Huawei's Ascend chips, the Financial Times reported, citing people familiar with the matter.",
    expected: ['deepseek-r2-delayed-huawei'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "The State Department official said DeepSeek is named more than 150 times in procurement records of the People's Liberation Army and affiliated bodies.",
    expected: ['deepseek-military-links'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "DeepSeek's chatbot gave accurate answers only 17% of the time in NewsGuard's audit, tying for 10th place out of 11.",
    expected: ['deepseek-newsguard-83-percent'],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"People keep saying it taught itself to reason, but that was R1-Zero — the model DeepSeek actually shipped was fine-tuned on thousands of curated examples first," said a machine-learning researcher at a university in Seoul.',
    expected: ['deepseek-r1-pure-reinforcement-learning'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "When it released V3.1 in August, DeepSeek said the model's UE8M0 FP8 number format was tailored for next-generation domestic chips due out soon, without naming a supplier.",
    expected: ['deepseek-v3-1-domestic-chips'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      "The much-quoted $5.6 million price of DeepSeek's R1 actually comes from the V3 technical report and covers only that earlier model's final training run.",
    expected: ['deepseek-r1-trained-for-5-6-million', 'deepseek-v3-two-months-2000-h800s'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      "A year ago this week, Nvidia shed roughly $593 billion in market value in a single session after a little-known Chinese lab's chatbot topped Apple's download charts.",
    expected: ['nvidia-sharp-stock-fall'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Investors who dumped Nvidia on fears that leaner models would need fewer top-end processors have since watched its data-centre sales keep climbing.',
    expected: ['nvidia-lower-chip-demand', 'nvidia-record-revenue-after-deepseek'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: 'Nvidia crosses $5tn, three months after breaking the $4tn barrier',
    expected: ['nvidia-first-5-trillion-company'],
  },
  {
    topic: 'nvidia',
    kind: 'lede',
    sentence:
      'Nvidia reported revenue of $57.0 billion for the quarter to October, yet another record, as demand for its Blackwell systems showed no sign of cooling.',
    expected: ['nvidia-record-revenue-after-deepseek'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Nvidia booked a $4.5 billion charge for H20 inventory it could no longer sell after Washington imposed a licence requirement on shipments to China.',
    expected: ['nvidia-h20-curbs-cost-billions'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'Under the arrangement, Nvidia and AMD would hand Washington 15 cents of every dollar they earn selling H20 and MI308 chips in China, a US official said.',
    expected: ['nvidia-h20-15-percent-deal'],
  },
  {
    topic: 'nvidia',
    kind: 'headline',
    sentence: "Beijing summons Nvidia over alleged 'backdoor' risks in H20 chips",
    expected: ['nvidia-h20-backdoor-claim'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'President Trump said on Monday that Nvidia could ship its H200 processors to approved customers in China.',
    expected: ['nvidia-h200-china-sales-allowed'],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"While such smuggling seems farfetched, we pursue any tip we receive," Nvidia said in response to a report that DeepSeek had trained on Blackwell chips.',
    expected: ['nvidia-deepseek-banned-chips'],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      'An Nvidia spokesperson told Reuters its review indicated that DeepSeek had used lawfully acquired H800s rather than H100s.',
    expected: ['nvidia-export-compliant-statement', 'nvidia-deepseek-banned-chips'],
  },
  {
    topic: 'nvidia',
    kind: 'caption',
    sentence:
      'An Nvidia H800 accelerator, the China-market version of the H100 with slower chip-to-chip links, of the kind DeepSeek used to train V3.',
    expected: ['nvidia-h800-cut-down-chip'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Washington first told Nvidia in August 2022 that its A100 and H100 needed a licence for sale to China, the opening move in export controls that the Commerce Department broadened that October.',
    expected: ['export-controls-since-2022'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Each time Nvidia designed a chip to sit just under the thresholds, officials redrew them, as the October 2023 chip export rules did when they swept in the A800 and H800.',
    expected: ['export-controls-china-only-chips'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The AI diffusion rule sorted countries into three tiers, leaving close allies largely unrestricted, capping most others and effectively shutting out China.',
    expected: ['export-controls-ai-diffusion-rule'],
  },
  {
    topic: 'export-controls',
    kind: 'lede',
    sentence:
      "The Government Accountability Office has found that the Commerce Department's decision to stop enforcing the AI diffusion rule was itself a rule that should have been sent to Congress.",
    expected: ['export-controls-ai-diffusion-rule-status'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Squeezed by export controls, DeepSeek's engineers set aside just 20 of each H800's 132 streaming multiprocessors for communication and hand-tuned low-level PTX code.",
    expected: ['export-controls-deepseek-innovated-around'],
  },
  {
    topic: 'export-controls',
    kind: 'quote',
    sentence:
      '"The export control was a failure," Nvidia chief executive Jensen Huang told reporters in Taipei, arguing that it had given Huawei the energy and government support to speed up.',
    expected: ['export-controls-have-failed'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Under the Bureau of Industry and Security rule that took effect on 15 January, applications to ship H200-class chips to China will be weighed one by one rather than presumed denied.',
    expected: ['export-controls-h200-case-by-case-review'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The quarter share the White House promised appears nowhere in the chip export rules; it is being collected instead through a Section 232 tariff on imports of the processors.',
    expected: ['export-controls-25-percent-cut'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Days after Washington eased its export curbs, Chinese customs agents were told the H200 was not permitted to enter the country, Reuters reported.',
    expected: ['export-controls-china-blocks-h200'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Prosecutors in Texas said the Houston-based network exported or tried to export at least $160 million of H100 and H200 processors in breach of US export controls.',
    expected: ['export-controls-chip-smuggling-cases'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Senator Tom Cotton's Chip Security Act, which would require location verification on chips subject to export controls, is still only a bill.",
    expected: ['export-controls-location-verification-bill'],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Malaysia's trade ministry said exports, transshipments and transits of high-performance US AI chips would need a Strategic Trade Permit with immediate effect, amid US pressure over export controls.",
    expected: ['export-controls-malaysia-permit'],
  },
  {
    topic: 'export-controls',
    kind: 'headline',
    sentence:
      "Commerce walks back warning that using Huawei's Ascend chips anywhere breaks US export controls",
    expected: ['export-controls-huawei-ascend-anywhere'],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'DeepSeek posted several internship openings for its Beijing office on a Chinese recruitment site this week.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'quote',
    sentence:
      '"I mostly use DeepSeek to help my daughter with her maths homework," said Zhang Wei, a taxi driver in Shenzhen.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'caption',
    sentence:
      'Visitors walk past a DeepSeek banner at the World Artificial Intelligence Conference in Shanghai.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'Carmakers including BYD and Geely have said they are building DeepSeek into their in-car voice assistants.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'headline',
    sentence: 'DeepSeek website briefly down as users report login errors',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence: 'A DeepSeek spokesperson did not respond to a request for comment on Monday.',
    expected: [],
  },
  {
    topic: 'deepseek',
    kind: 'body',
    sentence:
      'The panel on Thursday will feature speakers from DeepSeek, Alibaba and Moonshot AI discussing coding assistants.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia shares rose 1.2% in early trading on Tuesday, in line with the broader market.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'Nvidia will hold its annual GTC developer conference in San Jose in March.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'caption',
    sentence: "Jensen Huang, Nvidia's chief executive, signs a fan's jacket at Computex in Taipei.",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'The game runs smoothly at 1080p on a laptop with an Nvidia RTX 4060 graphics card.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence:
      "Nvidia said it would put £2bn into Britain's AI start-up ecosystem as part of a broader push into Europe.",
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'quote',
    sentence:
      '"We are excited to keep working with our partners across the region," an Nvidia spokesperson said.',
    expected: [],
  },
  {
    topic: 'nvidia',
    kind: 'body',
    sentence: 'The new weather-forecasting supercomputer is built from thousands of Nvidia GB200 systems.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      "Beijing's new export controls on rare earths cover seven elements, including samarium and gadolinium.",
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'Export curbs on Chinese graphite have pushed battery makers to look for suppliers in Mozambique and Madagascar.',
    expected: [],
  },
  {
    topic: 'export-controls',
    kind: 'body',
    sentence:
      'The Bureau of Industry and Security also oversees licences for firearms exports, which it tightened in 2024.',
    expected: [],
  },
];
