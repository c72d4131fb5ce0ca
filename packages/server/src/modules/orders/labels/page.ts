import { formatAddressLine, maskPhone, type Address } from '@wharf/domain/addresses';
import { barRectangles, placeBarcode } from './barcode.ts';
import { labelText, type LabelText } from './text.ts';
import type { WaybillLabel } from './label.ts';

/** A label is 100 × 150 mm; drawing is in PDF points. */
export const MM = 72 / 25.4;
export const PAGE_SIZE: [number, number] = [100 * MM, 150 * MM];
const MARGIN = 4 * MM;
const WIDTH = PAGE_SIZE[0] - 2 * MARGIN;
const BAR_HEIGHT = 20 * MM;
/** Item lines printed before the rest are summed up in one line. */
const ITEM_LINES = 5;
/** Warehouses ship from mainland China and Hong Kong, both UTC+8: the label's date is theirs. */
const WAREHOUSE_TIME_ZONE = 'Asia/Shanghai';

export const FONT = { regular: 'label-regular', bold: 'label-bold' } as const;

/** Draws one label on the document's current page. */
export function drawLabel(doc: PDFKit.PDFDocument, label: WaybillLabel): void {
  const text = labelText(label.locale);
  let y = MARGIN;
  y = drawHeader(doc, label, y);
  y = drawBarcode(doc, label.number, y);
  y = drawAddress(doc, text.recipient, label.recipient, y, 'large');
  if (label.sender) y = drawAddress(doc, text.sender, label.sender, y, 'small');
  y = drawItems(doc, text, label.items, y);
  if (label.remarks) drawRemarks(doc, text.remarks, label.remarks, y);
}

function drawHeader(doc: PDFKit.PDFDocument, label: WaybillLabel, top: number): number {
  const half = WIDTH / 2;
  doc.font(FONT.bold).fontSize(14).text(label.shippingMethod.name, MARGIN, top, { width: half + 10 * MM, height: 20, ellipsis: true, lineBreak: false });
  doc.font(FONT.regular).fontSize(7).text(label.shippingMethod.code, MARGIN, top + 20, { width: half, lineBreak: false });
  const right = { width: half - 10 * MM, align: 'right' as const, lineBreak: false, ellipsis: true, height: 10 };
  doc.font(FONT.bold).fontSize(9).text(`${label.warehouse.code} ${label.warehouse.name}`, MARGIN + half + 10 * MM, top + 2, right);
  doc.font(FONT.regular).fontSize(8).text(formatDate(label.createdAt), MARGIN + half + 10 * MM, top + 15, right);
  return rule(doc, top + 31);
}

function drawBarcode(doc: PDFKit.PDFDocument, number: string, top: number): number {
  const placement = placeBarcode(number, 0, PAGE_SIZE[0]);
  for (const [x, width] of barRectangles(placement)) doc.rect(x, top + 2 * MM, width, BAR_HEIGHT);
  doc.fill('black');
  const textTop = top + 2 * MM + BAR_HEIGHT + 1.5 * MM;
  doc.font(FONT.bold).fontSize(13).text(number, MARGIN, textTop, { width: WIDTH, align: 'center', characterSpacing: 1.5, lineBreak: false });
  return rule(doc, textTop + 18);
}

function drawAddress(doc: PDFKit.PDFDocument, heading: string, address: Address, top: number, size: 'large' | 'small'): number {
  const large = size === 'large';
  const indent = 15 * MM;
  doc.font(FONT.bold).fontSize(large ? 11 : 8).text(heading, MARGIN, top + 2, { width: indent, lineBreak: false });
  const x = MARGIN + indent;
  const width = WIDTH - indent;
  doc.font(FONT.bold).fontSize(large ? 12 : 8).text(`${address.name}  ${maskPhone(address.phone)}`, x, top + 2, { width, height: large ? 16 : 11, ellipsis: true, lineBreak: false });
  const line = [formatAddressLine(address), address.postcode].filter(Boolean).join('  ');
  doc.font(FONT.regular).fontSize(large ? 11 : 8).text(line, x, doc.y + 2, { width, height: large ? 44 : 22, ellipsis: true });
  return rule(doc, Math.max(doc.y, top + (large ? 30 * MM : 14 * MM)) + 3);
}

function drawItems(doc: PDFKit.PDFDocument, text: LabelText, items: WaybillLabel['items'], top: number): number {
  const pieces = items.reduce((sum, item) => sum + item.quantity, 0);
  doc.font(FONT.bold).fontSize(8).text(`${text.items}  ${text.total(items.length, pieces)}`, MARGIN, top + 2, { width: WIDTH, lineBreak: false });
  doc.font(FONT.regular).fontSize(7.5);
  const shown = items.length > ITEM_LINES ? items.slice(0, ITEM_LINES - 1) : items;
  for (const item of shown) {
    const y = doc.y + 1;
    doc.text(`${item.sku}  ${item.name}`, MARGIN, y, { width: WIDTH - 12 * MM, height: 10, ellipsis: true, lineBreak: false });
    doc.text(`× ${item.quantity}`, MARGIN + WIDTH - 12 * MM, y, { width: 12 * MM, align: 'right', lineBreak: false });
  }
  if (shown.length < items.length) doc.text(text.more(items.length - shown.length), MARGIN, doc.y + 1, { width: WIDTH, lineBreak: false });
  return rule(doc, doc.y + 3);
}

function drawRemarks(doc: PDFKit.PDFDocument, heading: string, remarks: string, top: number): void {
  const bottom = PAGE_SIZE[1] - MARGIN;
  doc.font(FONT.bold).fontSize(8).text(heading, MARGIN, top + 2, { width: WIDTH, lineBreak: false });
  doc.font(FONT.regular).fontSize(8).text(remarks, MARGIN, doc.y + 1, { width: WIDTH, height: Math.max(bottom - doc.y - 1, 10), ellipsis: true });
}

function rule(doc: PDFKit.PDFDocument, y: number): number {
  doc.moveTo(MARGIN, y).lineTo(PAGE_SIZE[0] - MARGIN, y).lineWidth(0.6).stroke('black');
  return y;
}

function formatDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: WAREHOUSE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
