import type { InventoryReason } from '@wharf/domain/orders';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { inventory, inventoryMovements } from '../../db/schema.ts';

// Stock per product (so per enterprise and SKU) and warehouse: on hand and reserved, changed only here, always
// under the rows' locks and always with a movement saying why (PRODUCT §4.13).

export interface StockActor {
  kind: 'user' | 'operator' | 'system';
  id: string | null;
}

/** An order's lines as stock sees them: which product, how many, and where on the order (for errors). */
export interface StockLine {
  productId: string;
  quantity: number;
  index: number;
}

interface StockChange {
  warehouse: string;
  orderId: number | null;
  actor: StockActor;
  now: Date;
}

type InventoryRow = typeof inventory.$inferSelect;

/** The inventory rows of these products in a warehouse, locked in product order (so two orders never deadlock). */
async function lockRows(tx: Executor, warehouse: string, productIds: readonly string[]): Promise<Map<string, InventoryRow>> {
  if (!productIds.length) return new Map();
  const rows = await tx
    .select()
    .from(inventory)
    .where(and(eq(inventory.warehouse, warehouse), inArray(inventory.productId, [...productIds])))
    .orderBy(asc(inventory.productId))
    .for('update');
  return new Map(rows.map((row) => [row.productId, row]));
}

async function record(tx: Executor, change: StockChange, productId: string, reason: InventoryReason, onHandChange: number, reservedChange: number, note: string | null = null) {
  await tx.insert(inventoryMovements).values({
    productId,
    warehouse: change.warehouse,
    reason,
    onHandChange,
    reservedChange,
    note,
    orderId: change.orderId,
    actorKind: change.actor.kind,
    actorId: change.actor.id,
    at: change.now,
  });
}

/**
 * Reserves each line's quantity in the warehouse, all or nothing: answers the lines that do not fit with what is
 * available (nothing is reserved then), or an empty list when every line was reserved.
 */
export async function reserveStock(tx: Executor, change: StockChange, lines: readonly StockLine[]): Promise<{ index: number; available: number }[]> {
  const rows = await lockRows(tx, change.warehouse, [...new Set(lines.map((line) => line.productId))].sort());
  const shortages = lines
    .map((line) => {
      const row = rows.get(line.productId);
      const available = row ? row.onHand - row.reserved : 0;
      return { index: line.index, available, short: available < line.quantity };
    })
    .filter((line) => line.short)
    .map(({ index, available }) => ({ index, available: Math.max(available, 0) }));
  if (shortages.length) return shortages;
  for (const line of lines) {
    await tx
      .update(inventory)
      .set({ reserved: sql`${inventory.reserved} + ${line.quantity}`, updatedAt: change.now })
      .where(and(eq(inventory.productId, line.productId), eq(inventory.warehouse, change.warehouse)));
    await record(tx, change, line.productId, 'reserve', 0, line.quantity);
  }
  return [];
}

/** Gives back what an order reserved (back to draft). */
export async function releaseStock(tx: Executor, change: StockChange, lines: readonly StockLine[]): Promise<void> {
  await lockRows(tx, change.warehouse, [...new Set(lines.map((line) => line.productId))].sort());
  for (const line of lines) {
    await tx
      .update(inventory)
      .set({ reserved: sql`${inventory.reserved} - ${line.quantity}`, updatedAt: change.now })
      .where(and(eq(inventory.productId, line.productId), eq(inventory.warehouse, change.warehouse)));
    await record(tx, change, line.productId, 'release', 0, -line.quantity);
  }
}

/** Takes what an order reserved out of the warehouse (shipped): on hand and reserved both drop. */
export async function deductStock(tx: Executor, change: StockChange, lines: readonly StockLine[]): Promise<void> {
  await lockRows(tx, change.warehouse, [...new Set(lines.map((line) => line.productId))].sort());
  for (const line of lines) {
    await tx
      .update(inventory)
      .set({ onHand: sql`${inventory.onHand} - ${line.quantity}`, reserved: sql`${inventory.reserved} - ${line.quantity}`, updatedAt: change.now })
      .where(and(eq(inventory.productId, line.productId), eq(inventory.warehouse, change.warehouse)));
    await record(tx, change, line.productId, 'ship', -line.quantity, -line.quantity);
  }
}

/**
 * A stock count: adds `quantity` (negative takes away) to what is on hand. Refused — answering what orders hold —
 * when less would be on hand than is reserved; else answers the line after the change.
 */
export async function adjustStock(
  tx: Executor,
  change: StockChange,
  productId: string,
  quantity: number,
  reason: string,
): Promise<{ ok: true; row: InventoryRow } | { ok: false; reserved: number }> {
  await tx.insert(inventory).values({ productId, warehouse: change.warehouse, onHand: 0, reserved: 0, updatedAt: change.now }).onConflictDoNothing();
  const row = (await lockRows(tx, change.warehouse, [productId])).get(productId)!;
  if (row.onHand + quantity < row.reserved) return { ok: false, reserved: row.reserved };
  const [updated] = await tx
    .update(inventory)
    .set({ onHand: row.onHand + quantity, updatedAt: change.now })
    .where(and(eq(inventory.productId, productId), eq(inventory.warehouse, change.warehouse)))
    .returning();
  await record(tx, change, productId, 'adjustment', quantity, 0, reason);
  return { ok: true, row: updated! };
}
