// The element classes without registering them, plus what hosts need to talk to them.
export { WharfProvider } from './elements/provider/provider.ts';
export type { HostSession } from './elements/provider/provider.ts';
export { WharfRegisterForm } from './elements/register-form/register-form.ts';
export { WharfLoginForm } from './elements/login-form/login-form.ts';
export { WharfPasswordReset } from './elements/password-reset/password-reset.ts';
export { WharfEnterpriseProfile, WharfEnterpriseUpdatedEvent } from './elements/enterprise-profile/enterprise-profile.ts';
export { WharfMembers, WharfMembersChangeEvent } from './elements/members/members.ts';
export { WharfSecuritySettings } from './elements/security-settings/security-settings.ts';
export { WharfAccountMenu } from './elements/account-menu/account-menu.ts';
export { WharfEnterpriseSetup, WharfEnterpriseCreatedEvent, WharfEnterpriseJoinedEvent } from './elements/enterprise-setup/enterprise-setup.ts';
export { WharfAttachmentPicker, WharfAttachmentsChangeEvent } from './elements/attachment-picker/attachment-picker.ts';
export type { Uploader } from './elements/attachment-picker/attachment-picker.ts';
export { WharfTicketWidget, WharfTicketCreatedEvent, WharfTicketUpdatedEvent } from './elements/ticket-widget/ticket-widget.ts';
export type { TicketWidgetView } from './elements/ticket-widget/ticket-widget.ts';
export { WharfTicketDesk } from './elements/ticket-desk/ticket-desk.ts';
export { WharfElement } from './internal/wharf-element.ts';
export {
  WharfSignedInEvent,
  WharfRegisteredEvent,
  WharfSessionChangeEvent,
  WharfForgotPasswordEvent,
  WharfPasswordResetEvent,
  WharfCodeSentEvent,
  WharfSignInRequestEvent,
  WharfEnterpriseChangeEvent,
} from './internal/events.ts';
export { clientContext, sessionContext, localeContext } from './internal/context.ts';
export type { Session } from './internal/context.ts';
export type { CaptchaSolver } from './internal/captcha.ts';
export type { Translation } from './i18n/translation.ts';
export {
  WharfProductList,
  WharfProductCreateEvent,
  WharfProductEditEvent,
  WharfProductDeletedEvent,
  WharfProductSubmittedEvent,
  WharfProductOpenEvent,
} from './elements/product-list/product-list.ts';
export type { ProductDetailTab } from './elements/product-list/product-list.ts';
export { WharfHsCodePicker } from './elements/hs-code-picker/hs-code-picker.ts';
export { WharfProductForm, WharfProductSavedEvent, WharfProductCancelEvent } from './elements/product-form/product-form.ts';
export { WharfBatchUpload, WharfImportCheckedEvent, WharfImportCommittedEvent } from './elements/batch-upload/batch-upload.ts';
