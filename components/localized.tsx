import type { ReactNode } from 'react';
import { type Texts, TextsContext } from './texts.ts';

/**
 * Gives `children` the texts in the reader's language. On an extension page (`title` given) it also
 * sets the document's `lang` and title in that language.
 */
export function Localized({
  texts,
  title,
  children,
}: {
  texts: Texts;
  title?: (texts: Texts) => string;
  children: ReactNode;
}) {
  if (title) {
    document.documentElement.lang = texts.locale;
    document.title = title(texts);
  }
  return <TextsContext value={texts}>{children}</TextsContext>;
}
