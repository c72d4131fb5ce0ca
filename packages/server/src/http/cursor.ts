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
