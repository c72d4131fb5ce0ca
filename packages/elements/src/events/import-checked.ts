import type { Import } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** An uploaded sheet was checked (after the upload, or after “Check again”): `import` says what was found. */
export class WharfImportCheckedEvent extends eventWith<{ import: Import }>('wharf-import-checked') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-import-checked': WharfImportCheckedEvent;
  }
}
