import { createValidator, type Validator } from '../../packages/testing/src/validator.ts'
import { responseExample, type StreamEvent, streamExample } from './examples.ts'
import { definitionsId, toJsonSchema } from './json-schema.ts'
import type { Operation } from './operations.ts'
import { type ExampleSource, lastPage, pickExample } from './pick-example.ts'
import { type Json, resolve, type Schema, type Spec } from './spec.ts'
import type { StreamSwitch } from './streams.ts'
import { synthesize } from './synthesize.ts'

/** What the mock knows of one operation; the shape of `spec-data.json`'s `operations` entries. */
export interface OperationData {
  id: string
  method: string
  path: string
  fixedQuery?: Record<string, string>
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
  stream?: {
    schema: Schema
    named: boolean
    end?: string[]
    final?: string[]
    switch: StreamSwitch
    events: StreamEvent[]
  }
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
  const end = op.stream!.format.end ?? op.stream!.format.final
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
              ...(op.stream.format.final ? { final: op.stream.format.final } : {}),
              switch: op.stream.switch,
              events: streamEvents(spec, validator, op, schema),
            }
          })()
        : undefined
    return {
      id: op.id,
      method: op.method,
      path: op.urlPath,
      ...(op.fixedQuery ? { fixedQuery: op.fixedQuery } : {}),
      ...(requiredHeaders.length > 0 ? { headers: requiredHeaders } : {}),
      ...(op.query.length > 0 ? { query: queryData(op) } : {}),
      ...(body ? { body } : {}),
      response,
      ...(stream ? { stream } : {}),
    }
  })
  return { data: { definitions, operations: data }, operations: data }
}
