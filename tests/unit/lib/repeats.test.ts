import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import type { Claim } from '../../../data/schema';
import { createMentionClaimRanker } from '../../../lib/rank/mention-claims';
import { type ClaimRanking, setsAScene } from '../../../lib/rank/ranker';
import {
  distancesItself,
  MARK_CLOSE_WORDING,
  MARK_GROUNDING,
  MARK_GROUNDING_CLOSE,
  MARK_LEAD_SHARE,
  MARK_RESTATEMENT,
  MARK_WHOLE_WORDING,
  MARK_WORDING_LEAD,
  repeatedClaim,
  speaksCaveats,
  statesOtherFigure,
} from '../../../lib/rank/repeats';

type ClaimWords = Pick<Claim, 'statement' | 'paraphrases' | 'keywords' | 'caveats'>;
const claim = (
  statement: string,
  paraphrases: string[] = [],
  more: { keywords?: string[]; caveats?: string[] } = {},
): ClaimWords => ({
  statement,
  paraphrases,
  keywords: more.keywords ?? [],
  caveats: more.caveats ?? [],
});
/** Each sentence, with whether it keeps its distance from `of`. */
const expectDistance = (of: ClaimWords, cases: Record<string, boolean>) => {
  for (const [sentence, distances] of Object.entries(cases)) {
    expect(distancesItself(sentence, of), sentence).toBe(distances);
  }
};
const cost = claim("DeepSeek's R1 model was trained for just $5.6 million.");

describe('distancesItself', () => {
  it('holds a plain statement, reported speech included, to what it says', () => {
    expect(distancesItself('DeepSeek trained R1 for $5.6 million.', cost)).toBe(false);
    expect(distancesItself('DeepSeek says it trained R1 for $5.6 million.', cost)).toBe(false);
  });

  it('sees questions, negations, doubt, hedges and corrections', () => {
    for (const sentence of [
      'Did DeepSeek really train R1 for $5.6 million?',
      'DeepSeek did not train R1 for $5.6 million.',
      "DeepSeek didn't spend only $5.6 million.",
      'Experts doubt that DeepSeek trained R1 for $5.6 million.',
      'The $5.6 million covered only the final run.',
      'The figure excludes research and hardware.',
      'DeepSeek allegedly trained R1 for $5.6 million.',
      'If DeepSeek trained R1 for $5.6 million, rivals should worry.',
      'The claim that R1 cost $5.6 million is a myth.',
      'DeepSeek hat R1 angeblich für 5,6 Millionen Dollar trainiert.',
      '深度求索并没有只花560万美元训练R1。',
      '深度求索真的只花了560万美元吗',
    ]) {
      expect(distancesItself(sentence, cost), sentence).toBe(true);
    }
  });

  it('does not count a word the claim’s own wording uses', () => {
    const barriers = claim("DeepSeek's approach could lower the barriers to entry in AI development.");
    expect(distancesItself('DeepSeek could lower the barriers to entry for small labs.', barriers)).toBe(
      false,
    );
    expect(distancesItself('DeepSeek could lower the barriers to entry for small labs.', cost)).toBe(true);
    const paraphrased = claim('DeepSeek is open source.', [
      'Anyone can download the weights without paying.',
    ]);
    expect(distancesItself('Anyone can download DeepSeek’s weights without paying.', paraphrased)).toBe(
      false,
    );
  });
});

describe('distancesItself: negation and its scope', () => {
  const leak = claim('DeepSeek leaked user chat data.', [
    "DeepSeek exposed users' chat histories in an unsecured database",
  ]);
  const pureRl = claim(
    'R1 learned to reason purely through reinforcement learning, without human-written examples.',
    ['DeepSeek skipped supervised fine-tuning and trained R1 with pure reinforcement learning'],
  );
  const r2 = claim('DeepSeek delayed its R2 model because it could not train it on Huawei chips.');
  const failed = claim('DeepSeek proves that US export controls have failed.');
  const v4 = claim("DeepSeek V4 was trained on Huawei chips instead of Nvidia's.", [
    'DeepSeek ditched Nvidia for Huawei to train V4',
  ]);

  it('lets "no" or "without" before words none of the claim’s stand, inside the sentence', () => {
    expectDistance(leak, {
      "DeepSeek left a database of users' chat histories open on the internet without a password.": false,
      'DeepSeek, with no security team to speak of, exposed user chat data.': false,
      'With no password in the way, DeepSeek exposed user chat data.': false,
      // The claim's own words negated deny, however the negation opens.
      'DeepSeek exposed no user chat data.': true,
      'No user chat data was exposed by DeepSeek.': true,
      'There is no sign that DeepSeek exposed user chat data.': true,
    });
  });

  it('counts any other negation as a denial', () => {
    expectDistance(leak, {
      'DeepSeek did not leak user chat data.': true,
      "DeepSeek never exposed users' chat histories.": true,
      'Nothing suggests DeepSeek leaked chat data.': true,
      'Few records, if any, leaked.': true,
    });
  });

  it('lets a negation of what the claim itself negates stand, but not of something else', () => {
    expectDistance(pureRl, {
      'R1 learned to reason through trial and error, with no human demonstrations to copy.': false,
      'R1 did not learn to reason through reinforcement learning alone.': true,
      'R1 did not learn without human-written examples.': true,
    });
    // The first word of what the claim negates must be negated: "train", not only "Huawei chips".
    expectDistance(r2, {
      'DeepSeek held back R2 because it could not train the model on Huawei chips.': false,
      'The R2 delay had nothing to do with Huawei chips.': true,
    });
    expectDistance(v4, {
      'DeepSeek V4 was trained entirely on Huawei Ascend hardware, not a single Nvidia GPU involved.': false,
      'DeepSeek V4 was not trained on Huawei hardware.': true,
    });
  });

  it('reads a negated opposite as the claim’s own word', () => {
    expectDistance(failed, {
      "DeepSeek is proof the chip export controls simply didn't work.": false,
      'The export controls have not failed.': true,
    });
  });

  it('distances a sentence that asserts what the claim denies, and not one that does without it too', () => {
    expectDistance(pureRl, {
      'R1 was first fine-tuned on cold-start examples written by humans.': true,
      'DeepSeek skipped supervised fine-tuning for R1 and used pure reinforcement learning.': false,
      // "Skipped" negates what follows: fine-tuning is what the claim denies.
      'R1 was fine-tuned with supervision before its reinforcement learning.': true,
    });
    expectDistance(v4, { 'DeepSeek ditched Nvidia and trained V4 on Huawei chips.': false });
  });
});

describe('distancesItself: limitation and the claim’s own figure', () => {
  const tested = claim("DeepSeek's chatbot failed 83% of a news-accuracy test.", [
    "DeepSeek was accurate just 17% of the time in NewsGuard's test",
  ]);

  it('reads "only", "just" and 只 before the claim’s own figure as its emphasis', () => {
    expectDistance(cost, {
      'DeepSeek trained R1 for only $5.6 million.': false,
      'DeepSeek trained R1 for a mere $5.6 million.': false,
      '深度求索只花了不到600万美元就训练出了R1模型。': false,
      // Before anything else they limit.
      'The $5.6 million covered only the final run of DeepSeek’s R1.': true,
      '深度求索公布的560万美元只是最后一次训练的成本。': true,
      'R1 is merely a fine-tuned V3 that cost $5.6 million.': true,
    });
  });

  it('reads "just" as a limit only before another figure or "a"', () => {
    expectDistance(tested, {
      'NewsGuard ran just 300 prompts on DeepSeek, and it failed 83% of them.': true,
      'DeepSeek was accurate just 17% of the time in a news test.': false,
      'DeepSeek’s chatbot has just failed 83% of a news-accuracy test.': false,
    });
    expectDistance(cost, {
      'R1 is just a fine-tuned V3 that cost $5.6 million.': true,
      'DeepSeek just said it trained R1 for $5.6 million.': false,
    });
  });

  it('does not read a hyphenated "-only" as a limit', () => {
    expectDistance(cost, { 'DeepSeek trained R1, on China-only H800s, for $5.6 million.': false });
  });
});

describe('distancesItself: the classes of distancing words', () => {
  const startup = claim('DeepSeek is a Chinese AI startup.');
  const demand = claim("DeepSeek's efficiency will reduce demand for high-end AI chips.");
  const bill = claim('A US law will require exported AI chips to verify their location.');
  const censorship = claim(
    'DeepSeek operates under Chinese rules that include censorship of sensitive political topics.',
  );

  it('sees attribution that keeps its distance, and not attribution that reports or endorses', () => {
    expectDistance(startup, {
      'Posters claim DeepSeek is a Chinese AI startup.': true,
      'DeepSeek is allegedly a Chinese AI startup.': true,
      'Unnamed sources describe DeepSeek as a Chinese AI startup.': true,
      'DeepSeek is a Chinese AI startup, Reuters reported.': false,
      'Filings show DeepSeek is a Chinese AI startup.': false,
    });
  });

  it('sees doubt, uncertainty, correction and contrast', () => {
    expectDistance(startup, {
      'Investors are arguing over whether DeepSeek is a Chinese AI startup.': true,
      'Few analysts believe DeepSeek is a typical Chinese AI startup.': true,
      'It is unclear how DeepSeek, a Chinese AI startup, is funded.': true,
      'Strictly speaking, DeepSeek is a research lab owned by a hedge fund.': true,
      'In reality, DeepSeek is a lab inside a hedge fund.': true,
      'A hedge fund’s lab is different from a Chinese AI startup like DeepSeek.': true,
      'DeepSeek is partly a Chinese AI startup.': true,
      'DeepSeek is a Chinese AI startup, but one with a rich parent.': true,
      '所谓深度求索是中国人工智能初创公司，其实它隶属于对冲基金。': true,
      'Investors versus DeepSeek, the Chinese AI startup': true,
      'Analysts dismissed the idea that DeepSeek is a Chinese AI startup.': true,
      'Calling DeepSeek a Chinese AI startup tells only half the story.': true,
      'Its funding is unknown, though DeepSeek is a Chinese AI startup.': true,
      'Kritiker widersprechen, dass DeepSeek ein chinesisches KI-Startup ist.': true,
      'ディープシークが中国のAIスタートアップだとは限らない。': true,
      '说深度求索是中国人工智能初创公司，还为时过早。': true,
    });
  });

  it('sees sarcasm and an expectation, and not an affirming reply, a "sure" inside the sentence or a forecast', () => {
    expectDistance(startup, {
      'Oh sure, DeepSeek is a Chinese AI startup like any other.': true,
      'Sure, DeepSeek is a Chinese AI startup — with a hedge fund for a parent.': true,
      'Nice to know that DeepSeek is a Chinese AI startup.': true,
      'Yeah, right, DeepSeek is a Chinese AI startup.': true,
      'Yep, DeepSeek is a Chinese AI startup.': false,
      // What someone expects to happen is not what is: "expect X to …", not "expect more volatility".
      'Lawyers expect regulators to call DeepSeek a Chinese AI startup.': true,
      'Analysts expect more volatility; DeepSeek is a Chinese AI startup.': false,
      'To be sure of it: DeepSeek is a Chinese AI startup.': false,
    });
  });

  it('forgives what will be as a class when the claim is of what will be, and a condition only as its own word', () => {
    expectDistance(demand, {
      "DeepSeek's efficiency would dent demand for high-end AI chips.": false,
      'Analysts expect DeepSeek’s efficiency to dent demand for high-end AI chips.': false,
      '深度求索的效率将会降低高端AI芯片的需求。': false,
      'If models get cheaper, demand for high-end AI chips will fall.': true,
    });
    expectDistance(startup, {
      'DeepSeek could be a Chinese AI startup.': true,
      'A draft rule would treat DeepSeek as a Chinese AI startup.': true,
      'Regulators are mulling whether to list DeepSeek as a Chinese AI startup.': true,
    });
    const condition = claim('If export controls hold, Chinese labs will fall behind.');
    expectDistance(condition, {
      'If the export controls hold, Chinese labs will fall behind.': false,
      'Unless the export controls hold, Chinese labs will fall behind.': true,
    });
    expectDistance(bill, {
      'Under the new law, exported AI chips will have to verify their location.': false,
      'If the bill passes, exported AI chips would have to verify their location.': true,
      // A bill is what a law may be, unless the claim itself is of a bill.
      'A House bill would require exported AI chips to verify their location.': true,
    });
    const devices = claim('US lawmakers moved to ban DeepSeek from government devices.', [
      'a House bill seeks to remove DeepSeek from federal agencies’ phones',
    ]);
    expectDistance(devices, { 'A Senate bill would ban DeepSeek from government devices.': false });
  });

  it('does not forgive what may be when the claim is of what will be, but forgives what will be when it is of what may be', () => {
    // A risk factor's "could reduce demand" hedges "will reduce demand"; "will lower the barriers"
    // says more than "could lower the barriers", not less.
    expectDistance(demand, {
      "DeepSeek's efficiency could dent demand for high-end AI chips.": true,
      "DeepSeek's efficiency might dent demand for high-end AI chips.": true,
      '深度求索的效率可能会降低高端AI芯片的需求。': true,
    });
    const barriers = claim("DeepSeek's approach could lower the barriers to entry in AI development.");
    expectDistance(barriers, {
      "DeepSeek's approach will lower the barriers to entry in AI development.": false,
      "DeepSeek's approach might lower the barriers to entry in AI development.": false,
    });
  });

  it('sees a fall undone: a rebound, a recovery, a stock back at its highs', () => {
    const fall = claim("DeepSeek's announcement caused an immediate, sharp fall in Nvidia's stock.");
    expectDistance(fall, {
      "DeepSeek's announcement caused a sharp fall in Nvidia's stock.": false,
      "Nvidia's stock fell sharply after DeepSeek's announcement and rebounded within weeks.": true,
      "Nvidia's stock fell sharply after DeepSeek's announcement; by summer it was back at record highs.": true,
      "The sharp fall in Nvidia's stock after DeepSeek's announcement proved short-lived.": true,
    });
  });

  it('reads the month May, a rank "No. 1" and "appears in" as no distance, and "appears to" as one', () => {
    const nature = claim(
      'DeepSeek-R1 was the first major AI model to pass peer review in a scientific journal.',
    );
    expectDistance(nature, {
      'Sep 2025 — DeepSeek-R1 appears in a scientific journal, the first major AI model to pass peer review.': false,
      'DeepSeek-R1 appears to be the first major AI model to pass peer review in a scientific journal.': true,
      'May 2025 — DeepSeek-R1 is the first major AI model to pass peer review in a scientific journal.': false,
      'In May, DeepSeek-R1 became the first major AI model to pass peer review in a scientific journal.': false,
      'DeepSeek-R1 may be the first major AI model to pass peer review in a scientific journal.': true,
    });
    const top = claim("DeepSeek's app overtook ChatGPT as the top free app on Apple's US App Store.");
    expectDistance(top, {
      "DeepSeek knocked ChatGPT off the No. 1 free-app slot on Apple's US App Store.": false,
      "DeepSeek's app has no chance of overtaking ChatGPT on Apple's US App Store.": true,
    });
  });

  it('sees questions without a question mark, in English, German, Chinese, Japanese and Korean', () => {
    expectDistance(startup, {
      'How DeepSeek became a Chinese AI star': true,
      'Ist DeepSeek wirklich ein chinesisches Start-up': true,
      深度求索为什么能成为中国人工智能明星: true,
      深度求索是一家什么样的公司: true,
      ディープシークは中国のAI新興企業か: true,
      '딥시크는 중국 AI 스타트업일까': true,
    });
  });

  it('sees scare quotes, and not a clause of speech in quotation marks', () => {
    expectDistance(startup, {
      'DeepSeek is a Chinese AI "startup" with a hedge fund behind it.': true,
      'DeepSeek is a Chinese AI ‘startup’.': true,
      '"We are a Chinese AI startup," DeepSeek said.': false,
    });
  });

  it('takes out phrases whose distancing word does not distance', () => {
    const matches = claim(
      "DeepSeek's models match or beat leading Western models in complex reasoning and coding.",
    );
    expectDistance(matches, {
      'DeepSeek not only matched Western models at coding but beat them at reasoning.': false,
      "DeepSeek didn't just match Western models at coding, it beat them at reasoning.": false,
      'DeepSeek is nothing less than a match for leading Western models in reasoning and coding.': false,
      "DeepSeek didn't match Western models at coding.": true,
      'DeepSeek’s models match Western models at coding, if not better.': false,
      '深度求索的模型在推理和编程上不亚于西方领先模型。': false,
      'DeepSeek matches Western models at coding, benchmarks or not.': false,
      'DeepSeek only matched Western models at coding.': true,
      'It is hard to argue with the fact that DeepSeek matches Western models at coding.': false,
      'Arguably DeepSeek matches Western models at coding and reasoning.': false,
      'DeepSeek, if anything, beats Western models at coding.': false,
      'Some argue that DeepSeek matches Western models at coding.': true,
      'If DeepSeek matches Western models at coding, rivals should worry.': true,
    });
    expectDistance(censorship, {
      "DeepSeek's chatbot sidesteps questions about Tiananmen, as China's censorship rules demand.": false,
      'Researchers question whether DeepSeek censors sensitive political topics.': true,
    });
  });
});

describe('speaksCaveats and statesOtherFigure', () => {
  const newsguard = claim("DeepSeek's chatbot failed 83% of a news-accuracy test.", [], {
    keywords: ['NewsGuard', 'accuracy', 'audit'],
    caveats: [
      'The test covered the V3 chatbot without internet access, whose knowledge ran to October 2023, not R1 with search.',
      'It was a small test: 300 prompts about 10 false claims.',
    ],
  });
  const curbs = claim('US curbs on the H20 chip cost Nvidia billions.', [
    'the H20 licence rule cost Nvidia $5.5 billion',
  ]);

  it('sees a sentence made of the claim’s caveat words, and not one that adds a word of them', () => {
    expect(
      speaksCaveats('NewsGuard tested the V3 chatbot on 300 prompts, without internet access.', newsguard),
    ).toBe(true);
    expect(
      speaksCaveats(
        "DeepSeek's chatbot failed 83% of NewsGuard's news-accuracy test of 300 prompts.",
        newsguard,
      ),
    ).toBe(false);
    expect(speaksCaveats('DeepSeek failed a news test.', claim('DeepSeek failed a news test.'))).toBe(false);
  });

  it('sees a figure of the claim’s kind that is none of the claim’s, within the tolerance', () => {
    expect(statesOtherFigure('The H20 charge Nvidia booked was $4.5 billion.', curbs)).toBe(true);
    expect(statesOtherFigure('The H20 rule cost Nvidia $5.5 billion.', curbs)).toBe(false);
    expect(statesOtherFigure('DeepSeek trained R1 for under $6m.', cost)).toBe(false);
    expect(statesOtherFigure('DeepSeek trained R1 for $500 million.', cost)).toBe(true);
    // Years, small numbers, other kinds and claims without figures say nothing.
    expect(statesOtherFigure('In 2025 DeepSeek trained R1 on 8 nodes for $5.6 million.', cost)).toBe(false);
    expect(statesOtherFigure('DeepSeek trained R1 for $5.6 million, 3% of a rival’s budget.', cost)).toBe(
      false,
    );
    expect(statesOtherFigure('DeepSeek has 160 staff.', claim('DeepSeek is a Chinese AI startup.'))).toBe(
      false,
    );
  });
});

describe('every claim of the knowledge base', () => {
  it('is repeated by its own statement and paraphrases', () => {
    for (const topic of BUILT_IN_KB) {
      for (const own of topic.claims) {
        for (const wording of [own.statement, ...(own.paraphrases ?? [])]) {
          expect(distancesItself(wording, own), `${own.id}: ${wording}`).toBe(false);
          expect(statesOtherFigure(wording, own), `${own.id}: ${wording}`).toBe(false);
          expect(speaksCaveats(wording, own), `${own.id}: ${wording}`).toBe(false);
          // No claim is told as an event listing, a market tick, product news or a how-to step
          // ("The US now lets Nvidia sell…" is no "now lets users"; "open weights…" no "open the…").
          expect(setsAScene(wording), `${own.id}: ${wording}`).toBe(false);
        }
      }
    }
  });
});

describe('repeatedClaim', () => {
  const ranker = createMentionClaimRanker(BUILT_IN_KB);
  const repeats = (sentence: string, topic = 'deepseek') => {
    const at = sentence.search(/DeepSeek|Nvidia|export controls/);
    return ranker.rank(topic, sentence, at, at + 6).repeats?.id ?? null;
  };

  it('finds the claim a sentence states, and none in one that only names the subject', () => {
    expect(repeats('DeepSeek is a Chinese AI startup based in Hangzhou.')).toBe('deepseek-chinese-startup');
    expect(repeats('DeepSeek trained its R1 model for just $5.6 million, posts said.')).toBe(
      'deepseek-r1-trained-for-5-6-million',
    );
    expect(repeats('DeepSeek is hiring engineers in Beijing.')).toBeNull();
    expect(repeats('Is DeepSeek a Chinese AI startup?')).toBeNull();
  });

  const lead = {
    claim: BUILT_IN_KB[0]?.claims[0] as Claim,
    score: 10,
    matched: [],
    restatement: 0.9,
    grounding: 0.8,
  };
  const ranking = (over: Partial<ClaimRanking> = {}): ClaimRanking => ({
    fit: 'close',
    claims: [lead],
    ...over,
  });

  it('marks no sentence that sets a scene: an event listing, a people’s move, product news, a how-to step', () => {
    expect(repeatedClaim(ranking(), 'DeepSeek is a Chinese AI startup.')).toBe(lead);
    for (const scene of [
      'Tickets are free: DeepSeek, a Chinese AI startup, hosts a meetup.',
      'DeepSeek, a Chinese AI startup, hired a new head of product.',
      'The app update adds a dark mode to DeepSeek, a Chinese AI startup.',
    ])
      expect(repeatedClaim(ranking(), scene), scene).toBeNull();
  });

  it('needs a close fit, a restatement of the claim’s wording, a sentence mostly about it, and a clear lead', () => {
    expect(repeatedClaim(ranking(), 'DeepSeek is a Chinese AI startup.')).toBe(lead);
    expect(repeatedClaim(ranking({ fit: 'none' }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    const weak = { ...lead, restatement: MARK_RESTATEMENT - 0.01 };
    expect(repeatedClaim(ranking({ claims: [weak] }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    const aside = { ...lead, restatement: MARK_CLOSE_WORDING - 0.01, grounding: MARK_GROUNDING - 0.01 };
    expect(repeatedClaim(ranking({ claims: [aside] }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    // Most of one wording met: a clause of its own is allowed, down to MARK_GROUNDING_CLOSE.
    const closeAside = { ...aside, restatement: MARK_CLOSE_WORDING };
    expect(repeatedClaim(ranking({ claims: [closeAside] }), 'DeepSeek is a Chinese AI startup.')).toBe(
      closeAside,
    );
    const farAside = { ...closeAside, grounding: MARK_GROUNDING_CLOSE - 0.01 };
    expect(repeatedClaim(ranking({ claims: [farAside] }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    // Nearly all of one wording met: the sentence states the claim, whatever else it says.
    const wholeAside = { ...aside, restatement: MARK_WHOLE_WORDING };
    expect(repeatedClaim(ranking({ claims: [wholeAside] }), 'DeepSeek is a Chinese AI startup.')).toBe(
      wholeAside,
    );
    // A close second in score, but far behind in wording, leaves the lead clear.
    const behind = {
      ...lead,
      claim: BUILT_IN_KB[0]?.claims[1] as Claim,
      score: lead.score * 0.95,
      restatement: lead.restatement - MARK_WORDING_LEAD,
    };
    expect(repeatedClaim(ranking({ claims: [lead, behind] }), 'DeepSeek is a Chinese AI startup.')).toBe(
      lead,
    );
    const near = { ...behind, restatement: lead.restatement - MARK_WORDING_LEAD + 0.05 };
    expect(repeatedClaim(ranking({ claims: [lead, near] }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    const close = {
      ...lead,
      claim: BUILT_IN_KB[0]?.claims[1] as Claim,
      score: lead.score * MARK_LEAD_SHARE + 0.01,
    };
    expect(repeatedClaim(ranking({ claims: [lead, close] }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    expect(repeatedClaim(ranking(), 'DeepSeek is not a Chinese AI startup.')).toBeNull();
  });
});
