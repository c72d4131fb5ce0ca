import type { MessageParams } from './messages/params.ts';

/**
 * One field refused by a rule, before it is put into words: what check functions return, and what the server's
 * problem documents (`errors[]`) and the forms' messages are made from, through `fieldMessage`.
 */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `netWeight` or `components.1.quantity`. */
  path: string;
  code: string;
  params: MessageParams;
}

export function issueAt(path: string, code: string, params: MessageParams = {}): FieldIssue {
  return { path, code, params };
}
