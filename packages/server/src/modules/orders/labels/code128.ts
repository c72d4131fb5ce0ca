/**
 * Code 128 (ISO/IEC 15417) symbols as module widths, for drawing bars of exact printer-dot widths.
 *
 * `encodeCode128(text)` answers the widths from the start symbol to the stop pattern, bar first and alternating bar
 * and space; the quiet zones are the caller's. Runs of digits use code set C (two digits per symbol), everything
 * else printable ASCII code set B.
 */

/** Bar and space widths of symbol values 0–106 (106 is the stop pattern's first six elements, see STOP). */
const PATTERNS = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232',
] as const;

const STOP = '2331112';
const START_B = 104;
const START_C = 105;
const SWITCH_TO_B = 100;
const SWITCH_TO_C = 99;

/** Every symbol is 11 modules wide, the stop pattern 13. */
export const SYMBOL_MODULES = 11;
export const STOP_MODULES = 13;

export class UnencodableText extends Error {
  constructor(text: string) {
    super(`Code 128 here encodes printable ASCII only; "${text}" has other characters`);
  }
}

/** Symbol values (start, data, checksum) for `text`; code set C for digit runs long enough to save a symbol. */
export function code128Values(text: string): number[] {
  if (text.length === 0 || !/^[\x20-\x7e]+$/.test(text)) throw new UnencodableText(text);
  const values: number[] = [];
  let set: 'B' | 'C' | null = null;
  let i = 0;
  while (i < text.length) {
    const digits = digitRunAt(text, i);
    const atEdge = i === 0 || i + digits === text.length;
    const useC = digits >= (atEdge ? 4 : 6);
    if (useC) {
      const pairs = Math.floor(digits / 2);
      values.push(set === null ? START_C : set === 'C' ? -1 : SWITCH_TO_C);
      set = 'C';
      for (let p = 0; p < pairs; p++) values.push(Number(text.slice(i + 2 * p, i + 2 * p + 2)));
      i += pairs * 2;
    } else {
      values.push(set === null ? START_B : set === 'B' ? -1 : SWITCH_TO_B);
      set = 'B';
      values.push(text.charCodeAt(i) - 32);
      i += 1;
    }
  }
  const symbols = values.filter((value) => value >= 0);
  const checksum = symbols.reduce((sum, value, position) => sum + value * Math.max(position, 1), 0) % 103;
  return [...symbols, checksum];
}

/** Module widths of the whole symbol, bar first: start, data, checksum and the stop pattern. */
export function encodeCode128(text: string): number[] {
  const widths: number[] = [];
  for (const value of code128Values(text)) widths.push(...widthsOf(PATTERNS[value]!));
  widths.push(...widthsOf(STOP));
  return widths;
}

function widthsOf(pattern: string): number[] {
  return [...pattern].map(Number);
}

function digitRunAt(text: string, from: number): number {
  let end = from;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return end - from;
}

/** For tests: the symbol table is whole (every symbol 11 modules, all distinct). */
export const SYMBOL_PATTERNS: readonly string[] = PATTERNS;
export const STOP_PATTERN = STOP;
