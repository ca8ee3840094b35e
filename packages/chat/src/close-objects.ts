type Node = Record<string, unknown>

/** Keywords whose value maps names to schemas. */
const schemaMaps = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']

/** Keywords whose value is a schema or a list of schemas. */
const schemaValues = [
  'items',
  'prefixItems',
  'additionalItems',
  'additionalProperties',
  'anyOf',
  'allOf',
  'oneOf',
  'not',
]

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const closeValue = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(closeValue) : isNode(value) ? closeObjects(value) : value

/**
 * A copy of a JSON Schema where every object schema that does not say whether it allows other
 * properties gets `additionalProperties: false`, as the API's strict mode requires. Schema
 * libraries describe their default objects (which drop unknown keys when they validate) as open;
 * closing them only keeps the model from writing keys the schema would drop.
 * @example
 * ```ts
 * closeObjects({ type: 'object', properties: { city: { type: 'string' } } })
 * // { type: 'object', properties: { city: { type: 'string' } }, additionalProperties: false }
 * ```
 */
export const closeObjects = (schema: Node): Node => {
  const closed: Node = {}
  for (const [key, value] of Object.entries(schema))
    closed[key] =
      schemaMaps.includes(key) && isNode(value)
        ? Object.fromEntries(Object.entries(value).map(([name, item]) => [name, closeValue(item)]))
        : schemaValues.includes(key)
          ? closeValue(value)
          : value
  const isObject = [schema.type].flat().includes('object') || 'properties' in schema
  if (isObject && !('additionalProperties' in schema)) closed.additionalProperties = false
  return closed
}
