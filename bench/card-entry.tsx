/**
 * In-page entry for bench/card-update.ts: the card as the extension renders it (FactCard, React),
 * mounted once, and two ways to change it to another mention's card.
 *
 * - React: `flushSync(() => root.render(…))` with the next card's props, on the mounted tree, as
 *   entrypoints/card/card-view.tsx does since the card stays mounted.
 * - Plain DOM: the same change written by hand into the mounted card. The values a hand-written
 *   card would compute (texts, attributes) are taken, before the clock starts, from the next card
 *   rendered once off-screen, so what is timed is only the writes: walking the mounted card and
 *   setting every text and attribute that differs. It is the least a plain DOM update can cost
 *   when the two cards have the same shape; cards of different shapes need nodes made and removed
 *   as well, which it times as replacing the card's nodes with the off-screen ones.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { FactCard, type FactCardProps } from '../components/FactCard';
import { BUILT_IN_KB } from '../data/kb';
import { createMentionClaimRanker } from '../lib/rank/mention-claims';

export interface UpdateTimes {
  /** Until the change is in the DOM, then until the layout after it. */
  react: number[];
  reactLayout: number[];
  dom: number[];
  domLayout: number[];
  /** How many of the plain DOM updates had to replace nodes (the two cards' shapes differed). */
  reshaped: number;
}

function models(): FactCardProps[] {
  const ranker = createMentionClaimRanker(BUILT_IN_KB);
  const sentences = [
    'DeepSeek said it trained V3 for $5.6 million on 2,048 Nvidia H800 chips.',
    'Nvidia shares fell 17% as investors weighed what cheaper training means for demand.',
    'The US export controls on AI chips were tightened again in 2023 to cover the H800.',
    'DeepSeek R1 matched OpenAI o1 on reasoning benchmarks, the company said.',
  ];
  const out: FactCardProps[] = [];
  for (const topic of BUILT_IN_KB) {
    for (const sentence of sentences) {
      const ranking = ranker.rank(topic.id, sentence, 0, 4);
      out.push({
        dialog: true,
        theme: 'light',
        topic: { id: topic.id, name: topic.name, summary: topic.summary },
        claims: ranking.claims.map((ranked) => ranked.claim),
        fit: ranking.fit,
        repeats: null,
        why: { matchedText: topic.name, alias: topic.name },
        onClose: () => undefined,
        onNotRelevant: () => undefined,
      });
    }
  }
  return out;
}

/** Copies `from`'s texts and attributes onto `to` where the two trees have the same shape. */
function writeInPlace(to: Node, from: Node): boolean {
  if (to.nodeType !== from.nodeType || to.nodeName !== from.nodeName) return false;
  if (to.nodeType === Node.TEXT_NODE) {
    if (to.nodeValue !== from.nodeValue) to.nodeValue = from.nodeValue;
    return true;
  }
  if (to instanceof Element && from instanceof Element) {
    for (const attribute of from.attributes) {
      if (to.getAttribute(attribute.name) !== attribute.value)
        to.setAttribute(attribute.name, attribute.value);
    }
    for (const attribute of [...to.attributes]) {
      if (!from.hasAttribute(attribute.name)) to.removeAttribute(attribute.name);
    }
  }
  if (to.childNodes.length !== from.childNodes.length) return false;
  for (let index = 0; index < to.childNodes.length; index += 1) {
    if (!writeInPlace(to.childNodes[index] as Node, from.childNodes[index] as Node)) return false;
  }
  return true;
}

export function measureUpdates(rounds: number): UpdateTimes {
  const cards = models();
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const offscreen = document.createElement('div');
  const offscreenRoot = createRoot(offscreen);
  const react: number[] = [];
  const dom: number[] = [];
  const reactLayout: number[] = [];
  const domLayout: number[] = [];
  let reshaped = 0;
  flushSync(() => root.render(<FactCard key="card" {...(cards[0] as FactCardProps)} />));
  for (let round = 0; round < rounds; round += 1) {
    const next = cards[(round + 1) % cards.length] as FactCardProps;
    // React, on its own mounted tree.
    let start = performance.now();
    flushSync(() => root.render(<FactCard key="card" {...next} />));
    react.push(performance.now() - start);
    void host.offsetHeight;
    reactLayout.push(performance.now() - start);
    // Plain DOM, on a copy of what was on screen before, with the next card's values prepared.
    const previous = cards[round % cards.length] as FactCardProps;
    flushSync(() => offscreenRoot.render(<FactCard key="card" {...previous} />));
    const mounted = document.createElement('div');
    mounted.append(...[...offscreen.childNodes].map((node) => node.cloneNode(true)));
    document.body.append(mounted);
    flushSync(() => offscreenRoot.render(<FactCard key={`next-${round}`} {...next} />));
    const wanted = offscreen.cloneNode(true) as HTMLElement;
    void mounted.offsetHeight;
    start = performance.now();
    const sameShape =
      mounted.childNodes.length === wanted.childNodes.length &&
      [...mounted.childNodes].every((node, index) => writeInPlace(node, wanted.childNodes[index] as Node));
    if (!sameShape) {
      reshaped += 1;
      mounted.replaceChildren(...wanted.childNodes);
    }
    dom.push(performance.now() - start);
    void mounted.offsetHeight;
    domLayout.push(performance.now() - start);
    mounted.remove();
  }
  return { react, reactLayout, dom, domLayout, reshaped };
}

(globalThis as unknown as { caveatCardBench: unknown }).caveatCardBench = { measureUpdates };
