import type { OperationSpec } from './spec-data.ts'

type Json = Record<string, unknown>

const paging = new Set(['limit', 'after', 'before', 'order'])

/**
 * One page of `items` (oldest first) as a list operation answers: newest first unless
 * `order=asc`, `limit` items (the spec's default, else 20) after the `after` cursor or before the
 * `before` one, with `has_more`, `first_id` and `last_id`. Other query parameters that are fields
 * of the items (`purpose`) filter them.
 */
export const paginate = (
  operation: OperationSpec,
  items: readonly Json[],
  query: Record<string, unknown>,
): Response => {
  const properties = (
    operation.query?.schema as { properties?: Record<string, { default?: unknown }> } | undefined
  )?.properties
  const limit = Number(query.limit ?? properties?.limit?.default ?? 20)
  let ordered = query.order === 'asc' ? [...items] : [...items].reverse()
  for (const [name, value] of Object.entries(query))
    if (!paging.has(name))
      ordered = ordered.filter((item) => !(name in item) || String(item[name]) === String(value))
  const cursor = (id: unknown) => ordered.findIndex((item) => item.id === id)
  if (query.after !== undefined) ordered = ordered.slice(cursor(query.after) + 1)
  if (query.before !== undefined) {
    const end = Math.max(cursor(query.before), 0)
    ordered = ordered.slice(Math.max(end - limit, 0), end)
  }
  const data = ordered.slice(0, limit)
  const page: Json = {
    ...(operation.response.example as Json),
    data,
    has_more: ordered.length > data.length,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
  }
  return Response.json(page)
}
