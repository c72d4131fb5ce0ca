import { WharfAttachmentPicker } from './attachment-picker.ts';

WharfAttachmentPicker.define('wharf-attachment-picker');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-attachment-picker': WharfAttachmentPicker;
  }
}

export { WharfAttachmentPicker };
