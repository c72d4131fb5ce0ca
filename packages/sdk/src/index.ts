export { createWharfClient } from './client.ts';
export type { WharfClient } from './client.ts';
export type { WharfClientOptions, RequestOptions, TokenSource } from './core/http.ts';
export type { AuthResource } from './resources/auth.ts';
export type { DevResource } from './resources/dev.ts';
export type { EmbedResource } from './resources/embed.ts';
export type { EnterpriseRef, EnterprisesResource, Page } from './resources/enterprises.ts';
export {
  WharfError,
  ValidationError,
  UnauthorizedError,
  ForbiddenError,
  NotFoundError,
  ConflictError,
  LockedError,
  RateLimitedError,
  ConnectionError,
  isWharfError,
  isValidationError,
  isUnauthorizedError,
  isLockedError,
  isRateLimitedError,
  isConflictError,
  isForbiddenError,
  isNotFoundError,
  isConnectionError,
} from './errors/index.ts';
export type {
  AuthResult,
  CaptchaChallenge,
  EmailCodeSent,
  FieldError,
  Locale,
  Me,
  Membership,
  Problem,
  User,
  ApiKey,
  CreatedApiKey,
  EmbedSession,
  Enterprise,
  JoinCodeSent,
  JoinResult,
  Ledger,
  LedgerEntry,
  LogEntry,
  Member,
  MemberRole,
} from '@wharf/domain';
