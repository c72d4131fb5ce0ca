import { DEMO_USER } from './seed.ts';

/** What demo seeds talk to: the app itself (`app.request`), so every rule and notification applies as in real use. */
export type Requester = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** A JSON call through the app with a bearer token; a refusal stops the seed with what the API said. */
export function demoCaller(app: Requester) {
  return async (method: string, path: string, token: string, body?: unknown) => {
    const response = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`demo seed: ${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response.status === 204 ? undefined : ((await response.json()) as Record<string, unknown>);
  };
}

/** Signs the demo customer in and returns their session token (the seeds sign out when done). */
export async function demoCustomerToken(app: Requester): Promise<string> {
  const login = await app.request('/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_USER.email, password: DEMO_USER.password }),
  });
  return ((await login.json()) as { token: string }).token;
}
