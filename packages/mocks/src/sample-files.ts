import { ATTACHMENT_POLICY } from '@wharf/domain/tickets';

// Files for attachment stories: real bytes of each kind, so the browser's check and the server's (type by
// name and by content, size) treat them exactly as they would a user's file.

/**
 * A PNG "screenshot" drawn on a canvas: a window with a title bar and `caption`, so thumbnails in a story
 * look like what customers attach.
 */
export async function screenshotFile(name = 'screenshot.png', caption = 'Label preview: blank'): Promise<File> {
  const canvas = new OffscreenCanvas(320, 200);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#f4f6f8';
  context.fillRect(0, 0, 320, 200);
  context.fillStyle = '#1f4e79';
  context.fillRect(0, 0, 320, 28);
  context.fillStyle = '#ffffff';
  context.font = '14px sans-serif';
  context.fillText('Wharf WMS', 10, 19);
  context.strokeStyle = '#9aa5b1';
  context.strokeRect(40, 52, 240, 110);
  context.fillStyle = '#52606d';
  context.fillText(caption, 52, 112);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new File([blob], name, { type: 'image/png' });
}

/** A small one-page PDF (a download, not a preview). */
export function pdfFile(name = 'printer-settings.pdf'): File {
  const text = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  return new File([text], name, { type: 'application/pdf' });
}

/** A PNG one byte over the size limit: refused in the browser before any upload. */
export function oversizedFile(name = 'warehouse-walkthrough.png'): File {
  const bytes = new Uint8Array(ATTACHMENT_POLICY.maxBytes + 1);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new File([bytes], name, { type: 'image/png' });
}

/** A program, which tickets never take (refused by its type). */
export function programFile(name = 'label-driver-setup.exe'): File {
  return new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03])], name, { type: 'application/x-msdownload' });
}

export const sampleFiles = { screenshotFile, pdfFile, oversizedFile, programFile };
