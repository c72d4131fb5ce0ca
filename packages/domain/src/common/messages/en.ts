import type { CommonMessages } from './codes.ts';

const list = (options: readonly string[] = []) => options.join(', ');

/** The general field messages: what every form may need. */
export const commonFieldsEn: CommonMessages['field'] = {
  required: () => 'This field is required.',
  invalid_type: () => 'This value has the wrong type.',
  invalid_choice: (p) => `Choose one of: ${list(p.options)}.`,
  too_short: (p) => `Enter at least ${p.min} characters.`,
  too_long: (p) => `Enter at most ${p.max} characters.`,
  number_too_small: (p) => `Enter a number of at least ${p.min}.`,
  number_too_large: (p) => `Enter a number of at most ${p.max}.`,
  multipart_broken: () => 'The upload did not arrive whole (the form data is broken). Choose the file and send it again.',
  invalid_format: () => 'This value is not in the expected format.',
  idempotency_key_reused: () => 'This Idempotency-Key was already used with a different request. Send a new key for a new request.',
  idempotency_key_in_use: () => 'A request with this Idempotency-Key is still being processed. Try again in a moment.',
  date_out_of_range: (p) => `Enter a date from ${p.earliest} to ${p.latest}.`,
};

/** The title and detail of each kind of problem document: what the server answers with. */
export const problemsEn: CommonMessages['problem'] = {
  'malformed-request': { title: 'Malformed request', detail: () => 'The request body is not valid JSON.' },
  unauthorized: { title: 'Not signed in', detail: () => 'Sign in to continue.' },
  'credentials-rejected': { title: 'Sign-in failed', detail: () => 'The email or password is not correct.' },
  forbidden: { title: 'Not allowed', detail: () => 'Your account is not allowed to do this.' },
  'not-found': { title: 'Not found', detail: () => 'Nothing was found at this address.' },
  'method-not-allowed': { title: 'Method not allowed', detail: () => 'This address does not take this method. Use one of those listed in Allow.' },
  conflict: { title: 'Conflict', detail: () => 'This conflicts with the current state.' },
  'payload-too-large': {
    title: 'Request too large',
    detail: (p) => `The request body is larger than the ${p.max} bytes allowed.`,
  },
  'unsupported-media-type': { title: 'Unsupported content type', detail: () => 'Send the body as application/json.' },
  validation: { title: 'Some fields need attention', detail: (p) => `Fix the fields listed (${p.field}).` },
  'account-locked': { title: 'Account locked', detail: () => 'This account is locked.' },
  'rate-limited': { title: 'Too many requests', detail: (p) => `Try again in ${p.seconds} seconds.` },
  internal: { title: 'Something went wrong', detail: () => 'An unexpected error occurred. Try again later.' },
};

export const commonEn: CommonMessages = { field: commonFieldsEn, problem: problemsEn };
