import { pascalCase, quote } from './names.ts'
import { alternativesRequire, objectProperties, requiredProperties } from './object-schema.ts'
import type { Operation } from './operations.ts'
import { refName, resolve, type Schema, type Spec } from './spec.ts'

/** A readable alias exported by a package for a type of the spec. */
export interface TypeAlias {
  name: string
  /** The aliased type, in terms of `components` and `operations` of `@oaikit/core`. */
  expression: string
  doc: string
  /**
   * How it keeps its name in editors, type errors and the reference, where TypeScript would print
   * the expansion of an indexed type (`components['schemas']['X']`) instead:
   * - `interface`: an object type, declared as an interface extending the expression;
   * - `union`: a union (an interface cannot extend one), declared as `expression | never`: a union
   *   written in the alias itself carries the alias's name.
   * Unset for what is neither (an array, a scalar): a plain alias.
   */
  declaration?: Declaration
}

/** How a type alias is declared so that it keeps its name (see {@link TypeAlias.declaration}). */
export type Declaration = 'interface' | 'union'

/** Whether a schema is one object type all the way down its `allOf`s, with no union an interface cannot extend. */
const isPlainObject = (spec: Spec, node: Schema | undefined, depth = 0): boolean => {
  const schema = resolve<Schema | undefined>(spec, node)
  if (!schema || depth > 16 || schema.anyOf || schema.oneOf || schema.enum || schema.nullable) return false
  if (Array.isArray(schema.type) && schema.type.length > 1) return false
  if (schema.allOf) return (schema.allOf as Schema[]).every((part) => isPlainObject(spec, part, depth + 1))
  return schema.type === 'object' || (schema.type === undefined && !!schema.properties)
}

/** Whether a schema's type is a union: `anyOf`, `oneOf`, nullable or several types, itself or in an `allOf` part. */
const isUnion = (spec: Spec, node: Schema | undefined, depth = 0): boolean => {
  const schema = resolve<Schema | undefined>(spec, node)
  if (!schema || depth > 16) return false
  if (schema.anyOf || schema.oneOf || schema.nullable) return true
  if (Array.isArray(schema.type) && schema.type.length > 1) return true
  return ((schema.allOf ?? []) as Schema[]).some((part) => isUnion(spec, part, depth + 1))
}

/** How the alias of a schema keeps its name, `undefined` when it stays a plain alias. */
const declarationOf = (spec: Spec, schema: Schema | undefined): Declaration | undefined =>
  isPlainObject(spec, schema) ? 'interface' : isUnion(spec, schema) ? 'union' : undefined

/** The types one operation function uses, each an alias or a plain TypeScript type. */
export interface OperationTypes {
  body: string | undefined
  query: string | undefined
  result: string
  /**
   * The type of one item of a paged list: the alias of its component (`OpenAIFile`), else an
   * indexed type of the result.
   */
  item: string | undefined
  event: string | undefined
  aliases: TypeAlias[]
}

/** Platform types an alias must not shadow in a module that may use them. */
const platformTypes = new Set([
  'Blob',
  'File',
  'FormData',
  'Headers',
  'Request',
  'Response',
  'ReadableStream',
  'Error',
])

const identifier = (name: string): string => {
  const safe = /^[A-Za-z_$][\w$]*$/.test(name) ? name : pascalCase(name)
  return platformTypes.has(safe) ? `${safe}Object` : safe
}

const firstSentence = (text: unknown): string => {
  const line = String(text ?? '')
    .trim()
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ')
  return line.replaceAll('*/', '*\\/').replace(/\]\(\/docs/g, '](https://platform.openai.com/docs')
}

const componentAlias = (spec: Spec, name: string): TypeAlias => ({
  name: identifier(name),
  expression: `components['schemas'][${quote(name)}]`,
  doc: firstSentence(spec.components.schemas[name]?.description) || `The \`${name}\` object of the API.`,
})

/**
 * The types of one operation: component schemas keep their spec name (`CreateChatCompletionRequest`),
 * inline ones are named after the operation (`ListFilesQuery`, `UsageCostsResponse`).
 */
export const operationTypes = (spec: Spec, op: Operation): OperationTypes => {
  const aliases: TypeAlias[] = []
  const operation = `operations[${quote(op.id)}]`
  /**
   * Records the alias of `schema` (its component's, else `fallback`), declared to keep its name
   * (see {@link TypeAlias.declaration}).
   */
  const named = (schema: Schema | undefined, fallback: TypeAlias): string => {
    const alias = schema?.$ref ? componentAlias(spec, refName(schema.$ref)) : fallback
    aliases.push({ ...alias, declaration: declarationOf(spec, schema) })
    return alias.name
  }
  const base = pascalCase(op.functionName)
  // The query parameters are always one object of named parameters: an interface, like a body.
  const query = op.query.length > 0 ? `${base}Query` : undefined
  if (query)
    aliases.push({
      name: query,
      expression: `NonNullable<${operation}['parameters']['query']>`,
      doc: `The query parameters of \`${op.functionName}\`.`,
      declaration: 'interface',
    })
  const body =
    op.body &&
    named(op.body.schema, {
      name: spec.components.schemas[`${base}Request`] ? `${base}Body` : `${base}Request`,
      expression: `NonNullable<${operation}['requestBody']>['content'][${quote(op.body.contentType)}]`,
      doc: `The request body of \`${op.functionName}\`.`,
    })
  const { response } = op
  // A JSON result, the item of a paged one and a stream event are named as a body is: an interface
  // for a plain object (`CreateChatCompletionResponse`, `OpenAIFile`), a named union for a union
  // (`ConversationItem`, the `oneOf` of `createTranscription`, `ResponseStreamEvent`). A binary
  // result is the raw `Response`, an empty one `void`.
  const result =
    response.kind === 'binary'
      ? 'Response'
      : response.kind === 'empty'
        ? 'void'
        : named(response.schema, {
            name: spec.components.schemas[`${base}Response`] ? `${base}Result` : `${base}Response`,
            expression: `${operation}['responses'][${quote(response.status)}]['content'][${quote(response.contentType!)}]`,
            doc: `The result of \`${op.functionName}\`.`,
          })
  const items =
    op.pagination && resolve<Schema | undefined>(spec, objectProperties(spec, response.schema).data)?.items
  const item =
    op.pagination &&
    (items?.$ref
      ? named(items, componentAlias(spec, refName(items.$ref)))
      : `NonNullable<${result}['data']>[number]`)
  const eventSchema = op.stream?.eventSchema
  const event = eventSchema
    ? named({ $ref: `#/components/schemas/${eventSchema}` }, componentAlias(spec, eventSchema))
    : op.stream && 'unknown'
  return { body, query, result, item, event, aliases }
}

/** Whether a body can be left out by callers: nothing in it is required, not even one of two properties. */
export const bodyIsOptional = (spec: Spec, op: Operation): boolean =>
  !!op.body &&
  (!op.body.required ||
    (requiredProperties(spec, op.body.schema).length === 0 && !alternativesRequire(spec, op.body.schema))) &&
  !op.body.multipart
