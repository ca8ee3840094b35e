import { refName, type Schema } from './spec.ts'

/** The `$id` under which the spec's component schemas are registered with the validator. */
export const definitionsId = 'openai'

/** Keywords that document rather than constrain; dropped to keep the validation data small. */
const annotations = new Set([
  'description',
  'title',
  'example',
  'examples',
  'deprecated',
  'discriminator',
  'externalDocs',
  'readOnly',
  'writeOnly',
  'xml',
  'format',
  'default',
  'nullable',
])

const withNull = (schema: Schema): Schema => {
  if (typeof schema.type === 'string') {
    const typed: Schema = { ...schema, type: [schema.type, 'null'] }
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) typed.enum = [...schema.enum, null]
    return typed
  }
  return { anyOf: [schema, { type: 'null' }] }
}

/**
 * An OpenAPI 3.0/3.1 schema as JSON Schema (draft 2019-09) for ajv: `nullable` becomes a `null`
 * type, `oneOf` becomes `anyOf` (the spec's unions overlap, so "exactly one" would reject valid
 * data), boolean `exclusiveMinimum`s become numbers, file fields (`format: binary`) become the
 * `binary` keyword (a `Blob` in a multipart body), `$ref`s point into the `openai` definitions and
 * annotations are dropped.
 */
export const toJsonSchema = (node: unknown): Schema => {
  if (Array.isArray(node)) return node.map(toJsonSchema) as unknown as Schema
  if (!node || typeof node !== 'object') return node as Schema
  const schema = node as Schema
  if (schema.$ref) return { $ref: `${definitionsId}#/$defs/${refName(schema.$ref)}` }
  if (schema.format === 'binary') return { binary: true }
  const nullMarker = (part: Schema) => Object.keys(part).length === 1 && part.nullable === true
  if (Array.isArray(schema.allOf) && schema.allOf.some(nullMarker)) {
    // OpenAPI 3.0's "nullable reference": `allOf: [{ $ref }, { nullable: true }]`
    return withNull(
      toJsonSchema({ ...schema, allOf: schema.allOf.filter((part: Schema) => !nullMarker(part)) }),
    )
  }
  const out: Schema = {}
  for (const [key, value] of Object.entries(schema)) {
    if (annotations.has(key) || key.startsWith('x-')) continue
    if (key === 'properties' || key === 'patternProperties' || key === '$defs' || key === 'definitions') {
      out[key] = Object.fromEntries(
        Object.entries(value as Schema).map(([name, item]) => [name, toJsonSchema(item)]),
      )
    } else if (key === 'oneOf') {
      out.anyOf = toJsonSchema(value)
    } else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') {
      const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum'
      if (value && typeof schema[bound] === 'number') out[key] = schema[bound]
    } else if (key === 'type' && Array.isArray(value) && value.length === 0) {
      // an empty type list constrains nothing in the spec's intent
    } else if (key === 'required') {
      out.required = [...new Set(value as string[])]
    } else if (key === 'enum' || key === 'const') {
      out[key] = value
    } else {
      out[key] = toJsonSchema(value)
    }
  }
  if (out.exclusiveMinimum !== undefined && schema.exclusiveMinimum === true) delete out.minimum
  if (out.exclusiveMaximum !== undefined && schema.exclusiveMaximum === true) delete out.maximum
  return schema.nullable === true ? withNull(out) : out
}
