import type { CreateProductRequest, UpdateProductRequest } from '@wharf/domain';
import type { Locale } from '@wharf/domain';
import { eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { productComponents, products } from '../../db/schema.ts';
import { checkNormalFields, refuse, resolveComponents } from './checks.ts';
import { currencyOf, draftValues, normalProductValues, type DraftContext } from './drafts.ts';
import type { ProductRow } from './present.ts';

/** Creates a product as a draft (a normal product or a combo with its components), refusing what breaks a rule. */
export async function createDraft(tx: Executor, locale: Locale, draft: DraftContext, body: z.output<typeof CreateProductRequest>): Promise<ProductRow> {
  const { enterprise } = draft;
  let values: typeof products.$inferInsert;
  let components: { id: string; quantity: number }[] = [];
  if (body.type === 'normal') {
    const declaredSpecification = await checkNormalFields(tx, locale, { ...body, draft: body, currency: currencyOf(enterprise) });
    values = normalProductValues(draft, body, declaredSpecification);
  } else {
    await checkNormalFields(tx, locale, { category: body.category, currency: currencyOf(enterprise), draft: { type: 'combo', salePrice: body.salePrice } });
    components = await resolveComponents(tx, locale, enterprise.id, body.components);
    values = { ...draftValues(draft, body), category: body.category ?? null, salePrice: body.salePrice ?? null };
  }
  const [created] = await tx.insert(products).values(values).returning();
  if (components.length) {
    await tx.insert(productComponents).values(components.map((component, position) => ({ comboId: created!.id, componentId: component.id, quantity: component.quantity, position })));
  }
  return created!;
}

/**
 * What a change to `current` sets: a combo's name, category, price and components; a normal product's fields,
 * checked against what it keeps (sale against purchase, net against gross, its declaration); a rejected product
 * back to draft.
 */
export async function productChanges(tx: Executor, locale: Locale, current: ProductRow, body: z.output<typeof UpdateProductRequest>, now: Date) {
  const changes: PgUpdateSetSource<typeof products> = { updatedAt: now, version: sql`${products.version} + 1` };
  if (current.type === 'combo') {
    const unsupported = Object.keys(body).filter((field) => !['name', 'category', 'salePrice', 'components'].includes(field));
    if (unsupported.length) refuse(locale, unsupported.map((path) => ({ path, code: 'not_for_combo' })));
    await checkNormalFields(tx, locale, { category: body.category, currency: current.currency, draft: { type: 'combo', salePrice: body.salePrice } });
    Object.assign(changes, pick(body, ['name', 'category', 'salePrice']));
    if (body.components) {
      const components = await resolveComponents(tx, locale, current.enterpriseId, body.components);
      await tx.delete(productComponents).where(eq(productComponents.comboId, current.id));
      await tx.insert(productComponents).values(components.map((component, position) => ({ comboId: current.id, componentId: component.id, quantity: component.quantity, position })));
    }
  } else {
    if (body.category === null) refuse(locale, [{ path: 'category', code: 'required' }]);
    const merged = {
      category: body.category ?? current.category,
      unit: body.unit ?? current.unit,
      originCountry: body.originCountry ?? current.originCountry,
      hsCode: body.hsCode === undefined ? current.hsCode : body.hsCode,
      declarationElements: body.declarationElements === undefined ? current.declarationElements : (body.declarationElements ?? {}),
      purchasePrice: body.purchasePrice ?? current.purchasePrice,
      salePrice: body.salePrice === undefined ? current.salePrice : body.salePrice,
      grossWeight: body.grossWeight === undefined ? current.grossWeight : body.grossWeight,
      netWeight: body.netWeight === undefined ? current.netWeight : body.netWeight,
    };
    // The product as it would be after the change: the rules between fields hold on it, not on the change alone.
    const declaredSpecification = await checkNormalFields(tx, locale, {
      ...pick(body, ['category', 'unit', 'originCountry']),
      draft: { type: 'normal', ...merged },
      currency: current.currency,
      hsCode: merged.hsCode,
      declarationElements: merged.declarationElements,
    });
    Object.assign(changes, pick(body, ['name', 'category', 'brand', 'model', 'unit', 'originCountry', 'barcode', 'grossWeight', 'netWeight', 'purchasePrice', 'salePrice', 'hsCode']), {
      declarationElements: merged.declarationElements,
      declaredSpecification,
    });
  }
  if (current.status === 'rejected') Object.assign(changes, { status: 'draft', rejectionReason: null });
  return changes;
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]])) as Partial<Pick<T, K>>;
}
