import { resolve, type Schema, type Spec } from './spec.ts'

/** The extension that marks the free string member of an open enum; read by the schema renderer. */
export const openStringMarker = 'x-oaikit-open-string'

const isPlainString = (schema: Schema | undefined): boolean =>
  !!schema && schema.type === 'string' && !schema.enum && !schema.const && !schema.format

const isStringEnum = (spec: Spec, node: Schema | undefined, seen = new Set<Schema>()): boolean => {
  const schema = resolve<Schema | undefined>(spec, node)
  if (!schema || seen.has(schema)) return false
  seen.add(schema)
  if (Array.isArray(schema.enum) && schema.enum.some((value: unknown) => typeof value === 'string'))
    return true
  return [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some((member: Schema) =>
    isStringEnum(spec, member, seen),
  )
}

/**
 * Marks (in place) the free `string` member of every union that also lists known string values,
 * such as model ids (`string | 'gpt-4o' | ...`): rendered as `string & {}`, the union keeps its
 * literals, so editors complete the known values while any string is still accepted.
 */
export const markOpenEnums = (spec: Spec): Spec => {
  const visit = (node: unknown, seen: Set<unknown>): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return
    seen.add(node)
    const schema = node as Schema
    const union: Schema[] | undefined = Array.isArray(node) ? undefined : (schema.anyOf ?? schema.oneOf)
    if (union?.some((member) => isStringEnum(spec, member))) {
      for (const member of union) if (isPlainString(member)) member[openStringMarker] = true
    }
    for (const value of Object.values(schema)) visit(value, seen)
  }
  visit(spec, new Set())
  return spec
}
