import { singleLineText } from '../common/text.ts';
import { z } from 'zod';
import {
  ASSIGNABLE_ROLES,
  ENTERPRISE_POLICY,
  LEDGER_KINDS,
  RESET_CODE_DESTINATIONS,
  checkSecurityPin,
  isAccountNumber,
  normalizeAccountNumber,
  normalizeOrigin,
} from './rules.ts';
import { EmailCode, MembershipRole } from '../auth/schemas.ts';
import { CURRENCY_CODES } from '../common/money.ts';
import { Email, fieldIssue, Id, Timestamp } from '../common/schemas.ts';

const text = singleLineText;
const optionalText = (max: number) => z.string().trim().max(max);

export const AccountNumber = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!isAccountNumber(value)) ctx.addIssue(fieldIssue('account_number_format'));
  })
  .transform(normalizeAccountNumber)
  .meta({ description: 'Customer account number (月结号); spaces, dashes and case are ignored', examples: ['WH00000042'] });

export const Currency = z.enum(CURRENCY_CODES).meta({ description: 'ISO 4217 trading currency' });
export type Currency = z.infer<typeof Currency>;

export const Phone = z
  .string()
  .trim()
  .min(1)
  .max(ENTERPRISE_POLICY.phoneMax)
  .superRefine((value, ctx) => {
    if (!/^\+?[\d\s()-]{5,32}$/.test(value) || !/\d{5}/.test(value.replace(/\D/g, ''))) ctx.addIssue(fieldIssue('phone_format'));
  })
  .meta({ examples: ['+852 2730 0273'] });

export const Contact = z.object({
  name: text(ENTERPRISE_POLICY.contactNameMax).meta({ description: 'Contact person' }),
  phone: Phone,
  email: Email,
  address: text(ENTERPRISE_POLICY.addressMax),
});
export type Contact = z.infer<typeof Contact>;

/** Registering a new enterprise (seed 002): the creator becomes its admin. */
export const CreateEnterpriseRequest = z.object({
  name: text(ENTERPRISE_POLICY.nameMax),
  registrationNumber: text(ENTERPRISE_POLICY.registrationNumberMax).meta({ description: 'Business registration or unified social credit number' }),
  tradingCurrency: Currency,
  contact: Contact,
});
export type CreateEnterpriseRequest = z.input<typeof CreateEnterpriseRequest>;

export const SecurityPin = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = checkSecurityPin(value);
    if (problem) ctx.addIssue(fieldIssue(problem));
  })
  .meta({ description: 'Six digits; not one digit repeated, not a run such as 123456' });

/** A PIN as typed when it is checked (only its shape; strength was checked when it was set). */
export const SecurityPinEntry = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!/^\d{6}$/.test(value)) ctx.addIssue(fieldIssue('pin_format'));
  });

export const Origin = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!normalizeOrigin(value)) ctx.addIssue(fieldIssue('origin_format'));
  })
  .transform((value) => normalizeOrigin(value)!)
  .meta({ examples: ['https://erp.example.com'] });

/** The fields fixed at registration (seed 002: "basic information cannot be changed"). */
export const BASIC_FIELDS = ['name', 'registrationNumber', 'accountNumber', 'billingEmail'] as const;

const readOnly = z.unknown().superRefine((_, ctx) => ctx.addIssue(fieldIssue('read_only')));

/** What an admin may change: contact information, the currency until a fee exists, and policies. */
export const UpdateEnterpriseRequest = z.object({
  ...Object.fromEntries(BASIC_FIELDS.map((field) => [field, readOnly.optional()])),
  contact: Contact.partial().optional(),
  tradingCurrency: Currency.optional(),
  passwordResetCodesTo: z.enum(RESET_CODE_DESTINATIONS).optional().meta({
    description: 'Where members’ password-reset codes go: to the member, or to the billing email (seed 000, login Q4)',
  }),
  allowedOrigins: z.array(Origin).max(ENTERPRISE_POLICY.allowedOriginsMax).optional().meta({ description: 'Origins whose pages may call Wharf for this enterprise (CORS)' }),
});
export type UpdateEnterpriseRequest = z.input<typeof UpdateEnterpriseRequest>;

export const MemberRole = MembershipRole;
export type MemberRole = z.infer<typeof MemberRole>;

export const Enterprise = z
  .object({
    id: Id,
    accountNumber: z.string(),
    name: z.string(),
    registrationNumber: z.string().nullable(),
    tradingCurrency: Currency.nullable(),
    currencyLocked: z.boolean().meta({ description: 'True once a fee exists: the trading currency can no longer change' }),
    billingEmail: z.string(),
    contact: Contact.partial().nullable(),
    securityPinSet: z.boolean(),
    passwordResetCodesTo: z.enum(RESET_CODE_DESTINATIONS),
    allowedOrigins: z.array(z.string()),
    serviceProducts: z.array(z.string()),
    serviceExpiresAt: Timestamp.nullable(),
    role: MemberRole.optional().meta({ description: 'The caller’s role in it' }),
    approvers: z.array(z.string()).optional().meta({ description: 'Only for a pending caller: the admins who can approve, masked' }),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Enterprise' });
export type Enterprise = z.infer<typeof Enterprise>;

export const JoinRequest = z.object({ accountNumber: AccountNumber });
export type JoinRequest = z.input<typeof JoinRequest>;

export const JoinCodeSent = z.object({
  billingEmailMasked: z.string().meta({ examples: ['fi***@acme.com'] }),
  securityPinRequired: z.boolean(),
  expiresAt: Timestamp,
  resendAt: Timestamp,
});
export type JoinCodeSent = z.infer<typeof JoinCodeSent>;

export const JoinVerifyRequest = z.object({ accountNumber: AccountNumber, code: EmailCode, securityPin: SecurityPinEntry.optional() });
export type JoinVerifyRequest = z.input<typeof JoinVerifyRequest>;

export const JoinResult = z.object({
  enterpriseId: Id,
  role: MemberRole,
  enterpriseName: z.string(),
  approvers: z.array(z.string()).meta({
    description: 'For a pending joiner: the admins who can approve, masked (seed 000 Q5: “how do I know who the admin is?”)',
    examples: [['li***@acme.com']],
  }),
});
export type JoinResult = z.infer<typeof JoinResult>;

export const Member = z
  .object({
    userId: Id,
    email: z.string(),
    name: z.string().nullable(),
    role: MemberRole,
    externalUserId: z.string().nullable().meta({ description: 'The host’s id for this user, when an embed session linked it' }),
    joinedAt: Timestamp.meta({ description: 'When the membership (or the request to join) began' }),
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof Member>;

export const MemberQuery = z.object({ status: MemberRole.optional() });
export const ChangeRoleRequest = z.object({ role: z.enum(ASSIGNABLE_ROLES) });
export type ChangeRoleRequest = z.input<typeof ChangeRoleRequest>;

export const SetSecurityPinRequest = z.object({ pin: SecurityPin });
export type SetSecurityPinRequest = z.input<typeof SetSecurityPinRequest>;
export const CheckSecurityPinRequest = z.object({ pin: SecurityPinEntry });
export type CheckSecurityPinRequest = z.input<typeof CheckSecurityPinRequest>;

export const CreateApiKeyRequest = z.object({ name: text(ENTERPRISE_POLICY.apiKeyNameMax) });
export type CreateApiKeyRequest = z.input<typeof CreateApiKeyRequest>;

export const ApiKey = z
  .object({
    id: Id,
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the secret, to tell keys apart' }),
    createdAt: Timestamp,
    createdBy: z.string().nullable(),
    lastUsedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof ApiKey>;

export const CreatedApiKey = ApiKey.extend({ secret: z.string().meta({ description: 'Shown once; only its hash is kept' }) });
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;

export const EmbedSessionRequest = z.object({
  externalUserId: text(200).meta({ description: 'The host’s own id for its user' }),
  email: Email,
  name: text(100),
});
export type EmbedSessionRequest = z.input<typeof EmbedSessionRequest>;

export const EmbedSession = z.object({
  token: z.string(),
  expiresAt: Timestamp,
  enterpriseId: Id,
  user: z.object({ id: Id, email: z.string(), name: z.string().nullable() }),
});
export type EmbedSession = z.infer<typeof EmbedSession>;

export const LedgerEntryRequest = z.object({
  kind: z.enum(LEDGER_KINDS),
  amount: z.string().trim().meta({ description: 'Positive decimal amount in the trading currency', examples: ['1250.00'] }),
  note: optionalText(ENTERPRISE_POLICY.ledgerNoteMax).default(''),
});
export type LedgerEntryRequest = z.input<typeof LedgerEntryRequest>;

export const LedgerEntry = z
  .object({ id: Id, kind: z.enum(LEDGER_KINDS), amount: z.string(), currency: Currency, note: z.string(), at: Timestamp })
  .meta({ id: 'LedgerEntry' });
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const Ledger = z.object({
  balance: z.string(),
  currency: Currency.nullable(),
  data: z.array(LedgerEntry),
  nextCursor: z.string().nullable(),
});
export type Ledger = z.infer<typeof Ledger>;

export const LogEntry = z
  .object({
    id: Id,
    action: z.string(),
    actor: z.object({ kind: z.string(), id: z.string().nullable(), email: z.string().nullable() }),
    data: z.record(z.string(), z.unknown()).nullable(),
    at: Timestamp,
  })
  .meta({ id: 'LogEntry' });
export type LogEntry = z.infer<typeof LogEntry>;

/** Operators open an existing customer account with no members yet (API.md, Operators). */
export const OperatorCreateEnterpriseRequest = z.object({
  name: text(ENTERPRISE_POLICY.nameMax),
  billingEmail: Email,
  accountNumber: AccountNumber.optional(),
  tradingCurrency: Currency.optional(),
});
export type OperatorCreateEnterpriseRequest = z.input<typeof OperatorCreateEnterpriseRequest>;

export const OperatorUpdateEnterpriseRequest = z.object({
  serviceProducts: z.array(text(100)).max(50).optional(),
  serviceExpiresAt: Timestamp.nullable().optional(),
  billingEmail: Email.optional(),
});
export type OperatorUpdateEnterpriseRequest = z.input<typeof OperatorUpdateEnterpriseRequest>;

export const Pagination = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
