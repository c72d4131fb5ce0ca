import type {
  ApiKey,
  ChangeRoleRequest,
  CreateApiKeyRequest,
  CreatedApiKey,
  CreateEnterpriseRequest,
  Enterprise,
  JoinCodeSent,
  JoinRequest,
  JoinResult,
  JoinVerifyRequest,
  Ledger,
  LogEntry,
  Member,
  MemberRole,
  UpdateEnterpriseRequest,
} from '@wharf/domain';
import type { LedgerQuery } from '@wharf/domain/enterprises';
import { ifMatch, type RequestOptions, type Transport, type VersionedOptions } from '../core/http.ts';
import type { Page } from '../core/page.ts';
import { searchParams } from '../core/search-params.ts';

/** `current` is the enterprise the call acts in: the caller's only one, or the one the `enterprise` option names. */
export type EnterpriseRef = string | 'current';

/**
 * Enterprises (API.md, Enterprises): create or join one, its profile and log, members and approvals, the
 * security PIN, API keys and the ledger. Every method takes the enterprise id, or `'current'`.
 */
export function enterprisesResource(send: Transport) {
  const at = (id: EnterpriseRef, rest = '') => `v1/enterprises/${encodeURIComponent(id)}${rest}`;
  return {
    /** Registers a new enterprise; the caller becomes its admin. */
    create: (body: CreateEnterpriseRequest, options: RequestOptions = {}) =>
      send<Enterprise>('post', 'v1/enterprises', { json: body, ...options }),
    get: (id: EnterpriseRef = 'current', options: RequestOptions = {}) => send<Enterprise>('get', at(id), options),
    /** Contact information, policies, allowed origins, or the currency until a fee exists (admins). */
    update: (id: EnterpriseRef, body: UpdateEnterpriseRequest, options: VersionedOptions = {}) => send<Enterprise>('patch', at(id), { json: body, ...ifMatch(options) }),
    log: (id: EnterpriseRef = 'current', query: { limit?: number; cursor?: string } = {}, options: RequestOptions = {}) =>
      send<Page<LogEntry>>('get', at(id, '/log'), { ...options, searchParams: searchParams(query) }),

    /** Step 1 of joining an existing customer account: a code goes to its billing email (answered masked). */
    requestJoin: (body: JoinRequest, options: RequestOptions = {}) =>
      send<JoinCodeSent>('post', 'v1/enterprises/join', { json: body, ...options }),
    /** Step 2: the code, and the security PIN when the enterprise has one. First joiner → admin, later → pending. */
    verifyJoin: (body: JoinVerifyRequest, options: RequestOptions = {}) =>
      send<JoinResult>('post', 'v1/enterprises/join/verify', { json: body, ...options }),

    members: (id: EnterpriseRef = 'current', query: { status?: MemberRole } = {}, options: RequestOptions = {}) =>
      send<Page<Member>>('get', at(id, '/members'), { ...options, searchParams: searchParams(query) }),
    approveMember: (id: EnterpriseRef, userId: string, options: RequestOptions = {}) =>
      send<Member>('post', at(id, `/members/${encodeURIComponent(userId)}/approve`), options),
    rejectMember: (id: EnterpriseRef, userId: string, options: RequestOptions = {}) =>
      send<void>('post', at(id, `/members/${encodeURIComponent(userId)}/reject`), options),
    changeRole: (id: EnterpriseRef, userId: string, body: ChangeRoleRequest, options: RequestOptions = {}) =>
      send<Member>('patch', at(id, `/members/${encodeURIComponent(userId)}`), { json: body, ...options }),
    /** Removes a member (admins), or leaves the enterprise when `userId` is the caller's own. */
    removeMember: (id: EnterpriseRef, userId: string, options: RequestOptions = {}) =>
      send<void>('delete', at(id, `/members/${encodeURIComponent(userId)}`), options),

    /** Sets or changes the 6-digit security PIN (admins). */
    setSecurityPin: (id: EnterpriseRef, pin: string, options: RequestOptions = {}) =>
      send<void>('put', at(id, '/security-pin'), { json: { pin }, ...options }),
    /** Switches the security PIN off (admins). */
    removeSecurityPin: (id: EnterpriseRef, options: RequestOptions = {}) => send<void>('delete', at(id, '/security-pin'), options),
    /** Checks a PIN before a step that needs it (wrong ones count towards the block). */
    checkSecurityPin: (id: EnterpriseRef, pin: string, options: RequestOptions = {}) =>
      send<void>('post', at(id, '/security-pin/check'), { json: { pin }, ...options }),

    apiKeys: (id: EnterpriseRef = 'current', options: RequestOptions = {}) => send<Page<ApiKey>>('get', at(id, '/api-keys'), options),
    /** Creates an API key; `secret` is in this answer only. */
    createApiKey: (id: EnterpriseRef, body: CreateApiKeyRequest, options: RequestOptions = {}) =>
      send<CreatedApiKey>('post', at(id, '/api-keys'), { json: body, ...options }),
    revokeApiKey: (id: EnterpriseRef, keyId: string, options: RequestOptions = {}) =>
      send<void>('delete', at(id, `/api-keys/${encodeURIComponent(keyId)}`), options),

    /** Balance and entries, newest first; `from`/`to` keep a period (days UTC+8, `to` inclusive, or instants). */
    ledger: (id: EnterpriseRef = 'current', query: LedgerQuery = {}, options: RequestOptions = {}) =>
      send<Ledger>('get', at(id, '/ledger'), { ...options, searchParams: searchParams(query) }),
    /**
     * The monthly statement (月结账单) of `month` (`YYYY-MM`, UTC+8) as .xlsx: opening balance, each entry with the
     * order a fee was for, top-ups, closing balance, in the trading currency, headed in the client's language.
     */
    statement: (id: EnterpriseRef, month: string, options: RequestOptions = {}) =>
      send<Blob>('get', at(id, `/statements/${encodeURIComponent(month)}.xlsx`), { ...options, as: 'blob' }),
  };
}
export type EnterprisesResource = ReturnType<typeof enterprisesResource>;
