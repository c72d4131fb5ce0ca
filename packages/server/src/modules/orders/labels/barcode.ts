import { encodeCode128 } from './code128.ts';

/** Thermal label printers print at 203 dpi; a PDF point is 1/72 inch. */
export const PRINTER_DPI = 203;
export const DOT = 72 / PRINTER_DPI;
/** The narrowest bar in printer dots: 4 dots at 203 dpi is 0.5 mm. Fewer only when a long text would not fit. */
export const MODULE_DOTS = [4, 3, 2] as const;
/** Blank space each side of the symbol, in modules (ISO/IEC 15417 asks for at least 10). */
export const QUIET_ZONE_MODULES = 10;

export interface BarcodePlacement {
  /** Left edge of the first bar and width of one module, in points, both whole numbers of printer dots. */
  x: number;
  module: number;
  /** Width of the symbol without its quiet zones, in points. */
  width: number;
  /** Bar and space widths in modules, bar first. */
  widths: number[];
}

/**
 * Places the Code 128 symbol of `text` centred in `[left, left + room]` (points) on the printer's dot grid: the
 * widest whole-dot module that fits with both quiet zones, and a first bar that starts on a dot.
 */
export function placeBarcode(text: string, left: number, room: number): BarcodePlacement {
  const widths = encodeCode128(text);
  const modules = widths.reduce((sum, width) => sum + width, 0);
  const roomDots = Math.floor(room / DOT);
  const dots = MODULE_DOTS.find((candidate) => (modules + 2 * QUIET_ZONE_MODULES) * candidate <= roomDots);
  if (dots === undefined) throw new RangeError(`"${text}" is too long for a Code 128 symbol ${room.toFixed(1)} pt wide`);
  const symbolDots = modules * dots;
  const firstDot = Math.ceil(left / DOT) + Math.floor((roomDots - symbolDots) / 2);
  return { x: firstDot * DOT, module: dots * DOT, width: symbolDots * DOT, widths };
}

/** The bars of a placement as rectangles `[x, width]` in points (the spaces between them left blank). */
export function barRectangles(placement: BarcodePlacement): [number, number][] {
  const bars: [number, number][] = [];
  let offset = 0;
  placement.widths.forEach((width, index) => {
    if (index % 2 === 0) bars.push([placement.x + offset * placement.module, width * placement.module]);
    offset += width;
  });
  return bars;
}
