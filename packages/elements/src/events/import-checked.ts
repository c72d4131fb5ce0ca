import type { Import } from '@wharf/domain';
import { init } from './init.ts';

/** An uploaded sheet was checked (after the upload, or after “Check again”): `import` says what was found. */
export class WharfImportCheckedEvent extends Event {
  static readonly type = 'wharf-import-checked';
  readonly import: Import;
  constructor(detail: { import: Import }) {
    super(WharfImportCheckedEvent.type, init);
    this.import = detail.import;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-import-checked': WharfImportCheckedEvent;
  }
}
