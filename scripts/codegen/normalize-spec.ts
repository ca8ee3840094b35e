import { rewriteRequiredAlternatives } from './required-alternatives.ts'
import { resolve, type Schema, type Spec } from './spec.ts'

const methods = ['get', 'post', 'put', 'patch', 'delete']

/**
 * Adjusts the spec where it describes the wire format rather than the value a caller passes:
 * multipart array fields named `name[]` become `name`, since the multipart encoder of
 * `@oaikit/core` (like the API's own SDKs) writes arrays as repeated `name[]` parts. Types and
 * validation then agree with what callers pass and what goes over the wire. And an object whose
 * alternatives only say what each requires becomes alternatives that are whole objects (see
 * `rewriteRequiredAlternatives`), so that its type is not `unknown`. Mutates `spec`.
 */
export const normalizeSpec = (spec: Spec): Spec => {
  for (const item of Object.values(spec.paths)) {
    for (const method of methods) {
      const media = resolve(spec, item[method]?.requestBody)?.content?.['multipart/form-data']
      const schema: Schema | undefined = resolve(spec, media?.schema)
      if (!schema?.properties) continue
      for (const name of Object.keys(schema.properties).filter((key) => key.endsWith('[]'))) {
        const bare = name.slice(0, -2)
        schema.properties[bare] = schema.properties[name]
        delete schema.properties[name]
        if (Array.isArray(schema.required))
          schema.required = schema.required.map((key: string) => (key === name ? bare : key))
      }
    }
  }
  rewriteRequiredAlternatives(spec)
  return spec
}
