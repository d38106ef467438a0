/**
 * A generated topic of many claims, for timing the ranker on a knowledge base far larger than the
 * built-in one. Text is drawn from a Zipf-distributed vocabulary of made-up words mixed with the
 * domain's own words, so that queries find partial matches as they do on real claims.
 * Deterministic and free of Node APIs: it runs in Node and in the benchmark page alike.
 */
import type { Claim, Topic } from '../data/schema';

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

export function generatedTopic(claimCount: number): Topic {
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
