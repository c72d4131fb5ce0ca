import type { ProblemType } from '../problems.ts';
import type { MessageParams } from './params.ts';

/**
 * Every reason Wharf can give for refusing something is a code: the server answers with them (in `errors[].code` of
 * a problem document) and a message in the caller's language; elements use the same codes to guide the user before
 * the server has to refuse. These are the general ones, about any field; each feature lists its own.
 */
export const COMMON_FIELD_CODES = ['required', 'invalid_type', 'invalid_choice', 'too_short', 'too_long', 'number_too_small', 'number_too_large', 'invalid_format', 'date_out_of_range', 'idempotency_key_reused', 'idempotency_key_in_use', 'multipart_broken'] as const;
export type CommonFieldCode = (typeof COMMON_FIELD_CODES)[number];

/** The general field messages, and the title and detail of each kind of problem document. */
export interface CommonMessages {
  field: Record<CommonFieldCode, (p: MessageParams) => string>;
  problem: Record<ProblemType, { title: string; detail: (p: MessageParams) => string }>;
}
