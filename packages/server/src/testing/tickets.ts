import assert from 'node:assert/strict';
import { createEnterprise, operatorToken, type EnterpriseAdmin } from './enterprises.ts';
import { askTicket, subscribe } from './fixtures/seeding.ts';
import type { TestServer } from './harness.ts';

export interface TicketEnterprise extends EnterpriseAdmin {
  /** A support agent's token. */
  agent: string;
}

/** An enterprise subscribed to the ticket products until a year from now, its admin, and a support agent. */
export async function ticketEnterprise(server: TestServer, agent?: string): Promise<TicketEnterprise> {
  const admin = await createEnterprise(server);
  const token = agent ?? (await operatorToken(server, ['support']));
  await subscribe(server.call, await operatorToken(server, ['admin']), admin.enterprise.id, { now: server.clock.now() });
  return { ...admin, agent: token };
}

export async function createTicket(server: TestServer, token: string, overrides: Record<string, unknown> = {}) {
  return (await askTicket(server.call, token, overrides)) as { number: string; status: string; [key: string]: unknown };
}

/** Uploads one file as multipart/form-data (to `/v1/attachments`, or the agents' path). */
export async function upload(server: TestServer, token: string, name: string, bytes: Uint8Array, path = '/v1/attachments') {
  const form = new FormData();
  form.append('file', new File([bytes as BlobPart], name));
  return server.call('POST', path, { token, raw: form });
}

export interface EventReader {
  /** The next event of `type` (skipping others), or a failure after `timeoutMs`. */
  next(type?: string, timeoutMs?: number): Promise<{ id: string; type: string; data: any }>;
  /** Whether an event arrives within `ms` (to show that one does not). */
  anyWithin(ms: number): Promise<boolean>;
  /** The id the stream opened with (where it starts), to resume from before any event arrived. */
  startingPoint(timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

/** Opens `GET /v1/events` (or the operators' stream) and reads Server-Sent Events from it. */
export async function openEvents(server: TestServer, token: string, options: { path?: string; lastEventId?: string } = {}): Promise<EventReader> {
  const controller = new AbortController();
  const response = await server.app.request(options.path ?? '/v1/events', {
    headers: { authorization: `Bearer ${token}`, ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}) },
    signal: controller.signal,
  });
  assert.equal(response.status, 200, await (response.status === 200 ? Promise.resolve('') : response.text()));
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const queued: { id: string; type: string; data: any }[] = [];
  let reading: Promise<void> | undefined;
  let startingPoint: string | undefined;

  const pump = () =>
    (reading ??= reader.read().then(({ value, done }) => {
      reading = undefined;
      if (done) throw new Error('the event stream ended');
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields: Record<string, string> = Object.fromEntries(block.split('\n').flatMap((line) => (line.startsWith(':') || !line.includes(':') ? [] : [[line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()]])));
        if (!fields.data && fields.id !== undefined) startingPoint ??= fields.id;
        if (fields.data) queued.push({ id: fields.id ?? '', type: fields.event ?? 'message', data: JSON.parse(fields.data) });
      }
    }));

  const within = <T>(promise: Promise<T>, ms: number) =>
    Promise.race([promise.then((value) => ({ value })), new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);

  return {
    async next(type, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = queued.findIndex((event) => !type || event.type === type);
        if (index >= 0) return queued.splice(index, 1)[0]!;
        const left = deadline - Date.now();
        if (left <= 0 || !(await within(pump(), left))) throw new Error(`no ${type ?? 'event'} within ${timeoutMs} ms`);
      }
    },
    async startingPoint(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (startingPoint === undefined) {
        if (!(await within(pump(), deadline - Date.now()))) throw new Error('the stream did not say where it starts');
      }
      return startingPoint;
    },
    async anyWithin(ms) {
      if (queued.length) return true;
      await within(pump(), ms);
      return queued.length > 0;
    },
    async close() {
      controller.abort();
      await reader.cancel().catch(() => {});
    },
  };
}
