import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Clock } from './clock.ts';
import type { Executor } from './db/database.ts';
import { auditLog, operators, users } from './db/schema.ts';
import { listCursor } from './http/cursor.ts';

export interface AuditEntry {
  actor: { kind: 'user' | 'operator' | 'system' | 'anonymous'; id?: string };
  entity: string;
  entityId: string;
  action: string;
  data?: Record<string, unknown>;
}

/** Every mutation leaves a line: who, when, what (PRODUCT §6). Call it inside the mutation's transaction. */
export async function audit(tx: Executor, clock: Clock, entry: AuditEntry): Promise<void> {
  await auditMany(tx, clock, [entry]);
}

/** Many lines at once (a batch upload's products), in the caller's transaction; inserted a thousand at a time. */
export async function auditMany(tx: Executor, clock: Clock, entries: readonly AuditEntry[]): Promise<void> {
  const at = clock.now();
  for (let start = 0; start < entries.length; start += 1000) {
    const chunk = entries.slice(start, start + 1000);
    await tx.insert(auditLog).values(
      chunk.map((entry) => ({
        actorKind: entry.actor.kind,
        actorId: entry.actor.id ?? null,
        entity: entry.entity,
        entityId: entry.entityId,
        action: entry.action,
        data: entry.data ?? null,
        at,
      })),
    );
  }
}

const AUDIT_CURSOR = listCursor('audit-log', ['id']);

/** A page of one entity's log, newest first, each line with who (their email) and when: what log tabs show. */
export async function auditPage(db: Executor, entity: string, entityId: string, page: { limit: number; cursor?: string | undefined }) {
  const before = AUDIT_CURSOR.decode(page.cursor)?.[0];
  const rows = await db
    .select({ entry: auditLog, userEmail: users.email, operatorEmail: operators.email })
    .from(auditLog)
    .leftJoin(users, and(eq(auditLog.actorKind, 'user'), eq(sql`${users.id}::text`, auditLog.actorId)))
    .leftJoin(operators, and(eq(auditLog.actorKind, 'operator'), eq(sql`${operators.id}::text`, auditLog.actorId)))
    .where(
      and(
        eq(auditLog.entity, entity),
        eq(auditLog.entityId, entityId),
        before ? lt(auditLog.id, before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  return {
    data: shown.map(({ entry, userEmail, operatorEmail }) => ({
      id: String(entry.id),
      action: entry.action,
      actor: { kind: entry.actorKind, id: entry.actorId, email: userEmail ?? operatorEmail ?? null },
      data: (entry.data as Record<string, unknown> | null) ?? null,
      at: entry.at.toISOString(),
    })),
    nextCursor: rows.length > page.limit ? AUDIT_CURSOR.encode([shown.at(-1)!.entry.id]) : null,
  };
}
