import type { Schema, Spec } from './spec.ts'

/**
 * A copy of the spec without `discriminator` objects. The spec's discriminators name a property but
 * no mapping, so openapi-typescript applies OpenAPI's implicit mapping and types the property as the
 * member's schema name (`FunctionTool.type: "FunctionTool"`) instead of its enum value (`"function"`).
 * The members already carry that property as a literal, so TypeScript narrows the unions without them.
 */
export const withoutDiscriminators = (spec: Spec): Spec => {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip)
    if (!node || typeof node !== 'object') return node
    const copy: Schema = {}
    for (const [key, value] of Object.entries(node)) if (key !== 'discriminator') copy[key] = strip(value)
    return copy
  }
  return strip(spec) as Spec
}
