import type { Attachment } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** The attached files changed (one finished uploading, or was removed). */
export class WharfAttachmentsChangeEvent extends eventWith<{ attachments: Attachment[] }>('wharf-attachments-change') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-attachments-change': WharfAttachmentsChangeEvent;
  }
}
