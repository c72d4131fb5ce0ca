import { WharfMembers } from './members.ts';

WharfMembers.define('wharf-members');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-members': WharfMembers;
  }
}

export { WharfMembers };
