// Waybill labels: one PDF, a 100 × 150 mm page per order, with the order number as a Code 128 symbol whose bars
// are whole printer dots, and the addresses in an embedded subset of a CJK font.
import PDFDocument from 'pdfkit';
import { labelFonts } from './font.ts';
import type { WaybillLabel } from './label.ts';
import { drawLabel, FONT, PAGE_SIZE } from './page.ts';

export type { WaybillLabel } from './label.ts';

/** The most labels one PDF holds. */
const MAX_LABELS = 500;

/** One PDF with a page per label, in the order given. */
export async function renderWaybills(labels: WaybillLabel[]): Promise<Uint8Array> {
  if (labels.length === 0 || labels.length > MAX_LABELS) throw new RangeError(`A waybill PDF holds 1 to ${MAX_LABELS} labels, not ${labels.length}`);
  const fonts = await labelFonts();
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, margin: 0, info: { Title: labels.length === 1 ? labels[0]!.number : `${labels.length} waybills`, Creator: 'Wharf' } });
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for (const label of labels) {
    doc.addPage({ size: PAGE_SIZE, margin: 0 });
    drawLabel(doc, label);
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
