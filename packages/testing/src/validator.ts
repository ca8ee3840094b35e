import Ajv2019, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js'

/** Why a value does not conform, in the terms of the API's 400 answers. */
export interface Issue {
  /** The offending field as the API names it (`messages[0].role`), or `null` for the whole value. */
  param: string | null
  /** What is wrong, worded as the API words it. */
  message: string
  /** The API's error code: `missing_required_parameter`, `unknown_parameter`, `invalid_type` or `invalid_value`. */
  code: string
}

/** Checks values against the spec's schemas; compiles each schema once, on first use. */
export interface Validator {
  /** The first issue of `value` against `schema`, or `undefined` when it conforms. */
  check(schema: object, value: unknown): Issue | undefined
}

const fieldName = (path: string, child?: string): string | null => {
  const parts = [...path.split('/').slice(1), ...(child ? [child] : [])].map((part) =>
    part.replaceAll('~1', '/').replaceAll('~0', '~'),
  )
  const name = parts.reduce(
    (joined, part) => (/^\d+$/.test(part) ? `${joined}[${part}]` : joined ? `${joined}.${part}` : part),
    '',
  )
  return name || null
}

const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`)

const typeName = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'object'
        ? 'object'
        : typeof value

const valueAt = (root: unknown, path: string): unknown =>
  path
    .split('/')
    .slice(1)
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], root)

const toIssue = (error: ErrorObject, root: unknown): Issue => {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'required') {
    const param = fieldName(error.instancePath, String(params.missingProperty))
    return { param, message: `Missing required parameter: '${param}'.`, code: 'missing_required_parameter' }
  }
  if (error.keyword === 'unevaluatedProperties' || error.keyword === 'additionalProperties') {
    const param = fieldName(
      error.instancePath,
      String(params.unevaluatedProperty ?? params.additionalProperty),
    )
    return { param, message: `Unrecognized request argument supplied: ${param}`, code: 'unknown_parameter' }
  }
  const param = fieldName(error.instancePath)
  const where = param ? `'${param}'` : 'the value'
  if (error.keyword === 'type') {
    const actual = typeName(valueAt(root, error.instancePath))
    return {
      param,
      message: `Invalid type for ${where}: expected ${article(String(params.type).replace(',', ' or '))}, but got ${article(actual)} instead.`,
      code: 'invalid_type',
    }
  }
  if (error.keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[]).map((value) => `'${value}'`).join(', ')
    return {
      param,
      message: `Invalid value: '${valueAt(root, error.instancePath)}'. Supported values are: ${allowed}.`,
      code: 'invalid_value',
    }
  }
  return { param, message: `Invalid value for ${where}: ${error.message}.`, code: 'invalid_value' }
}

/** The most telling error: the deepest one that is not a bare "matches no branch of a union". */
const mostSpecific = (errors: ErrorObject[]): ErrorObject =>
  errors
    .filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'if')
    .sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0] ?? errors[0]!

/**
 * A validator for the spec's schemas (JSON Schema 2019-09, `$ref`s into the `openai` definitions).
 * `coerce` reads strings as the numbers and booleans the schema asks for, as query strings and
 * multipart fields carry them. `binary: true` accepts a `Blob` (a file part).
 */
export const createValidator = (
  definitions: Record<string, object>,
  options: { coerce?: boolean } = {},
): Validator => {
  let ajv: Ajv2019 | undefined
  const compiled = new WeakMap<object, ValidateFunction>()
  const compile = (schema: object): ValidateFunction => {
    if (!ajv) {
      ajv = new Ajv2019({
        strict: false,
        allErrors: false,
        coerceTypes: options.coerce ? 'array' : false,
        validateFormats: false,
      })
      ajv.addKeyword({
        keyword: 'binary',
        validate: (_: unknown, data: unknown) => data instanceof Blob,
        errors: false,
      })
      ajv.addSchema({ $id: 'openai', $defs: definitions })
    }
    const validate = compiled.get(schema) ?? ajv.compile(schema)
    compiled.set(schema, validate)
    return validate
  }
  return {
    check: (schema, value) => {
      const validate = compile(schema)
      return validate(value) ? undefined : toIssue(mostSpecific(validate.errors ?? []), value)
    },
  }
}
