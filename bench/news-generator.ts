/**
 * Generated news pages for the benchmark: paragraphs of varied sentences about technology, markets
 * and policy, with about one mention of a Caveat topic per 600–1,000 characters of text, some of
 * them split by inline links (`US export <a>controls</a>`) as news markup does. Deterministic: the
 * same seed gives the same page, so every run and every machine measures the same text.
 */

/** A small, fast, seeded pseudo-random generator (LCG); good enough to vary prose. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const COMPANIES = [
  'Alphabet',
  'Microsoft',
  'Samsung',
  'Intel',
  'AMD',
  'Broadcom',
  'TSMC',
  'Meta',
  'Oracle',
  'Tencent',
  'Alibaba',
  'Baidu',
  'ASML',
  'Arm',
  'Micron',
  'SK Hynix',
  'Qualcomm',
  'Huawei',
  'Dell',
  'Amazon',
];
const PLACES = [
  'Washington',
  'Beijing',
  'Brussels',
  'Taipei',
  'Seoul',
  'Tokyo',
  'London',
  'Singapore',
  'Shenzhen',
  'Frankfurt',
  'New Delhi',
  'Austin',
  'Hsinchu',
  'Paris',
  'Ottawa',
];
const PEOPLE = [
  'Maria Lopez',
  'James Chen',
  'Priya Natarajan',
  'Tomás Álvarez',
  'Li Wei',
  'Sarah O’Connell',
  'Daniel Kim',
  'Fatima Haddad',
  'Hans Müller',
  'Aiko Tanaka',
  'Robert Osei',
  'Elena Petrova',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'the weekend', 'last week'];
const ROLES = [
  'an analyst at Bernstein',
  'a former trade official',
  'the company’s chief financial officer',
  'a professor of economics',
  'a spokesperson for the ministry',
  'a portfolio manager in Boston',
];

const percent = (random: Random) => `${(random() * 20 + 0.3).toFixed(1)}%`;
const money = (random: Random) =>
  random() < 0.5
    ? `$${(random() * 90 + 1).toFixed(1)} billion`
    : `$${Math.floor(random() * 900 + 10)} million`;
const year = (random: Random) => String(2019 + Math.floor(random() * 8));

/** Sentences with no mention of any topic: the bulk of a news page. */
const PLAIN: readonly ((r: Random) => string)[] = [
  (r) =>
    `Shares of ${pick(r, COMPANIES)} rose ${percent(r)} on ${pick(r, DAYS)} after quarterly revenue beat analysts’ forecasts.`,
  (_r) => `The central bank held interest rates steady for a third month, citing sticky services inflation.`,
  (r) => `“We are not going to stop investing in capacity,” said ${pick(r, PEOPLE)}, ${pick(r, ROLES)}.`,
  (r) =>
    `${pick(r, COMPANIES)} said it would spend ${money(r)} on new data centres in ${pick(r, PLACES)} by ${year(r)}.`,
  (r) => `Regulators in ${pick(r, PLACES)} opened an inquiry into how cloud providers price their services.`,
  (r) =>
    `The index of technology stocks fell ${percent(r)} as bond yields climbed to their highest level since ${year(r)}.`,
  (r) =>
    `Officials — speaking on condition of anonymity — said the talks in ${pick(r, PLACES)} would resume next month.`,
  (_r) =>
    `Demand for memory used in servers has outpaced supply, pushing contract prices up for a fourth quarter.`,
  (r) =>
    `${pick(r, PEOPLE)}, ${pick(r, ROLES)}, said investors were “pricing in a lot of good news” already.`,
  (r) =>
    `The company, which employs about ${Math.floor(r() * 90 + 5)},000 people, plans to cut costs by ${money(r)}.`,
  (r) =>
    `Lawmakers in ${pick(r, PLACES)} debated a bill that would require large platforms to disclose how their algorithms work.`,
  (r) =>
    `Venture funding for start-ups building language models reached ${money(r)} in the first half of ${year(r)}.`,
  (_r) =>
    `Electricity demand from server farms has become a political issue in several states, utilities say.`,
  (r) =>
    `The deal, valued at ${money(r)}, still needs approval from competition authorities in ${pick(r, PLACES)}.`,
  (r) => `Smartphone shipments fell ${percent(r)} year on year, according to the research firm Canalys.`,
  (r) =>
    `Trade between the two countries has recovered since ${year(r)}, although tariffs on steel remain in place.`,
  (r) =>
    `Engineers at ${pick(r, COMPANIES)} said the new design uses less power per operation than the last one.`,
  (_r) => `Critics argue the subsidy programme favours incumbents over smaller manufacturers.`,
  (r) =>
    `The ministry said its review of foreign investment rules would be published before the end of ${year(r)}.`,
  (r) =>
    `Markets in ${pick(r, PLACES)} closed mixed on ${pick(r, DAYS)}, with energy shares offsetting losses elsewhere.`,
];

/** One sentence mentioning a topic: its HTML, its text, and how many mentions it holds. */
interface MentionSentence {
  html: string;
  text: string;
  mentions: number;
}

const a = (href: string, text: string) => `<a href="${href}">${text}</a>`;

/** Sentences with one mention each; about a third split the mention across an inline link. */
const MENTIONING: readonly ((r: Random) => [html: string, text: string])[] = [
  (r) => {
    const s = `Nvidia shares fell ${percent(r)} on ${pick(r, DAYS)} as investors weighed demand for its chips.`;
    return [s.replace('Nvidia', a('/topics/nvidia', 'Nvidia')), s];
  },
  (r) => {
    const s = `The Commerce Department tightened US export controls on advanced chips in ${year(r)}.`;
    return [s.replace('export controls', `export ${a('/policy/chips', 'controls')}`), s];
  },
  (r) => {
    const s = `DeepSeek said its latest model cost far less to train than rivals built in ${pick(r, PLACES)}.`;
    return [s, s];
  },
  (r) => {
    const s = `Analysts said the new export restrictions would hit sales of equipment to ${pick(r, PLACES)}.`;
    return [s.replace('export restrictions', a('/policy/export-rules', 'export restrictions')), s];
  },
  (r) => {
    const s = `${pick(r, PEOPLE)} argued that DeepSeek’s results showed how quickly the gap between labs can close.`;
    return [s.replace('DeepSeek', '<em>DeepSeek</em>'), s];
  },
  (r) => {
    const s = `A spokesperson for the Bureau of Industry and Security declined to comment on ${pick(r, DAYS)}.`;
    return [
      s.replace('Bureau of Industry and Security', `${a('/bis', 'Bureau of Industry')} and Security`),
      s,
    ];
  },
  (_r) => {
    const s = `Chinese buyers had stockpiled the H20 chip before the licence requirement took effect, traders said.`;
    return [s, s];
  },
  (r) => {
    const s = `${pick(r, COMPANIES)} was added to the Entity List, cutting it off from American suppliers.`;
    return [s.replace('Entity List', a('/entity-list', 'Entity List')), s];
  },
  (r) => {
    const s = `The chip curbs have pushed firms in ${pick(r, PLACES)} to design their own accelerators.`;
    return [s, s];
  },
  (r) => {
    const s = `Revenue at Nvidia’s data centre business grew to ${money(r)} in the quarter.`;
    return [s.replace('Nvidia', '<strong>Nvidia</strong>'), s];
  },
];

function mentionSentence(random: Random): MentionSentence {
  const [html, text] = pick(random, MENTIONING)(random);
  return { html, text, mentions: 1 };
}

/** Sometimes wraps a few words of a plain sentence in a link or emphasis, as articles do. */
function decorate(random: Random, sentence: string): string {
  const roll = random();
  if (roll > 0.25) return sentence;
  const words = sentence.split(' ');
  if (words.length < 6) return sentence;
  const from = 1 + Math.floor(random() * (words.length - 4));
  const to = from + 1 + Math.floor(random() * 3);
  const inner = words.slice(from, to).join(' ');
  const wrapped = roll < 0.18 ? a(`/story/${Math.floor(random() * 1e6)}`, inner) : `<em>${inner}</em>`;
  return [...words.slice(0, from), wrapped, ...words.slice(to)].join(' ');
}

export interface Paragraph {
  html: string;
  /** Characters of text (what `textContent` gives). */
  chars: number;
  /** Mentions written into it (gated aliases with their context included). */
  mentions: number;
}

/** Average characters of text between two mentions. */
export const CHARS_PER_MENTION = 800;

/**
 * One paragraph of 3–6 sentences; it carries a mention with a probability that keeps the page's
 * density, or never when `withMentions` is false.
 */
export function paragraph(random: Random, withMentions = true): Paragraph {
  const count = 3 + Math.floor(random() * 4);
  const parts: string[] = [];
  let text = '';
  for (let i = 0; i < count; i += 1) {
    const sentence = pick(random, PLAIN)(random);
    parts.push(decorate(random, sentence));
    text += `${sentence} `;
  }
  let mentions = 0;
  // A paragraph averages ~550 characters: a mention in about 70% of them gives ~1 per 800.
  if (withMentions && random() < text.length / CHARS_PER_MENTION) {
    const mention = mentionSentence(random);
    const at = Math.floor(random() * (parts.length + 1));
    parts.splice(at, 0, mention.html);
    text += `${mention.text} `;
    mentions = mention.mentions;
  }
  return { html: `<p>${parts.join(' ')}</p>`, chars: text.length - 1, mentions };
}

const HEADLINES = [
  'Chipmakers brace for another round of rules',
  'What the latest earnings say about the AI boom',
  'Inside the race to build cheaper models',
  'Markets shrug off rate worries',
  'Policy makers weigh the cost of decoupling',
  'Data centres and the strain on the grid',
];

const STYLE =
  'body{font:17px/1.55 Georgia,serif;margin:0;color:#222}header,footer{background:#f4f4f4;padding:8px 16px}' +
  'nav a{margin-right:12px}article{max-width:42em;margin:0 auto;padding:0 16px}figure{margin:1em 0;color:#555}' +
  '.card{display:inline-block;width:260px;vertical-align:top;margin:8px;font-size:14px}';

function frame(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>` +
    `<body><header><nav>${a('/', 'Home')}${a('/markets', 'Markets')}${a('/tech', 'Technology')}${a('/policy', 'Policy')}</nav></header>` +
    `${body}<footer><p>© ${new Date(0).getUTCFullYear() + 56} Example News. ${a('/privacy', 'Privacy')}</p></footer></body></html>`
  );
}

export interface GeneratedPage {
  html: string;
  /** Characters of article text. */
  chars: number;
  /** Mentions written into the article. */
  mentions: number;
  elements: number;
}

/**
 * An article with about `targetChars` characters of text: paragraphs under section headings, with
 * the odd quote, figure caption and list, as a long news page has. With `withMentions: false` it
 * names none of Caveat's topics, like most pages a reader opens.
 */
export function articlePage(
  targetChars: number,
  seed = 1,
  { withMentions = true }: { withMentions?: boolean } = {},
): GeneratedPage {
  const random = seededRandom(seed);
  const parts: string[] = [`<h1>${pick(random, HEADLINES)}</h1>`];
  let chars = 0;
  let mentions = 0;
  let index = 0;
  while (chars < targetChars) {
    if (index % 8 === 0 && index > 0) {
      const heading = pick(random, HEADLINES);
      parts.push(`<h2>${heading}</h2>`);
      chars += heading.length;
    }
    const p = paragraph(random, withMentions);
    let html = p.html;
    if (index % 13 === 5) html = `<blockquote>${html}</blockquote>`;
    else if (index % 17 === 9) {
      html = `<figure><figcaption>${html.slice(3, -4)}</figcaption></figure>`;
    }
    parts.push(html);
    chars += p.chars;
    mentions += p.mentions;
    index += 1;
  }
  const body = `<main><article>${parts.join('\n')}</article></main>`;
  const html = frame('Generated article', body);
  return { html, chars, mentions, elements: countElements(html) };
}

/**
 * A front page of `elementCount` elements: story cards (a linked headline, a byline with a date, a
 * standfirst), mostly short text, so the cost is in the number of nodes rather than their length.
 */
export function cardsPage(elementCount: number, seed = 2): GeneratedPage {
  const random = seededRandom(seed);
  // The frame: html, head, meta, title, style, body, header, nav, 4 links, main, footer, p, link.
  const FRAME = 17;
  const PER_CARD = 7; // div, a, h3, p, span, time, p
  const cards: string[] = [];
  let chars = 0;
  let mentions = 0;
  let elements = FRAME;
  while (elements + PER_CARD + 2 <= elementCount) {
    const headline = pick(random, HEADLINES);
    const mentioning = random() < 0.25;
    const dek = mentioning ? mentionSentence(random) : { html: pick(random, PLAIN)(random), mentions: 0 };
    const plainDek = dek.html.replace(/<[^>]+>/g, '');
    cards.push(
      `<div class="card">${a(`/story/${elements}`, `<h3>${headline}</h3>`)}<p><span>${pick(random, PEOPLE)}</span> ` +
        `<time>${pick(random, DAYS)}</time></p><p>${dek.html}</p></div>`,
    );
    chars += headline.length + plainDek.length + 20;
    mentions += dek.mentions;
    elements += PER_CARD + countElements(dek.html);
  }
  // Pad with empty spans to hit the count exactly.
  const unpadded = countElements(frame('Generated front page', `<main>${cards.join('')}</main>`));
  const padding = '<span></span>'.repeat(Math.max(0, elementCount - unpadded));
  const html = frame('Generated front page', `<main>${cards.join('')}${padding}</main>`);
  return { html, chars, mentions, elements: countElements(html) };
}

/** Elements in generated HTML (every start tag; the generator writes no comments or CDATA). */
export function countElements(html: string): number {
  return (html.match(/<[a-z][a-z0-9]*[\s>]/gi) ?? []).length;
}

/** `count` more paragraphs, as an infinite-scroll page loads them. */
export function moreParagraphs(count: number, seed = 3): Paragraph[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => paragraph(random));
}
