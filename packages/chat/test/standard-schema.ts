import type { StandardSchema } from '@oaikit/chat'

type FieldType = 'string' | 'number'
type Fields<Shape extends Record<string, FieldType>> = {
  [Key in keyof Shape]: Shape[Key] extends 'number' ? number : string
}

/**
 * A small schema library for tests: an object of required string and number fields, implementing
 * Standard Schema (`validate`, async like some libraries') and Standard JSON Schema (`jsonSchema`),
 * as zod 4.2+, valibot and arktype do. `targets` records each target asked for.
 */
export const objectSchema = <Shape extends Record<string, FieldType>>(
  shape: Shape,
  targets: string[] = [],
): StandardSchema<Fields<Shape>> => ({
  '~standard': {
    version: 1,
    vendor: 'test',
    validate: async (value) => {
      if (typeof value !== 'object' || value === null) return { issues: [{ message: 'Expected an object' }] }
      const issues = Object.entries(shape)
        .filter(([key, type]) => typeof (value as Record<string, unknown>)[key] !== type)
        .map(([key, type]) => ({ message: `Expected a ${type}`, path: [{ key }] }))
      return issues.length ? { issues } : { value: value as Fields<Shape> }
    },
    jsonSchema: {
      input: ({ target }) => {
        targets.push(target)
        return {
          type: 'object',
          properties: Object.fromEntries(Object.entries(shape).map(([key, type]) => [key, { type }])),
          required: Object.keys(shape),
          additionalProperties: false,
        }
      },
    },
  },
})
