/**
 * A PostgreSQL array literal for one bound parameter (`?::text[]`, `?::uuid[]`): the query
 * builder would otherwise expand a JavaScript array into a comma-separated list.
 */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`).join(',')}}`;
}
