// Waybill labels: one PDF, a 100 × 150 mm page per order, with the order number as a Code 128 symbol whose bars
// are whole printer dots, and the addresses in an embedded subset of a CJK font.
import PDFDocument from 'pdfkit';
import type { Address } from '@wharf/domain/addresses';
import type { Locale } from '@wharf/domain/common';
import { labelFonts } from './font.ts';
import { drawLabel, FONT, PAGE_SIZE } from './page.ts';

export interface WaybillLabel {
  number: string;
  createdAt: Date;
  locale: Locale;
  warehouse: { code: string; name: string };
  shippingMethod: { code: string; name: string };
  sender: Address | null;
  recipient: Address;
  items: { sku: string; name: string; quantity: number }[];
  remarks: string | null;
}

/** The most labels one PDF holds. */
const MAX_LABELS = 500;

/** One PDF with a page per label, in the order given. */
export async function renderWaybills(labels: WaybillLabel[]): Promise<Uint8Array> {
  if (labels.length === 0 || labels.length > MAX_LABELS) throw new RangeError(`A waybill PDF holds 1 to ${MAX_LABELS} labels, not ${labels.length}`);
  const fonts = await labelFonts();
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, margin: 0, info: { Title: labels.length === 1 ? labels[0]!.number : `${labels.length} waybills`, Creator: 'Wharf' } });
  doc.registerFont(FONT.regular, Buffer.from(fonts.regular.buffer, fonts.regular.byteOffset, fonts.regular.byteLength));
  doc.registerFont(FONT.bold, Buffer.from(fonts.bold.buffer, fonts.bold.byteOffset, fonts.bold.byteLength));
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
