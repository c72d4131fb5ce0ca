import { z } from 'zod';

// Names and titles are shown on one line in lists, mail subjects and logs: direction overrides (U+202E turns
// "gnp.exe" around) and line breaks must not reach them. One rule, used by every request schema.

/** Directional formatting characters: embeddings, overrides, isolates and the marks. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Line breaks, tabs and other control characters, with the spaces around them. */
const BREAKS = /\s*[\u0000-\u001F\u007F-\u009F\u2028\u2029][\s\u0000-\u001F\u007F-\u009F\u2028\u2029]*/g;

/** Without directional formatting characters (text that may span lines keeps its breaks). */
export function stripBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, '');
}

/** One line: no directional formatting, each run of breaks and control characters a single space, trimmed. */
export function normalizeSingleLine(value: string): string {
  return stripBidiControls(value).replace(BREAKS, ' ').trim();
}

/** A required one-line text of at most `max` characters (a name, a title), normalised as `normalizeSingleLine`. */
export const singleLineText = (max: number) => z.string().overwrite(normalizeSingleLine).min(1).max(max);

/** A required text that may span lines (a description, a note), without directional formatting, trimmed. */
export const multiLineText = (max: number) => z.string().overwrite(stripBidiControls).trim().min(1).max(max);
