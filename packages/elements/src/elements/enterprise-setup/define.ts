import { WharfEnterpriseSetup } from './enterprise-setup.ts';

WharfEnterpriseSetup.define('wharf-enterprise-setup');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-enterprise-setup': WharfEnterpriseSetup;
  }
}

export { WharfEnterpriseSetup };
