import { flatten } from './flatten.ts'

/**
 * The `encodeQuery` hook of operations whose query has arrays or objects: arrays repeat their key,
 * objects nest as `key[name]=value` (deepObject style), `undefined` and `null` are skipped. Other
 * operations send scalars only and never bundle it.
 * @example
 * ```ts
 * await request(client, { method: 'GET', path: '/organization/audit_logs', query: { 'project_ids[]': ['p1', 'p2'] }, encodeQuery: flattenQuery })
 * ```
 */
export const flattenQuery = (query: object): [name: string, value: unknown][] => {
  const entries: [string, unknown][] = []
  flatten(query, (name, value) => entries.push([name, value]))
  return entries
}
