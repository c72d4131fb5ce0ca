export { normalizeEmail, isEmail, looksLikeAccountNumber } from './email.ts';
export { PASSWORD_POLICY, CHARACTER_CLASSES, checkPassword } from './password.ts';
export type { CharacterClass, PasswordCheck, PasswordProblem } from './password.ts';
export { CODE_POLICY, CODE_PURPOSES, LOGIN_POLICY, SESSION_POLICY, isCodeShaped, remainingAttempts } from './auth-policy.ts';
export type { CodePurpose, MailedCodePurpose } from './auth-policy.ts';
export { proofInput, leadingZeroBits, meetsDifficulty, solveProofOfWork } from './proof-of-work.ts';
export type { Digest, SolveOptions } from './proof-of-work.ts';
export { OPERATOR_ROLES, isOperatorRole } from './roles.ts';
export type { OperatorRole } from './roles.ts';
export {
  ACCOUNT_NUMBER_PATTERN,
  ASSIGNABLE_ROLES,
  CURRENCIES,
  CURRENCY_CODES,
  EMBED_SESSION_POLICY,
  LEDGER_KINDS,
  MEMBER_ROLES,
  RESET_CODE_DESTINATIONS,
  SECURITY_PIN_POLICY,
  checkAmount,
  checkSecurityPin,
  formatAmount,
  formatAccountNumber,
  isAccountNumber,
  isActiveRole,
  isCurrency,
  maskEmail,
  normalizeAccountNumber,
  normalizeOrigin,
} from './enterprise.ts';
export type { AssignableRole, Currency, LedgerKind, MemberRole, ResetCodeDestination, SecurityPinProblem } from './enterprise.ts';
export {
  ATTACHMENT_POLICY,
  ATTACHMENT_TYPES,
  OPEN_TICKET_STATUSES,
  RECORD_RESULTS,
  TICKET_CATEGORIES,
  TICKET_POLICY,
  TICKET_RECORD_KINDS,
  TICKET_STATUSES,
  canAccept,
  canAddRecord,
  canReopen,
  canReply,
  checkAttachment,
  extensionOf,
  formatTicketNumber,
  isOpenTicket,
  isPreviewable,
  isTicketNumber,
  reopenDeadline,
  statusAfterRecord,
} from './tickets.ts';
export type { AttachmentCheck, AttachmentProblem, RecordResult, TicketCategory, TicketRecordKind, TicketStatus } from './tickets.ts';
export { WEBHOOK_POLICY, isWebhookUrl } from './webhooks.ts';
export {
  PRODUCT_POLICY,
  PRODUCT_STATUSES,
  PRODUCT_TYPES,
  canSubmitForFiling,
  checkPrices,
  isEditable,
  isGtin,
  isHsCode,
  isSku,
  lockedReason,
  readPrice,
  toCents,
} from './products.ts';
export type { ProductStatus, ProductType } from './products.ts';
export {
  BRAND_TYPE_CHOICES,
  DECLARATION_POLICY,
  ElementListError,
  PREFERENTIAL_STATUS_CHOICES,
  checkDeclarationElements,
  declaredSpecification,
  describeElement,
  elementsFromNames,
  formatElementList,
  parseElementList,
} from './declaration-elements.ts';
export type { DeclarationElement, DeclarationProblem, DeclarationProblemCode, ElementChoice } from './declaration-elements.ts';
export { IMPORT_KINDS, IMPORT_POLICY, IMPORT_STATUSES, isOpenImport } from './imports.ts';
export type { ImportKind, ImportStatus } from './imports.ts';
