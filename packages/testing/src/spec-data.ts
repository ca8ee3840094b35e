import specData from './generated/spec-data.json' with { type: 'json' }

/** An event of a mocked stream: its `event:` name when the stream names its events, and its data. */
export interface MockStreamEvent {
  event?: string
  data: unknown
}

/** What the mock knows of one operation of the spec (generated from it by `pnpm generate`). */
export interface OperationSpec {
  /** The spec's `operationId`. */
  id: string
  method: string
  /** The path with `{name}` placeholders, e.g. `/models/{model}`. */
  path: string
  /**
   * Query parameters the spec writes into the path (`/responses?beta=true`): only requests that
   * carry them reach this operation.
   */
  fixedQuery?: Record<string, string>
  /** Header parameters the operation requires, in lower case (the API key is checked for every operation). */
  headers?: string[]
  /** The query parameters as one object schema; `arrays` names those that repeat. */
  query?: { schema: object; arrays: string[] }
  /** The body schema (unknown top-level fields rejected), its encoding and whether it may be left out. */
  body?: { multipart: boolean; required: boolean; schema: object }
  /** The success answer: its status, kind, schema and the example the mock serves. */
  response: {
    status: number
    kind: string
    contentType?: string
    schema?: object
    example?: unknown
    source?: string
  }
  /**
   * For operations that can stream: the event schema, how events end (`end` stops the stream,
   * `final` may be the last), what in the request asks for the stream, and the events served.
   */
  stream?: {
    schema: object
    named: boolean
    end?: string[]
    final?: string[]
    switch: { in: 'body' | 'query'; field: string; value: true | string }
    events: MockStreamEvent[]
  }
}

/** The spec's component schemas (JSON Schema) and every operation, in spec order. */
export const spec = specData as unknown as {
  definitions: Record<string, object>
  operations: OperationSpec[]
}

/** The operation with this `operationId`. */
export const findOperation = (id: string): OperationSpec => {
  const operation = spec.operations.find((candidate) => candidate.id === id)
  if (!operation) throw new Error(`The spec has no operation "${id}"`)
  return operation
}
