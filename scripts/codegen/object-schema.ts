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

/**
 * Whether a value of the schema must hold some property even though no one property is required
 * of all: each of its `anyOf` (or `oneOf`) alternatives requires one, as
 * `CreateVectorStoreFileBatchRequest` requires `file_ids` or `files`.
 */
export const alternativesRequire = (spec: Spec, node: Schema | undefined): boolean => {
  const schema = resolve(spec, node)
  const alternatives: Schema[] | undefined = schema?.anyOf ?? schema?.oneOf
  return !!alternatives?.length && alternatives.every((part) => requiredProperties(spec, part).length > 0)
}
