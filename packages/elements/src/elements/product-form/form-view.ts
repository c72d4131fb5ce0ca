import type { Locale, ProductOptions } from '@wharf/domain';
import type { ProductDraft } from './draft.ts';
import type { ProductFormText } from './i18n/en.ts';

/** What the form's sections are drawn from. */
export interface FormView {
  text: ProductFormText;
  /** The language the form speaks. */
  locale: Locale;
  /** The element's own `locale` override, handed to the HS code picker. */
  ownLocale?: Locale | undefined;
  draft: ProductDraft;
  options: ProductOptions;
  /** The trading currency, shown after prices. */
  currency?: string | undefined;
  /** The error shown at a field path, if any. */
  error: (path: string) => string | undefined;
  /** Whether the product cannot be saved without the field (the domain's required fields for its type). */
  required: (field: string) => boolean;
}

/** A code list as a drop-down's options: by name, or with the code before it. */
export function choices(list: readonly { code: string; name: string }[], withCode = false) {
  return list.map((option) => ({ value: option.code, label: withCode ? `${option.code} ${option.name}` : option.name }));
}
