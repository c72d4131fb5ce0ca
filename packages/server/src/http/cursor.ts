/** Opaque cursors over ascending numeric ids (lists are newest first: the next page is below the cursor). */
export function encodeCursor(id: number): string {
  return btoa(`id:${id}`).replace(/=+$/, '');
}

export function decodeCursor(cursor: string | undefined): number | undefined {
  if (!cursor) return undefined;
  try {
    const match = /^id:(\d{1,15})$/.exec(atob(cursor));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Opaque cursors over a sort key of several parts (e.g. a completion time and a ticket number). */
export function encodeKeyCursor(parts: readonly (string | number)[]): string {
  return btoa(`k:${JSON.stringify(parts)}`).replace(/=+$/, '');
}

export function decodeKeyCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const text = atob(cursor);
    if (!text.startsWith('k:')) return undefined;
    const parts: unknown = JSON.parse(text.slice(2));
    if (!Array.isArray(parts) || parts.length !== arity || !parts.every((part) => typeof part === 'string' || typeof part === 'number')) return undefined;
    return parts as (string | number)[];
  } catch {
    return undefined;
  }
}
