import { WharfOrderForm } from './order-form.ts';

WharfOrderForm.define('wharf-order-form');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-order-form': WharfOrderForm;
  }
}

export { WharfOrderForm };
