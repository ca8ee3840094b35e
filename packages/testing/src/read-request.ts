import type { OperationSpec } from './spec-data.ts'

/**
 * Reads a query string into an object: parameters the spec declares as arrays collect every value;
 * those the spec writes into the path (`?beta=true`) are left out.
 */
export const readQuery = (url: URL, operation: OperationSpec): Record<string, unknown> => {
  const arrays = new Set(operation.query?.arrays ?? [])
  const query: Record<string, unknown> = {}
  for (const name of new Set(url.searchParams.keys())) {
    if (operation.fixedQuery && name in operation.fixedQuery) continue
    query[name] = arrays.has(name) ? url.searchParams.getAll(name) : url.searchParams.get(name)
  }
  return query
}

const setField = (target: Record<string, unknown>, name: string, value: unknown): void => {
  const [, base = name, rest = ''] = /^([^[]+)((?:\[[^\]]*\])*)$/.exec(name) ?? []
  const keys = [base, ...[...rest.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]!)]
  let node: Record<string, unknown> = target
  keys.forEach((key, index) => {
    const last = index === keys.length - 1
    const next = keys[index + 1]
    if (key === '') return
    if (last) node[key] = value
    else if (next === '') node[key] = [...((node[key] as unknown[]) ?? []), value]
    else {
      node[key] ??= {}
      node = node[key] as Record<string, unknown>
    }
  })
}

/**
 * Reads a `multipart/form-data` body into an object, as the encoder of `@oaikit/core` writes it:
 * `name[]` fields repeat into an array, `name[key]` fields nest, files stay `File`s.
 */
export const readForm = (form: FormData): Record<string, unknown> => {
  const fields: Record<string, unknown> = {}
  for (const [name, value] of form) setField(fields, name, value)
  return fields
}

/** Whether a request URL carries the query the operation's spec path fixes (always, when it fixes none). */
export const hasFixedQuery = (url: URL, operation: OperationSpec): boolean =>
  Object.entries(operation.fixedQuery ?? {}).every(([name, value]) => url.searchParams.get(name) === value)
