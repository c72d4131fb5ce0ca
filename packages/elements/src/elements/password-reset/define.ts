import { WharfPasswordReset } from './password-reset.ts';

WharfPasswordReset.define('wharf-password-reset');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-password-reset': WharfPasswordReset;
  }
}

export { WharfPasswordReset };
