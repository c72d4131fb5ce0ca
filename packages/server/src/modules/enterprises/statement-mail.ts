import { isLocale, type Locale } from '@wharf/domain/common';
import { monthOf, monthPeriod, previousMonth } from '@wharf/domain/enterprises';
import { and, asc, eq, lt, notExists, sql } from 'drizzle-orm';
import { enterpriseMembers, enterprises, ledgerEntries, statementMailings, users } from '../../db/schema.ts';
import type { Executor } from '../../db/database.ts';
import type { Services } from '../../services.ts';
import { statementSummary } from './statements.ts';
import { statementText } from './statement-text.ts';

// The monthly mailing (seed 000 月结账单): each month's statement figures go to the enterprise's billing email
// once, through the outbox. A row in statement_mailings, written in the transaction that queues the mail, makes it
// once per enterprise and month however often the check runs and however many servers run it.

type MailingServices = Pick<Services, 'db' | 'clock' | 'outbox' | 'config'>;

/** The enterprise's language for mail: its first administrator's. */
async function localeOf(db: Executor, enterpriseId: string): Promise<Locale> {
  const [admin] = await db
    .select({ locale: users.locale })
    .from(enterpriseMembers)
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.role, 'admin')))
    .orderBy(asc(enterpriseMembers.createdAt))
    .limit(1);
  return admin && isLocale(admin.locale) ? admin.locale : 'zh-CN';
}

/** Queues one enterprise's statement mail for `month` unless it went already; whether it was queued now. */
async function mailOne(services: MailingServices, enterpriseId: string, month: string): Promise<boolean> {
  const queued = await services.db.transaction(async (tx) => {
    const summary = await statementSummary(tx, enterpriseId, month);
    if (!summary) return false;
    const [claimed] = await tx
      .insert(statementMailings)
      .values({ enterpriseId, month, mailedTo: summary.enterprise.billingEmail, at: services.clock.now() })
      .onConflictDoNothing()
      .returning({ month: statementMailings.month });
    if (!claimed) return false;
    const text = statementText(await localeOf(tx, enterpriseId)).mail;
    const publicUrl = services.config.publicUrl?.replace(/\/$/, '');
    const figures = {
      enterprise: summary.enterprise.name,
      month,
      currency: summary.currency ?? '',
      opening: summary.opening,
      topUps: summary.topUps,
      fees: summary.fees,
      closing: summary.closing,
      ...(publicUrl ? { link: `${publicUrl}/` } : {}),
    };
    await services.outbox.enqueue(tx, 'mail', { to: summary.enterprise.billingEmail, subject: text.subject(figures), text: text.text(figures) });
    return true;
  });
  return queued;
}

/**
 * Mails `month`'s statement to every enterprise with ledger entries by the month's end that has not had it yet
 * (`wharf statements send --month`, and the monthly check). Returns how many mails were queued.
 */
export async function mailStatements(services: MailingServices, month: string): Promise<number> {
  const { before } = monthPeriod(month);
  const due = await services.db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(
      and(
        sql`EXISTS (SELECT 1 FROM ${ledgerEntries} WHERE ${ledgerEntries.enterpriseId} = ${enterprises.id} AND ${lt(ledgerEntries.at, before)})`,
        notExists(services.db.select({ one: sql`1` }).from(statementMailings).where(and(eq(statementMailings.enterpriseId, enterprises.id), eq(statementMailings.month, month)))),
      ),
    );
  let queued = 0;
  for (const { id } of due) if (await mailOne(services, id, month)) queued++;
  if (queued) services.outbox.kick();
  return queued;
}

/** The check the server runs every hour: from the 1st (UTC+8) on, last month's statements not yet mailed. */
export function mailDueStatements(services: MailingServices): Promise<number> {
  return mailStatements(services, previousMonth(monthOf(services.clock.now())));
}
