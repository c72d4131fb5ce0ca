// Shim: the rules by their old entry point (`@wharf/domain/rules`). Each feature entry (`@wharf/domain/<feature>`) exports its own.
export { normalizeEmail, isEmail, looksLikeAccountNumber } from '../common/email.ts';
export { PASSWORD_POLICY, CHARACTER_CLASSES, checkPassword } from '../auth/password.ts';
export type { CharacterClass, PasswordCheck, PasswordProblem } from '../auth/password.ts';
export { CODE_POLICY, CODE_PURPOSES, LOGIN_POLICY, SESSION_POLICY, isCodeShaped, remainingAttempts } from '../auth/policy.ts';
export type { CodePurpose, MailedCodePurpose } from '../auth/policy.ts';
export { proofInput, leadingZeroBits, meetsDifficulty, solveProofOfWork } from '../auth/proof-of-work.ts';
export type { Digest, SolveOptions } from '../auth/proof-of-work.ts';
export { OPERATOR_ROLES, isOperatorRole } from '../auth/operator-roles.ts';
export type { OperatorRole } from '../auth/operator-roles.ts';
export {
  ACCOUNT_NUMBER_PATTERN,
  ASSIGNABLE_ROLES,
  EMBED_SESSION_POLICY,
  ENTERPRISE_POLICY,
  LEDGER_KINDS,
  MEMBER_ROLES,
  RESET_CODE_DESTINATIONS,
  SECURITY_PIN_POLICY,
  checkSecurityPin,
  formatAccountNumber,
  isAccountNumber,
  isActiveRole,
  maskEmail,
  normalizeAccountNumber,
  normalizeOrigin,
} from '../enterprises/rules.ts';
export { CURRENCIES, CURRENCY_CODES, checkAmount, exceedsMinorUnits, formatAmount, isCurrency } from '../common/money.ts';
export type { Currency } from '../common/money.ts';
export type { AssignableRole, LedgerKind, MemberRole, ResetCodeDestination, SecurityPinProblem } from '../enterprises/rules.ts';
export {
  ATTACHMENT_POLICY,
  ATTACHMENT_TYPES,
  AUTHOR_KINDS,
  CUSTOMER_TICKET_FILTERS,
  OPEN_TICKET_STATUSES,
  OPERATOR_TICKET_FILTERS,
  RECORD_RESULTS,
  TICKET_CATEGORIES,
  TICKET_POLICY,
  TICKET_RECORD_KINDS,
  TICKET_STATUSES,
  WEBHOOK_DELIVERY_STATUSES,
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
} from '../tickets/rules.ts';
export type { AttachmentCheck, AttachmentProblem, AuthorKind, OperatorTicketFilter, RecordResult, TicketCategory, TicketRecordKind, TicketStatus } from '../tickets/rules.ts';
export { WEBHOOK_POLICY, isWebhookUrl } from '../tickets/webhooks.ts';
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
  netWithinGross,
  PRODUCT_REQUIRED_FIELDS,
  readPrice,
  readQuantity,
  readWeight,
  skuKey,
  toCents,
} from '../products/rules.ts';
export { checkComponentList, checkComponents, checkPricePrecision, checkProductDraft } from '../products/check.ts';
export type { ProductDraft, ProductDraftContext } from '../products/check.ts';
export type { ProductStatus, ProductType } from '../products/rules.ts';
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
} from '../reference/declaration-elements.ts';
export type { DeclarationElement, DeclarationProblem, DeclarationProblemCode, ElementChoice } from '../reference/declaration-elements.ts';
export { IMPORT_KINDS, IMPORT_POLICY, IMPORT_STATUSES, isOpenImport } from '../imports/rules.ts';
export type { ImportKind, ImportStatus } from '../imports/rules.ts';
