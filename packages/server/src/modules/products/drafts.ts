import type { CreateNormalProduct, CreateProductRequest } from '@wharf/domain';
import type { z } from 'zod';
import type { products } from '../../db/schema.ts';

type NormalProduct = z.output<typeof CreateNormalProduct>;

/** Who creates a draft, for whom and when. */
export interface DraftContext {
  enterprise: { id: string; tradingCurrency: string | null };
  actor: { id: string };
  now: Date;
}

/** Products are priced in the trading currency (CNY until the enterprise chose one). */
export function currencyOf(enterprise: { tradingCurrency: string | null }): string {
  return enterprise.tradingCurrency ?? 'CNY';
}

/** What every new product row has: a new id, the enterprise, draft status and its times. */
export function draftValues(context: DraftContext, body: Pick<CreateProductRequest, 'type' | 'sku' | 'name'>) {
  return {
    id: crypto.randomUUID(),
    enterpriseId: context.enterprise.id,
    type: body.type,
    sku: body.sku,
    name: body.name,
    currency: currencyOf(context.enterprise),
    status: 'draft' as const,
    createdBy: context.actor.id,
    createdAt: context.now,
    updatedAt: context.now,
  };
}

/** A checked normal product as the row to insert: the form's, the API's and the batch upload's alike. */
export function normalProductValues(context: DraftContext, body: NormalProduct, declaredSpecification: string | null): typeof products.$inferInsert {
  return {
    ...draftValues(context, body),
    category: body.category,
    brand: body.brand || null,
    model: body.model || null,
    unit: body.unit,
    originCountry: body.originCountry,
    barcode: body.barcode ?? null,
    grossWeight: body.grossWeight ?? null,
    netWeight: body.netWeight ?? null,
    purchasePrice: body.purchasePrice,
    salePrice: body.salePrice,
    hsCode: body.hsCode ?? null,
    declarationElements: body.declarationElements ?? {},
    declaredSpecification,
  };
}
