import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { assertProblem } from '../../testing/accounts.ts';
import { operatorToken } from '../../testing/enterprises.ts';
import { eq } from 'drizzle-orm';
import { attachments } from '../../db/schema.ts';
import { removeAbandonedUploads } from './cleanup.ts';
import { createTicket, ticketEnterprise, upload } from '../../testing/tickets.ts';
import { useTestServer } from '../../testing/suite.ts';
import { PDF_BYTES, PNG_BYTES, ticketBody } from '../../testing/fixtures/index.ts';

// PRODUCT §2.1: screenshots and files with stated limits, served safely and only to whom they belong.
describe('attachments', () => {
  const server = useTestServer();
  let agent: string;
  before(async () => {
    agent = await operatorToken(server, ['support']);
  });

  const fetchFile = (id: string, token?: string) => server.app.request(`/v1/attachments/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  test('a screenshot uploads, attaches to a new ticket and previews inline, never sniffed', async () => {
    const customer = await ticketEnterprise(server, agent);
    const uploaded = await upload(server, customer.token, '凭证模板.png', PNG_BYTES(2048));
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    assert.deepEqual(
      { name: uploaded.body.name, size: uploaded.body.size, contentType: uploaded.body.contentType, preview: uploaded.body.preview },
      { name: '凭证模板.png', size: 2048, contentType: 'image/png', preview: true },
    );
    const ticket = await createTicket(server, customer.token, { attachmentIds: [uploaded.body.id] });
    const detail = await server.call('GET', `/v1/tickets/${ticket.number}`, { token: customer.token });
    assert.deepEqual(detail.body.attachments.map((a: { id: string }) => a.id), [uploaded.body.id]);

    const file = await fetchFile(uploaded.body.id, customer.token);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'image/png');
    assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
    assert.match(file.headers.get('content-disposition')!, /^inline; filename="_+\.png"; filename\*=UTF-8''%E5%87%AD/);
    assert.match(file.headers.get('content-security-policy')!, /sandbox/);
    assert.deepEqual(new Uint8Array(await file.arrayBuffer()), PNG_BYTES(2048));
  });

  test('a PDF downloads rather than opening in the page', async () => {
    const customer = await ticketEnterprise(server, agent);
    const uploaded = await upload(server, customer.token, 'invoice.pdf', PDF_BYTES());
    assert.equal(uploaded.body.preview, false);
    const file = await fetchFile(uploaded.body.id, customer.token);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.match(file.headers.get('content-disposition')!, /^attachment; filename="invoice.pdf"/);
  });

  test('refusals: no file, a type not allowed, content that is not what the name says, empty, too large, not multipart', async () => {
    const customer = await ticketEnterprise(server, agent);
    const form = new FormData();
    form.append('note', 'no file here');
    assertProblem(await server.call('POST', '/v1/attachments', { token: customer.token, raw: form }), 422, [{ path: 'file', code: 'required' }]);
    assertProblem(await upload(server, customer.token, 'page.html', new TextEncoder().encode('<script>alert(1)</script>')), 422, [{ path: 'file', code: 'attachment_type' }]);
    assertProblem(await upload(server, customer.token, 'logo.svg', new TextEncoder().encode('<svg/>')), 422, [{ path: 'file', code: 'attachment_type' }]);
    assertProblem(await upload(server, customer.token, 'screenshot.png', PDF_BYTES()), 422, [{ path: 'file', code: 'attachment_mismatch' }]);
    assertProblem(await upload(server, customer.token, 'empty.txt', new Uint8Array()), 422, [{ path: 'file', code: 'attachment_empty' }]);
    const large = await upload(server, customer.token, 'huge.png', PNG_BYTES(10 * 1024 * 1024 + 1));
    assertProblem(large, 413, [{ path: 'file', code: 'attachment_too_large' }]);
    assert.match(large.body.errors[0].message, /10 MB/);
    assert.match(large.body.detail, /10 MB/, 'the headline names the upload limit, not the API body limit');
    const typeMessage = (await upload(server, customer.token, 'run.exe', new Uint8Array([0x4d, 0x5a]))).body.errors[0].message;
    assert.match(typeMessage, /png.*pdf/);
    const json = await server.call('POST', '/v1/attachments', { token: customer.token, body: { file: 'x' } });
    assertProblem(json, 415);
    assertProblem(await upload(server, '', 'a.png', PNG_BYTES()), 401);
  });

  test('an upload attaches once: reusing it, or naming another’s, is refused at its index and uses no ticket number', async () => {
    const customer = await ticketEnterprise(server, agent);
    const other = await ticketEnterprise(server, agent);
    const mine = (await upload(server, customer.token, 'a.png', PNG_BYTES())).body.id;
    const theirs = (await upload(server, other.token, 'b.png', PNG_BYTES())).body.id;
    const first = await createTicket(server, customer.token, { attachmentIds: [mine] });

    const reused = await server.call('POST', '/v1/tickets', { token: customer.token, body: ticketBody({ attachmentIds: [theirs, mine] }) });
    assertProblem(reused, 422, [
      { path: 'attachmentIds.0', code: 'attachment_unknown' },
      { path: 'attachmentIds.1', code: 'attachment_unknown' },
    ]);
    const next = await createTicket(server, customer.token);
    assert.equal(Number(next.number.slice(2)), Number(first.number.slice(2)) + 1, 'the refused ticket consumed no number');
    // The other enterprise's file is still theirs to use.
    await createTicket(server, other.token, { attachmentIds: [theirs] });
    assertProblem(await server.call('POST', '/v1/tickets', { token: customer.token, body: ticketBody({ attachmentIds: ['nope'] }) }), 422);
  });

  test('files are served to the ticket’s enterprise and to agents; to anyone else they do not exist', async () => {
    const customer = await ticketEnterprise(server, agent);
    const stranger = await ticketEnterprise(server, agent);
    const id = (await upload(server, customer.token, 'a.png', PNG_BYTES())).body.id;
    assert.equal((await fetchFile(id, agent)).status, 404, 'an unattached upload is only its uploader’s');
    assert.equal((await fetchFile(id, stranger.token)).status, 404);
    const { number } = await createTicket(server, customer.token, { attachmentIds: [id] });
    assert.equal((await fetchFile(id, customer.token)).status, 200);
    assert.equal((await fetchFile(id, agent)).status, 200);
    assert.equal((await fetchFile(id, stranger.token)).status, 404);
    assert.equal((await fetchFile(id)).status, 401);
    assert.equal((await fetchFile('00000000-0000-4000-8000-000000000000', customer.token)).status, 404);
    assert.equal((await fetchFile('../../etc/passwd', customer.token)).status, 404);
    assert.equal((await fetchFile(id, await operatorToken(server, ['warehouse']))).status, 401, 'only support agents among operators');

    // Agents attach files to their records; the customer sees them with the record.
    const agentFile = await upload(server, agent, 'fix.pdf', PDF_BYTES(), '/v1/operator/attachments');
    assert.equal(agentFile.status, 201, JSON.stringify(agentFile.body));
    await server.call('POST', `/v1/operator/tickets/${number}/accept`, { token: agent, body: { note: 'ok', expectedBy: '2099-01-01' } });
    const recorded = await server.call('POST', `/v1/operator/tickets/${number}/records`, {
      token: agent,
      body: { category: 'configuration', note: 'See the attached guide', result: 'partial', attachmentIds: [agentFile.body.id] },
    });
    assert.equal(recorded.status, 201, JSON.stringify(recorded.body));
    assert.deepEqual(recorded.body.records.at(-1).attachments.map((a: { id: string }) => a.id), [agentFile.body.id]);
    assert.equal((await fetchFile(agentFile.body.id, customer.token)).status, 200);
    assert.equal((await fetchFile(agentFile.body.id, stranger.token)).status, 404);
  });

  test('an upload nothing claimed within a day is removed with its bytes; attached files stay', async () => {
    const customer = await ticketEnterprise(server, agent);
    const kept = await upload(server, customer.token, 'kept.png', PNG_BYTES());
    await createTicket(server, customer.token, { attachmentIds: [kept.body.id] });
    const abandoned = await upload(server, customer.token, 'abandoned.png', PNG_BYTES());
    const { blobs, db } = server.app.services;
    const [{ blobKey }] = (await db.select({ blobKey: attachments.blobKey }).from(attachments).where(eq(attachments.id, abandoned.body.id))) as [{ blobKey: string }];
    server.clock.advance(23 * 3600);
    const early = await removeAbandonedUploads(server.app.services);
    assert.equal((await fetchFile(abandoned.body.id, customer.token)).status, 200, `kept for a day (removed ${early} older ones)`);
    server.clock.advance(2 * 3600);
    assert.ok((await removeAbandonedUploads(server.app.services)) >= 1);
    assert.equal((await fetchFile(abandoned.body.id, customer.token)).status, 404);
    assert.equal(await blobs.get(blobKey), undefined, 'its bytes are gone from the store');
    assert.equal((await fetchFile(kept.body.id, customer.token)).status, 200);
  });
});
