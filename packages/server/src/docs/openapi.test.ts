import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../testing/harness.ts';

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; enum?: string[]; $ref?: string };
type Operation = {
  tags: string[];
  summary: string;
  requestBody?: { required: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
  security?: unknown[];
};

// The auth calls of API.md: path, method, the body's required and optional fields, and answers that must be listed.
const AUTH: { method: string; path: string; required?: string[]; optional?: string[]; responses: string[]; signedIn?: boolean }[] = [
  { method: 'post', path: '/v1/auth/email-codes', required: ['email', 'purpose'], responses: ['202', '409', '422', '429'] },
  { method: 'post', path: '/v1/auth/email-codes/check', required: ['email', 'purpose', 'code'], responses: ['204', '422'] },
  { method: 'post', path: '/v1/auth/register', required: ['email', 'code', 'password'], optional: ['locale'], responses: ['201', '409', '422'] },
  { method: 'get', path: '/v1/auth/captcha', responses: ['200'] },
  { method: 'post', path: '/v1/auth/login', required: ['email', 'password'], optional: ['captcha'], responses: ['200', '401', '422', '423'] },
  { method: 'post', path: '/v1/auth/password-reset', required: ['email', 'code', 'newPassword'], responses: ['204', '422'] },
  { method: 'post', path: '/v1/auth/logout', responses: ['204'] },
  { method: 'get', path: '/v1/me', responses: ['200', '401'], signedIn: true },
  { method: 'post', path: '/v1/me/password', required: ['currentPassword', 'newPassword'], responses: ['204', '401', '422'], signedIn: true },
];

describe('API description and operations endpoints', () => {
  let server: TestServer;
  let doc: any;
  before(async () => {
    server = await startTestServer();
    const response = await server.call('GET', '/openapi.json');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    doc = response.body;
  });
  after(async () => {
    await server.close();
  });

  test('/openapi.json is an OpenAPI 3.1 document with both ways to sign requests', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.info.title, 'Wharf API');
    assert.match(doc.info.version, /^\d+\.\d+\.\d+$/);
    assert.deepEqual(doc.components.securitySchemes.bearer, {
      type: 'http',
      scheme: 'bearer',
      description: doc.components.securitySchemes.bearer.description,
    });
    assert.deepEqual(doc.components.securitySchemes.cookie, { type: 'apiKey', in: 'cookie', name: 'wharf_session' });
  });

  for (const call of AUTH) {
    test(`${call.method.toUpperCase()} ${call.path} is described with its body and answers`, () => {
      const operation: Operation | undefined = doc.paths[call.path]?.[call.method];
      assert.ok(operation, `${call.method} ${call.path} is listed`);
      assert.deepEqual(operation.tags, ['Auth']);
      assert.ok(operation.summary.length > 0);
      for (const status of call.responses) assert.ok(operation.responses[status]?.description, `answer ${status} is described`);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400) assert.ok(response.content?.['application/problem+json'], `${status} is a problem document`);
      }
      assert.equal(Boolean(operation.security), Boolean(call.signedIn), 'signed-in calls say how to sign them');

      if (!call.required) {
        assert.equal(operation.requestBody, undefined);
        return;
      }
      assert.equal(operation.requestBody?.required, true);
      const schema = operation.requestBody!.content['application/json']!.schema;
      assert.equal(schema.type, 'object');
      assert.deepEqual(Object.keys(schema.properties ?? {}).sort(), [...call.required, ...(call.optional ?? [])].sort());
      assert.deepEqual([...(schema.required ?? [])].sort(), [...call.required].sort());
      for (const [name, property] of Object.entries(schema.properties!)) {
        if (name !== 'captcha') assert.equal(property.type, 'string', `${name} is a string`);
      }
    });
  }

  test('the schemas carry the rules a client needs', () => {
    const body = (path: string) => doc.paths[path].post.requestBody.content['application/json'].schema;
    assert.deepEqual(body('/v1/auth/email-codes').properties.purpose.enum, ['register', 'reset-password']);
    assert.equal(body('/v1/auth/register').properties.email.maxLength, 254);
    assert.match(body('/v1/auth/register').properties.password.description, /At least 8 characters with at least 3 of/);
    assert.deepEqual(body('/v1/auth/login').properties.captcha.required, ['challenge', 'nonce']);
    assert.deepEqual(body('/v1/auth/register').properties.locale.enum.sort(), ['en', 'zh-CN', 'zh-HK']);
  });

  test('every route the app serves is described, and nothing else', () => {
    const described = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods as object).map((method) => `${method} ${path}`),
    );
    const served = server.app.registry.specs.map((spec) => `${spec.method} ${spec.path.replace(/:(\w+)(?:\{[^}]*\})?/g, '{$1}')}`);
    assert.deepEqual(described.sort(), served.sort());
    for (const call of AUTH) assert.ok(described.includes(`${call.method} ${call.path}`));
    assert.ok(described.includes('get /health'));
    assert.ok(described.includes('get /v1/dev/mailbox'));
  });

  test('every $ref in the document resolves within it', () => {
    const refs: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
          if (key === '$ref' && typeof item === 'string') refs.push(item);
          else walk(item);
        }
      }
    };
    walk(doc);
    assert.ok(refs.length > 0, 'shared schemas (User, Problem) are referenced');
    for (const ref of refs) {
      assert.match(ref, /^#\//, ref);
      let target: any = doc;
      for (const segment of ref.slice(2).split('/')) target = target?.[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
      assert.ok(target && typeof target === 'object', `${ref} resolves`);
    }
    assert.equal(doc.components.schemas.User.type, 'object');
    assert.deepEqual(doc.components.schemas.Problem.required.sort(), ['detail', 'status', 'title', 'type']);
  });

  test('/reference renders the document as HTML, with every auth call', async () => {
    const response = await server.call('GET', '/reference');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const page: string = response.body;
    assert.match(page, /^<!doctype html>/i);
    assert.match(page, /<html lang="en">/);
    assert.match(page, /<title>Wharf API — API reference<\/title>/);
    assert.match(page, /<a href="\/openapi.json">/);
    for (const call of AUTH) {
      assert.ok(page.includes(`<code>${call.path}</code>`), `${call.path} is on the page`);
    }
    assert.match(page, /<span class="method post">POST<\/span> <code>\/v1\/auth\/login<\/code>/);
    for (const name of ['User', 'Problem']) assert.ok(page.includes(`<details id="schema-${name}">`), `the shared ${name} schema is shown`);
    assert.doesNotMatch(page, /<script/i, 'no scripts: it works offline and under a strict CSP');
  });

  test('/health → 200 {status: "ok"}', async () => {
    const response = await server.call('GET', '/health');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(response.body, { status: 'ok' });
  });
});
