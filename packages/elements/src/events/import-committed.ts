import type { Import } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** An upload was imported: `created` products were created as drafts (products) or sent for filing (declarations). */
export class WharfImportCommittedEvent extends eventWith<{
  import: Import;
  created: number;
}>('wharf-import-committed') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-import-committed': WharfImportCommittedEvent;
  }
}
