import { WharfProvider } from './provider.ts';

WharfProvider.define('wharf-provider');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-provider': WharfProvider;
  }
}

export { WharfProvider };
