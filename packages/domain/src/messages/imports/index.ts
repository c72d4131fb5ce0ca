// Shim: the old entry point of these messages. Use `@wharf/domain/imports` and `fieldMessage`.
// The old chain fell back to enterprise codes.
import '../../enterprises/messages/index.ts';
export { importMessagesFor, fieldMessage as importFieldMessage } from '../../imports/messages/index.ts';
