import { z } from 'zod';
import { CURRENCY_CODES } from '../common/money.ts';
import { fieldIssue, Timestamp } from '../common/schemas.ts';
import { checkAmount, isCurrency } from '../common/money.ts';
import { ORDER_MODES, ORDER_POLICY, ORDER_STATUSES } from './rules.ts';

// Warehouses and shipping methods (PRODUCT §4.12): kept by operators, offered to customers in their language.

export const ReferenceCode = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!ORDER_POLICY.codePattern.test(value)) ctx.addIssue(fieldIssue('reference_code_format'));
  })
  .meta({ description: 'Upper-case letters, digits and `-` (up to 16)', examples: ['SZ-QH'] });

const Name = z.string().trim().min(1).max(ORDER_POLICY.nameMax);

/** A name in each of the three locales. */
export const LocalizedNames = z.object({ en: Name, 'zh-CN': Name, 'zh-HK': Name }).meta({ id: 'LocalizedNames' });
export type LocalizedNames = z.infer<typeof LocalizedNames>;

export const CreateWarehouseRequest = z.object({ code: ReferenceCode, names: LocalizedNames, active: z.boolean().default(true) }).meta({ id: 'CreateWarehouseRequest' });
export type CreateWarehouseRequest = z.input<typeof CreateWarehouseRequest>;
export const UpdateWarehouseRequest = z.object({ names: LocalizedNames, active: z.boolean() }).partial().meta({ id: 'UpdateWarehouseRequest' });
export type UpdateWarehouseRequest = z.input<typeof UpdateWarehouseRequest>;

export const Warehouse = z.object({ code: z.string(), names: LocalizedNames, active: z.boolean(), createdAt: Timestamp, updatedAt: Timestamp }).meta({ id: 'Warehouse' });
export type Warehouse = z.infer<typeof Warehouse>;

export const ShippingFee = z
  .object({ currency: z.enum(CURRENCY_CODES as [string, ...string[]]), amount: z.string().trim() })
  .superRefine((value, ctx) => {
    const problem = isCurrency(value.currency) ? checkAmount(value.amount, value.currency) : undefined;
    if (problem) ctx.addIssue({ ...fieldIssue(problem), path: ['amount'] });
  })
  .meta({ id: 'ShippingFee', description: 'The fee per order in one currency' });
export type ShippingFee = z.infer<typeof ShippingFee>;

const Fees = z
  .array(ShippingFee)
  .max(CURRENCY_CODES.length)
  .superRefine((fees, ctx) => {
    const seen = new Set<string>();
    fees.forEach((fee, index) => {
      if (seen.has(fee.currency)) ctx.addIssue({ ...fieldIssue('fee_currency_repeated'), path: [index, 'currency'] });
      seen.add(fee.currency);
    });
  })
  .meta({ description: 'One fee per currency the method is offered in' });

export const CreateShippingMethodRequest = z
  .object({ code: ReferenceCode, names: LocalizedNames, active: z.boolean().default(true), requiresIdNumber: z.boolean().default(false), fees: Fees.default([]) })
  .meta({ id: 'CreateShippingMethodRequest' });
export type CreateShippingMethodRequest = z.input<typeof CreateShippingMethodRequest>;
export const UpdateShippingMethodRequest = z
  .object({ names: LocalizedNames, active: z.boolean(), requiresIdNumber: z.boolean(), fees: Fees })
  .partial()
  .meta({ id: 'UpdateShippingMethodRequest' });
export type UpdateShippingMethodRequest = z.input<typeof UpdateShippingMethodRequest>;

export const ShippingMethod = z
  .object({
    code: z.string(),
    names: LocalizedNames,
    active: z.boolean(),
    requiresIdNumber: z.boolean(),
    fees: z.array(z.object({ currency: z.string(), amount: z.string() })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'ShippingMethod' });
export type ShippingMethod = z.infer<typeof ShippingMethod>;

const Choice = <T extends readonly [string, ...string[]]>(codes: T) => z.object({ code: z.enum(codes), name: z.string() });

/** What the order form offers: the modes and states by name, and the active warehouses and shipping methods, localised. */
export const OrderOptions = z
  .object({
    modes: z.array(Choice(ORDER_MODES)),
    statuses: z.array(Choice(ORDER_STATUSES)),
    warehouses: z.array(z.object({ code: z.string(), name: z.string() })),
    shippingMethods: z.array(
      z.object({ code: z.string(), name: z.string(), requiresIdNumber: z.boolean(), fees: z.array(z.object({ currency: z.string(), amount: z.string() })) }),
    ),
  })
  .meta({ id: 'OrderOptions' });
export type OrderOptions = z.infer<typeof OrderOptions>;

/** A new version of the waybill terms (operators): the text in each locale. Every user accepts it again once. */
export const PublishTermsRequest = z
  .object({ texts: z.object({ en: z.string().trim().min(1).max(ORDER_POLICY.termsMax), 'zh-CN': z.string().trim().min(1).max(ORDER_POLICY.termsMax), 'zh-HK': z.string().trim().min(1).max(ORDER_POLICY.termsMax) }) })
  .meta({ id: 'PublishTermsRequest' });
export type PublishTermsRequest = z.input<typeof PublishTermsRequest>;
