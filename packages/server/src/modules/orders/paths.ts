import { isOrderNumber } from '@wharf/domain/orders';
import type { RouteContext } from '../../http/routes.ts';
import { ProblemError } from '../../http/problem.ts';

/**
 * The order in the path: `SO` and 10 digits, so it never matches the fixed segments beside it (`options`,
 * `summary`, `terms`, `labels`, `bulk`, `template.xlsx`, `export.xlsx`) whatever order the modules are mounted in.
 */
export const ORDER = '/v1/orders/:number{SO[0-9]+}';

/** The number in the path; 404 for anything else. */
export function numberOf(c: RouteContext): string {
  const number = c.req.param('number') ?? '';
  if (!isOrderNumber(number)) throw new ProblemError({ type: 'not-found' });
  return number;
}
