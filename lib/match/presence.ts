/**
 * The presence test: whether a text may hold a mention at all, cheaply enough to run over a whole
 * page before any of the matcher is loaded (docs/decisions/0030-the-matcher-loads-on-a-name.md).
 *
 * It asks for every alias in full, not for one key of it as the matcher's prefilter does: a page
 * about "foreign policy" or "deep learning" holds a key of "foreign direct product rule" or
 * "DeepSeek", and none of these aliases. It is a superset test all the same: every text in which the
 * matcher finds a mention, and every text that holds such a text as a substring, passes it. So a
 * page's text may be tested joined as it comes, one text node after another without separators.
 *
 * - Each alias is its runs of letters and digits, in order, with anything but an ASCII letter or
 *   digit between them (the matcher's separators are spaces, dashes, apostrophes and dots, which
 *   normalising may take from any white space, dash or invisible character, or from none at all
 *   when two text nodes meet). Each run must occur as written, with the case rule of its alias.
 * - A text with a character that normalising turns into letters (full-width forms, ligatures, a soft
 *   hyphen inside a word, a combining mark) passes without a closer look, as with the prefilter.
 *
 * Neither expression has the `u` flag: over Latin and ASCII text they run at the engine's fastest.
 */

/** The presence test as plain data: made at build time, turned into a test on the page. */
export type PresenceData =
  | { readonly kind: 'any' }
  | {
      readonly kind: 'aliases';
      /** Every alias's runs, as one alternation (no flags). */
      readonly aliases: string;
      /** A character that normalising turns into letters (no flags). */
      readonly changing: string;
    };

/** What may come between two runs of an alias on the page. */
export const PRESENCE_SEPARATOR = '[^0-9A-Za-z]*';

/** The test `data` describes: true when the text may hold a mention. */
export function presenceFrom(data: PresenceData): (text: string) => boolean {
  if (data.kind === 'any') return () => true;
  const aliases = new RegExp(data.aliases);
  const changing = new RegExp(data.changing);
  return (text) => aliases.test(text) || changing.test(text);
}
