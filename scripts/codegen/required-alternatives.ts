import type { Schema, Spec } from './spec.ts'

const keys = ['anyOf', 'oneOf'] as const
// What the schema keeps for itself when its object moves into its alternatives: its documentation.
const ownKeys = new Set(['description', 'title', 'deprecated', 'example', 'examples', 'nullable'])

/** Whether every alternative only says which properties of the object it requires. */
const onlyRequired = (alternatives: unknown): alternatives is { required: string[] }[] =>
  Array.isArray(alternatives) &&
  alternatives.length > 0 &&
  alternatives.every(
    (alternative) =>
      alternative !== null &&
      typeof alternative === 'object' &&
      Array.isArray(alternative.required) &&
      Object.keys(alternative).every((key) => key === 'required' || key === 'description'),
  )

/**
 * Rewrites an object whose `anyOf` (or `oneOf`) alternatives only name what each requires, e.g.
 * `CreateVectorStoreFileBatchRequest`'s `{ properties: { file_ids, files }, anyOf: [{ required:
 * [file_ids] }, { required: [files] }] }`, as alternatives that are each the whole object with its
 * own required properties. Valid values are the same; the types are not: openapi-typescript
 * renders the first form as `{ … } | unknown | unknown`, which is `unknown`, and the second as the
 * union of two objects, each requiring its property. Mutates `schema`; `true` if it changed it.
 */
const rewrite = (schema: Schema): boolean => {
  const key = keys.find((name) => onlyRequired(schema[name]))
  if (!key || !schema.properties) return false
  const alternatives = schema[key] as { required: string[] }[]
  const object: Schema = {}
  for (const [name, value] of Object.entries(schema))
    if (name !== key && !ownKeys.has(name)) {
      object[name] = value
      delete schema[name]
    }
  schema[key] = alternatives.map(({ required, ...rest }) => ({
    ...object,
    ...rest,
    required: [...new Set([...(object.required ?? []), ...required])],
  }))
  return true
}

/**
 * Applies that rewrite to every schema of the spec (components, and those inline in paths).
 * Returns how many it rewrote.
 */
export const rewriteRequiredAlternatives = (spec: Spec): number => {
  const seen = new Set<object>()
  let count = 0
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return
    seen.add(node)
    if (!Array.isArray(node) && rewrite(node as Schema)) count++
    for (const value of Object.values(node)) visit(value)
  }
  visit(spec.paths)
  visit(spec.components)
  return count
}
