import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import { compileMatcher, type MatcherData, matcherFromData } from '../../../lib/match/matcher';
import { type PresenceData, presenceFrom } from '../../../lib/match/presence';
import { topicIndexJson } from '../../../lib/rank/ranker';
import {
  builtInKnowledgeBase,
  FULL_KB_MODULE,
  MATCHING_KB_MODULE,
  moduleSource,
  PRESENCE_MODULE,
  RANKER_INDEXES_MODULE,
} from '../../../scripts/build/built-in-kb';

/** Evaluates a module's `export const NAME = …;` lines and returns the first value, or `name`'s. */
function exported(source: string, name?: string): unknown {
  const values: Record<string, unknown> = {};
  let first: unknown;
  for (const line of source.trim().split('\n')) {
    const found = /^export const (\w+) = (.*);$/.exec(line);
    if (!found) throw new Error(`unexpected line: ${line.slice(0, 80)}`);
    const value = new Function(`return ${found[2]};`)();
    values[found[1] as string] = value;
    if (first === undefined) first = value;
  }
  return name ? values[name] : first;
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

  it('ships a matcher compiled at build time that finds what the run-time compiled one finds', () => {
    const data = exported(moduleSource(MATCHING_KB_MODULE, BUILT_IN_KB) as string, 'MATCHER_DATA');
    const built = matcherFromData(data as MatcherData);
    const compiled = compileMatcher(BUILT_IN_KB);
    const texts = [
      'DeepSeek-R1 and DeepSeek V3.1 were trained on Nvidia H800 chips; R1-Zero-Preview came first.',
      'The Commerce Department tightened export controls on the H20 in April — then eased them.',
      'Ｎｖｉｄｉａ shares fell; 深度求索 released a model; the A100 and H100 were restricted.',
      'Nothing here mentions any topic at all, only chips in the kitchen and exports of soybeans.',
    ];
    let found = 0;
    for (const text of texts) {
      expect(built.findMentions(text)).toEqual(compiled.findMentions(text));
      found += compiled.findMentions(text).length;
    }
    expect(found).toBeGreaterThanOrEqual(8);
  });

  it('gives the first stage a presence test that lets every alias through, and nothing else of the KB', () => {
    const source = moduleSource(PRESENCE_MODULE, BUILT_IN_KB) as string;
    const mayMention = presenceFrom(exported(source) as PresenceData);
    for (const topic of BUILT_IN_KB) {
      for (const alias of topic.aliases) {
        const text = typeof alias === 'string' ? alias : alias.text;
        expect(mayMention(`In the news: ${text}.`), text).toBe(true);
      }
      expect(source).not.toContain(topic.claims[0]?.statement.slice(0, 30));
      expect(source).not.toContain(topic.claims[0]?.id);
    }
    expect(mayMention('The council met on Tuesday to discuss foreign policy and deep cuts.')).toBe(false);
  });

  it('gives the card the whole parsed knowledge base', () => {
    expect(exported(moduleSource(FULL_KB_MODULE, BUILT_IN_KB) as string)).toEqual(BUILT_IN_KB);
  });

  it("gives the card and the background each built-in topic's ranker index, derived from its text", () => {
    const source = moduleSource(RANKER_INDEXES_MODULE, BUILT_IN_KB) as string;
    const indexes = exported(source) as Record<string, () => unknown>;
    expect(Object.keys(indexes)).toEqual(BUILT_IN_KB.map((topic) => topic.id));
    for (const topic of BUILT_IN_KB) expect(indexes[topic.id]?.()).toEqual(topicIndexJson(topic));
  });

  it('serves its modules to the bundler and nothing else', async () => {
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
    const indexes = resolve(RANKER_INDEXES_MODULE) as string;
    expect(await load.call(context, indexes)).toBe(moduleSource(RANKER_INDEXES_MODULE, BUILT_IN_KB));
    expect(resolve('react')).toBeNull();
    expect(await load.call(context, '/some/file.ts')).toBeNull();
  });
});
