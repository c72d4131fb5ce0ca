import { TrieRouter } from 'hono/router/trie-router';
import type { RouteSpec } from './routes.ts';

/**
 * The methods the API's routes take at a path, for `405 Method Not Allowed` with `Allow` (RFC 9110 §15.5.6)
 * instead of a 404 when the address exists. Built once, on first use, from the routes' specs.
 */
export function allowedMethodsOf(specs: readonly RouteSpec[]): (path: string) => string[] {
  let router: TrieRouter<string> | undefined;
  return (path) => {
    if (!router) {
      router = new TrieRouter<string>();
      for (const spec of specs) router.add('ALL', spec.path, spec.method.toUpperCase());
    }
    const [matches] = router.match('GET', path);
    const methods = new Set(matches.map(([method]) => method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}
