import { type Schema, toJsonSchema } from './schema.ts'

/** The schema a structured output must follow, and how it is named to the model. */
export interface StructuredOutputOptions<S extends Schema = Schema> {
  /** A plain JSON Schema, or a Standard Schema / Standard JSON Schema (zod 4.2+, valibot, arktype). */
  schema: S
  /**
   * The name of the format, shown to the model (letters, digits, `_` and `-`).
   * @defaultValue `'output'`
   */
  name?: string
  /** What the output is for, shown to the model. */
  description?: string
  /**
   * Whether the API holds the model to the schema exactly (strict mode needs every property
   * required and `additionalProperties: false`).
   * @defaultValue `true`
   */
  strict?: boolean
}

/**
 * The fields both APIs' `json_schema` formats share, from the options.
 * @example
 * ```ts
 * toJsonSchemaFormat({ schema: Weather }) // { name: 'output', description: undefined, schema: {...}, strict: true }
 * ```
 */
export const toJsonSchemaFormat = ({
  schema,
  name = 'output',
  description,
  strict = true,
}: StructuredOutputOptions) => ({
  name,
  description,
  schema: toJsonSchema(schema),
  strict,
})
