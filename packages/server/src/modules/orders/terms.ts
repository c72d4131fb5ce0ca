import type { Locale } from '@wharf/domain';
import type { WaybillTerms } from '@wharf/domain/orders';
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { waybillTerms, waybillTermsAcceptances } from '../../db/schema.ts';

// The electronic waybill terms (seed 000 usage Q5): accepted once per user and version, never asked again for it.

export async function currentTerms(db: Executor) {
  const [row] = await db.select().from(waybillTerms).orderBy(desc(waybillTerms.version)).limit(1);
  return row!;
}

/** When the user accepted this version; undefined when not yet. */
export async function acceptedAt(db: Executor, userId: string, version: number): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: waybillTermsAcceptances.acceptedAt })
    .from(waybillTermsAcceptances)
    .where(and(eq(waybillTermsAcceptances.userId, userId), eq(waybillTermsAcceptances.version, version)))
    .limit(1);
  return row?.at;
}

/** Whether the user accepted the current version. */
export async function hasAcceptedCurrentTerms(db: Executor, userId: string): Promise<{ accepted: boolean; version: number }> {
  const terms = await currentTerms(db);
  return { accepted: !!(await acceptedAt(db, userId, terms.version)), version: terms.version };
}

/** The current terms in the caller's language, with when they accepted them. */
export async function termsFor(db: Executor, userId: string, locale: Locale): Promise<WaybillTerms> {
  const terms = await currentTerms(db);
  const at = await acceptedAt(db, userId, terms.version);
  return { version: terms.version, text: terms.texts[locale] ?? terms.texts.en, acceptedAt: at?.toISOString() ?? null };
}

/** Records the acceptance once (accepting again changes nothing). */
export async function acceptTerms(db: Executor, userId: string, version: number, now: Date): Promise<void> {
  await db.insert(waybillTermsAcceptances).values({ userId, version, acceptedAt: now }).onConflictDoNothing();
}

export async function publishTerms(db: Executor, texts: { en: string; 'zh-CN': string; 'zh-HK': string }, now: Date) {
  const current = await currentTerms(db);
  const [row] = await db.insert(waybillTerms).values({ version: current.version + 1, texts, publishedAt: now }).returning();
  return row!;
}
