/**
 * One message registry for every feature's field codes.
 *
 * How it stays cheap: the registry itself holds only the general codes (`required`, `too_long`, …). Each feature's
 * catalogue module (`<feature>/messages/index.ts`) hands its tables to `registerCatalogue` when it is first imported,
 * and `fieldMessage(locale, code, params)` looks the code up among the catalogues registered so far. A page therefore pays only for the features it imports: the sign-in and register
 * forms carry the account catalogue alone (`@wharf/domain/auth`); a product form carries products and the reference
 * data's declaration-element codes its fields can meet (`@wharf/domain/products`); the server imports
 * `@wharf/domain/messages`, which registers them all. Problem titles and the details of refusals not about one field
 * are the server's alone: it reads them, typed, from `messagesFor(locale)` (`.problem`, `.detail`), not from here.
 *
 * Registration is a module side effect, so package.json lists the catalogue modules under `sideEffects`, and each
 * catalogue module exports its own `fieldMessage` (this one, bound there): a bundle that uses `fieldMessage` from
 * `@wharf/domain/products` therefore keeps the product catalogue, while one that only uses a rule such as
 * `PRODUCT_POLICY` from the same entry carries no messages at all.
 *
 * Field codes are unique across catalogues (a unit test checks it), so lookup order does not matter; a code no
 * imported catalogue knows reads as the generic `invalid_format` sentence.
 */
import type { Locale } from '../locale.ts';
import { COMMON_CATALOGUE } from './catalogue.ts';
import type { MessageParams } from './params.ts';
import type { Catalogue } from './types.ts';

export type { Catalogue, MessageFormat } from './types.ts';

const catalogues: Catalogue[] = [COMMON_CATALOGUE];

/** Makes a feature's messages findable by code; registering the same catalogue twice is harmless. */
export function registerCatalogue<C extends Catalogue>(catalogue: C): C {
  if (!catalogues.includes(catalogue)) catalogues.push(catalogue);
  return catalogue;
}

/** The catalogues registered so far (what the imported features brought). */
export function registeredCatalogues(): readonly Catalogue[] {
  return catalogues;
}

function find<T>(pick: (catalogue: Catalogue) => Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  for (const catalogue of catalogues) {
    const table = pick(catalogue);
    if (table && Object.hasOwn(table, key)) return table[key];
  }
  return undefined;
}

/** Whether an imported feature has a message for this field code. */
export function hasFieldMessage(code: string): boolean {
  return find((catalogue) => catalogue.field.en, code) !== undefined;
}

/** The message for a field code in a locale; a code no imported feature knows reads as `invalid_format`. */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  const format = find((catalogue) => catalogue.field[locale] ?? catalogue.field.en, code) ?? find((catalogue) => catalogue.field[locale] ?? catalogue.field.en, 'invalid_format');
  return format ? format(params) : code;
}
