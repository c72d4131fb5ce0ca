import type { Locale } from '../locale.ts';
import type { MessageParams } from './params.ts';

/** A message written for one locale, from the values a refusal carries. */
export type MessageFormat = (params: MessageParams) => string;

/** What a feature gives the message registry, per locale. */
export interface Catalogue {
  /** The feature it belongs to, e.g. `products`. */
  feature: string;
  field: Record<Locale, Readonly<Record<string, MessageFormat>>>;
}
