import { InvalidInputError } from '@oaikit/core'
import { closeObjects } from './close-objects.ts'

/** A JSON Schema, as a plain object. */
export type JsonSchema = { readonly [keyword: string]: unknown; readonly '~standard'?: never }

/** A plain JSON Schema that carries the type of the values it describes (see {@link jsonSchema}). */
export type TypedJsonSchema<T> = JsonSchema & { readonly '~type'?: T }

/** One problem a Standard Schema found with a value. */
export interface SchemaIssue {
  readonly message: string
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined
}

/**
 * A schema of any library that implements Standard Schema (`validate`) and/or Standard JSON Schema
 * (`jsonSchema`), such as zod 4.2+, valibot or arktype, seen structurally: no library is a
 * dependency. The JSON Schema sent to the API comes from `jsonSchema.input`; answers are checked
 * with `validate` when the library has it.
 */
export interface StandardSchema<Output = unknown> {
  readonly '~standard': {
    readonly version: 1
    readonly vendor: string
    readonly validate?: (
      value: unknown,
    ) =>
      | { readonly value: Output; readonly issues?: undefined }
      | { readonly issues: ReadonlyArray<SchemaIssue> }
      | Promise<
          | { readonly value: Output; readonly issues?: undefined }
          | { readonly issues: ReadonlyArray<SchemaIssue> }
        >
    readonly jsonSchema?: {
      readonly input: (options: { readonly target: string }) => Record<string, unknown>
    }
    readonly types?: { readonly input: unknown; readonly output: Output } | undefined
  }
}

/** What the helpers accept as a schema: a plain JSON Schema or a Standard (JSON) Schema. */
export type Schema<Output = unknown> = TypedJsonSchema<Output> | StandardSchema<Output>

/** The type of the values a schema accepts: the output type of a Standard Schema, `unknown` for an untyped JSON Schema. */
export type Infer<S> =
  S extends StandardSchema<infer Output>
    ? Output
    : S extends { readonly '~type'?: infer T }
      ? unknown extends T
        ? unknown
        : T
      : unknown

/**
 * Types a plain JSON Schema with the values it describes, so that structured outputs and tool
 * arguments come out typed. The schema is returned as is.
 * @example
 * ```ts
 * const weather = jsonSchema<{ city: string }>({
 *   type: 'object',
 *   properties: { city: { type: 'string' } },
 *   required: ['city'],
 *   additionalProperties: false,
 * })
 * ```
 */
export const jsonSchema = <T>(schema: JsonSchema): TypedJsonSchema<T> => schema

/**
 * The JSON Schema to send to the API for `schema`: a plain JSON Schema as is, or the input schema
 * of a Standard JSON Schema (draft-07) with its objects closed (see {@link closeObjects}), as strict
 * mode requires. Throws an `InvalidInputError` for a Standard Schema that cannot describe itself as
 * JSON Schema.
 * @example
 * ```ts
 * const parameters = toJsonSchema(z.object({ city: z.string() }))
 * ```
 */
export const toJsonSchema = (schema: Schema): Record<string, unknown> => {
  const standard = schema['~standard']
  if (!standard) return schema as Record<string, unknown>
  if (!standard.jsonSchema)
    throw new InvalidInputError(
      `This ${standard.vendor} schema has no JSON Schema (Standard JSON Schema): pass a schema that has one, or a plain JSON Schema`,
    )
  return closeObjects(standard.jsonSchema.input({ target: 'draft-07' }))
}

/**
 * Checks `value` with the schema's `validate` (Standard Schema) and resolves with its output, or
 * with the issues found. A plain JSON Schema, or a schema without `validate`, accepts the value as
 * is: the API holds the model to the schema in strict mode.
 * @example
 * ```ts
 * const result = await validate(schema, JSON.parse(text))
 * if (result.issues) console.log(describeIssues(result.issues))
 * ```
 */
export const validate = async <Output>(
  schema: Schema<Output>,
  value: unknown,
): Promise<{ value: Output; issues?: undefined } | { issues: ReadonlyArray<SchemaIssue> }> => {
  const check = schema['~standard']?.validate
  return check ? check(value) : { value: value as Output }
}

/**
 * The issues as one line: `path: message; path: message`.
 * @example
 * ```ts
 * describeIssues([{ message: 'Expected a number', path: ['celsius'] }]) // 'celsius: Expected a number'
 * ```
 */
export const describeIssues = (issues: ReadonlyArray<SchemaIssue>): string =>
  issues
    .map(({ message, path = [] }) => {
      const at = path.map((segment) => String(typeof segment === 'object' ? segment.key : segment)).join('.')
      return at ? `${at}: ${message}` : message
    })
    .join('; ')
