import { desc, eq } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/database.ts';
import { mailbox } from '../db/schema.ts';
import type { MailTransport } from './transport.ts';

/** Stores mail in the database, so a machine with no mail server still works end to end. */
export function createDevMailbox(db: Database, clock: Clock): MailTransport {
  return {
    kind: 'dev-mailbox',
    async send(message) {
      await db.insert(mailbox).values({
        toEmail: message.to,
        subject: message.subject,
        body: message.text,
        code: message.code ?? null,
        createdAt: clock.now(),
      });
    },
  };
}

export async function readMailbox(db: Database, to: string | undefined, limit = 50) {
  const rows = await db
    .select()
    .from(mailbox)
    .where(to ? eq(mailbox.toEmail, to) : undefined)
    .orderBy(desc(mailbox.id))
    .limit(limit);
  return rows.map((row) => ({
    to: row.toEmail,
    subject: row.subject,
    text: row.body,
    ...(row.code ? { code: row.code } : {}),
    createdAt: row.createdAt.toISOString(),
  }));
}
