/**
 * Ranker benchmark: milliseconds per mention (sentence extraction + ranking) on the built-in KB and
 * on a generated 10,000-claim topic. Run with `npx tsx bench/ranker.ts`.
 * Targets: ≤ 2 ms per mention on the built-in KB, ≤ 20 ms on the generated one.
 */
import type { KnowledgeBase, Topic } from '../data/schema';
import { createClaimRanker } from '../lib/rank/ranker';
import { sentenceAround } from '../lib/text/sentence';
import { generatedTopic } from './claims-generator';

const SENTENCES = [
  'DeepSeek said its R1 model was trained for just $5.6 million, a fraction of what US rivals spend.',
  'Shares of Nvidia plunged 17% on Monday, wiping nearly $600 billion off its market value.',
  'The Commerce Department tightened export controls on advanced AI chips to China in October 2023.',
  'Nvidia designed the H20 to comply with US rules, but a new licence requirement now covers it.',
  'Italy’s privacy watchdog blocked the DeepSeek app over how it handles personal data.',
  'Analysts said DeepSeek may have used smuggled Nvidia chips despite the U.S. export ban.',
  'The model is open source under an MIT licence, so anyone can download the weights.',
  'OpenAI says it has evidence DeepSeek used distillation of its models to train R1.',
  'Nvidia called DeepSeek an excellent AI advancement that is fully export control compliant.',
  'Jensen Huang said the export control was a failure that spurred Huawei and other rivals.',
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function summary(times: number[]): string {
  times.sort((a, b) => a - b);
  return `p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms`;
}

/**
 * Times each mention (sentence extraction + ranking the top 3) by wall clock and by this process's
 * CPU time: on a shared machine the wall clock also counts time spent waiting for a core.
 */
function measure(label: string, topics: readonly Topic[], rounds: number): void {
  const rankers = topics.map((topic) => createClaimRanker(topic));
  const paragraph = `Markets were volatile. ${SENTENCES.join(' ')} More coverage follows.`;
  const mentions = SENTENCES.map((sentence) => {
    const start = paragraph.indexOf(sentence) + 5;
    return { start, end: start + 6 };
  });
  // Warm up: the first query of a topic builds its index.
  for (const ranker of rankers) ranker.rank(SENTENCES[0] ?? '');
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const { start, end } of mentions) {
      for (const ranker of rankers) {
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        const { text } = sentenceAround(paragraph, start, end, 'en');
        ranker.rank(text, 3);
        wall.push(performance.now() - t0);
        const used = process.cpuUsage(cpu0);
        cpu.push((used.user + used.system) / 1000);
      }
    }
  }
  const claims = topics.reduce((sum, topic) => sum + topic.claims.length, 0);
  console.log(`${label}: ${claims} claims in ${topics.length} topic(s), ${wall.length} mentions`);
  console.log(`  wall ${summary(wall)} per mention`);
  console.log(`  cpu  ${summary(cpu)} per mention`);
}

async function builtInKb(): Promise<KnowledgeBase | null> {
  try {
    const { BUILT_IN_KB } = (await import('../data/kb')) as { BUILT_IN_KB: KnowledgeBase };
    return BUILT_IN_KB;
  } catch {
    return null;
  }
}

const kb = await builtInKb();
if (kb) measure('built-in KB', kb, 100);
else console.log('built-in KB: data/kb.ts not available yet, skipped');
const t0 = performance.now();
const big = generatedTopic(10_000);
createClaimRanker(big).rank('warm up the index');
console.log(`generated topic: index built in ${(performance.now() - t0).toFixed(0)} ms`);
measure('generated KB', [big], 10);
