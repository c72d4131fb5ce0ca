/**
 * Opaque cursors: a list's name and the sort key of the last item shown, as base64url JSON. Each list has its own
 * `listCursor`, which refuses (`InvalidCursorError`, answered 422 naming `cursor`) what it did not write: a cursor of
 * another list, an edited one, or parts of the wrong kind — rather than letting them reach a query.
 */

/** What a sort key is made of: an instant, a row's numeric id, a row's uuid, or a short printable text. */
type PartKind = 'time' | 'id' | 'uuid' | 'text';
type PartValue<K extends PartKind> = K extends 'time' ? Date : K extends 'id' ? number : string;
export type CursorKey<P extends readonly PartKind[]> = { [I in keyof P]: PartValue<P[I]> };

/** A cursor that is malformed or not this list's; `app.onError` answers it as a refusal of the `cursor` parameter. */
export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'InvalidCursorError';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The range of a JavaScript Date (and well inside PostgreSQL's timestamp range).
const MAX_TIME = 8.64e15;

const isPart: Record<PartKind, (value: unknown) => boolean> = {
  time: (value) => Number.isSafeInteger(value) && Math.abs(value as number) <= MAX_TIME,
  id: (value) => Number.isSafeInteger(value) && (value as number) > 0,
  uuid: (value) => typeof value === 'string' && UUID.test(value),
  text: (value) => typeof value === 'string' && value.length <= 100 && /^[\x21-\x7e]*$/.test(value),
};

const toBase64Url = (text: string) => btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => atob(text.replaceAll('-', '+').replaceAll('_', '/'));

/** The cursors of one list (`name` unique among lists), over a sort key of the given parts. */
export function listCursor<const P extends readonly PartKind[]>(name: string, parts: P) {
  return {
    encode(key: CursorKey<P>): string {
      const values = (key as readonly unknown[]).map((value) => (value instanceof Date ? value.getTime() : value));
      return toBase64Url(JSON.stringify([name, ...values]));
    },
    /** The key a cursor holds; undefined for none (the first page); throws `InvalidCursorError` for a wrong one. */
    decode(cursor: string | undefined): CursorKey<P> | undefined {
      if (cursor === undefined || cursor === '') return undefined;
      let decoded: unknown;
      try {
        decoded = JSON.parse(fromBase64Url(cursor));
      } catch {
        throw new InvalidCursorError();
      }
      if (!Array.isArray(decoded) || decoded[0] !== name || decoded.length !== parts.length + 1) throw new InvalidCursorError();
      const values = decoded.slice(1);
      if (!parts.every((kind, index) => isPart[kind](values[index]))) throw new InvalidCursorError();
      return parts.map((kind, index) => (kind === 'time' ? new Date(values[index] as number) : values[index])) as CursorKey<P>;
    },
  };
}
