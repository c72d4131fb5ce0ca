// A streaming scanner for the two big parts of a workbook — the sheet's rows and the shared strings — which are
// tens of megabytes of the same few elements. It reports start tags (attributes read on demand), end tags and text,
// and nothing else: no DTDs and no entities beyond XML's own five and numeric references (so nothing to expand into
// a billion laughs). saxes reads the small parts (relationships, workbook); here it would cost twice as long as the
// rest of the check together (bench/import).

export interface XmlHandlers {
  /** A start tag; `attribute(name)` reads one of its attributes, decoded. */
  open(name: string, attribute: (name: string) => string | undefined, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data, decoded; one text may arrive in several calls. */
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML's predefined entities and character references; anything else stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Reads one attribute out of a tag's attribute text (`r="A1" t="s"`). */
function attributeOf(text: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = text.charCodeAt(at - 1);
    // The whole name (not the end of `xr:uid` when asking for `uid`), then optional spaces and `=`.
    if (at > 0 && before > 32) continue;
    let cursor = from;
    while (text.charCodeAt(cursor) <= 32) cursor++;
    if (text[cursor] !== '=') continue;
    cursor++;
    while (text.charCodeAt(cursor) <= 32) cursor++;
    const quote = text[cursor];
    if (quote !== '"' && quote !== "'") continue;
    const end = text.indexOf(quote, cursor + 1);
    if (end < 0) return undefined;
    return decodeEntities(text.slice(cursor + 1, end));
  }
}

/** Where the tag opened at `start` closes: the first `>` outside quotes, or -1 when the chunk ends first. */
function tagEnd(text: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (quote) {
      if (char === quote) quote = 0;
    } else if (char === 34 || char === 39) quote = char;
    else if (char === 62) return i;
  }
  return -1;
}

/** Text that runs on without markup is passed on in pieces of about this size (a hostile cell is not one string). */
const TEXT_PIECE = 1 << 20;

export function createXmlScanner(handlers: XmlHandlers): { write(chunk: string): void; end(): void } {
  let pending = '';
  return {
    write(chunk) {
      const text = pending + chunk;
      let at = 0;
      for (;;) {
        const lt = text.indexOf('<', at);
        if (lt < 0) {
          // No markup in the rest: keep it (an entity may be cut), unless it has grown long.
          pending = text.slice(at);
          if (pending.length > TEXT_PIECE) {
            const cut = pending.lastIndexOf('&') > pending.length - 12 ? pending.lastIndexOf('&') : pending.length;
            handlers.text(decodeEntities(pending.slice(0, cut)));
            pending = pending.slice(cut);
          }
          return;
        }
        if (lt > at) handlers.text(decodeEntities(text.slice(at, lt)));
        const next = text.charCodeAt(lt + 1);
        if (next === 33 /* ! */) {
          // A comment, CDATA or a DOCTYPE: CDATA is text; the others are skipped.
          if (text.startsWith('<![CDATA[', lt)) {
            const end = text.indexOf(']]>', lt + 9);
            if (end < 0) return void (pending = text.slice(lt));
            handlers.text(text.slice(lt + 9, end));
            at = end + 3;
          } else if (text.startsWith('<!--', lt)) {
            const end = text.indexOf('-->', lt + 4);
            if (end < 0) return void (pending = text.slice(lt));
            at = end + 3;
          } else {
            const end = tagEnd(text, lt);
            if (end < 0) return void (pending = text.slice(lt));
            at = end + 1;
          }
          continue;
        }
        if (next === 63 /* ? */) {
          const end = text.indexOf('?>', lt + 2);
          if (end < 0) return void (pending = text.slice(lt));
          at = end + 2;
          continue;
        }
        const end = tagEnd(text, lt);
        if (end < 0) {
          pending = text.slice(lt);
          if (pending.length > 4 * TEXT_PIECE) throw new Error('a tag runs on for megabytes');
          return;
        }
        if (next === 47 /* / */) {
          handlers.close(text.slice(lt + 2, end).trim());
        } else {
          const selfClosing = text.charCodeAt(end - 1) === 47;
          let nameEnd = lt + 1;
          while (nameEnd < end) {
            const char = text.charCodeAt(nameEnd);
            if (char <= 32 || char === 47 || char === 62) break;
            nameEnd++;
          }
          const attributes = text.slice(nameEnd, selfClosing ? end - 1 : end);
          const name = text.slice(lt + 1, nameEnd);
          handlers.open(name, (wanted) => attributeOf(attributes, wanted), selfClosing);
          if (selfClosing) handlers.close(name);
        }
        at = end + 1;
      }
    },
    end() {
      if (pending) handlers.text(decodeEntities(pending));
      pending = '';
    },
  };
}
