/** Values a message may interpolate. */
export interface MessageParams {
  /** A lower bound: a count, or an amount written as a decimal string (`45.50`). */
  min?: number | string;
  max?: number;
  /** The first and last day accepted, as `YYYY-MM-DD`. */
  earliest?: string;
  latest?: string;
  options?: readonly string[];
  remaining?: number;
  until?: string;
  seconds?: number;
  field?: string;
  name?: string;
  email?: string;
  status?: string;
  /** How many there are, e.g. characters in a too-long text or values on a line. */
  count?: number;
  /** A sheet row, e.g. the other row a duplicate is on. */
  row?: number;
}
