import { WharfHsCodePicker } from './hs-code-picker.ts';

WharfHsCodePicker.define('wharf-hs-code-picker');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-hs-code-picker': WharfHsCodePicker;
  }
}

export { WharfHsCodePicker };
