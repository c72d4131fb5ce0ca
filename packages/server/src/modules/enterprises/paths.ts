/**
 * The path of one enterprise, under which its routes sit. `join` is a fixed segment beside the id
 * (`POST /v1/enterprises/join`, `…/join/verify`), so the id never matches it and the routes answer the same
 * whatever order they are registered in. Any other id still reaches the route (401 before sign-in, 404 when it is
 * not the caller's), as before.
 */
export const ENTERPRISE = '/v1/enterprises/:id{(?!join$)[^/]+}';
