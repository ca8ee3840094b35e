import { camelCase } from './names.ts'
import { objectProperties } from './object-schema.ts'
import { functionNameOf } from './operation-names.ts'
import { placeOperation } from './packages.ts'
import { refName, resolve, type Schema, type Spec } from './spec.ts'
import {
  type StreamFormat,
  type StreamSwitch,
  streamEventSchemaFallback,
  streamFormats,
  streamSwitchOf,
} from './streams.ts'

/** One path, query or header parameter of an operation. */
export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required: boolean
  description: string
  schema: Schema
}

/** What an operation answers on success. */
export interface OperationResponse {
  status: string
  /** `json` (parsed), `binary` (the raw Response: audio, file content) or `empty`. */
  kind: 'json' | 'binary' | 'empty'
  contentType: string | undefined
  schema: Schema | undefined
}

/** How a list operation pages: by cursor (`after`/`has_more`) or by page token (`page`/`next_page`). */
export type Pagination = 'cursor' | 'page' | undefined

/** Everything the renderers need to know about one operation of the spec. */
export interface Operation {
  id: string
  functionName: string
  method: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH'
  /** The path as the spec writes it, e.g. `/responses?beta=true` for a beta duplicate of an endpoint. */
  path: string
  /** The path the request goes to, without the spec path's query (`/responses`). */
  urlPath: string
  /** The query the spec's path carries (`{ beta: 'true' }`), sent with every request. */
  fixedQuery: Record<string, string> | undefined
  pkg: string
  file: string
  summary: string
  deprecated: boolean
  pathParams: Parameter[]
  query: Parameter[]
  /** Set when a query parameter is an array or an object, which only `flattenQuery` sends. */
  deepQuery: boolean
  headers: Parameter[]
  body: { contentType: string; required: boolean; schema: Schema; multipart: boolean } | undefined
  response: OperationResponse
  pagination: Pagination
  /** Set when the operation can stream: the schema of its events, their framing, what asks for them. */
  stream: { eventSchema: string | undefined; format: StreamFormat; switch: StreamSwitch } | undefined
  /** The raw `x-oaiMeta` block (examples). */
  meta: Schema
}

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const

const successResponse = (spec: Spec, responses: Record<string, Schema>): OperationResponse => {
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code)) ?? '200'
  const response = resolve(spec, responses[status]) ?? {}
  const content = (response.content ?? {}) as Record<string, { schema?: Schema }>
  const contentType = Object.keys(content).find((type) => type.includes('json')) ?? Object.keys(content)[0]
  if (!contentType) return { status, kind: 'empty', contentType, schema: undefined }
  const schema = content[contentType]?.schema
  const resolved = resolve(spec, schema)
  // A JSON "string" answer is the raw file content (GET /files/{id}/content), not a JSON string.
  const binary = !contentType.includes('json') || (resolved?.type === 'string' && !resolved.enum)
  return { status, kind: binary ? 'binary' : 'json', contentType, schema }
}

const streamOf = (
  spec: Spec,
  id: string,
  op: Schema,
  body: Operation['body'],
  query: Parameter[],
): Operation['stream'] => {
  const declared = Object.values((op.responses ?? {}) as Record<string, Schema>)
    .map((response: Schema) => resolve(spec, response)?.content?.['text/event-stream']?.schema)
    .find(Boolean)
  const bodyFields = body ? objectProperties(spec, body.schema) : {}
  const streamSwitch = streamSwitchOf(spec, bodyFields, query)
  if (!streamSwitch) {
    if (declared)
      throw new Error(`Operation ${id} answers text/event-stream, but nothing in its request asks for it`)
    return undefined
  }
  const eventSchema = declared?.$ref ? refName(declared.$ref) : streamEventSchemaFallback[id]
  return { eventSchema, format: (eventSchema && streamFormats[eventSchema]) || {}, switch: streamSwitch }
}

/** Whether a value of `schema` may be an array or an object (through `$ref`s, `anyOf` and `oneOf`). */
const isArrayOrObject = (spec: Spec, schema: Schema | undefined): boolean => {
  const resolved: Schema = resolve(spec, schema) ?? {}
  return (
    [resolved.type].flat().some((type) => type === 'array' || type === 'object') ||
    [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])].some((member) => isArrayOrObject(spec, member))
  )
}

const paginationOf = (spec: Spec, query: Parameter[], response: OperationResponse): Pagination => {
  if (response.kind !== 'json') return undefined
  const properties = objectProperties(spec, response.schema)
  if (!properties.data) return undefined
  const names = new Set(query.map((parameter) => parameter.name))
  if (names.has('after') && properties.has_more) return 'cursor'
  if (names.has('page') && properties.next_page) return 'page'
  return undefined
}

/** Every operation of the spec, in path order, with its package, parameters, body and response. */
export const readOperations = (spec: Spec): Operation[] => {
  const operations: Operation[] = []
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of methods) {
      const op = item[method]
      if (!op) continue
      const id: string = op.operationId ?? camelCase(`${method} ${path}`)
      const [urlPath, fixedQueryString] = path.split('?') as [string, string | undefined]
      const fixedQuery = fixedQueryString
        ? Object.fromEntries(new URLSearchParams(fixedQueryString))
        : undefined
      const parameters: Parameter[] = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(
        (raw: Schema) => {
          const parameter = resolve(spec, raw)
          return {
            name: parameter.name,
            in: parameter.in,
            required: parameter.in === 'path' || Boolean(parameter.required),
            description: String(parameter.description ?? '').trim(),
            schema: parameter.schema ?? {},
          }
        },
      )
      const requestBody = resolve(spec, op.requestBody)
      const [contentType, media] =
        Object.entries((requestBody?.content ?? {}) as Record<string, Schema>)[0] ?? []
      const body: Operation['body'] = contentType
        ? {
            contentType,
            required: Boolean(requestBody.required),
            schema: media?.schema ?? {},
            multipart: contentType === 'multipart/form-data',
          }
        : undefined
      const response = successResponse(spec, op.responses ?? {})
      const query = parameters.filter((parameter) => parameter.in === 'query')
      const placeholders = [...urlPath.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!)
      const pathParams = placeholders.map(
        (name) =>
          parameters.find((parameter) => parameter.in === 'path' && parameter.name === name) ?? {
            name,
            in: 'path' as const,
            required: true,
            description: '',
            schema: { type: 'string' },
          },
      )
      operations.push({
        id,
        functionName: functionNameOf(id, path),
        method: method.toUpperCase() as Operation['method'],
        path,
        urlPath,
        fixedQuery,
        ...placeOperation(id, op.tags?.[0], path),
        summary: String(op.summary ?? op.description ?? '').trim(),
        deprecated: Boolean(op.deprecated),
        pathParams,
        query,
        deepQuery: query.some((parameter) => isArrayOrObject(spec, parameter.schema)),
        headers: parameters.filter((parameter) => parameter.in === 'header'),
        body,
        response,
        pagination: paginationOf(spec, query, response),
        stream: streamOf(spec, id, op, body, query),
        meta: op['x-oaiMeta'],
      })
    }
  }
  return operations
}
