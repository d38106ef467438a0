/**
 * Reading a topic's aliases, which the knowledge base writes either as a string or as an object
 * with options (data/schema.ts). Pure, types only.
 */
import type { Alias } from '../../data/schema';

/** The text an alias matches, whichever way it is written. */
export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}
