import { Attachment } from '@wharf/domain';
import { ATTACHMENT_POLICY, checkAttachment } from '@wharf/domain/tickets';
import type { OperatorRole } from '@wharf/domain/auth';
import { eq } from 'drizzle-orm';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { bodyLimit } from 'hono/body-limit';
import { audit } from '../../audit.ts';
import { toHex, sha256 } from '../../crypto/random.ts';
import { attachments } from '../../db/schema.ts';
import type { AppEnv, EnvWith } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { findOperatorByToken } from '../../operators.ts';
import { presentedToken, requireUser, signedIn, type SessionUser } from '../auth/sessions.ts';
import { actingMembership, isUuid, requireMembership, type ActingMembership } from '../enterprises/membership.ts';
import { requireOperator, type ActingOperator } from '../operators/require-operator.ts';
import { presentAttachment } from '../tickets/present.ts';
import type { Uploader } from './claim.ts';

const tag = 'Attachments';
/** Room for the multipart envelope around the largest file allowed. */
const MULTIPART_SLACK = 64 * 1024;

/** Paths whose bodies may be larger than the API's usual limit (app.ts leaves them to `uploadLimit`). */
export const UPLOAD_PATHS = ['/v1/attachments', '/v1/operator/attachments'];

const uploadLimit: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: ATTACHMENT_POLICY.maxBytes + MULTIPART_SLACK,
  onError: (c) => {
    throw fieldProblem(c.var.locale, { type: 'payload-too-large', path: 'file', code: 'attachment_too_large', params: { max: ATTACHMENT_POLICY.maxBytes } });
  },
});

/** Checks and stores one uploaded file; it stays unattached until a ticket, reply or record names it. */
async function storeUpload(c: Context<AppEnv>, uploader: Uploader) {
  const { services, locale } = c.var;
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
    throw new ProblemError({ type: 'unsupported-media-type' });
  }
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    throw new ProblemError({ type: 'malformed-request' });
  }
  const file = form.file;
  if (!(file instanceof File)) throw fieldProblem(locale, { path: 'file', code: 'required' });
  const name = file.name.replace(/[\u0000-\u001f\u007f/\\]/g, '_').slice(0, 200) || 'file';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkAttachment({ name, size: bytes.length, head: bytes.subarray(0, ATTACHMENT_POLICY.sniffBytes) });
  if (!check.ok) {
    throw fieldProblem(locale, {
      type: check.code === 'attachment_too_large' ? 'payload-too-large' : 'validation',
      path: 'file',
      code: check.code,
      params: { max: ATTACHMENT_POLICY.maxBytes, options: ATTACHMENT_POLICY.extensions },
    });
  }
  const id = crypto.randomUUID();
  const now = services.clock.now();
  const blobKey = `attachments/${now.toISOString().slice(0, 7)}/${id}`;
  await services.blobs.put(blobKey, bytes);
  const [row] = await services.db
    .insert(attachments)
    .values({
      id,
      enterpriseId: 'enterpriseId' in uploader ? uploader.enterpriseId : null,
      uploadedByUser: 'userId' in uploader ? uploader.userId : null,
      uploadedByOperator: 'operatorId' in uploader ? uploader.operatorId : null,
      name,
      contentType: check.contentType,
      size: bytes.length,
      sha256: toHex(await sha256(bytes)),
      blobKey,
      createdAt: now,
    })
    .returning();
  await audit(services.db, services.clock, {
    actor: 'userId' in uploader ? { kind: 'user', id: uploader.userId } : { kind: 'operator', id: uploader.operatorId },
    entity: 'attachment',
    entityId: id,
    action: 'uploaded',
    data: { name, size: bytes.length },
  });
  return c.json(presentAttachment(row!), 201);
}

/** Who may fetch an attachment: a support agent, or a signed-in member acting in an enterprise. */
type Viewer = { operator: ActingOperator } | { auth: SessionUser; membership: ActingMembership };

/** A support agent's token, or else a signed-in member of an enterprise. */
const operatorOrMember = createMiddleware<EnvWith<{ viewer: Viewer }>>(async (c, next) => {
  const token = presentedToken(c);
  const operator = token?.startsWith('wop_') ? await findOperatorByToken(c.var.services.db, token) : undefined;
  if (operator && (operator.roles.includes('support') || operator.roles.includes('admin'))) {
    c.set('viewer', { operator: { id: operator.id, email: operator.email, roles: operator.roles as OperatorRole[] } });
    return next();
  }
  const auth = await signedIn(c);
  c.set('viewer', { auth, membership: await actingMembership(c, auth) });
  await next();
});

const encodeFilename = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** PRODUCT §2.1: screenshots and files for tickets, stated limits, served only to whom they belong. */
export function mountAttachments(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/attachments',
      tag,
      summary: 'Upload a file for a ticket or a reply',
      description: `Images (png, jpg, gif, webp) preview inline; other allowed types download. At most ${ATTACHMENT_POLICY.maxBytes / 1048576} MB; the content must match the name's type.`,
      auth: 'user',
      responses: {
        201: { description: 'The stored file, not yet attached', schema: Attachment },
        413: problem('Larger than the limit'),
        415: problem('Not multipart/form-data with one `file`'),
        422: problem('Not an allowed type, or the content does not match the name'),
      },
    },
    uploadLimit,
    requireUser,
    requireMembership(),
    (c) => storeUpload(c, { userId: c.var.auth.user.id, enterpriseId: c.var.membership.enterprise.id }),
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/operator/attachments',
      tag,
      summary: 'Upload a file for a processing record (agents)',
      auth: 'operator',
      responses: { 201: { description: 'The stored file, not yet attached', schema: Attachment }, 413: problem('Larger than the limit') },
    },
    uploadLimit,
    requireOperator('support'),
    (c) => storeUpload(c, { operatorId: c.var.operator.id }),
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/attachments/:attachmentId',
      tag,
      summary: 'The file',
      description: 'To members of the ticket’s enterprise (an unattached upload: to its uploader) and to agents. Images inline, the rest as downloads; never sniffed.',
      auth: 'user',
      responses: { 200: { description: 'The bytes', contentType: 'application/octet-stream' }, 404: problem('Not found, or not yours') },
    },
    operatorOrMember,
    async (c) => {
      const { services } = c.var;
      const id = c.req.param('attachmentId') ?? '';
      if (!isUuid(id)) throw new ProblemError({ type: 'not-found' });
      const [row] = await services.db.select().from(attachments).where(eq(attachments.id, id.toLowerCase())).limit(1);
      const { viewer } = c.var;
      const mine = (() => {
        if (!row) return false;
        if ('operator' in viewer) return row.ticketId !== null || row.uploadedByOperator === viewer.operator.id;
        // A claimed file carries its ticket's enterprise; an unclaimed one is only its uploader's.
        if (row.enterpriseId !== viewer.membership.enterprise.id) return false;
        return row.ticketId !== null || row.uploadedByUser === viewer.auth.user.id;
      })();
      if (!row || !mine) throw new ProblemError({ type: 'not-found' });
      const body = await services.blobs.get(row.blobKey);
      if (!body) throw new ProblemError({ type: 'not-found' });
      const preview = presentAttachment(row).preview;
      return new Response(body, {
        headers: {
          'content-type': row.contentType,
          'content-length': String(row.size),
          'content-disposition': preview ? encodeFilename(row.name).replace(/^attachment/, 'inline') : encodeFilename(row.name),
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
          'cache-control': 'private, max-age=3600',
          etag: `"${row.sha256}"`,
        },
      });
    },
  );
}
