// Shim: the old entry point of these messages. Use `@wharf/domain/tickets` and `fieldMessage`.
export { ticketMessagesFor } from '../../tickets/messages/index.ts';
export { fieldMessage as ticketFieldMessage } from '../../common/messages/registry.ts';
