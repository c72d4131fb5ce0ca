export { LOCALES, DEFAULT_LOCALE, isLocale, matchLocale, negotiateLocale } from './common/locale.ts';
export type { Locale } from './common/locale.ts';
export { Email, FieldError, Problem, Locale as LocaleSchema, Timestamp, fieldIssue, listOf } from './common/schemas.ts';
export { toFieldErrors } from './common/issues.ts';
// Every feature's wire schemas by name; the rules, policies and messages are in the feature entries.
export * from './auth/schemas.ts';
export * from './enterprises/schemas.ts';
export * from './tickets/schemas.ts';
export * from './products/schemas.ts';
export * from './reference/schemas.ts';
export * from './imports/schemas.ts';
export * from './addresses/schemas.ts';
export * from './orders/schemas.ts';
export * from './orders/reference-data.ts';
export * from './orders/inventory.ts';
