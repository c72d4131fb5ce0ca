// Shim: the old entry point of these messages. Use `@wharf/domain/enterprises` and `fieldMessage`.
export { enterpriseMessagesFor, fieldMessage as enterpriseFieldMessage } from '../../enterprises/messages/index.ts';
