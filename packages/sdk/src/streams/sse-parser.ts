/** One dispatched Server-Sent Event. */
export interface SseMessage {
  event: string;
  data: string;
  /** The stream's last event id after this message (ids persist until changed, per the spec). */
  id: string | undefined;
}

/**
 * An incremental parser of `text/event-stream` (the WHATWG "event stream interpretation"): feed it decoded
 * text as it arrives. Handles CR, LF and CRLF line ends split across chunks, multi-line data, comments,
 * `retry:` and ids, and does not dispatch a message whose data is empty.
 */
export function createSseParser(handlers: { onMessage(message: SseMessage): void; onRetry?(ms: number): void }, lastEventId?: string) {
  let buffer = '';
  let id = lastEventId; // the "last event ID buffer"
  let dispatchedId = lastEventId; // the stream's last event ID: set at each blank line, even without data
  let event = '';
  let data: string[] = [];
  let pendingCr = false;

  function line(text: string) {
    if (text === '') {
      dispatchedId = id;
      if (data.length) handlers.onMessage({ event: event || 'message', data: data.join('\n'), id });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) handlers.onRetry?.(Number(value));
  }

  return {
    push(chunk: string) {
      let text = chunk;
      // A CR ended the previous chunk: a LF starting this one belongs to it.
      if (pendingCr && text.startsWith('\n')) text = text.slice(1);
      pendingCr = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const char = buffer[i];
        if (char !== '\n' && char !== '\r') continue;
        line(buffer.slice(start, i));
        if (char === '\r') {
          if (i + 1 === buffer.length) pendingCr = true;
          else if (buffer[i + 1] === '\n') i++;
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
    get lastEventId() {
      return dispatchedId;
    },
  };
}
