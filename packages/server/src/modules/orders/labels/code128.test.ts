import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { barRectangles, DOT, placeBarcode, QUIET_ZONE_MODULES } from './barcode.ts';
import { code128Values, encodeCode128, STOP_MODULES, STOP_PATTERN, SYMBOL_MODULES, SYMBOL_PATTERNS, UnencodableText } from './code128.ts';

const sum = (widths: readonly number[]) => widths.reduce((total, width) => total + width, 0);

describe('Code 128', () => {
  test('the symbol table is whole: 106 distinct patterns of 11 modules, three bars and three spaces, and a stop of 13', () => {
    assert.equal(SYMBOL_PATTERNS.length, 106);
    assert.equal(new Set(SYMBOL_PATTERNS).size, 106);
    for (const pattern of SYMBOL_PATTERNS) assert.equal(sum([...pattern].map(Number)), SYMBOL_MODULES, pattern);
    assert.equal(sum([...STOP_PATTERN].map(Number)), STOP_MODULES);
  });

  test('an order number is its letters in code set B and its digits in pairs in code set C, with the mod-103 check', () => {
    // Start B (104), S (51), O (47), code C (99), 00 00 00 01 23, check.
    const values = code128Values('SO0000000123');
    assert.deepEqual(values.slice(0, -1), [104, 51, 47, 99, 0, 0, 0, 1, 23]);
    const weighted = 104 + 51 * 1 + 47 * 2 + 99 * 3 + 0 + 0 + 0 + 1 * 7 + 23 * 8;
    assert.equal(values.at(-1), weighted % 103);
  });

  test('all digits start in code set C; an odd digit left over goes back to code set B; short digit runs stay in B', () => {
    assert.deepEqual(code128Values('123456').slice(0, -1), [105, 12, 34, 56]);
    assert.deepEqual(code128Values('12345').slice(0, -1), [105, 12, 34, 100, 21]);
    assert.deepEqual(code128Values('A12B').slice(0, -1), [104, 33, 17, 18, 34]);
  });

  test('the widths run from the start symbol to the stop pattern, bar first', () => {
    const widths = encodeCode128('SO0000000123');
    assert.equal(sum(widths), 10 * SYMBOL_MODULES + STOP_MODULES);
    assert.equal(widths.length % 2, 1, 'starts and ends with a bar');
  });

  test('text outside printable ASCII is refused', () => {
    assert.throws(() => code128Values('订单1'), UnencodableText);
    assert.throws(() => code128Values(''), UnencodableText);
  });
});

describe('barcode placement', () => {
  const width = 100 * (72 / 25.4);

  test('on a 100 mm label the module is 4 printer dots (0.5 mm at 203 dpi), every bar edge on a dot, with quiet zones', () => {
    const placement = placeBarcode('SO0000000123', 0, width);
    assert.ok(Math.abs(placement.module - 4 * DOT) < 1e-9);
    const onDot = (points: number) => Math.abs(points / DOT - Math.round(points / DOT)) < 1e-6;
    for (const [x, barWidth] of barRectangles(placement)) {
      assert.ok(onDot(x) && onDot(barWidth), `bar at ${x} pt, ${barWidth} pt wide`);
    }
    assert.ok(placement.x >= QUIET_ZONE_MODULES * placement.module);
    assert.ok(width - (placement.x + placement.width) >= QUIET_ZONE_MODULES * placement.module);
  });

  test('a text too long for 4-dot modules gets the widest whole-dot module that fits, and one that fits nowhere is refused', () => {
    const long = placeBarcode('WAREHOUSE-ORDER-ABCDEFGH', 0, width);
    assert.ok([3, 2].some((dots) => Math.abs(long.module - dots * DOT) < 1e-9));
    assert.throws(() => placeBarcode('X'.repeat(60), 0, width), RangeError);
  });
});
