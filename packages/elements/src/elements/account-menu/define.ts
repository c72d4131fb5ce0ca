import { WharfAccountMenu } from './account-menu.ts';

WharfAccountMenu.define('wharf-account-menu');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-account-menu': WharfAccountMenu;
  }
}

export { WharfAccountMenu };
