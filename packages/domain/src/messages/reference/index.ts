// Shim: the old entry point of these messages. Use `@wharf/domain/reference` and `fieldMessage`.
// The old chain fell back to enterprise codes.
import '../../enterprises/messages/index.ts';
export { referenceMessagesFor, fieldMessage as referenceFieldMessage } from '../../reference/messages/index.ts';
