/** Reads a secret given as hex (64 characters for 256 bits); any other text is used as its UTF-8 bytes. */
export function hexToBytes(text: string): Uint8Array {
  if (/^([0-9a-f]{2})+$/i.test(text)) return Uint8Array.from(text.match(/../g)!, (pair) => parseInt(pair, 16));
  return new TextEncoder().encode(text);
}
