import { describe, expect, it } from 'vitest'
import { alternativesRequire } from '../object-schema.ts'
import { rewriteRequiredAlternatives } from '../required-alternatives.ts'
import type { Schema, Spec } from '../spec.ts'

const batch = (): Schema => ({
  description: 'A batch of files.',
  type: 'object',
  additionalProperties: false,
  properties: { file_ids: { type: 'array' }, files: { type: 'array' }, attributes: { type: 'object' } },
  anyOf: [{ required: ['file_ids'] }, { required: ['files'] }],
})

const specWith = (schemas: Record<string, Schema>, inline?: Schema): Spec => ({
  openapi: '3.1.0',
  info: { title: '', version: '' },
  paths: inline
    ? { '/x': { post: { requestBody: { content: { 'application/json': { schema: inline } } } } } }
    : {},
  components: { schemas },
})

describe('rewriteRequiredAlternatives', () => {
  it('turns alternatives that only name a required property into whole objects', () => {
    const spec = specWith({ Batch: batch() })
    expect(rewriteRequiredAlternatives(spec)).toBe(1)
    const object = { type: 'object', additionalProperties: false, properties: batch().properties }
    expect(spec.components.schemas.Batch).toEqual({
      description: 'A batch of files.',
      anyOf: [
        { ...object, required: ['file_ids'] },
        { ...object, required: ['files'] },
      ],
    })
    expect(alternativesRequire(spec, { $ref: '#/components/schemas/Batch' })).toBe(true)
  })

  it('keeps what the object already required in each alternative, and rewrites inline schemas', () => {
    const inline = { ...batch(), required: ['attributes'], oneOf: batch().anyOf, anyOf: undefined }
    delete inline.anyOf
    const spec = specWith({}, inline)
    expect(rewriteRequiredAlternatives(spec)).toBe(1)
    expect(inline.oneOf.map((alternative: Schema) => alternative.required)).toEqual([
      ['attributes', 'file_ids'],
      ['attributes', 'files'],
    ])
  })

  it('leaves alternatives that are types of their own, and objects without properties', () => {
    const union = { anyOf: [{ type: 'string' }, { required: ['a'] }], properties: { a: {} } }
    const bare = { anyOf: [{ required: ['a'] }] }
    const spec = specWith({ Union: union, Bare: bare })
    expect(rewriteRequiredAlternatives(spec)).toBe(0)
    expect(spec.components.schemas).toEqual({
      Union: { anyOf: [{ type: 'string' }, { required: ['a'] }], properties: { a: {} } },
      Bare: { anyOf: [{ required: ['a'] }] },
    })
    expect(alternativesRequire(spec, union)).toBe(false)
  })
})
