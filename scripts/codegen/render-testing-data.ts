import { createValidator, type Validator } from '../../packages/testing/src/validator.ts'
import { responseExample, type StreamEvent, streamExample } from './examples.ts'
import { definitionsId, toJsonSchema } from './json-schema.ts'
import type { Operation } from './operations.ts'
import { type Json, resolve, type Schema, type Spec } from './spec.ts'
import { synthesize } from './synthesize.ts'

/** Where the answer of an operation in the mock comes from. */
export type ExampleSource = 'example' | 'completed example' | 'synthesized'

/** What the mock knows of one operation; the shape of `spec-data.json`'s `operations` entries. */
export interface OperationData {
  id: string
  method: string
  path: string
  /** Header parameters the operation requires (lower case). */
  headers?: string[]
  query?: { schema: Schema; arrays: string[] }
  body?: { multipart: boolean; required: boolean; schema: Schema }
  response: {
    status: number
    kind: string
    contentType?: string
    schema?: Schema
    example?: Json
    source?: ExampleSource
  }
  stream?: { schema: Schema; named: boolean; end?: string[]; events: StreamEvent[] }
}

/** Fills what an example leaves out (required fields) from a synthesized value of the same schema. */
const complete = (synthesized: Json, example: Json): Json => {
  if (Array.isArray(example)) {
    const item = Array.isArray(synthesized) ? synthesized[0] : undefined
    return item === undefined ? example : example.map((value) => complete(item, value))
  }
  if (
    !example ||
    typeof example !== 'object' ||
    !synthesized ||
    typeof synthesized !== 'object' ||
    Array.isArray(synthesized)
  )
    return example
  const merged: Record<string, Json> = { ...synthesized }
  for (const [key, value] of Object.entries(example)) {
    // The docs show absent optional fields as `null` where the schema does not allow it: leave them out.
    if (value === null && !(key in synthesized)) continue
    merged[key] = key in synthesized ? complete(synthesized[key]!, value) : value
  }
  return merged
}

const pathOf = (param: string): string[] =>
  param.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '')

const valueAt = (value: Json, path: string[]): Json | undefined =>
  path.reduce<Json | undefined>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, Json>)[key] : undefined),
    value,
  )

/**
 * Repairs an example the way a reader would: each field the validator rejects takes the value the
 * synthesized answer has there, or is left out when that has none. Gives up after a few rounds.
 */
const repair = (validator: Validator, schema: Schema, synthesized: Json, example: Json): Json => {
  const value = structuredClone(example)
  for (let round = 0; round < 24; round++) {
    const issue = validator.check(schema, value)
    if (!issue?.param) return value
    const path = pathOf(issue.param)
    const parent = valueAt(value, path.slice(0, -1)) as Record<string, Json> | undefined
    if (!parent || typeof parent !== 'object') return value
    const key = path.at(-1)!
    const replacement = valueAt(
      synthesized,
      path.map((part) => (/^\d+$/.test(part) ? '0' : part)),
    )
    if (replacement === undefined) delete parent[key]
    else parent[key] = structuredClone(replacement)
  }
  return value
}

/** The spec's example when it conforms, else the example completed, else a synthesized value. */
const pickExample = (
  validator: Validator,
  schema: Schema,
  synthesized: Json,
  example: Json | undefined,
): { value: Json; source: ExampleSource } => {
  if (example !== undefined && !validator.check(schema, example)) return { value: example, source: 'example' }
  const completed =
    example === undefined ? undefined : repair(validator, schema, synthesized, complete(synthesized, example))
  if (completed !== undefined && !validator.check(schema, completed))
    return { value: completed, source: 'completed example' }
  return { value: synthesized, source: 'synthesized' }
}

/**
 * A list answer the mock serves is the last page (`has_more: false`, no `next_page`), so iterating
 * it through `paginate` ends.
 */
const lastPage = (validator: Validator, schema: Schema, page: Json): Json => {
  if (!page || typeof page !== 'object' || Array.isArray(page)) return page
  const last: Record<string, Json> = { ...page, ...('has_more' in page ? { has_more: false } : {}) }
  const { next_page: _, ...withoutToken } = last
  const candidates = 'next_page' in last ? [{ ...last, next_page: null }, withoutToken, last] : [last]
  return candidates.find((candidate) => !validator.check(schema, candidate)) ?? page
}

const queryData = (op: Operation): OperationData['query'] => {
  if (op.query.length === 0) return undefined
  return {
    schema: {
      type: 'object',
      properties: Object.fromEntries(
        op.query.map((parameter) => [parameter.name, toJsonSchema(parameter.schema)]),
      ),
      required: op.query.filter((parameter) => parameter.required).map((parameter) => parameter.name),
      additionalProperties: false,
    },
    arrays: op.query
      .filter((parameter) => parameter.schema.type === 'array')
      .map((parameter) => parameter.name),
  }
}

/** The events the mock streams: the spec's streaming example, finished with the stream's final event. */
const streamEvents = (spec: Spec, validator: Validator, op: Operation, schema: Schema): StreamEvent[] => {
  const named = op.stream!.format.named === true
  const conforms = (event: StreamEvent) => !validator.check(schema, named ? event : event.data)
  const eventSchema = spec.components.schemas[op.stream!.eventSchema!] ?? {}
  const examples = streamExample(op.meta).filter(conforms)
  const events: StreamEvent[] =
    examples.length > 0 ? examples : [toEvent(synthesize(spec, eventSchema), named)]
  const end = op.stream!.format.end
  const last = events.at(-1)?.data as { type?: string } | undefined
  if (end && !end.includes(last?.type ?? '')) {
    // The stream must finish the way the API finishes it: with its final event.
    const final = (eventSchema.anyOf ?? eventSchema.oneOf ?? []).find((branch: Schema) =>
      resolve<Schema>(spec, branch)?.properties?.type?.enum?.includes(end[0]),
    )
    if (final) events.push(toEvent(synthesize(spec, final), named))
  }
  return events.filter(conforms)
}

const toEvent = (value: Json, named: boolean): StreamEvent => {
  if (!named) return { data: value }
  const { event, data } = value as { event: string; data: Json }
  return { event, data }
}

/**
 * The validation data of `@oaikit/testing`: the spec's schemas as JSON Schema and, per operation,
 * its method, path, query and body schemas, the schema and example of its answer and the events
 * of its stream. Examples are checked against their schema here, at generation time.
 */
export const renderTestingData = (
  spec: Spec,
  operations: Operation[],
): { data: object; operations: OperationData[] } => {
  const definitions = Object.fromEntries(
    Object.entries(spec.components.schemas).map(([name, schema]) => [name, toJsonSchema(schema)]),
  )
  const validator = createValidator(definitions)
  const data = operations.map((op): OperationData => {
    const response: OperationData['response'] = {
      status: Number(op.response.status),
      kind: op.response.kind,
      ...(op.response.contentType ? { contentType: op.response.contentType } : {}),
    }
    if (op.response.kind === 'json' && op.response.schema) {
      const schema = toJsonSchema(op.response.schema)
      const example = pickExample(
        validator,
        schema,
        synthesize(spec, op.response.schema),
        responseExample(op.meta),
      )
      const value = op.pagination ? lastPage(validator, schema, example.value) : example.value
      Object.assign(response, { schema, example: value, source: example.source })
    }
    const requiredHeaders = op.headers
      .filter((header) => header.required)
      .map((header) => header.name.toLowerCase())
    const body = op.body && {
      multipart: op.body.multipart,
      required: op.body.required,
      schema: { ...toJsonSchema(op.body.schema), unevaluatedProperties: false },
    }
    const stream =
      op.stream?.eventSchema !== undefined
        ? (() => {
            const schema = { $ref: `${definitionsId}#/$defs/${op.stream.eventSchema}` }
            return {
              schema,
              named: op.stream.format.named === true,
              ...(op.stream.format.end ? { end: op.stream.format.end } : {}),
              events: streamEvents(spec, validator, op, schema),
            }
          })()
        : undefined
    return {
      id: op.id,
      method: op.method,
      path: op.path,
      ...(requiredHeaders.length > 0 ? { headers: requiredHeaders } : {}),
      ...(op.query.length > 0 ? { query: queryData(op) } : {}),
      ...(body ? { body } : {}),
      response,
      ...(stream ? { stream } : {}),
    }
  })
  return { data: { definitions, operations: data }, operations: data }
}
