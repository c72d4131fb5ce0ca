import { AcceptTermsRequest, BulkOrderActionRequest, BulkOrderResults, Order, SubmitOrderRequest, WaybillTerms } from '@wharf/domain/orders';
import { ORDER_MOVES, type OrderMove } from '@wharf/domain/orders';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { fieldProblem } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { moveOrder, refuseImpossibleMove, requirePin, tryMove } from './moves.ts';
import { numberOf, ORDER } from './paths.ts';
import { actingOf, answerOrder, member } from './routes.ts';
import { acceptTerms, currentTerms, termsFor } from './terms.ts';

const tag = 'Orders';

/** PRODUCT §4.3, §4.8, seed 000 binding Q3: the customer's moves, one or in bulk, the PIN and the waybill terms. */
export function mountOrderMoves(app: Hono<AppEnv>, routes: RouteRegistry) {
  for (const move of ['confirm', 'unconfirm'] as const) {
    routes.add(
      app,
      {
        method: 'post',
        path: `${ORDER}/${move}`,
        tag,
        summary: move === 'confirm' ? 'Confirm a draft: needs the current waybill terms accepted; a stock order reserves its items' : 'Send a confirmed order back to draft; a stock order releases its items',
        auth: 'user',
        responses: {
          200: { description: 'The order', schema: Order },
          409: problem('Another state (with `orderStatus` and `allowed`), terms not accepted (`terms_not_accepted`), or not enough stock (`items.N.quantity`)'),
        },
      },
      ...member,
      async (c) => answerOrder(c, await moveOrder(c.var.services, actingOf(c), numberOf(c), move)),
    );
  }

  routes.add(
    app,
    {
      method: 'post',
      path: `${ORDER}/submit`,
      tag,
      summary: 'Submit a confirmed order to the warehouse, with the security PIN when the enterprise has one',
      description: 'A consolidation order can be submitted only once the ASN bringing it in is received (409 `asn_not_received`).',
      auth: 'user',
      body: SubmitOrderRequest,
      responses: { 200: { description: 'The order', schema: Order }, 409: problem('Another state, or its ASN is not received'), 422: problem('PIN missing or wrong (`securityPin`)'), 423: problem('Five wrong PINs: blocked for a while') },
    },
    ...member,
    async (c, { body }) => {
      const acting = actingOf(c);
      const number = numberOf(c);
      await refuseImpossibleMove(c.var.services.db, acting, number, 'submit');
      await requirePin(c.var.services, acting, body.securityPin);
      return answerOrder(c, await moveOrder(c.var.services, acting, number, 'submit'));
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/orders/bulk/:action',
      tag,
      summary: 'Confirm, send back, submit or delete many orders: each order moves entirely or not at all',
      auth: 'user',
      params: z.object({ action: z.enum(ORDER_MOVES) }),
      body: BulkOrderActionRequest,
      responses: { 200: { description: 'One result per number, in the order sent', schema: BulkOrderResults }, 422: problem('PIN missing or wrong (submit)') },
    },
    ...member,
    async (c, { params, body }) => {
      const acting = actingOf(c);
      const move = params.action as OrderMove;
      if (move === 'submit') await requirePin(c.var.services, acting, body.securityPin);
      const results = [];
      for (const number of body.numbers) results.push(await tryMove(c.var.services, acting, number, move));
      return c.json({ results });
    },
  );

  routes.add(
    app,
    { method: 'get', path: '/v1/orders/terms', tag, summary: 'The current electronic waybill terms, and when the caller accepted them', auth: 'user', responses: { 200: { description: 'The terms', schema: WaybillTerms } } },
    ...member,
    async (c) => c.json(await termsFor(c.var.services.db, c.var.auth.user.id, c.var.locale)),
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/orders/terms/acceptance',
      tag,
      summary: 'Accept the current waybill terms: asked once per user and version',
      auth: 'user',
      body: AcceptTermsRequest,
      responses: { 200: { description: 'The terms, accepted', schema: WaybillTerms }, 409: problem('Not the current version (`terms_version_stale`)') },
    },
    ...member,
    async (c, { body }) => {
      const { services, locale } = c.var;
      const current = await currentTerms(services.db);
      if (body.version !== current.version) throw fieldProblem(locale, { type: 'conflict', path: 'version', code: 'terms_version_stale', params: { max: current.version }, extra: { version: current.version } });
      await acceptTerms(services.db, c.var.auth.user.id, current.version, services.clock.now());
      return c.json(await termsFor(services.db, c.var.auth.user.id, locale));
    },
  );
}
