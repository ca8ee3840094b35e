import { objectProperties, requiredProperties } from './object-schema.ts'
import { type Json, resolve, type Schema, type Spec } from './spec.ts'

/** Marks a file field in a synthesized multipart body; rendered as a `File` in tests. */
export const fileMarker = '\u0000file'

const typeOf = (schema: Schema): string | undefined => {
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type]
  return types.find((type): type is string => typeof type === 'string' && type !== 'null')
}

/** Text fields that read better with words in them than with a type name. */
const textFields = new Set(['content', 'input', 'prompt', 'text', 'instructions', 'query'])

const scalar = (schema: Schema, type: string | undefined, name: string | undefined): Json | undefined => {
  if (schema.format === 'binary') return fileMarker
  if (schema.const !== undefined) return schema.const as Json
  const values = Array.isArray(schema.enum) ? schema.enum.filter((value: unknown) => value !== null) : []
  if (values.length > 0) return values[0] as Json
  // An object's or array's own example may leave out what the schema requires: build those instead.
  const sample = type === 'object' || type === 'array' ? undefined : (schema.example ?? schema.default)
  if (
    sample !== undefined &&
    sample !== null &&
    (type === undefined || typeof sample === (type === 'integer' ? 'number' : type))
  )
    return sample as Json
  if (type === 'string')
    return (name && textFields.has(name) ? 'Hello!' : 'string').padEnd(schema.minLength ?? 0, '-')
  if (type === 'integer' || type === 'number') {
    const low = typeof schema.minimum === 'number' ? schema.minimum : 0
    const high = typeof schema.maximum === 'number' ? schema.maximum : low + 1
    return typeof schema.exclusiveMinimum === 'number' || schema.exclusiveMinimum === true
      ? Math.min(low + 1, high)
      : low
  }
  if (type === 'boolean') return false
  return undefined
}

/**
 * A small value that satisfies a schema: required properties only, the first branch of a union,
 * `const`, the first enum value, the schema's own example or default, else a plain placeholder.
 */
export const synthesize = (spec: Spec, node: unknown, depth = 0, name?: string): Json => {
  const schema = resolve(spec, node) ?? {}
  if (depth > 12) return null
  const union: Schema[] | undefined = schema.oneOf ?? schema.anyOf
  const firstBranch = resolve(spec, union?.[0])
  if (union && schema.properties && firstBranch?.required && !firstBranch.type && !firstBranch.properties) {
    // Branches that only say which of the object's own properties are required (one of two lists).
    const required = [...(schema.required ?? []), ...firstBranch.required]
    return synthesize(spec, { ...schema, oneOf: undefined, anyOf: undefined, required }, depth + 1, name)
  }
  if (union) {
    const options = union.filter((option) => resolve(spec, option)?.type !== 'null')
    // A free string beside a list of known values (model ids): a known value reads better.
    const known = options.find(
      (option) => resolve(spec, option)?.type === 'string' && resolve(spec, option)?.enum,
    )
    const plain = resolve(spec, options[0])
    const branch = (plain?.type === 'string' && !plain.enum && known) || options[0] || union[0]
    const base = synthesize(spec, branch, depth + 1, name)
    const own = schema.properties
      ? synthesize(spec, { ...schema, oneOf: undefined, anyOf: undefined }, depth + 1)
      : undefined
    return own && typeof own === 'object' && typeof base === 'object'
      ? { ...(base as object), ...(own as object) }
      : base
  }
  if (schema.allOf) {
    const members = (schema.allOf as Schema[]).map((part) => resolve(spec, part) ?? {})
    if (
      members.every(
        (member) => member.properties || member.required || member.allOf || member.type === 'object',
      )
    ) {
      // Merge the members first (deeply): one may require a property another defines.
      const merged = {
        type: 'object',
        properties: objectProperties(spec, schema),
        required: requiredProperties(spec, schema),
      }
      return synthesize(spec, merged, depth + 1)
    }
    const parts = (schema.allOf as Schema[]).map((part) => synthesize(spec, part, depth + 1, name))
    const own = schema.properties ? [synthesize(spec, { ...schema, allOf: undefined }, depth + 1)] : []
    const all = [...parts, ...own]
    const objects = all.filter((part) => part && typeof part === 'object' && !Array.isArray(part))
    const other = all.find((part) => !objects.includes(part))
    return other !== undefined && objects.every((part) => Object.keys(part as object).length === 0)
      ? other
      : Object.assign({}, ...objects)
  }
  const type = typeOf(schema) ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined)
  const value = scalar(schema, type, name)
  if (value !== undefined) return value
  if (type === 'array') {
    const count = Math.max(schema.minItems ?? 0, depth < 6 ? 1 : 0)
    return Array.from({ length: count }, () => synthesize(spec, schema.items ?? {}, depth + 1))
  }
  if (type === 'object' || schema.properties) {
    const required: string[] = schema.required ?? []
    return Object.fromEntries(
      required.map((name) => [name, synthesize(spec, schema.properties?.[name] ?? {}, depth + 1, name)]),
    )
  }
  return 'string'
}
