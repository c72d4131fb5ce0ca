import { Attachment } from '@wharf/domain';
import { ATTACHMENT_POLICY } from '@wharf/domain/tickets';
import type { OperatorRole } from '@wharf/domain/auth';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv, EnvWith } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteRegistry } from '../../http/routes.ts';
import { findOperatorByToken } from '../../operators.ts';
import { presentedToken, requireUser, signedIn } from '../auth/sessions.ts';
import { actingMembership, isUuid, requireMembership } from '../enterprises/membership.ts';
import { requireOperator } from '../operators/require-operator.ts';
import type { Uploader } from './claim.ts';
import { fileHeaders, presentAttachment } from './present.ts';
import { findAttachment } from './queries.ts';
import { maySee, storeAttachment, type Viewer } from './service.ts';

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

/** Reads the one `file` of a multipart upload and stores it (service.ts). */
async function storeUpload(c: Context<AppEnv>, uploader: Uploader) {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
    throw new ProblemError({ type: 'unsupported-media-type' });
  }
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    throw fieldProblem(c.var.locale, { path: 'file', code: 'multipart_broken' });
  }
  const file = form.file;
  if (!(file instanceof File)) throw fieldProblem(c.var.locale, { path: 'file', code: 'required' });
  return c.json(presentAttachment(await storeAttachment(c.var.services, c.var.locale, uploader, file)), 201);
}

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
      const { services, viewer } = c.var;
      const id = c.req.param('attachmentId') ?? '';
      const row = isUuid(id) ? await findAttachment(services.db, id) : undefined;
      if (!row || !maySee(row, viewer)) throw new ProblemError({ type: 'not-found' });
      const body = await services.blobs.get(row.blobKey);
      if (!body) throw new ProblemError({ type: 'not-found' });
      return new Response(body, { headers: fileHeaders(row) });
    },
  );
}
