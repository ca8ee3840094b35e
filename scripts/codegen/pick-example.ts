import type { Validator } from '../../packages/testing/src/validator.ts'
import type { Json, Schema } from './spec.ts'

/** Where the answer of an operation in the mock comes from. */
export type ExampleSource = 'example' | 'completed example' | 'synthesized'

/** Fills what an example leaves out (required fields) from a synthesized value of the same schema. */
const complete = (synthesized: Json, example: Json): Json => {
  if (Array.isArray(example)) {
    const item = Array.isArray(synthesized) ? synthesized[0] : undefined
    return item === undefined ? example : example.map((value) => complete(item, value))
  }
  if (
    !example ||
    typeof example !== 'object' ||
    !synthesized ||
    typeof synthesized !== 'object' ||
    Array.isArray(synthesized)
  )
    return example
  const merged: Record<string, Json> = { ...synthesized }
  for (const [key, value] of Object.entries(example)) {
    // The docs show absent optional fields as `null` where the schema does not allow it: leave them out.
    if (value === null && !(key in synthesized)) continue
    merged[key] = key in synthesized ? complete(synthesized[key]!, value) : value
  }
  return merged
}

const pathOf = (param: string): string[] =>
  param.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '')

const valueAt = (value: Json, path: string[]): Json | undefined =>
  path.reduce<Json | undefined>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, Json>)[key] : undefined),
    value,
  )

/**
 * Repairs an example the way a reader would: each field the validator rejects takes the value the
 * synthesized answer has there, or is left out when that has none. Gives up after a few rounds.
 */
const repair = (validator: Validator, schema: Schema, synthesized: Json, example: Json): Json => {
  const value = structuredClone(example)
  for (let round = 0; round < 24; round++) {
    const issue = validator.check(schema, value)
    if (!issue?.param) return value
    const path = pathOf(issue.param)
    const parent = valueAt(value, path.slice(0, -1)) as Record<string, Json> | undefined
    if (!parent || typeof parent !== 'object') return value
    const key = path.at(-1)!
    const replacement = valueAt(
      synthesized,
      path.map((part) => (/^\d+$/.test(part) ? '0' : part)),
    )
    if (replacement === undefined) delete parent[key]
    else parent[key] = structuredClone(replacement)
  }
  return value
}

/** The spec's example when it conforms, else the example completed, else a synthesized value. */
export const pickExample = (
  validator: Validator,
  schema: Schema,
  synthesized: Json,
  example: Json | undefined,
): { value: Json; source: ExampleSource } => {
  if (example !== undefined && !validator.check(schema, example)) return { value: example, source: 'example' }
  const completed =
    example === undefined ? undefined : repair(validator, schema, synthesized, complete(synthesized, example))
  if (completed !== undefined && !validator.check(schema, completed))
    return { value: completed, source: 'completed example' }
  return { value: synthesized, source: 'synthesized' }
}

/**
 * A list answer the mock serves is the last page (`has_more: false`, no `next_page`), so iterating
 * it through `paginate` ends.
 */
export const lastPage = (validator: Validator, schema: Schema, page: Json): Json => {
  if (!page || typeof page !== 'object' || Array.isArray(page)) return page
  const last: Record<string, Json> = { ...page, ...('has_more' in page ? { has_more: false } : {}) }
  const { next_page: _, ...withoutToken } = last
  const candidates = 'next_page' in last ? [{ ...last, next_page: null }, withoutToken, last] : [last]
  return candidates.find((candidate) => !validator.check(schema, candidate)) ?? page
}
