/**
 * Every reason Wharf can give for refusing something. The server answers with these codes (in
 * `errors[].code` of a problem document) and a message in the caller's language; elements use the same
 * codes to guide the user before the server has to refuse.
 */
export const ACCOUNT_FIELD_CODES = [
  'required',
  'invalid_type',
  'invalid_choice',
  'too_short',
  'too_long',
  'number_too_small',
  'number_too_large',
  'invalid_format',
  'invalid_email',
  'account_number_not_email',
  'email_taken',
  'email_not_registered',
  'password_too_short',
  'password_too_long',
  'password_too_few_classes',
  'password_unchanged',
  'current_password_wrong',
  'credentials_wrong',
  'code_format',
  'code_wrong',
  'code_expired',
  'code_attempts_exceeded',
  'captcha_required',
  'captcha_invalid',
] as const;
export type AccountFieldCode = (typeof ACCOUNT_FIELD_CODES)[number];

/** Refusals about enterprises (PRODUCT §1.4–1.5, §1.9–1.12); their messages live in messages/enterprise/. */
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

/** Refusals about tickets, attachments and webhooks (PRODUCT §2); their messages live in messages/tickets/. */
export const TICKET_FIELD_CODES = [
  'duplicate',
  'product_not_subscribed',
  'ticket_not_open',
  'ticket_already_accepted',
  'ticket_not_accepted',
  'ticket_not_completed',
  'reopen_window_passed',
  'expected_by_past',
  'attachment_type',
  'attachment_mismatch',
  'attachment_empty',
  'attachment_too_large',
  'attachment_unknown',
  'webhook_url',
  'too_many_webhooks',
] as const;
export type TicketFieldCode = (typeof TICKET_FIELD_CODES)[number];

/** Refusals about products and their filing (PRODUCT §3); their messages live in messages/products/. */
export const PRODUCT_FIELD_CODES = [
  'sku_format',
  'sku_taken',
  'price_format',
  'price_decimals',
  'sale_below_purchase',
  'net_above_gross',
  'gtin',
  'hs_code_format',
  'hs_code_unknown',
  'hs_code_required',
  'category_unknown',
  'unit_unknown',
  'country_unknown',
  'component_unknown',
  'component_not_normal',
  'combo_too_few',
  'product_filing',
  'product_filed',
  'product_deleted',
  'product_in_combo',
  'not_for_combo',
  'combo_not_filed',
  'product_not_filing',
] as const;
export type ProductFieldCode = (typeof PRODUCT_FIELD_CODES)[number];

/**
 * Refusals about reference data (PRODUCT §3.5): a product's declaration elements, and HS-code catalogue files being
 * imported; their messages live in messages/reference/.
 */
export const REFERENCE_FIELD_CODES = [
  'declaration_element_required',
  'declaration_element_choice',
  'declaration_element_separator',
  'declaration_element_too_long',
  'declaration_element_unknown',
  'declared_specification_too_long',
  'declaration_element_list',
  'csv_header',
  'csv_columns',
  'csv_quote',
] as const;
export type ReferenceFieldCode = (typeof REFERENCE_FIELD_CODES)[number];

/** Refusals about batch uploads (PRODUCT §3.6–3.7): the file, its header, its rows; messages in messages/imports/. */
export const IMPORT_FIELD_CODES = [
  'number_format',
  'duplicate_in_file',
  'header_missing',
  'header_repeated',
  'file_not_xlsx',
  'file_xls',
  'file_damaged',
  'file_unsafe',
  'file_too_large',
  'file_no_sheet',
  'too_many_rows',
  'no_rows',
  'sku_unknown',
  'import_invalid',
  'import_checking',
  'import_closed',
  'import_interrupted',
  'hs_code_for_sheet',
  'hs_code_mismatch',
] as const;
export type ImportFieldCode = (typeof IMPORT_FIELD_CODES)[number];

export const FIELD_CODES = [
  ...ACCOUNT_FIELD_CODES,
  ...ENTERPRISE_FIELD_CODES,
  ...TICKET_FIELD_CODES,
  ...PRODUCT_FIELD_CODES,
  ...REFERENCE_FIELD_CODES,
  ...IMPORT_FIELD_CODES,
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

/** The kinds of problem document, each with a stable `type` and HTTP status. */
export const PROBLEM_TYPES = {
  'malformed-request': 400,
  unauthorized: 401,
  'credentials-rejected': 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  validation: 422,
  'account-locked': 423,
  'rate-limited': 429,
  internal: 500,
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

export function problemTypeUri(type: ProblemType): string {
  return `urn:wharf:problem:${type}`;
}

/** Values a message may interpolate. */
export interface MessageParams {
  /** A lower bound: a count, or an amount written as a decimal string (`45.50`). */
  min?: number | string;
  max?: number;
  options?: readonly string[];
  remaining?: number;
  until?: string;
  seconds?: number;
  field?: string;
  name?: string;
  email?: string;
  status?: string;
  /** How many there are, e.g. characters in a too-long text or values on a line. */
  count?: number;
  /** A sheet row, e.g. the other row a duplicate is on. */
  row?: number;
}

export interface Messages {
  field: Record<AccountFieldCode, (p: MessageParams) => string>;
  problem: Record<ProblemType, { title: string; detail: (p: MessageParams) => string }>;
  /** Details of specific refusals that are not about one field. */
  detail: {
    emailTaken: string;
    codeResendTooSoon: (p: MessageParams) => string;
    loginRemaining: (p: MessageParams) => string;
    accountLocked: (p: MessageParams) => string;
    captchaRequired: string;
    fieldsInvalid: (p: MessageParams) => string;
    notSignedIn: string;
  };
  mail: {
    codeSubject: (purpose: string) => string;
    codeBody: (p: { code: string; purpose: string; minutes: number }) => string;
    purpose: Record<string, string>;
  };
}

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

/** Everything a ticket mail says about the ticket. */
export interface TicketMailParams {
  number: string;
  title: string;
  enterprise: string;
  note?: string;
  category?: string;
  result?: string;
  expectedBy?: string;
  /** Where the recipient opens the ticket, when the server knows its public address. */
  link?: string;
}

/** Messages about tickets, kept apart so that other elements do not carry them. */
export interface TicketMessages {
  field: Record<TicketFieldCode, (p: MessageParams) => string>;
  labels: {
    statuses: Record<'submitted' | 'accepted' | 'processing' | 'completed', string>;
    categories: Record<'how-to' | 'data' | 'configuration' | 'error' | 'feature' | 'other', string>;
    results: Record<'resolved' | 'partial' | 'needs-info', string>;
  };
  mail: {
    createdSubject: (p: TicketMailParams) => string;
    createdBody: (p: TicketMailParams & { contact: string; description: string }) => string;
    acceptedSubject: (p: TicketMailParams) => string;
    acceptedBody: (p: TicketMailParams) => string;
    recordSubject: (p: TicketMailParams) => string;
    recordBody: (p: TicketMailParams) => string;
    completedSubject: (p: TicketMailParams) => string;
    completedBody: (p: TicketMailParams & { days: number }) => string;
    repliedSubject: (p: TicketMailParams) => string;
    repliedBody: (p: TicketMailParams) => string;
  };
}

/** Messages about products, kept apart so that other elements do not carry them. */
export interface ProductMessages {
  field: Record<ProductFieldCode, (p: MessageParams) => string>;
  labels: {
    statuses: Record<'draft' | 'filing' | 'filed' | 'rejected' | 'deleted', string>;
    types: Record<'normal' | 'combo', string>;
  };
}

/** Messages about reference data and declaration elements, kept apart so that account forms do not carry them. */
export interface ReferenceMessages {
  field: Record<ReferenceFieldCode, (p: MessageParams) => string>;
  labels: {
    /** 品牌类型 answers, for people who do not read the catalogue's Chinese. */
    brandTypes: Record<'0' | '1' | '2' | '3' | '4', string>;
    /** 出口享惠情况 answers. */
    preferentialStatus: Record<'0' | '1' | '2', string>;
  };
}

/** Messages about batch uploads, kept apart so that other elements do not carry them. */
export interface ImportMessages {
  field: Record<ImportFieldCode, (p: MessageParams) => string>;
}
