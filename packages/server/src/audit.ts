import type { Clock } from './clock.ts';
import type { Executor } from './db/database.ts';
import { auditLog } from './db/schema.ts';

export interface AuditEntry {
  actor: { kind: 'user' | 'operator' | 'system' | 'anonymous'; id?: string };
  entity: string;
  entityId: string;
  action: string;
  data?: Record<string, unknown>;
}

/** Every mutation leaves a line: who, when, what (PRODUCT §6). Call it inside the mutation's transaction. */
export async function audit(tx: Executor, clock: Clock, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorKind: entry.actor.kind,
    actorId: entry.actor.id ?? null,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    data: entry.data ?? null,
    at: clock.now(),
  });
}
