import type { CreateEnterpriseRequest, Locale, UpdateEnterpriseRequest } from '@wharf/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../audit.ts';
import { enterpriseMembers, enterprises } from '../../db/schema.ts';
import { refuseDuplicate } from '../../http/conflicts.ts';
import { fieldProblem } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import { nextAccountNumber } from './account-numbers.ts';
import { hasFees } from './ledger-state.ts';
import type { EnterpriseRow } from './membership.ts';

/** The differences between two flat records, as `{ field: { from, to } }` for the enterprise log. */
function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) out[key] = { from: before[key] ?? null, to: after[key] };
  }
  return out;
}

/** PRODUCT §1.4: a new enterprise with the next account number; the user who registers it is its admin. */
export async function registerEnterprise(services: Services, locale: Locale, userId: string, body: z.output<typeof CreateEnterpriseRequest>): Promise<EnterpriseRow> {
  const now = services.clock.now();
  return refuseDuplicate(
    () =>
      services.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(enterprises)
          .values({
            id: crypto.randomUUID(),
            accountNumber: await nextAccountNumber(tx),
            name: body.name,
            registrationNumber: body.registrationNumber,
            tradingCurrency: body.tradingCurrency,
            billingEmail: body.contact.email,
            contact: body.contact,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await tx.insert(enterpriseMembers).values({ enterpriseId: created!.id, userId, role: 'admin', createdAt: now, updatedAt: now });
        await audit(tx, services.clock, {
          actor: { kind: 'user', id: userId },
          entity: 'enterprise',
          entityId: created!.id,
          action: 'created',
          data: { name: body.name, accountNumber: created!.accountNumber, tradingCurrency: body.tradingCurrency },
        });
        return created!;
      }),
    () => fieldProblem(locale, { type: 'conflict', path: 'registrationNumber', code: 'registration_number_taken' }),
  );
}

/**
 * PRODUCT §1.9: an admin changes the contact, policies, allowed origins, or the currency until a fee exists; every
 * change is logged. `refuseStale` is the caller's If-Match check, run on the locked row.
 */
export async function changeEnterprise(
  services: Services,
  locale: Locale,
  change: { enterprise: EnterpriseRow; userId: string; refuseStale: (version: number) => void },
  body: z.output<typeof UpdateEnterpriseRequest>,
): Promise<EnterpriseRow> {
  const { enterprise, userId } = change;
  const updated = await services.db.transaction(async (tx) => {
    const [current] = await tx.select().from(enterprises).where(eq(enterprises.id, enterprise.id)).for('update');
    change.refuseStale(current!.version);
    if (body.tradingCurrency && body.tradingCurrency !== current!.tradingCurrency && (await hasFees(tx, enterprise.id))) {
      throw fieldProblem(locale, { type: 'conflict', path: 'tradingCurrency', code: 'currency_locked' });
    }
    const next = {
      contact: body.contact ? { ...(current!.contact ?? {}), ...body.contact } : current!.contact,
      tradingCurrency: body.tradingCurrency ?? current!.tradingCurrency,
      passwordResetCodesTo: body.passwordResetCodesTo ?? current!.passwordResetCodesTo,
      allowedOrigins: body.allowedOrigins ? [...new Set(body.allowedOrigins)] : current!.allowedOrigins,
    };
    const flat = (state: typeof next) => ({
      ...Object.fromEntries(Object.entries(state.contact ?? {}).map(([key, value]) => [`contact.${key}`, value])),
      tradingCurrency: state.tradingCurrency,
      passwordResetCodesTo: state.passwordResetCodesTo,
      allowedOrigins: state.allowedOrigins,
    });
    const changed = changes(flat(current!), flat(next));
    if (Object.keys(changed).length === 0) return current!;
    const [row] = await tx
      .update(enterprises)
      .set({ ...next, version: sql`${enterprises.version} + 1`, updatedAt: services.clock.now() })
      .where(eq(enterprises.id, enterprise.id))
      .returning();
    await audit(tx, services.clock, { actor: { kind: 'user', id: userId }, entity: 'enterprise', entityId: enterprise.id, action: 'updated', data: changed });
    return row!;
  });
  if (body.allowedOrigins) services.origins.forget();
  return updated;
}
