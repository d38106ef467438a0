/**
 * Ranker benchmark: milliseconds per mention (sentence extraction + ranking) on the built-in KB and
 * on a generated 10,000-claim topic. Run with `npx tsx bench/ranker.ts`.
 * Targets: ≤ 2 ms per mention on the built-in KB, ≤ 20 ms on the generated one.
 */
import type { Claim, KnowledgeBase, Topic } from '../data/schema';
import { createClaimRanker } from '../lib/ranker';
import { sentenceAround } from '../lib/sentence';

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

/** A deterministic pseudo-random generator so every run measures the same KB. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Words the benchmark sentences use, mixed into the generated text so queries find matches. */
const DOMAIN_WORDS =
  `deepseek nvidia chip chips export controls licence license model models training trained cost
  million billion gpu gpus h800 h100 h20 h200 a100 blackwell hopper china chinese commerce rule rules
  market stock shares fell record value open source weights mit distillation openai benchmark reasoning
  privacy data italy ban banned smuggled compliance huawei tariff revenue charge quarter inference demand
  capital spending cluster cloud server datacenter analysts investors policy tier framework diffusion
  entity list bureau industry security semiconductor memory bandwidth interconnect performance density
  lab startup hedge fund founder app store download users censorship tiananmen test accuracy audit
  reinforcement learning reward supervised fine tuning paper nature report technical release january
  october december 2022 2023 2024 2025 5.6 17 589 294,000 2,048 15 25 50 4.5 5.5 8`.split(/\s+/);

/**
 * Text drawn from a Zipf-distributed vocabulary of 5,000 made-up words plus the domain words, so
 * that, as in real prose, a few words are everywhere and most are rare.
 */
function vocabulary(random: () => number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const made = Array.from({ length: 5_000 }, () =>
    Array.from({ length: 3 + Math.floor(random() * 8) }, () => letters[Math.floor(random() * 26)]).join(''),
  );
  // Interleave the domain words among the frequent ones.
  return made.flatMap((word, i) =>
    i % 20 === 0 && DOMAIN_WORDS[i / 20] ? [DOMAIN_WORDS[i / 20] as string, word] : [word],
  );
}

function generatedTopic(claimCount: number): Topic {
  const random = generator(2025);
  const words = vocabulary(random);
  // Zipf: the word of rank r is drawn with probability proportional to 1 / r.
  const cumulative: number[] = [];
  words.reduce((sum, _, i) => {
    cumulative.push(sum + 1 / (i + 1));
    return sum + 1 / (i + 1);
  }, 0);
  const total = cumulative[cumulative.length - 1] ?? 1;
  const draw = (): string => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return words[low] as string;
  };
  const text = (count: number): string => Array.from({ length: count }, draw).join(' ');
  const claims: Claim[] = Array.from({ length: claimCount }, (_, i) => ({
    id: `generated-${i}`,
    statement: `${text(14)}.`,
    verdict: 'needs-context',
    explanation: `${text(45)}. ${text(40)}.`,
    caveats: [`${text(16)}.`, `${text(12)}.`],
    sources: [{ publisher: 'Generated', title: text(6), date: '2025-01-27', kind: 'news' }],
    keywords: Array.from({ length: 5 }, () => text(1 + Math.floor(random() * 2))),
    reviewed: '2025-06-01',
  }));
  return {
    id: 'generated',
    name: 'Generated',
    summary: 'Generated claims.',
    aliases: ['generated'],
    contextTerms: [],
    claims,
  };
}

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
