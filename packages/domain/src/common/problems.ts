/** The kinds of problem document, each with a stable `type` and HTTP status. */
export const PROBLEM_TYPES = {
  'malformed-request': 400,
  unauthorized: 401,
  'credentials-rejected': 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  validation: 422,
  'account-locked': 423,
  'rate-limited': 429,
  internal: 500,
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

export function problemTypeUri(type: ProblemType): string {
  return `urn:wharf:problem:${type}`;
}
