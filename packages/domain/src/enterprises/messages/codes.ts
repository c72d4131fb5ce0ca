import type { MessageParams } from '../../common/messages/params.ts';

/** Refusals about enterprises (PRODUCT §1.4–1.5, §1.9–1.12); their messages live in enterprises/messages/. */
export const ENTERPRISE_FIELD_CODES = [
  'account_number_format',
  'phone_format',
  'account_number_unknown',
  'already_member',
  'join_pending',
  'registration_number_taken',
  'read_only',
  'currency_locked',
  'currency_not_set',
  'pin_format',
  'pin_too_simple',
  'pin_required',
  'pin_wrong',
  'pin_blocked',
  'amount_format',
  'amount_not_positive',
  'amount_precision',
  'origin_format',
  'last_admin',
  'not_pending',
  'email_in_other_account',
  'version_stale',
] as const;
export type EnterpriseFieldCode = (typeof ENTERPRISE_FIELD_CODES)[number];
/** Messages about enterprises, kept apart so that account forms do not carry them. */
export interface EnterpriseMessages {
  field: Record<EnterpriseFieldCode, (p: MessageParams) => string>;
  detail: {
    pendingApproval: (p: MessageParams) => string;
    adminOnly: string;
    noEnterprise: string;
    chooseEnterprise: string;
    originNotAllowed: (p: MessageParams) => string;
    apiKeyInvalid: string;
    apiKeyFromBrowser: string;
    embedSessionLimited: string;
    operatorOnly: string;
  };
  mail: {
    joinRequestSubject: (p: { enterprise: string }) => string;
    joinRequestBody: (p: { email: string; enterprise: string }) => string;
  };
}

