// Enterprises (PRODUCT §1.4–1.5, §1.9–1.12): registration, joining, members and roles, the security PIN, API keys,
// embed sessions, allowed origins and the ledger.
export {
  AccountNumber,
  ApiKey,
  BASIC_FIELDS,
  ChangeRoleRequest,
  CheckSecurityPinRequest,
  Contact,
  CreateApiKeyRequest,
  CreateEnterpriseRequest,
  CreatedApiKey,
  Currency,
  EmbedSession,
  EmbedSessionRequest,
  Enterprise,
  JoinCodeSent,
  JoinRequest,
  JoinResult,
  JoinVerifyRequest,
  Ledger,
  LedgerEntry,
  LedgerEntryRequest,
  LogEntry,
  Member,
  MemberQuery,
  MemberRole,
  OperatorCreateEnterpriseRequest,
  OperatorUpdateEnterpriseRequest,
  Origin,
  Pagination,
  Phone,
  SecurityPin,
  SecurityPinEntry,
  SetSecurityPinRequest,
  UpdateEnterpriseRequest,
} from './schemas.ts';
export {
  ACCOUNT_NUMBER_PATTERN,
  ASSIGNABLE_ROLES,
  EMBED_SESSION_POLICY,
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
} from './rules.ts';
export type { AssignableRole, LedgerKind, ResetCodeDestination, SecurityPinProblem } from './rules.ts';
export { CURRENCIES, CURRENCY_CODES, checkAmount, exceedsMinorUnits, formatAmount, isCurrency } from '../common/money.ts';
export { ENTERPRISE_FIELD_CODES } from './messages/codes.ts';
export type { EnterpriseFieldCode, EnterpriseMessages } from './messages/codes.ts';
export { ENTERPRISE_CATALOGUE, enterpriseMessagesFor } from './messages/index.ts';
export { fieldMessage } from '../common/messages/registry.ts';
