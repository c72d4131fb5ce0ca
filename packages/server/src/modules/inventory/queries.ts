import type { InventoryMovement } from '@wharf/domain/orders';
import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { inventory, inventoryMovements, operators, orders, users } from '../../db/schema.ts';
import { and, sql } from 'drizzle-orm';

/** A product's stock per warehouse. */
export function stockOf(db: Executor, productId: string) {
  return db.select().from(inventory).where(eq(inventory.productId, productId)).orderBy(asc(inventory.warehouse));
}

/** A product's latest movements (newest first), with the order numbers and who made them. */
export async function movementsOf(db: Executor, productId: string, sku: string, limit = 100): Promise<InventoryMovement[]> {
  const rows = await db
    .select({ movement: inventoryMovements, order: orders.number, userEmail: users.email, operatorEmail: operators.email })
    .from(inventoryMovements)
    .leftJoin(orders, eq(orders.id, inventoryMovements.orderId))
    .leftJoin(users, and(eq(inventoryMovements.actorKind, 'user'), eq(sql`${users.id}::text`, inventoryMovements.actorId)))
    .leftJoin(operators, and(eq(inventoryMovements.actorKind, 'operator'), eq(sql`${operators.id}::text`, inventoryMovements.actorId)))
    .where(eq(inventoryMovements.productId, productId))
    .orderBy(desc(inventoryMovements.id))
    .limit(limit);
  return rows.map(({ movement, order, userEmail, operatorEmail }) => presentMovement(movement, sku, order, userEmail ?? operatorEmail ?? null));
}

export function presentMovement(movement: typeof inventoryMovements.$inferSelect, sku: string, order: string | null, email: string | null): InventoryMovement {
  return {
    id: String(movement.id),
    sku,
    warehouse: movement.warehouse,
    reason: movement.reason,
    onHandChange: movement.onHandChange,
    reservedChange: movement.reservedChange,
    note: movement.note,
    order,
    asn: movement.asn,
    actor: { kind: movement.actorKind, id: movement.actorId, email },
    at: movement.at.toISOString(),
  };
}

export const presentLine = (line: typeof inventory.$inferSelect) => ({
  warehouse: line.warehouse,
  onHand: line.onHand,
  reserved: line.reserved,
  available: line.onHand - line.reserved,
  updatedAt: line.updatedAt.toISOString(),
});
