import { WharfProductForm } from './product-form.ts';

WharfProductForm.define('wharf-product-form');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-product-form': WharfProductForm;
  }
}

export { WharfProductForm };
