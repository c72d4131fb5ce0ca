import { WharfRegisterForm } from './register-form.ts';

WharfRegisterForm.define('wharf-register-form');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-register-form': WharfRegisterForm;
  }
}

export { WharfRegisterForm };
