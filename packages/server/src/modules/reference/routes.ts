import { HsCode, HsCodeList, HsCodeQuery, ProductOptions } from '@wharf/domain';
import { isHsCode } from '@wharf/domain/products';
import { productOptions } from '@wharf/domain/reference';
import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { requireSignedIn } from './access.ts';
import { findHsCode, searchHsCodes } from './hs-codes.ts';

const tag = 'Reference data';

/** PRODUCT §3.5: the HS-code catalogue and the lists product forms choose from. */
export function mountReferenceRoutes(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/hs-codes',
      tag,
      summary: 'Search the HS-code catalogue by code prefix or part of the name',
      description:
        '`q` of digits (dots and spaces ignored, e.g. `3304.99`) matches the start of the code, in code order; other text matches part of the name, earliest and shortest match first. Without `q`, the first codes. `limit` 1–100, default 20.',
      auth: 'user',
      query: HsCodeQuery,
      responses: {
        200: { description: 'The matching codes, each with its units and declaration elements', schema: HsCodeList },
        401: problem('Not signed in'),
        422: problem('`q` longer than 100 characters or `limit` out of range'),
      },
    },
    requireSignedIn,
    async (c, { query }) => {
      return c.json({ data: await searchHsCodes(c.var.services.db, query) });
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/hs-codes/:code',
      tag,
      summary: 'One HS code: name, legal units, supervision conditions and declaration elements',
      auth: 'user',
      responses: {
        200: { description: 'The code', schema: HsCode },
        401: problem('Not signed in'),
        404: problem('Not in the catalogue (`errors[0].path` is `code`)'),
        422: problem('Not 10 digits (`errors[0].path` is `code`)'),
      },
    },
    requireSignedIn,
    async (c) => {
      const code = c.req.param('code') ?? '';
      const locale = c.var.locale;
      if (!isHsCode(code)) throw fieldProblem(locale, { path: 'code', code: 'hs_code_format' });
      const hsCode = await findHsCode(c.var.services.db, code);
      if (!hsCode) throw fieldProblem(locale, { type: 'not-found', path: 'code', code: 'hs_code_unknown' });
      return c.json(hsCode);
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/products/options',
      tag: 'Products',
      summary: 'What product forms offer: categories, customs units, countries and currencies',
      description: 'Names are in the request’s language (`Accept-Language`: zh-CN, zh-HK or en).',
      auth: 'user',
      responses: { 200: { description: 'The choices', schema: ProductOptions }, 401: problem('Not signed in') },
    },
    requireSignedIn,
    (c) => c.json(productOptions(c.var.locale)),
  );
}
