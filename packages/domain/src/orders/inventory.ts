import { z } from 'zod';
import { Id, Timestamp } from '../common/schemas.ts';
import { InventoryLine } from '../products/schemas.ts';
import { ORDER_POLICY } from './rules.ts';

// Stock per enterprise, SKU and warehouse (PRODUCT §4.13): on hand and reserved; every change is a movement.

/** Why stock changed: an operator's count, a stock order reserving, releasing or shipping, an ASN received. */
export const INVENTORY_REASONS = ['adjustment', 'reserve', 'release', 'ship', 'receive'] as const;
export type InventoryReason = (typeof INVENTORY_REASONS)[number];

/** Available stock: on hand less what confirmed stock orders hold. */
export function availableStock(line: { onHand: number; reserved: number }): number {
  return line.onHand - line.reserved;
}

export const InventoryAdjustmentRequest = z
  .object({
    enterpriseId: Id,
    sku: z.string().trim().min(1).max(64),
    warehouse: z.string().trim().min(1).max(ORDER_POLICY.codeMax),
    quantity: z
      .number()
      .int()
      .min(-ORDER_POLICY.adjustmentMax)
      .max(ORDER_POLICY.adjustmentMax)
      .refine((value) => value !== 0, { params: { code: 'adjustment_zero' }, message: 'adjustment_zero' })
      .meta({ description: 'Signed: added to (or taken from) what is on hand' }),
    reason: z.string().trim().min(1).max(ORDER_POLICY.adjustmentReasonMax).meta({ examples: ['Stock count 2026-12'] }),
  })
  .meta({ id: 'InventoryAdjustmentRequest' });
export type InventoryAdjustmentRequest = z.input<typeof InventoryAdjustmentRequest>;

export const InventoryMovement = z
  .object({
    id: Id,
    sku: z.string(),
    warehouse: z.string(),
    reason: z.enum(INVENTORY_REASONS),
    onHandChange: z.number().int(),
    reservedChange: z.number().int(),
    note: z.string().nullable(),
    order: z.string().nullable().meta({ description: 'The order number, when an order moved it' }),
    asn: z.string().nullable(),
    actor: z.object({ kind: z.string(), id: z.string().nullable(), email: z.string().nullable() }),
    at: Timestamp,
  })
  .meta({ id: 'InventoryMovement' });
export type InventoryMovement = z.infer<typeof InventoryMovement>;

export const ProductInventory = z.object({ data: z.array(InventoryLine), movements: z.array(InventoryMovement) }).meta({ id: 'ProductInventory' });
export type ProductInventory = z.infer<typeof ProductInventory>;

export const InventoryAdjustment = z
  .object({ line: InventoryLine.extend({ sku: z.string() }), movement: InventoryMovement })
  .meta({ id: 'InventoryAdjustment' });
export type InventoryAdjustment = z.infer<typeof InventoryAdjustment>;
