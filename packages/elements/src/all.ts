// Registers every Wharf element: the CDN bundle's entry (one <script type="module">).
export { WharfProvider } from './elements/provider/define.ts';
export { WharfRegisterForm } from './elements/register-form/define.ts';
export { WharfLoginForm } from './elements/login-form/define.ts';
export { WharfPasswordReset } from './elements/password-reset/define.ts';
export { WharfEnterpriseProfile } from './elements/enterprise-profile/define.ts';
export { WharfEnterpriseSetup } from './elements/enterprise-setup/define.ts';
export { WharfMembers } from './elements/members/define.ts';
export { WharfSecuritySettings } from './elements/security-settings/define.ts';
export { WharfAccountMenu } from './elements/account-menu/define.ts';
export { WharfAttachmentPicker } from './elements/attachment-picker/define.ts';
export { WharfTicketWidget } from './elements/ticket-widget/define.ts';
export { WharfTicketDesk } from './elements/ticket-desk/define.ts';
export { WharfProductList } from './elements/product-list/define.ts';
export { WharfHsCodePicker } from './elements/hs-code-picker/define.ts';
export { WharfProductForm } from './elements/product-form/define.ts';
export { WharfBatchUpload } from './elements/batch-upload/define.ts';
export { WharfAddressBook } from './elements/address-book/define.ts';
