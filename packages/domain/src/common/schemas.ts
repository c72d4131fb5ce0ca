import { z } from 'zod';
import { isEmail, looksLikeAccountNumber, normalizeEmail } from './email.ts';
import { LOCALES } from './locale.ts';

/** Attaches one of our field codes (see messages/codes.ts) to a custom zod issue. */
export function fieldIssue(code: string, extra: object = {}) {
  return { code: 'custom' as const, message: code, params: { code, ...extra } };
}

/** An email as typed by a person: trimmed, checked (including the account-number mix-up), then normalised. */
export const Email = z
  .string()
  .trim()
  .min(1)
  .max(254)
  .superRefine((value, ctx) => {
    if (looksLikeAccountNumber(value)) ctx.addIssue(fieldIssue('account_number_not_email'));
    else if (!isEmail(value)) ctx.addIssue(fieldIssue('invalid_email'));
  })
  .transform(normalizeEmail)
  .meta({ description: 'Email address; case-insensitive', examples: ['buyer@acme.example'] });

export const Locale = z.enum(LOCALES);
/** The days a date given to the API may fall on: what people mean, and what the database and JavaScript both read. */
export const DATE_RANGE = { earliest: '1900-01-01', latest: '2999-12-31' } as const;
/** Refines an ISO date or date-time string to `DATE_RANGE` (`0000-01-01` is a valid pattern but no day to store). */
export const withinDateRange = <T extends z.ZodType<string>>(schema: T) =>
  schema.refine((value) => value.slice(0, 10) >= DATE_RANGE.earliest && value.slice(0, 10) <= DATE_RANGE.latest, fieldIssue('date_out_of_range', DATE_RANGE));

export const Timestamp = withinDateRange(z.iso.datetime()).meta({ description: 'ISO 8601 time in UTC' });
export const Id = z.string().min(1).max(64);

export const FieldError = z.object({
  path: z.string().meta({ description: 'Dotted path of the field, e.g. `recipient.phone`; for uploads `row`/`column` are set' }),
  code: z.string(),
  message: z.string(),
  row: z.number().int().optional(),
  column: z.string().optional(),
});
export type FieldError = z.infer<typeof FieldError>;

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(FieldError).optional(),
    requestId: z.string().optional().meta({ description: 'The request’s id, as in its X-Request-Id answer header: quote it when asking for help' }),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'RFC 9457 problem document' });
export type Problem = z.infer<typeof Problem>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}
