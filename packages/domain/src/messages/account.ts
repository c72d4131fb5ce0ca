// Shim: the old entry point of the account messages. Use `@wharf/domain/auth` and `fieldMessage`.
export { accountMessagesFor, fieldMessage as accountFieldMessage } from '../auth/messages/index.ts';
