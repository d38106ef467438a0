/**
 * The in-page side of `npx tsx bench/parts.ts`: the scan's two costly parts, the walk into block
 * runs and the matcher, timed alone and interleaved with the floor, over the page they are loaded in.
 */
import { BUILT_IN_KB } from '../data/kb';
import { compileMatcher } from '../lib/match/matcher';
import { type BlockRun, blockRuns } from '../page/block-runs';

/** One TreeWalker pass reading every character of every text node once (bench/page-entry.ts). */
function floor(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let misses = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.indexOf('\u0001') === -1) misses += 1;
  }
  return misses;
}

type Part = () => unknown;

const matcher = compileMatcher(BUILT_IN_KB);
let runs: BlockRun[] = [];

const PARTS: Record<string, Part> = {
  floor,
  walk: () => {
    runs = [...blockRuns(document.body)];
    return runs.length;
  },
  match: () => {
    if (runs.length === 0) runs = [...blockRuns(document.body)];
    let found = 0;
    for (const run of runs) found += matcher.findMentions(run.text).length;
    return found;
  },
};

/** Each part `rounds` times, interleaved so that a busy moment of the machine hits all of them. */
function measure(names: readonly string[], rounds: number): Record<string, number[]> {
  const times: Record<string, number[]> = {};
  for (const name of names) times[name] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const name of names) {
      const part = PARTS[name];
      if (!part) throw new Error(`no part ${name}`);
      const started = performance.now();
      part();
      times[name]?.push(performance.now() - started);
    }
  }
  return times;
}

function outputs(names: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of names) result[name] = JSON.stringify(PARTS[name]?.());
  return result;
}

(window as unknown as { caveatParts: unknown }).caveatParts = { measure, outputs, names: Object.keys(PARTS) };
