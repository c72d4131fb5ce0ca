// Shim: the old entry point of these messages. Use `@wharf/domain/products` and `fieldMessage`.
// The old chain fell back to enterprise codes.
import '../../enterprises/messages/index.ts';
export { productMessagesFor, fieldMessage as productFieldMessage } from '../../products/messages/index.ts';
