import { WharfLoginForm } from './login-form.ts';

WharfLoginForm.define('wharf-login-form');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-login-form': WharfLoginForm;
  }
}

export { WharfLoginForm };
