import { WharfBatchUpload } from './batch-upload.ts';

WharfBatchUpload.define('wharf-batch-upload');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-batch-upload': WharfBatchUpload;
  }
}

export { WharfBatchUpload };
