import { describe, expect, it } from 'vitest';
import type { Claim, Topic } from '../../../data/schema';
import {
  CLOSE_FIT_SCORE,
  createClaimRanker,
  EXPLANATION_ONLY_FACTOR,
  FIT_COVERAGE_WEIGHT,
  FIT_GROUNDING_WEIGHT,
  keyClaimOrder,
  NAMES_ONLY_FACTOR,
  OFF_SUBJECT_FACTOR,
  RANKER_FIELDS,
  SCENE_FACTOR,
  STATEMENT_COVERAGE_WEIGHT,
  setsAScene,
  TOPIC_TERM_FACTOR,
} from '../../../lib/rank/ranker';
import { termsOf } from '../../../lib/text/index';

function claim(id: string, fields: Partial<Claim> = {}): Claim {
  return {
    id,
    statement: `Statement of ${id}.`,
    verdict: 'needs-context',
    explanation: 'An explanation that says nothing in particular.',
    caveats: ['A caveat.'],
    sources: [{ publisher: 'Example Press', title: 'A report', date: '2025-01-27', kind: 'news' }],
    keywords: [],
    reviewed: '2025-06-01',
    ...fields,
  };
}

function topic(claims: Claim[], fields: Partial<Topic> = {}): Topic {
  return {
    id: 'synthetic',
    name: 'Acme',
    summary: 'A topic for tests.',
    aliases: ['Acme'],
    contextTerms: [],
    claims,
    ...fields,
  };
}

/** A small topic shaped like the real ones: distinct subjects, some shared vocabulary. */
const CHIPS = topic(
  [
    claim('training-cost', {
      statement: 'The lab trained its model for just $5.6 million.',
      explanation: 'The figure covers the final training run only, priced at $2 per GPU-hour.',
      keywords: ['training cost', '$5.6 million', 'GPU-hours'],
    }),
    claim('stock-fall', {
      statement: 'Acme suffered a record one-day fall in market value.',
      explanation: 'Shares closed down 17% on 27 January 2025, about $589 billion of market value.',
      keywords: ['stock', 'shares', 'sell-off', 'market value'],
    }),
    claim('export-ban', {
      statement: 'Washington banned exports of advanced accelerators to China in October 2022.',
      explanation: 'The control covers chips above a performance threshold; a licence is required.',
      keywords: ['export control', 'ban', 'licence'],
    }),
    claim('privacy', {
      statement: 'A regulator blocked the chatbot app over privacy.',
      explanation: 'The data protection authority ordered a limitation of processing.',
      keywords: ['privacy', 'regulator', 'data protection'],
    }),
    claim('charge', {
      statement: 'Curbs on one accelerator cost Acme a $5.5 billion charge.',
      explanation: 'Acme booked a charge for inventory it could not ship.',
      keywords: ['charge', 'write-off', 'export control compliant'],
    }),
  ],
  { keyClaims: ['export-ban', 'stock-fall'] },
);

const ids = (ranked: readonly { claim: Claim }[]) => ranked.map(({ claim }) => claim.id);
const ranker = createClaimRanker(CHIPS);

describe('createClaimRanker', () => {
  it('ranks first the claim the sentence is about, and calls it a close fit', () => {
    const ranking = ranker.rankForCard('Regulators blocked the app over privacy worries.');
    expect(ranking.fit).toBe('close');
    expect(ids(ranking.claims)[0]).toBe('privacy');
  });

  it('matches inflected and British/American forms of the claim’s words', () => {
    expect(ids(ranker.rank('They are banning the export of such chips.'))[0]).toBe('export-ban');
    expect(ids(ranker.rank('The company sought licenses for its processors.'))[0]).toBe('export-ban');
  });

  it('matches numbers by value whatever their writing, and tells them apart', () => {
    expect(ids(ranker.scoreAll('It was $5.6m, they say.'))).toEqual(['training-cost']);
    expect(ids(ranker.scoreAll('A $5.5bn hit, they say.'))).toEqual(['charge']);
    expect(ids(ranker.scoreAll('It lost 589 billion dollars.'))).toEqual(['stock-fall']);
    expect(ids(ranker.scoreAll('Down 17 per cent.'))).toEqual(['stock-fall']);
    // A unit with a hyphen, a plural or an abbreviation, as informal and translated English write it.
    expect(ids(ranker.scoreAll('It was like 5.6 mil, lol.'))).toEqual(['training-cost']);
    expect(ids(ranker.scoreAll('It came to 5.6 millions, they say.'))).toEqual(['training-cost']);
    expect(ids(ranker.scoreAll('A 589-billion-dollar hit, they say.'))).toEqual(['stock-fall']);
  });

  it('reads a clock time as no figure: a live blog’s "10:42" is not 10 and 42', () => {
    expect(termsOf('10:42 ET — shares fell 17%')).toEqual(['et', ...termsOf('shares fell 17%')]);
    expect(termsOf('Update 3:10 p.m.: shares fell')).toEqual(termsOf('Update: shares fell'));
  });

  it('matches a month and year as a date', () => {
    const [first] = ranker.scoreAll('Rules issued in Oct. 2022 still apply.');
    expect(first?.claim.id).toBe('export-ban');
    expect(first?.matched).toContain('@2022-10');
  });

  it('gives a keyword phrase found whole more than its words found apart', () => {
    const whole = ranker.scoreAll('Acme said it was export control compliant.');
    const apart = ranker.scoreAll('Acme said the control was compliant for export.');
    const score = (list: typeof whole) => list.find(({ claim }) => claim.id === 'charge')?.score ?? 0;
    expect(score(whole)).toBeGreaterThan(score(apart));
    expect(whole.find(({ claim }) => claim.id === 'charge')?.matched).toContain('"export control compli"');
  });

  it('weighs a keyword above a word of the explanation', () => {
    const weighted = topic([
      claim('in-explanation', { explanation: 'Reports of smuggling grew.' }),
      claim('in-keywords', { keywords: ['smuggling'] }),
    ]);
    expect(ids(createClaimRanker(weighted).scoreAll('Smuggling is rising.'))).toEqual([
      'in-keywords',
      'in-explanation',
    ]);
  });

  it('leaves the topic’s own name out of the query: it is in every sentence about the topic', () => {
    const named = topic([claim('named', { keywords: ['Acme'] }), claim('other', { keywords: ['zebra'] })]);
    expect(createClaimRanker(named).scoreAll('Acme said so.')).toEqual([]);
  });

  it('leaves out the topic’s name as other scripts write it, but not its aliases in Latin letters', () => {
    const named = topic(
      [claim('chinese', { keywords: ['英伟达 市值'] }), claim('rule', { keywords: ['diffusion rule'] })],
      { aliases: ['Acme', '英伟达', 'diffusion rule'] },
    );
    const ranker = createClaimRanker(named);
    expect(ranker.scoreAll('英伟达发布了新产品')).toEqual([]);
    expect(ids(ranker.scoreAll('英伟达市值'))).toEqual(['chinese']);
    expect(ranker.scoreAll('英伟达市值')[0]?.matched).not.toContain('英伟');
    expect(ids(ranker.scoreAll('Acme and the diffusion rule'))).toEqual(['rule']);
  });

  it('falls back to the key claims, in their curated order, when nothing matches closely', () => {
    const ranking = ranker.rankForCard('Acme will hold its annual meeting in June.');
    expect(ranking.fit).toBe('none');
    expect(ids(ranking.claims)).toEqual(['export-ban', 'stock-fall', 'training-cost']);
    expect(ranking.claims.every(({ score }) => score === 0)).toBe(true);
  });

  it('falls back when the best claim scores just under the threshold, not at it', () => {
    // One weak word in common: the explanation's "inventory" only.
    const [weak] = ranker.scoreAll('Acme counted its inventory.');
    expect(weak?.score ?? 0).toBeLessThan(CLOSE_FIT_SCORE);
    expect(ranker.rankForCard('Acme counted its inventory.').fit).toBe('none');
  });

  it('fills a close card after the matched claims in the key-claim order, without repeats', () => {
    const ranking = ranker.rankForCard('Regulators blocked the app over privacy worries.', 4);
    expect(ids(ranking.claims)).toEqual(['privacy', 'export-ban', 'stock-fall', 'training-cost']);
  });

  it('returns min(top, claims) claims', () => {
    expect(ranker.rank('privacy', 2)).toHaveLength(2);
    expect(ranker.rank('privacy', 10)).toHaveLength(5);
    expect(ranker.rank('privacy', 0)).toEqual([]);
  });

  it('forgives a typo in a long word', () => {
    expect(ids(ranker.scoreAll('The regulatr cited privacy.'))[0]).toBe('privacy');
    const [first] = ranker.scoreAll('Analysts expect a writeoff.');
    expect(first?.claim.id).toBe('charge');
  });

  it('does not take a different word for a typo because Fuse finds it close', () => {
    const typos = topic([
      claim('profound', { keywords: ['profound'] }),
      claim('other', { keywords: ['zebra'] }),
    ]);
    // "pronounce" is two edits from "profound": too many for a word of eight letters.
    expect(createClaimRanker(typos).scoreAll('Nobody knows how to pronounce Acme.')).toEqual([]);
    expect(ids(createClaimRanker(typos).scoreAll('A profuond change at Acme.'))).toEqual(['profound']);
  });

  it('meets a claim through another word news uses for the same thing, counting it once', () => {
    expect(ids(ranker.rank('The watchdog barred the app.'))[0]).toBe('privacy');
    const [viaSynonym] = ranker.scoreAll('Shares tumbled.');
    expect(viaSynonym?.claim.id).toBe('stock-fall');
    const both = topic([
      claim('ban-and-bar', { keywords: ['ban', 'bar'] }),
      claim('ban-only', { keywords: ['ban'] }),
      claim('bar-only', { keywords: ['bar'] }),
      claim('other', { keywords: ['zebra'] }),
    ]);
    const scores = new Map(
      createClaimRanker(both)
        .scoreAll('Acme ban.')
        .map((r) => [r.claim.id, r]),
    );
    // "bar" stands in for "ban": the claim that has both gains nothing from it beyond "ban" itself,
    // and the claim that has only "bar" gets a share of what "ban" would give.
    expect(scores.get('ban-and-bar')?.matched).toEqual(['ban']);
    expect(scores.get('bar-only')?.matched).toEqual(['ban≈bar']);
    expect(scores.get('bar-only')?.score ?? 0).toBeLessThan(scores.get('ban-only')?.score ?? 0);
  });

  it('weighs the words of the topic’s own keywords at a share of a claim’s word', () => {
    const described = topic(
      [
        claim('chatbot', { keywords: ['chatbot'] }),
        claim('zebra', { keywords: ['zebra'] }),
        claim('other', { keywords: ['lion'] }),
      ],
      { keywords: ['chatbot'] },
    );
    const plain = topic(described.claims);
    const score = (t: Topic) => createClaimRanker(t).scoreAll('The chatbot.')[0]?.score ?? 0;
    expect(TOPIC_TERM_FACTOR).toBeLessThan(1);
    expect(score(described)).toBeCloseTo(score(plain) * TOPIC_TERM_FACTOR, 5);
  });

  it('needs more evidence for a close fit when only the explanation meets the sentence', () => {
    const explained = topic([
      claim('explained', {
        keywords: ['zebra'],
        statement: 'Zebras crossed the savannah.',
        explanation:
          'Panels, lectures, workshops, seminars, concerts, exhibitions, screenings, recitals, parades, markets and festivals were held across the region by volunteers.',
      }),
      claim('other', { keywords: ['lion'] }),
      claim('third', { keywords: ['tiger'] }),
    ]);
    const explainedRanker = createClaimRanker(explained);
    const sentence =
      'Acme volunteers held lectures, workshops, seminars, concerts, exhibitions, screenings, recitals, parades, markets, festivals and panels across the region.';
    const [only] = explainedRanker.scoreAll(sentence);
    expect(only?.fields).toBe(0b1000);
    expect(only?.score ?? 0).toBeGreaterThanOrEqual(CLOSE_FIT_SCORE);
    expect(only?.score ?? 0).toBeLessThan(CLOSE_FIT_SCORE * EXPLANATION_ONLY_FACTOR);
    expect(explainedRanker.rankForCard(sentence).fit).toBe('none');
    expect(explainedRanker.rankForCard('Acme and the zebra.').fit).toBe('close');
  });

  it('calls a claim close on a keyword the sentence shares only with the claim’s own statement', () => {
    const lab = topic([
      claim('lab', { keywords: ['Zurich'], statement: 'Acme opened a laboratory.' }),
      claim('other', { keywords: ['lion'] }),
      claim('third', { keywords: ['tiger'] }),
      claim('fourth', { keywords: ['heron'] }),
    ]);
    const labRanker = createClaimRanker(lab);
    // The name alone: a distinctive keyword, but nothing the claim says.
    const [named] = labRanker.scoreAll('Acme staff visited Zurich.');
    expect(named?.claim.id).toBe('lab');
    expect(named?.score ?? 0).toBeGreaterThan(1);
    expect(labRanker.rankForCard('Acme staff visited Zurich.').fit).toBe('none');
    // The name and what the claim says of it: the statement's share adds FIT_COVERAGE_WEIGHT times it.
    expect(labRanker.rankForCard('Acme opened a laboratory in Zurich.').fit).toBe('close');
    expect(FIT_COVERAGE_WEIGHT).toBeGreaterThan(0);
  });

  it('meets a claim’s figure through the rounded figure news gives, but not a year through the next', () => {
    // "under $6 million" is the claim's $5.6 million, rounded; $6 million itself is in no claim.
    const [rounded] = ranker.scoreAll('Acme spent under $6 million on it.');
    expect(rounded?.claim.id).toBe('training-cost');
    expect(rounded?.matched).toContain('#6000000≈#5600000');
    // $50 million is not $5.6 million, and 2021 is not about 2022 (years are dates, not amounts).
    expect(ranker.scoreAll('Acme spent $50 million on it.')).toEqual([]);
    expect(ranker.scoreAll('Acme did it in 2021.')).toEqual([]);
  });

  it('finds the claim a sentence doubts through its doubts, without counting them as its own words', () => {
    const doubted = topic([
      claim('cost', {
        statement: 'The lab trained its model for $5.6 million.',
        keywords: ['training cost'],
        doubts: ['the figure covered the final run, leaving out research, staff and hardware'],
      }),
      claim('speed', { statement: 'The lab trained its model in two months.', keywords: ['two months'] }),
      claim('other', { keywords: ['lion'] }),
    ]);
    const doubtedRanker = createClaimRanker(doubted);
    const sentence = 'Acme’s number covered the final run and left out research, staff and hardware.';
    const ranking = doubtedRanker.rankForCard(sentence);
    expect(ranking.fit).toBe('close');
    expect(ids(ranking.claims)[0]).toBe('cost');
    // The sentence doubts the claim: it restates none of the claim's own wordings, so it never
    // reads as repeating it (lib/rank/repeats.ts).
    expect(ranking.claims[0]?.restatement ?? 0).toBe(0);
    expect(ranking.claims[0]?.fields ?? 0).toBe(
      1 << RANKER_FIELDS.findIndex(({ name }) => name === 'doubts'),
    );
    // Without its doubts the same sentence meets nothing of the claim.
    const { doubts: _, ...undoubted } = doubted.claims[0] as Claim;
    const plain = topic([undoubted, ...doubted.claims.slice(1)]);
    expect(createClaimRanker(plain).scoreAll(sentence)).toEqual([]);
  });

  it('weighs how much of the sentence is the claim’s own words in the fit', () => {
    const lab = topic([
      claim('lab', { keywords: ['Zurich'], statement: 'Acme opened a laboratory.' }),
      claim('other', { keywords: ['lion'] }),
      claim('third', { keywords: ['tiger'] }),
      claim('fourth', { keywords: ['heron'] }),
    ]);
    const labRanker = createClaimRanker(lab);
    const plain = 'Acme opened a laboratory in Zurich.';
    // The same words of the claim, in a sentence that goes on about other things.
    const padded =
      'Acme opened a laboratory in Zurich, said the mayor, praising bakeries, trams and lakeside parks.';
    const [plainLead] = labRanker.scoreAll(plain);
    const [paddedLead] = labRanker.scoreAll(padded);
    expect(paddedLead?.score).toBeCloseTo(plainLead?.score ?? 0, 6);
    const gap = (plainLead?.grounding ?? 0) - (paddedLead?.grounding ?? 0);
    expect(gap).toBeGreaterThan(0.3);
    const evidence = (sentence: string) => labRanker.rankForCard(sentence).evidence ?? 0;
    expect(evidence(plain) - evidence(padded)).toBeCloseTo(FIT_GROUNDING_WEIGHT * gap, 6);
    expect(labRanker.rankForCard(plain).fit).toBe('close');
  });

  it('needs more evidence for a close fit when the sentence meets the claim only in names', () => {
    const founder = topic([
      claim('founder', {
        statement: 'Acme was founded in Zurich by Anna Keller.',
        keywords: ['founder'],
      }),
      claim('other', { keywords: ['lion'] }),
      claim('third', { keywords: ['tiger'] }),
    ]);
    const ranker = createClaimRanker(founder);
    const named = 'Visitors from three schools met Anna Keller of Acme on a rainy afternoon in spring.';
    const evidence = ranker.rankForCard(named).evidence ?? 0;
    // Close by the evidence alone, but its only words of the claim are names.
    expect(evidence).toBeGreaterThanOrEqual(CLOSE_FIT_SCORE);
    expect(evidence).toBeLessThan(CLOSE_FIT_SCORE * NAMES_ONLY_FACTOR);
    expect(ranker.rankForCard(named).fit).toBe('none');
    // The same words in lower case are no names; in a headline in title case a capital says nothing.
    expect(ranker.rankForCard(named.toLowerCase()).fit).toBe('close');
    expect(
      ranker.rankForCard(
        'Visitors From Three Schools Meet Anna Keller Of Acme On A Rainy Afternoon In Spring',
      ).fit,
    ).toBe('close');
  });

  it('needs more evidence for a close fit when the sentence sets a scene rather than says something', () => {
    const launch = topic([
      claim('launch', {
        statement: 'Acme launched its lab in Zurich with a new robot.',
        keywords: ['robot lab'],
      }),
      claim('other', { keywords: ['lion'] }),
      claim('third', { keywords: ['tiger'] }),
    ]);
    const ranker = createClaimRanker(launch);
    const said = 'Acme showed a robot in Zurich to reporters, schoolchildren and parents.';
    const listed = 'Acme will present a robot in Zurich to reporters, schoolchildren and parents.';
    const evidence = ranker.rankForCard(listed).evidence ?? 0;
    expect(evidence).toBeGreaterThanOrEqual(CLOSE_FIT_SCORE);
    expect(evidence).toBeLessThan(CLOSE_FIT_SCORE * SCENE_FACTOR);
    expect(ranker.rankForCard(said).fit).toBe('close');
    expect(ranker.rankForCard(listed).fit).toBe('none');
  });

  it('reads event listings, people’s moves, market ticks, product news and how-to steps as scenes', () => {
    for (const scene of [
      'Tickets for the meetup are free.',
      'The chief financial officer will speak at a conference next Tuesday.',
      'The webinar starts at 2 p.m. Eastern.',
      'A former official joined a law firm this week.',
      'The shares closed up 2% on volume of 200 million.',
      'The app update adds a dark mode.',
      'Step 3: paste your key into the settings field.',
      'To install it locally, download the weights and run the command.',
      '创始人本周出席了一场座谈会。',
      'We trim our 2026 EPS estimate on higher memory costs.',
      'The broker raised its price target to $220.',
      'Nvidia stock: what to watch this week',
      'Using customs data, we estimate the effect of the rules on chip prices.',
      'This study replicates the audit with a larger prompt set.',
      'The founder attends a symposium with the premier.',
      'The company has not said when the next model ships.',
      'A spokesman declined to comment on the figures.',
    ])
      expect(setsAScene(scene), scene).toBe(true);
    for (const claimed of [
      'Open-model fans greeted the free release as a gift.',
      'The shares closed down 17% on Monday.',
      'The app leaked users’ chat histories.',
      'A training bill that would barely register in a Silicon Valley budget.',
      // A live blog's time stamp dates the line; it is no event's hour.
      '10:42 ET — The shares are down 16% on the session.',
      'Update 3:10 p.m. — The regulator has ordered the app blocked.',
      // A finding is no study design.
      'We find that the model learns to reason through reinforcement learning alone.',
    ])
      expect(setsAScene(claimed), claimed).toBe(false);
  });

  it('counts each word of a phrase that stands for a claim’s word as the claim’s in its grounding', () => {
    const censor = topic([
      claim('refusals', { statement: 'Acme refuses questions on politics.' }),
      claim('other', { keywords: ['lion'] }),
    ]);
    // "beyond my current scope" stands for "refuse" (lib/rank/synonyms.ts): all three of its terms
    // are the claim's, through it, and "politics" is the claim's own.
    const [lead] = createClaimRanker(censor).scoreAll('Acme says politics is beyond my current scope.');
    expect(lead?.claim.id).toBe('refusals');
    expect(lead?.grounding).toBeCloseTo(1, 6);
  });

  it('needs more evidence for a close fit when the sentence has none of the topic’s subject terms', () => {
    const controls = topic(
      [
        claim('licence', {
          statement: 'Exporters now need a licence to ship accelerators to Malaysia.',
          keywords: ['licence', 'Malaysia'],
        }),
        claim('other', { keywords: ['lion'] }),
        claim('third', { keywords: ['tiger'] }),
      ],
      { subjectTerms: ['accelerator', 'chips', 'AI'] },
    );
    const offSubject = 'Acme says exporters of gallium go to Malaysia.';
    const onSubject = 'Acme says exporters of AI chips go to Malaysia.';
    const controlsRanker = createClaimRanker(controls);
    expect(controlsRanker.rankForCard(onSubject).fit).toBe('close');
    const off = controlsRanker.rankForCard(offSubject);
    expect(off.fit).toBe('none');
    // The same evidence would be close on subject: only the missing subject words make it fall back.
    expect(off.evidence ?? 0).toBeGreaterThanOrEqual(CLOSE_FIT_SCORE);
    expect(off.evidence ?? 0).toBeLessThan(CLOSE_FIT_SCORE * OFF_SUBJECT_FACTOR);
    // A topic without subject terms treats every sentence as on subject.
    const { subjectTerms: _, ...withoutSubject } = controls;
    expect(createClaimRanker(withoutSubject).rankForCard(offSubject).fit).toBe('close');
  });

  it('leads with the sibling whose own statement the sentence restates', () => {
    const siblings = topic([
      claim('wordy', {
        statement: 'Acme opened a laboratory.',
        keywords: ['laboratory', 'robots', 'sorting'],
        explanation: 'The laboratory builds robots that sort parcels; robots and more robots.',
      }),
      claim('restated', { statement: 'Acme robots learned to sort parcels.', keywords: ['learning'] }),
      claim('other', { keywords: ['zebra'] }),
      claim('another', { keywords: ['lion'] }),
    ]);
    const sentence = 'Acme robots in the laboratory learned to sort parcels.';
    const siblingRanker = createClaimRanker(siblings);
    expect(STATEMENT_COVERAGE_WEIGHT).toBeGreaterThan(0);
    // BM25 alone puts "wordy" first (4.5 to 4.3): its keywords and explanation share more words.
    expect(ids(siblingRanker.scoreAll(sentence))[0]).toBe('restated');
    expect(siblingRanker.rankForCard(sentence).fit).toBe('close');
  });

  it('reports the matched terms of each claim, best first', () => {
    const [first, second] = ranker.scoreAll(
      'Privacy regulators also looked at the $5.6 million training cost.',
    );
    expect(first?.score).toBeGreaterThanOrEqual(second?.score ?? 0);
    const byId = new Map(
      ranker.scoreAll('Privacy regulators and the $5.6 million.').map((r) => [r.claim.id, r]),
    );
    expect(byId.get('privacy')?.matched).toEqual(expect.arrayContaining(['privaci', 'regul']));
    expect(byId.get('training-cost')?.matched).toContain('#5600000');
  });
});

describe('keyClaimOrder', () => {
  it('puts the key claims first in their order, then the rest as authored, skipping unknown ids', () => {
    const ordered = keyClaimOrder({ ...CHIPS, keyClaims: ['charge', 'no-such-claim', 'privacy'] });
    expect(ids(ordered.map((claim) => ({ claim })))).toEqual([
      'charge',
      'privacy',
      'training-cost',
      'stock-fall',
      'export-ban',
    ]);
  });

  it('keeps the authored order for a topic without key claims', () => {
    const { keyClaims: _, ...withoutKeys } = CHIPS;
    expect(keyClaimOrder(withoutKeys).map(({ id }) => id)).toEqual(CHIPS.claims.map(({ id }) => id));
  });
});
