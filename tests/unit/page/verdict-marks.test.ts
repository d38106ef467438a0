// @vitest-environment happy-dom
/**
 * Verdict marks in a page session: the mentions whose sentence repeats a rated claim are painted in
 * that verdict's highlight once the background has answered, the others in their topic's; the
 * setting turns them off and on in place; a page with no mention asks nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import { createMentionClaimRanker } from '../../../lib/rank/mention-claims';
import { answerRepeatQuery, checkRepeatQuery, type RepeatQuery } from '../../../lib/rank/repeats';
import { highlightName, verdictHighlightName } from '../../../page/highlighter';
import { CONTEXT_CHARACTERS, MENTIONS_PER_REQUEST, repeatQuery } from '../../../page/verdict-marks';
import { flushMicrotasks, type SessionUnderTest, startSession } from './session-fixture';

const ranker = createMentionClaimRanker(BUILT_IN_KB);
const REPEATING = 'DeepSeek is a Chinese AI startup based in Hangzhou.';
const ASKING = 'Is DeepSeek really a Chinese startup?';

let current: SessionUnderTest | null = null;
afterEach(() => {
  current?.controller.abort();
  current = null;
  document.body.innerHTML = '';
});

/** A session whose marks are answered as the background answers them, recording every query. */
function sessionWithMarks(html: string, verdictMarks = true) {
  document.body.innerHTML = html;
  const queries: RepeatQuery[] = [];
  current = startSession({
    verdictMarks,
    findRepeats: async (query) => {
      queries.push(query);
      const checked = checkRepeatQuery(query);
      if (checked instanceof Error) throw checked;
      return answerRepeatQuery(ranker, checked);
    },
  });
  return { ...current, queries };
}

const textsIn = (s: SessionUnderTest, name: string) =>
  [...(s.highlights.registry.get(name) ?? [])].map((range) =>
    (range.startContainer as Text).data.slice(range.startOffset, range.endOffset),
  );

async function settleMarks(s: SessionUnderTest) {
  await s.session.start();
  await s.settle();
  await flushMicrotasks();
  await s.settle();
}

describe('verdict marks', () => {
  it('paints a mention whose sentence repeats a claim in its verdict’s highlight, and leaves the others', async () => {
    const s = sessionWithMarks(`<p>${REPEATING}</p><p>${ASKING}</p>`);
    await settleMarks(s);
    expect(textsIn(s, verdictHighlightName('supported', 0))).toEqual(['DeepSeek']);
    // The question keeps its topic's underline (DeepSeek is slot 0).
    expect(textsIn(s, highlightName(0, 'underline'))).toEqual(['DeepSeek']);
    const repeated = await s.session.repeatedClaims();
    expect(repeated).toEqual([
      { topicId: 'deepseek', claimId: 'deepseek-chinese-startup', verdict: 'supported', count: 1 },
    ]);
    expect(s.card.opened).toEqual([]);
  });

  it('turns the marks off and on again in place', async () => {
    const s = sessionWithMarks(`<p>${REPEATING}</p>`);
    await settleMarks(s);
    expect(textsIn(s, verdictHighlightName('supported', 0))).toEqual(['DeepSeek']);
    s.session.setVerdictMarks(false);
    expect(s.highlights.registry.has(verdictHighlightName('supported', 0))).toBe(false);
    expect(textsIn(s, highlightName(0, 'underline'))).toEqual(['DeepSeek']);
    expect(await s.session.repeatedClaims()).toEqual([]);
    s.session.setVerdictMarks(true);
    expect(textsIn(s, verdictHighlightName('supported', 0))).toEqual(['DeepSeek']);
  });

  it('asks nothing with marks off, and nothing on a page without a mention', async () => {
    const off = sessionWithMarks(`<p>${REPEATING}</p>`, false);
    await settleMarks(off);
    expect(off.queries).toEqual([]);
    off.controller.abort();
    const empty = sessionWithMarks('<p>Markets opened lower on Tuesday.</p>');
    await settleMarks(empty);
    expect(empty.queries).toEqual([]);
  });

  it('sends each block once, clipped to the text around its mentions, in batches', async () => {
    const filler = 'x'.repeat(CONTEXT_CHARACTERS + 500);
    const s = sessionWithMarks(`<p>${filler} ${REPEATING} Nvidia rose.</p>`);
    await settleMarks(s);
    const [query] = s.queries;
    expect(query?.blocks).toHaveLength(1);
    expect(query?.blocks[0]?.length).toBeLessThan(filler.length);
    expect(query?.mentions.map(({ topicId }) => topicId)).toEqual(['deepseek', 'nvidia']);
    const first = query?.mentions[0];
    expect(query?.blocks[0]?.slice(first?.start, first?.end)).toBe('DeepSeek');
    expect(MENTIONS_PER_REQUEST).toBeLessThanOrEqual(200);
    const many = Array.from({ length: MENTIONS_PER_REQUEST + 5 }, () => `<p>${REPEATING}</p>`).join('');
    const big = sessionWithMarks(many);
    await settleMarks(big);
    expect(big.queries.map(({ mentions }) => mentions.length)).toEqual([MENTIONS_PER_REQUEST, 5]);
  });

  it('builds the same query the page would from mentions alone', () => {
    expect(repeatQuery([])).toEqual({ blocks: [], mentions: [] });
  });
});

describe('checkRepeatQuery', () => {
  it('refuses a malformed query with a clear message', () => {
    expect(checkRepeatQuery(null)).toBeInstanceOf(Error);
    expect(
      String(checkRepeatQuery({ blocks: ['abc'], mentions: [{ block: 1, topicId: 'x', start: 0, end: 1 }] })),
    ).toMatch(/name a block/);
    expect(
      String(checkRepeatQuery({ blocks: ['abc'], mentions: [{ block: 0, topicId: 'x', start: 2, end: 9 }] })),
    ).toMatch(/its place/);
    expect(String(checkRepeatQuery({ blocks: ['a'.repeat(30_000)], mentions: [] }))).toMatch(/at most/);
    const good = { blocks: ['abc'], mentions: [{ block: 0, topicId: 'x', start: 0, end: 3 }] };
    expect(checkRepeatQuery(good)).toBe(good);
  });
});
