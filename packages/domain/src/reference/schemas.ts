import { z } from 'zod';

// Reference data (PRODUCT §3.5): the HS-code catalogue and the lists product forms choose from.

export const HsCodeChoice = z.object({ code: z.string(), name: z.string() }).meta({ id: 'HsCodeChoice' });

export const HsCodeElement = z
  .object({
    index: z.number().int().min(0).meta({ description: 'Position in the declared specification, from 0' }),
    name: z.string().meta({ description: 'As the customs catalogue names it', examples: ['品牌类型', '用途'] }),
    required: z.boolean().meta({ description: 'GTIN, CAS and 其他 may stay empty; every other element must be answered' }),
    choices: z.array(HsCodeChoice).optional().meta({ description: 'Coded elements only: the answer is one of these codes' }),
  })
  .meta({ id: 'HsCodeElement' });
export type HsCodeElement = z.infer<typeof HsCodeElement>;

export const HsCode = z
  .object({
    code: z.string().regex(/^\d{10}$/).meta({ description: '8-digit tariff number and 2-digit supplement', examples: ['3304990099'] }),
    name: z.string().meta({ examples: ['其他包装标注规格的其他美容品或化妆品及护肤品'] }),
    unit: z.string().meta({ description: 'First legal unit: a customs unit code', examples: ['035'] }),
    secondUnit: z.string().nullable().meta({ description: 'Second legal unit, when the code has one', examples: ['011'] }),
    supervision: z.string().meta({ description: 'Supervision conditions (监管条件), e.g. `AB`; empty when none', examples: ['AB'] }),
    elements: z.array(HsCodeElement).meta({ description: 'Declaration elements (申报要素) in order' }),
  })
  .meta({ id: 'HsCode' });
export type HsCode = z.infer<typeof HsCode>;

export const HS_CODE_SEARCH = { defaultLimit: 20, maxLimit: 100, queryMax: 100 } as const;

export const HsCodeQuery = z.object({
  q: z
    .string()
    .trim()
    .max(HS_CODE_SEARCH.queryMax)
    .optional()
    .meta({ description: 'Digits match the start of the code (dots and spaces ignored: `3304.99`); anything else, part of the name' }),
  limit: z.coerce.number().int().min(1).max(HS_CODE_SEARCH.maxLimit).default(HS_CODE_SEARCH.defaultLimit),
});
export type HsCodeQuery = z.input<typeof HsCodeQuery>;

export const HsCodeList = z.object({ data: z.array(HsCode) }).meta({ id: 'HsCodeList' });
export type HsCodeList = z.infer<typeof HsCodeList>;

export const ReferenceOption = z.object({ code: z.string(), name: z.string() }).meta({ id: 'ReferenceOption' });
export type ReferenceOption = z.infer<typeof ReferenceOption>;

export const ProductOptions = z
  .object({
    categories: z.array(ReferenceOption).meta({ description: 'Product categories, e.g. `cosmetics`' }),
    units: z.array(ReferenceOption).meta({ description: 'Customs units of measurement, e.g. `007` 个, `035` 千克' }),
    countries: z.array(ReferenceOption).meta({ description: 'ISO 3166-1 alpha-2 countries and regions, for origin' }),
    currencies: z.array(ReferenceOption).meta({ description: 'ISO 4217 currencies' }),
  })
  .meta({ id: 'ProductOptions', description: 'What product forms offer, named in the request’s language' });
export type ProductOptions = z.infer<typeof ProductOptions>;
