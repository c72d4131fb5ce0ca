import type { Import } from '@wharf/domain';
import { init } from './init.ts';

/** An upload was imported: `created` products were created as drafts (products) or sent for filing (declarations). */
export class WharfImportCommittedEvent extends Event {
  static readonly type = 'wharf-import-committed';
  readonly import: Import;
  readonly created: number;
  constructor(detail: { import: Import; created: number }) {
    super(WharfImportCommittedEvent.type, init);
    this.import = detail.import;
    this.created = detail.created;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-import-committed': WharfImportCommittedEvent;
  }
}
