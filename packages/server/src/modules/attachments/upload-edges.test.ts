import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { operatorToken } from '../../testing/enterprises.ts';
import { PNG_BYTES } from '../../testing/fixtures/index.ts';
import { useTestServer } from '../../testing/suite.ts';
import { ticketEnterprise, uploadAttachment } from '../../testing/index.ts';

/** A multipart body cut off in the middle of its file part. */
function brokenMultipart() {
  const boundary = '----wharf-broken';
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="shot.png"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n`;
  return { raw: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

// ISSUE: an over-long name keeps its extension (the type check reads it); a broken body names `file`.
describe('attachment uploads at the edges', () => {
  const server = useTestServer();

  test('an over-long name is shortened before its extension: accepted as the image it is, 200 characters', async () => {
    const customer = await ticketEnterprise(server, await operatorToken(server, ['support']));
    const name = `${'screenshot-of-the-declaration-error-'.repeat(10)}.png`;
    const uploaded = await uploadAttachment(server, customer.token, name, PNG_BYTES());
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    assert.equal(uploaded.body.name.length, 200);
    assert.match(uploaded.body.name, /^screenshot-of-the-declaration-error-.*\.png$/);
  });

  test('a name with a direction override and a line break is kept on one plain line', async () => {
    const customer = await ticketEnterprise(server, await operatorToken(server, ['support']));
    const uploaded = await uploadAttachment(server, customer.token, 'invoice\u202Egnp\n.png', PNG_BYTES());
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    assert.equal(uploaded.body.name, 'invoicegnp .png');
  });

  test('a broken multipart body → 422 naming file, for attachments and batch uploads', async () => {
    const customer = await ticketEnterprise(server, await operatorToken(server, ['support']));
    for (const path of ['/v1/attachments', '/v1/imports']) {
      const response = await server.call('POST', path, { token: customer.token, ...brokenMultipart() });
      assertProblem(response, 422, [{ path: 'file', code: 'multipart_broken' }]);
      assert.match(response.body.errors[0].message, /did not arrive whole/);
    }
  });
});
