import { BlobReader, configure, ZipReader, type Entry, type FileEntry } from '@zip.js/zip.js';
import { SaxesParser } from 'saxes';
import { createXmlScanner, type XmlHandlers } from './xml-scanner.ts';

// Reads the rows of an .xlsx workbook without holding it in memory: the archive through its central directory (so
// the parts can be read in the order needed, whatever order the writer stored them in), each part inflated as a
// stream and parsed as it arrives. Hostile files are refused before anything is inflated where their directory
// gives them away, and while inflating where it lies.

// Inflate on this thread with the platform's DecompressionStream (Node and browsers have it).
configure({ useWebWorkers: false });

export type SheetFileProblem = 'file_not_xlsx' | 'file_xls' | 'file_damaged' | 'file_unsafe' | 'file_no_sheet';

/** Why a file is not a readable workbook; `code` is a field code with its message in messages/imports/. */
export class SheetFileError extends Error {
  readonly code: SheetFileProblem;
  readonly params: Record<string, unknown>;
  constructor(code: SheetFileProblem, params: Record<string, unknown> = {}, cause?: unknown) {
    super(`unreadable workbook: ${code}`, { cause });
    this.name = 'SheetFileError';
    this.code = code;
    this.params = params;
  }
}

export interface SheetLimits {
  /** How many times its stored size a part may unpack to. */
  maxExpansion: number;
  /** What all parts together may unpack to. */
  maxUnpackedBytes: number;
  maxEntries: number;
  /** Cells further right are not read. */
  maxColumns: number;
  /** Longer texts are cut (Excel's own limit is 32,767). */
  maxCellLength: number;
}

/** A row as the sheet has it: its number and its values by 0-based column; only rows with a value are read. */
export interface RawRow {
  row: number;
  values: (string | undefined)[];
}

export interface OpenedSheet {
  name: string;
  /** The sheet part's unpacked size, and how much of it has been read: progress. */
  totalBytes: number;
  readonly bytesRead: number;
  /** The rows, a batch per piece of the sheet read; consume them one batch at a time (once). */
  rows(): AsyncGenerator<RawRow[]>;
  close(): Promise<void>;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (head: Uint8Array, magic: number[]) => magic.every((byte, index) => head[index] === byte);

/** What the parser reports of an element: its name and attributes (values are strings without namespaces). */
type Tag = { name: string; attributes: Record<string, unknown> };

/** Tag names without their namespace prefix (`x:row` is `row`: some writers prefix every element). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** How far inflation may run ahead of parsing. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;

/** Inflates one part as text, chunk by chunk, refusing it past what its directory entry and the limits allow. */
async function* partText(entry: FileEntry, limits: SheetLimits, counter: { bytes: number }): AsyncGenerator<string> {
  const allowed = Math.min(limits.maxUnpackedBytes, Math.max(entry.compressedSize, 4096) * limits.maxExpansion);
  const guard = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      counter.bytes += chunk.byteLength;
      // A directory may lie about the size; what actually comes out is what counts.
      if (counter.bytes > allowed || counter.bytes > entry.uncompressedSize + 64) {
        controller.error(new SheetFileError('file_unsafe', { max: limits.maxExpansion }));
        return;
      }
      controller.enqueue(chunk);
    },
    // Inflating runs off this thread (zlib): let it work a few megabytes ahead while the text is parsed here.
  }, new ByteLengthQueuingStrategy({ highWaterMark: READ_AHEAD_BYTES }), new ByteLengthQueuingStrategy({ highWaterMark: READ_AHEAD_BYTES }));
  const reader = guard.readable.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  let failure: unknown;
  const written = entry.getData(guard.writable, { checkSignature: true }).then(
    () => undefined,
    (error: unknown) => {
      failure ??= error;
    },
  );
  let finished = false;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<string>;
      try {
        next = await reader.read();
      } catch (error) {
        await written;
        // The guard's own refusal, else whatever broke the inflation.
        throw asSheetError(error instanceof SheetFileError ? error : (failure ?? error), limits);
      }
      if (next.done) break;
      yield next.value;
    }
    await written;
    if (failure) throw asSheetError(failure, limits);
    finished = true;
  } finally {
    // Left early (the reader stopped at a limit) or failed: stop inflating.
    if (!finished) {
      await reader.cancel().catch(() => {});
      await written;
    }
    reader.releaseLock();
  }
}

/** What broke inflation, as the user's problem: zip.js stops a part at the size it declared, which a bomb lies about. */
function asSheetError(error: unknown, limits?: SheetLimits): SheetFileError {
  if (error instanceof SheetFileError) return error;
  if ((error as Error | undefined)?.message === 'Invalid uncompressed size') return new SheetFileError('file_unsafe', { max: limits?.maxExpansion }, error);
  return new SheetFileError('file_damaged', {}, error);
}

/** Parses a part with a SAX parser, calling `handlers` as it goes; resolves when the part has been read. */
async function parsePart(entry: FileEntry, limits: SheetLimits, handlers: (parser: SaxesParser) => void): Promise<void> {
  const parser = new SaxesParser({ position: false });
  handlers(parser);
  try {
    for await (const chunk of partText(entry, limits, { bytes: 0 })) parser.write(chunk);
    parser.close();
  } catch (error) {
    throw error instanceof SheetFileError ? error : new SheetFileError('file_damaged', {}, error);
  }
}

/** `xl/_rels/workbook.xml.rels` → `{ rId1: 'xl/worksheets/sheet1.xml', … }`, targets resolved against `base`. */
async function relationships(entry: FileEntry | undefined, base: string, limits: SheetLimits): Promise<Map<string, { target: string; type: string }>> {
  const found = new Map<string, { target: string; type: string }>();
  if (!entry) return found;
  await parsePart(entry, limits, (parser) => {
    parser.on('opentag', (tag: Tag) => {
      if (local(tag.name) !== 'Relationship') return;
      const target = String(tag.attributes.Target ?? '');
      const path = target.startsWith('/') ? target.slice(1) : new URL(target, `file:///${base}`).pathname.slice(1);
      found.set(String(tag.attributes.Id ?? ''), { target: decodeURIComponent(path), type: String(tag.attributes.Type ?? '') });
    });
  });
  return found;
}

/** Scans a big part (shared strings, the sheet) with the fast scanner, calling `handlers` as it goes. */
async function scanPart(entry: FileEntry, limits: SheetLimits, counter: { bytes: number }, handlers: XmlHandlers): Promise<void> {
  const scanner = createXmlScanner(handlers);
  try {
    for await (const chunk of partText(entry, limits, counter)) {
      scanner.write(chunk);
    }
    scanner.end();
  } catch (error) {
    throw error instanceof SheetFileError ? error : new SheetFileError('file_damaged', {}, error);
  }
}

/** The shared strings table: rich-text runs joined, phonetic guides (`rPh`) left out. */
async function sharedStrings(entry: FileEntry | undefined, limits: SheetLimits): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let current = '';
  let inText = false;
  let phonetic = 0;
  await scanPart(entry, limits, { bytes: 0 }, {
    open(tag) {
      const name = local(tag);
      if (name === 'si') current = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    text(text) {
      if (inText && current.length < limits.maxCellLength) current += text;
    },
    close(tag) {
      const name = local(tag);
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(current.length > limits.maxCellLength ? current.slice(0, limits.maxCellLength) : current);
    },
  });
  return strings;
}

/** A number as Excel stores it (`129.90000000000001`) in its shortest form (`129.9`); integers are as written. */
function numberText(value: string): string {
  if (/^-?[1-9]\d{0,14}$/.test(value)) return value;
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? String(number) : value;
}

/**
 * Opens the first visible worksheet of an .xlsx file (templates keep their lists on a hidden sheet). Throws a
 * `SheetFileError` for a file that is not a workbook, is damaged, or would unpack beyond the limits.
 */
export async function openSheet(file: Blob, limits: SheetLimits): Promise<OpenedSheet> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (startsWith(head, OLE)) throw new SheetFileError('file_xls');
  if (!startsWith(head, ZIP)) throw new SheetFileError('file_not_xlsx');

  const zip = new ZipReader(new BlobReader(file));
  let entries: Entry[];
  try {
    entries = await zip.getEntries();
  } catch (error) {
    throw new SheetFileError('file_damaged', {}, error);
  }
  if (entries.length > limits.maxEntries) throw new SheetFileError('file_unsafe', { max: limits.maxExpansion });
  let unpacked = 0;
  const files = new Map<string, FileEntry>();
  for (const entry of entries) {
    if (entry.directory) continue;
    if (entry.encrypted) throw new SheetFileError('file_xls');
    unpacked += entry.uncompressedSize;
    if (entry.uncompressedSize > Math.max(entry.compressedSize, 4096) * limits.maxExpansion || unpacked > limits.maxUnpackedBytes) {
      throw new SheetFileError('file_unsafe', { max: limits.maxExpansion });
    }
    files.set(entry.filename.replace(/^\/+/, ''), entry);
  }

  const root = await relationships(files.get('_rels/.rels'), '', limits);
  const workbookPath = [...root.values()].find((rel) => rel.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = files.get(workbookPath);
  if (!workbook) throw new SheetFileError(files.has('[Content_Types].xml') ? 'file_no_sheet' : 'file_not_xlsx');
  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = await relationships(files.get(`${base}_rels/${workbookPath.slice(base.length)}.rels`), workbookPath, limits);

  const sheets: { name: string; id: string; hidden: boolean }[] = [];
  await parsePart(workbook, limits, (parser) => {
    parser.on('opentag', (tag: Tag) => {
      if (local(tag.name) !== 'sheet') return;
      const id = Object.entries(tag.attributes).find(([name]) => local(name) === 'id')?.[1];
      sheets.push({ name: String(tag.attributes.name ?? ''), id: String(id ?? ''), hidden: !!tag.attributes.state && tag.attributes.state !== 'visible' });
    });
  });
  const chosen = sheets.find((sheet) => !sheet.hidden) ?? sheets[0];
  const sheetEntry = chosen && files.get(rels.get(chosen.id)?.target ?? '');
  if (!chosen || !sheetEntry) throw new SheetFileError('file_no_sheet');
  const stringsPath = [...rels.values()].find((rel) => rel.type.endsWith('/sharedStrings'))?.target;

  const counter = { bytes: 0 };
  return {
    name: chosen.name,
    totalBytes: sheetEntry.uncompressedSize,
    get bytesRead() {
      return counter.bytes;
    },
    // The shared strings are read when the rows are: opening a workbook to look at it stays cheap.
    rows: async function* () {
      const strings = await sharedStrings(stringsPath ? files.get(stringsPath) : undefined, limits);
      yield* sheetRows(sheetEntry, strings, limits, counter);
    },
    close: () => zip.close(),
  };
}

/** The sheet's rows with values, one batch per piece of the part parsed. */
async function* sheetRows(entry: FileEntry, strings: readonly string[], limits: SheetLimits, counter: { bytes: number }): AsyncGenerator<RawRow[]> {
  let batch: RawRow[] = [];
  let rowNumber = 0;
  let values: (string | undefined)[] = [];
  let hasValue = false;
  let column = -1;
  let type = '';
  let text = '';
  let reading = false; // inside <v>, or <t> of an inline string
  let phonetic = 0;
  let inCell = false;

  const handlers: XmlHandlers = {
    open(tag, attribute) {
      switch (local(tag)) {
        case 'row': {
          const r = Number(attribute('r'));
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          values = [];
          hasValue = false;
          column = -1;
          break;
        }
        case 'c': {
          const ref = attribute('r');
          const letters = ref ? /^[A-Za-z]{1,3}/.exec(ref)?.[0] : undefined;
          column = letters ? [...letters.toUpperCase()].reduce((index, char) => index * 26 + char.charCodeAt(0) - 64, 0) - 1 : column + 1;
          type = attribute('t') ?? 'n';
          text = '';
          inCell = true;
          break;
        }
        case 'v':
          reading = inCell;
          break;
        case 't':
          reading = inCell && type === 'inlineStr' && phonetic === 0;
          break;
        case 'rPh':
          phonetic++;
          break;
      }
    },
    text(chunk) {
      if (reading && text.length < limits.maxCellLength) text += chunk;
    },
    close(tag) {
      switch (local(tag)) {
        case 'v':
        case 't':
          reading = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          inCell = false;
          if (column < 0 || column >= limits.maxColumns) break;
          let value: string | undefined;
          if (type === 's') value = strings[Number(text)];
          else if (type === 'b') value = text === '1' ? 'TRUE' : text === '0' ? 'FALSE' : text;
          else if (type === 'n') value = numberText(text);
          else value = text;
          if (value !== undefined && value.length > limits.maxCellLength) value = value.slice(0, limits.maxCellLength);
          if (value !== undefined && value !== '') {
            values[column] = value;
            hasValue = true;
          }
          break;
        }
        case 'row':
          if (hasValue) batch.push({ row: rowNumber, values });
          break;
      }
    },
  };

  const scanner = createXmlScanner(handlers);
  try {
    for await (const chunk of partText(entry, limits, counter)) {
      scanner.write(chunk);
      if (batch.length) {
        const ready = batch;
        batch = [];
        yield ready;
      }
    }
    scanner.end();
  } catch (error) {
    throw error instanceof SheetFileError ? error : new SheetFileError('file_damaged', {}, error);
  }
  if (batch.length) yield batch;
}
