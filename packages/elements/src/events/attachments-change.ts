import type { Attachment } from '@wharf/domain';
import { init } from './init.ts';

/** The attached files changed (one finished uploading, or was removed). */
export class WharfAttachmentsChangeEvent extends Event {
  static readonly type = 'wharf-attachments-change';
  readonly attachments: Attachment[];
  constructor(detail: { attachments: Attachment[] }) {
    super(WharfAttachmentsChangeEvent.type, init);
    this.attachments = detail.attachments;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-attachments-change': WharfAttachmentsChangeEvent;
  }
}
