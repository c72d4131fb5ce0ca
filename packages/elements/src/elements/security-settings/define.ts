import { WharfSecuritySettings } from './security-settings.ts';

WharfSecuritySettings.define('wharf-security-settings');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-security-settings': WharfSecuritySettings;
  }
}

export { WharfSecuritySettings };
