import type { Locale } from '../locale.ts';
import type { ProblemType } from '../problems.ts';
import type { MessageParams } from './params.ts';

/** A message written for one locale, from the values a refusal carries. */
export type MessageFormat = (params: MessageParams) => string;
/** A detail (a refusal not about one field): a sentence, or a sentence with values. */
export type DetailMessage = string | MessageFormat;
export interface ProblemText {
  title: string;
  detail: MessageFormat;
}

/** What a feature gives the message registry, per locale. */
export interface Catalogue {
  /** The feature it belongs to, e.g. `products`. */
  feature: string;
  field: Record<Locale, Readonly<Record<string, MessageFormat>>>;
  detail?: Record<Locale, Readonly<Record<string, DetailMessage>>>;
  problem?: Record<Locale, Readonly<Partial<Record<ProblemType, ProblemText>>>>;
}
