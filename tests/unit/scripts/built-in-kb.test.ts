import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import { compileMatcher } from '../../../lib/matcher';
import {
  builtInKnowledgeBase,
  FULL_KB_MODULE,
  MATCHING_KB_MODULE,
  moduleSource,
} from '../../../scripts/build/built-in-kb';

/** Evaluates a module's `export const NAME = …;` source and returns the value. */
function exported(source: string): unknown {
  const body = source.replace(/^export const \w+ = /, 'return ').trim();
  return new Function(body)();
}

describe('the built-in knowledge base compiled at build time', () => {
  it('gives the content script every alias and context term, and no claim text', () => {
    const source = moduleSource(MATCHING_KB_MODULE, BUILT_IN_KB) as string;
    const topics = exported(source) as { id: string; aliases: unknown[]; contextTerms: string[] }[];
    expect(topics.map((topic) => topic.id)).toEqual(BUILT_IN_KB.map((topic) => topic.id));
    for (const [index, topic] of BUILT_IN_KB.entries()) {
      expect(topics[index]?.aliases).toEqual(topic.aliases);
      expect(topics[index]?.contextTerms).toEqual(topic.contextTerms);
      for (const claim of topic.claims) expect(source).not.toContain(claim.statement);
    }
  });

  it('finds the same mentions as the knowledge base parsed at run time', () => {
    const topics = exported(moduleSource(MATCHING_KB_MODULE, BUILT_IN_KB) as string) as typeof BUILT_IN_KB;
    const text = 'DeepSeek-R1 was trained on Nvidia H800 chips before the US export controls tightened.';
    expect(compileMatcher(topics).findMentions(text)).toEqual(compileMatcher(BUILT_IN_KB).findMentions(text));
    expect(compileMatcher(topics).findMentions(text).length).toBeGreaterThanOrEqual(3);
  });

  it('gives the card the whole parsed knowledge base', () => {
    expect(exported(moduleSource(FULL_KB_MODULE, BUILT_IN_KB) as string)).toEqual(BUILT_IN_KB);
  });

  it('serves both modules to the bundler and nothing else', async () => {
    const plugin = builtInKnowledgeBase();
    const resolve = plugin.resolveId as (id: string) => string | null;
    const load = plugin.load as (
      this: { addWatchFile(file: string): void },
      id: string,
    ) => Promise<string | null>;
    const context = { addWatchFile: () => undefined };
    const resolved = resolve(MATCHING_KB_MODULE) as string;
    expect(resolved).not.toBe(MATCHING_KB_MODULE);
    expect(await load.call(context, resolved)).toBe(moduleSource(MATCHING_KB_MODULE, BUILT_IN_KB));
    expect(resolve('react')).toBeNull();
    expect(await load.call(context, '/some/file.ts')).toBeNull();
  });
});
