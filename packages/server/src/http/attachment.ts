/**
 * A `content-disposition` for a download saved under `name`: an ASCII fallback for old clients, and the name as it
 * is (Chinese included) in RFC 6266's `filename*`.
 */
export function attachmentDisposition(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
