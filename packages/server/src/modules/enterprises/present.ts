import type { ApiKey, EmbedSession, Enterprise, JoinCodeSent, Member } from '@wharf/domain';
import type { Currency } from '@wharf/domain/common';
import { maskEmail, type MemberRole, type ResetCodeDestination } from '@wharf/domain/enterprises';
import type { apiKeys } from '../../db/schema.ts';
import type { EnterpriseRow } from './membership.ts';

/** An enterprise as the API shows it to one of its members. */
export function presentEnterprise(row: EnterpriseRow, view: { role?: MemberRole; currencyLocked: boolean }): Enterprise {
  return {
    id: row.id,
    accountNumber: row.accountNumber,
    name: row.name,
    registrationNumber: row.registrationNumber,
    tradingCurrency: row.tradingCurrency as Currency | null,
    currencyLocked: view.currencyLocked,
    billingEmail: row.billingEmail,
    contact: row.contact ?? null,
    securityPinSet: row.securityPinHash !== null,
    passwordResetCodesTo: row.passwordResetCodesTo as ResetCodeDestination,
    allowedOrigins: row.allowedOrigins,
    serviceProducts: row.serviceProducts,
    serviceExpiresAt: row.serviceExpiresAt?.toISOString() ?? null,
    ...(view.role ? { role: view.role } : {}),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentMember(row: {
  userId: string;
  email: string;
  name: string | null;
  role: string;
  externalUserId: string | null;
  createdAt: Date;
}): Member {
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    role: row.role as MemberRole,
    externalUserId: row.externalUserId,
    joinedAt: row.createdAt.toISOString(),
  };
}

/** An API key as admins see it: never its secret, only the prefix that tells keys apart. */
export function presentApiKey(row: typeof apiKeys.$inferSelect, createdBy: string | null): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    createdBy,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

/** The code sent to join: to the billing email, shown masked so the joiner knows whom to ask. */
export function presentJoinCodeSent(enterprise: Pick<EnterpriseRow, 'billingEmail' | 'securityPinHash'>, sent: { expiresAt: Date; resendAt: Date }): JoinCodeSent {
  return {
    billingEmailMasked: maskEmail(enterprise.billingEmail),
    securityPinRequired: enterprise.securityPinHash !== null,
    expiresAt: sent.expiresAt.toISOString(),
    resendAt: sent.resendAt.toISOString(),
  };
}

/** A session minted for the host's user. */
export function presentEmbedSession(minted: {
  session: { token: string; expiresAt: Date };
  enterpriseId: string;
  user: { id: string; email: string; name: string | null };
}): EmbedSession {
  return {
    token: minted.session.token,
    expiresAt: minted.session.expiresAt.toISOString(),
    enterpriseId: minted.enterpriseId,
    user: { id: minted.user.id, email: minted.user.email, name: minted.user.name },
  };
}
