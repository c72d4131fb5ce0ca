import { WharfLedger } from './ledger.ts';

WharfLedger.define('wharf-ledger');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-ledger': WharfLedger;
  }
}

export { WharfLedger };
