import { resolve, type Schema, type Spec } from './spec.ts'

/** The properties of an object schema, following `$ref` and `allOf`. */
export const objectProperties = (
  spec: Spec,
  node: Schema | undefined,
  seen = new Set<Schema>(),
): Record<string, Schema> => {
  const schema = resolve(spec, node)
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return {}
  seen.add(schema)
  const own = (schema.properties ?? {}) as Record<string, Schema>
  const merged = (schema.allOf ?? []).map((part: Schema) => objectProperties(spec, part, seen))
  return Object.assign({}, ...merged, own)
}

/** Names of the required properties of a (possibly composed) object schema. */
export const requiredProperties = (
  spec: Spec,
  node: Schema | undefined,
  seen = new Set<Schema>(),
): string[] => {
  const schema = resolve(spec, node)
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return []
  seen.add(schema)
  return [
    ...(schema.required ?? []),
    ...(schema.allOf ?? []).flatMap((part: Schema) => requiredProperties(spec, part, seen)),
  ]
}
