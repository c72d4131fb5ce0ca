import type { Import } from '@wharf/domain';
import type { BatchUploadText } from './i18n/en.ts';

/** The check's one-line result, as shown and announced. */
export function summaryLine(text: BatchUploadText, checked: Import): string {
  if (checked.status === 'failed') return text.summary.failed;
  if (checked.status === 'committed') return text.actions.imported[checked.kind](checked.created ?? 0);
  if (checked.status === 'valid') return checked.rows ? text.summary.allFine(checked.rows, checked.kind) : text.summary.noRows;
  return text.summary.counts(checked.rows, checked.invalidRows, checked.errorCount);
}
