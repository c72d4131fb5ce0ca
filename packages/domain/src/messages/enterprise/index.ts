// Shim: the old entry point of these messages. Use `@wharf/domain/enterprises` and `fieldMessage`.
export { enterpriseMessagesFor } from '../../enterprises/messages/index.ts';
export { fieldMessage as enterpriseFieldMessage } from '../../common/messages/registry.ts';
