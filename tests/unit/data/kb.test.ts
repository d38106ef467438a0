import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB, BUILT_IN_TOPIC_FILES, loadKnowledgeBase, parseTopic } from '../../../data/kb.ts';
import { BUILT_IN_TOPIC_IDS, type Verdict } from '../../../data/schema.ts';
import { formatProblem, validateTopicFiles } from '../../../lib/kb/kb-validate.ts';
import { createClaimRanker } from '../../../lib/rank/ranker.ts';

const claimsById = new Map(
  BUILT_IN_KB.flatMap((topic) =>
    topic.claims.map((claim) => [claim.id, { topic: topic.id, claim }] as const),
  ),
);

/**
 * Every checkable claim of the seed post (28 Jan 2025), the claim that cards it, and the verdict
 * the fact sheet gives it.
 */
const SEED_CLAIMS: { said: string; topic: string; id: string; verdict: Verdict }[] = [
  {
    said: 'DeepSeek is a Chinese startup',
    topic: 'deepseek',
    id: 'deepseek-chinese-startup',
    verdict: 'supported',
  },
  {
    said: 'R1 was trained for $5.6M',
    topic: 'deepseek',
    id: 'deepseek-r1-trained-for-5-6-million',
    verdict: 'misleading',
  },
  {
    said: 'a fraction of the billions US labs spend',
    topic: 'deepseek',
    id: 'deepseek-fraction-of-us-lab-spending',
    verdict: 'needs-context',
  },
  {
    said: 'matches or beats Western models in reasoning and coding',
    topic: 'deepseek',
    id: 'deepseek-matches-western-models',
    verdict: 'needs-context',
  },
  {
    said: '… and in translation',
    topic: 'deepseek',
    id: 'deepseek-translation-performance',
    verdict: 'unverified',
  },
  { said: 'less compute', topic: 'deepseek', id: 'deepseek-less-compute', verdict: 'needs-context' },
  { said: 'open source', topic: 'deepseek', id: 'deepseek-open-source', verdict: 'needs-context' },
  {
    said: 'no licensing fees, democratised access',
    topic: 'deepseek',
    id: 'deepseek-free-democratised-access',
    verdict: 'needs-context',
  },
  {
    said: 'operated at a fraction of the cost',
    topic: 'deepseek',
    id: 'deepseek-cheaper-to-run',
    verdict: 'needs-context',
  },
  {
    said: 'described as a significant gift to the global AI community',
    topic: 'deepseek',
    id: 'deepseek-gift-to-ai-community',
    verdict: 'supported',
  },
  {
    said: 'could lower the barriers to entry in AI development',
    topic: 'deepseek',
    id: 'deepseek-lower-barriers-to-entry',
    verdict: 'needs-context',
  },
  {
    said: 'censorship might limit its global adoption',
    topic: 'deepseek',
    id: 'deepseek-censorship-limits-adoption',
    verdict: 'needs-context',
  },
  {
    said: 'disrupted the AI industry',
    topic: 'deepseek',
    id: 'deepseek-disrupted-ai-industry',
    verdict: 'needs-context',
  },
  {
    said: 'the sharp fall of Nvidia',
    topic: 'nvidia',
    id: 'nvidia-sharp-stock-fall',
    verdict: 'needs-context',
  },
  {
    said: '… and other US tech stocks',
    topic: 'nvidia',
    id: 'nvidia-us-tech-stocks-fell',
    verdict: 'needs-context',
  },
  {
    said: 'fears of lower demand for high-end chips',
    topic: 'nvidia',
    id: 'nvidia-lower-chip-demand',
    verdict: 'disputed',
  },
  {
    said: 'a response to US export controls, innovating around them',
    topic: 'export-controls',
    id: 'export-controls-deepseek-innovated-around',
    verdict: 'needs-context',
  },
  {
    said: 'censorship under Chinese rules',
    topic: 'deepseek',
    id: 'deepseek-chinese-censorship',
    verdict: 'supported',
  },
];

describe('the built-in knowledge base', () => {
  it('is valid: no problem from the schema or the cross-file checks', () => {
    const { problems } = validateTopicFiles(BUILT_IN_TOPIC_FILES, { builtIn: true });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('holds the three built-in topics in display order', () => {
    expect(BUILT_IN_KB.map((topic) => topic.id)).toEqual([...BUILT_IN_TOPIC_IDS]);
  });

  it('has at least 50 claims', () => {
    expect(claimsById.size).toBeGreaterThanOrEqual(50);
  });

  for (const seed of SEED_CLAIMS) {
    it(`cards the seed claim "${seed.said}" as ${seed.id} (${seed.verdict})`, () => {
      const entry = claimsById.get(seed.id);
      expect(entry?.topic).toBe(seed.topic);
      expect(entry?.claim.verdict).toBe(seed.verdict);
    });
  }

  it('states every claim as one sentence and explains it in one to three', () => {
    const sentences = (text: string) => text.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/u).length;
    for (const { claim } of claimsById.values()) {
      expect(sentences(claim.statement), claim.id).toBe(1);
      expect(sentences(claim.explanation), claim.id).toBeLessThanOrEqual(3);
    }
  });

  it('gives every claim keywords to rank it by', () => {
    for (const { claim } of claimsById.values()) expect(claim.keywords.length, claim.id).toBeGreaterThan(0);
  });

  it('counts China as the export controls’ subject: a sentence naming it with the controls is on subject', () => {
    const controls = BUILT_IN_KB.find((topic) => topic.id === 'export-controls');
    if (!controls) throw new Error('no export-controls topic');
    const ranker = createClaimRanker(controls);
    const fitOf = (sentence: string) => ranker.rankForCard(sentence, 3).fit;
    expect(fitOf('The export controls were supposed to keep China behind, and they have failed to.')).toBe(
      'close',
    );
    expect(fitOf('中國出口管制的目的是阻止中國發展，但它已經失敗了。')).toBe('close');
    // Another country's controls on something else are still off the subject.
    expect(fitOf('Japan tightened its export controls on some chemicals sold to South Korea in 2019.')).toBe(
      'none',
    );
  });
});

describe('parseTopic', () => {
  it('fills in defaults', () => {
    const [file] = BUILT_IN_TOPIC_FILES;
    const { keywords: _omitted, ...claim } = BUILT_IN_KB[0]?.claims[0] ?? {};
    const topic = parseTopic({ ...(file?.json as object), claims: [claim] });
    expect(topic.claims[0]?.keywords).toEqual([]);
  });

  it('throws naming the file when a topic does not fit the schema', () => {
    expect(() => parseTopic({ id: 'x' }, 'custom.json')).toThrow(/^custom\.json is not a valid topic: /);
  });
});

describe('loadKnowledgeBase', () => {
  it('keeps the order of the files', () => {
    const reversed = [...BUILT_IN_TOPIC_FILES].reverse();
    expect(loadKnowledgeBase(reversed).map((topic) => topic.id)).toEqual([...BUILT_IN_TOPIC_IDS].reverse());
  });
});
