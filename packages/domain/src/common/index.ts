// What every feature shares: locales, emails, money, problem documents, field issues and the message registry.
export { LOCALES, DEFAULT_LOCALE, isLocale, matchLocale, negotiateLocale } from './locale.ts';
export type { Locale } from './locale.ts';
export { Email, FieldError, Id, Problem, Locale as LocaleSchema, Timestamp, fieldIssue, listOf } from './schemas.ts';
export { normalizeEmail, isEmail, looksLikeAccountNumber } from './email.ts';
export { classify, toFieldErrors } from './issues.ts';
export { issueAt } from './field-issue.ts';
export type { FieldIssue } from './field-issue.ts';
export { CURRENCIES, CURRENCY_CODES, checkAmount, exceedsMinorUnits, formatAmount, inCurrency, isCurrency } from './money.ts';
export type { Currency } from './money.ts';
export { PROBLEM_TYPES, problemTypeUri } from './problems.ts';
export type { ProblemType } from './problems.ts';
export { fieldMessage, hasFieldMessage, registerCatalogue, registeredCatalogues } from './messages/registry.ts';
export type { Catalogue, MessageFormat } from './messages/registry.ts';
export type { MessageParams } from './messages/params.ts';
export { COMMON_FIELD_CODES } from './messages/codes.ts';
export type { CommonFieldCode, CommonMessages } from './messages/codes.ts';
export { commonMessagesFor } from './messages/catalogue.ts';
