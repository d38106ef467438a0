/** Valid topic-file JSON for tests, with overrides to make each kind of bad file. */

export type Json = Record<string, unknown>;

export const source = (overrides: Json = {}): Json => ({
  publisher: 'Example Press',
  title: 'A report',
  date: '2025-01-27',
  url: 'https://example.org/report',
  kind: 'news',
  ...overrides,
});

export const claim = (overrides: Json = {}): Json => ({
  id: 'demo-claim',
  statement: 'Something happened.',
  verdict: 'supported',
  explanation: 'It did, on 27 January 2025.',
  caveats: ['Only one report says so.'],
  sources: [source()],
  keywords: ['something'],
  reviewed: '2025-06-01',
  ...overrides,
});

export const topic = (overrides: Json = {}): Json => ({
  id: 'demo',
  name: 'Demo',
  summary: 'A topic for tests.',
  aliases: ['Demo Corp'],
  contextTerms: [],
  claims: [claim()],
  ...overrides,
});
