import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSseParser, type SseMessage } from './sse-parser.ts';

function parse(chunks: string[], lastEventId?: string) {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const parser = createSseParser({ onMessage: (message) => messages.push(message), onRetry: (ms) => retries.push(ms) }, lastEventId);
  for (const chunk of chunks) parser.push(chunk);
  return { messages, retries, lastEventId: parser.lastEventId };
}

describe('the event-stream parser', () => {
  test('events with ids, types and multi-line data; comments and retry', () => {
    const { messages, retries, lastEventId } = parse([': hello\n', 'retry: 2500\n\n', 'id: 7\nevent: ticket.created\ndata: {"a":1}\n\n', 'data: one\ndata: two\n\n']);
    assert.deepEqual(messages, [
      { event: 'ticket.created', data: '{"a":1}', id: '7' },
      { event: 'message', data: 'one\ntwo', id: '7' },
    ]);
    assert.deepEqual(retries, [2500]);
    assert.equal(lastEventId, '7');
  });

  test('an id-only message moves the resume point without dispatching anything', () => {
    const { messages, lastEventId } = parse(['retry: 3000\nid: 41\n\n'], '12');
    assert.deepEqual(messages, []);
    assert.equal(lastEventId, '41');
    assert.equal(parse(['id: 5\n'], '3').lastEventId, '3', 'not before the message ends');
  });

  test('the same events however the bytes are cut, with LF, CRLF or CR line ends', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = ['id: 1', 'event: a', 'data: x', '', 'id: 2', 'data: y', 'data:z', ''].join(end) + end;
      for (let size = 1; size <= 7; size++) {
        const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
        assert.deepEqual(
          parse(chunks).messages,
          [
            { event: 'a', data: 'x', id: '1' },
            { event: 'message', data: 'y\nz', id: '2' },
          ],
          `${JSON.stringify(end)} in chunks of ${size}`,
        );
      }
    }
  });

  test('a message without data is not dispatched; an unfinished one waits', () => {
    const { messages } = parse(['event: ping\n\n', 'data: half']);
    assert.deepEqual(messages, []);
  });
});
