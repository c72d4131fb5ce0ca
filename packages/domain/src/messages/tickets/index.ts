// Shim: the old entry point of these messages. Use `@wharf/domain/tickets` and `fieldMessage`.
export { ticketMessagesFor, fieldMessage as ticketFieldMessage } from '../../tickets/messages/index.ts';
