/**
 * Looking up the UI's messages and filling them in: named placeholders (`{count}`), plural forms by
 * the locale's own rules (`key_one`, `key_other`), lists and dates. Pure: the lookup itself (the
 * browser's `i18n.getMessage`, or a messages.json file in tests) is passed in.
 */

/** One message file (`public/_locales/<locale>/messages.json`), as the browsers read it. */
export type MessageFile = Readonly<Record<string, { message: string; description?: string }>>;

/** The message for a key, or undefined when there is none. */
export type MessageLookup = (key: string) => string | undefined;

export type MessageValues = Readonly<Record<string, string | number>>;

export interface Messages {
  /** BCP 47 tag of the messages in use (the `locale` message of the file the browser chose). */
  readonly locale: string;
  /** The message for `key` with its `{placeholders}` filled in. */
  text(key: string, values?: MessageValues): string;
  /** The plural form of `key` for `count` (`key_one`, `key_other`, …), with `{count}` filled in. */
  count(key: string, count: number, values?: MessageValues): string;
  /** Items joined with the locale's list separator. */
  list(items: readonly string[]): string;
  /** "2024-12-26" in the locale's short date form; the input when it is not a date. */
  date(isoDate: string): string;
}

export function lookupIn(file: MessageFile): MessageLookup {
  return (key) => file[key]?.message;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * English dates are written out ("26 Dec 2024") so they read the same in every English locale;
 * other languages use `Intl` in UTC, so a date never shifts a day with the time zone.
 */
function formatDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  if (locale === 'en' || locale.startsWith('en-')) return `${Number(match[3])} ${month} ${match[1]}`;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

const fill = (message: string, values: MessageValues | undefined) =>
  values ? message.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : message;

/**
 * Messages read through `lookup`, falling back to `fallback` (English) for a key the lookup lacks,
 * and to the key itself when neither has it, so a missing message shows rather than breaking a page.
 */
export function createMessages(lookup: MessageLookup, fallback?: MessageLookup): Messages {
  const raw = (key: string) => lookup(key) || fallback?.(key) || key;
  const locale = lookup('locale') || 'en';
  const plurals = new Intl.PluralRules(locale);
  return {
    locale,
    text: (key, values) => fill(raw(key), values),
    count(key, count, values) {
      const form = lookup(`${key}_${plurals.select(count)}`) ?? raw(`${key}_other`);
      return fill(form, { ...values, count });
    },
    list: (items) => items.join(raw('common_listSeparator')),
    date: (isoDate) => formatDate(isoDate, locale),
  };
}
