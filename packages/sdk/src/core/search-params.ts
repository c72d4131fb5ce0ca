/** A query object as URL parameters, leaving out what is undefined or null. */
export function searchParams(query: object): Record<string, string> {
  return Object.fromEntries(Object.entries(query).flatMap(([key, value]) => (value === undefined || value === null ? [] : [[key, String(value)]])));
}
