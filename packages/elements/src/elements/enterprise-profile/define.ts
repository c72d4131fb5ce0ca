import { WharfEnterpriseProfile } from './enterprise-profile.ts';

WharfEnterpriseProfile.define('wharf-enterprise-profile');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-enterprise-profile': WharfEnterpriseProfile;
  }
}

export { WharfEnterpriseProfile };
