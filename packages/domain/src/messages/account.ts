// Shim: the old entry point of the account messages. Use `@wharf/domain/auth` and `fieldMessage`.
export { accountMessagesFor } from '../auth/messages/index.ts';
export { fieldMessage as accountFieldMessage } from '../common/messages/registry.ts';
