/** One record of a CSV file: its values, and the line it starts on (1-based; a quoted value may span lines). */
export interface CsvRecord {
  line: number;
  values: string[];
  /** Set when the file ends inside a quoted value (the record is then incomplete). */
  unterminated?: true;
}

/**
 * Reads RFC 4180 CSV records from lines as they stream in (`readline` over the file): commas separate values,
 * values in double quotes may contain commas, line breaks and doubled quotes (`""`). A byte-order mark on the first
 * line (spreadsheets save UTF-8 CSV with one) is dropped; blank lines are skipped.
 */
export async function* readCsvRecords(lines: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let lineNumber = 0;
  let start = 0;
  let values: string[] = [];
  let value = '';
  let quoted = false;
  let atValueStart = true;
  for await (const raw of lines) {
    lineNumber++;
    const text = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (quoted) {
      value += '\n';
    } else {
      if (text.trim() === '') continue;
      start = lineNumber;
      values = [];
      value = '';
      atValueStart = true;
    }
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (quoted) {
        if (char !== '"') value += char;
        else if (text[i + 1] === '"') {
          value += '"';
          i++;
        } else quoted = false;
      } else if (char === '"' && atValueStart) {
        quoted = true;
        atValueStart = false;
      } else if (char === ',') {
        values.push(value);
        value = '';
        atValueStart = true;
      } else {
        value += char;
        atValueStart = false;
      }
    }
    if (!quoted) {
      values.push(value);
      yield { line: start, values };
    }
  }
  if (quoted) yield { line: start, values: [...values, value], unterminated: true };
}
