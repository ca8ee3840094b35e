import { apiError } from './api-error.ts'
import { collectionRole, createOperationOf } from './collections.ts'
import type { NextId } from './model-turn.ts'
import { paginate } from './paginate.ts'
import type { ScriptedRequest } from './scripted-answer.ts'
import type { OperationSpec } from './spec-data.ts'
import { asksForStream } from './stream-switch.ts'
import { jsonValidator } from './validators.ts'

type Json = Record<string, unknown>

interface Item {
  value: Json
  /** The bytes `GET …/content` answers with (uploaded files). */
  content?: Blob
}

interface Collection {
  items: Map<string, Item>
  deleted: Set<string>
}

/** The objects one mock created: collections of the API, stored as they were answered. */
export interface MockState {
  /** Stores an object a create operation answered with (a scripted one included). */
  store(collection: string, value: Json, content?: Blob): void
  /** Makes a new item of the collection from a create request: the spec's example, the request's fields. */
  create(collection: string, body: Json): Item
  /** The collection answer to a request, or `undefined` when the state has nothing to say. */
  answer(operation: OperationSpec, request: ScriptedRequest): Response | undefined
  /** Forgets every object. */
  reset(): void
}

const seconds = (): number => Math.floor(Date.now() / 1000)

/** Copies the request's fields that the item has; a file gives its real name and size. */
const fromBody = (example: Json, body: Json): Json => {
  const fields: Json = {}
  for (const [key, value] of Object.entries(body)) {
    if (value instanceof Blob) {
      if ('filename' in example && 'name' in value) fields.filename = (value as File).name
      if ('bytes' in example) fields.bytes = value.size
    } else if (key in example) fields[key] = value
  }
  return fields
}

const exampleOf = (collection: string): Json =>
  (createOperationOf(collection)?.response.example ?? {}) as Json

const notFound = (collection: string, id: string): Response =>
  apiError(404, `No such ${String(exampleOf(collection).object ?? 'object')}: '${id}'`, { param: 'id' })

/** The state of one mock instance (see `createMock`). */
export const createMockState = (nextId: NextId): MockState => {
  const collections = new Map<string, Collection>()
  const open = (path: string): Collection => {
    const collection = collections.get(path) ?? { items: new Map(), deleted: new Set<string>() }
    collections.set(path, collection)
    return collection
  }

  const create = (collection: string, body: Json): Item => {
    const example = exampleOf(collection)
    const prefix = /^[a-z]+[-_]/.exec(String(example.id))?.[0] ?? 'obj_'
    const stamp = { id: nextId(prefix), ...('created_at' in example && { created_at: seconds() }) }
    const value = { ...example, ...fromBody(example, body), ...stamp }
    const schema = createOperationOf(collection)?.response.schema
    const fits = !schema || jsonValidator().check(schema, value) === undefined
    const file = Object.values(body).find((field) => field instanceof Blob) as Blob | undefined
    return { value: fits ? value : { ...example, ...stamp }, content: file }
  }

  const answer = (operation: OperationSpec, request: ScriptedRequest): Response | undefined => {
    const role = collectionRole(operation.id)
    if (!role) return undefined
    const collection = collections.get(role.collection)
    const body = request.body ?? {}
    if (role.kind === 'create') {
      if (asksForStream(operation, request.body, request.query)) return undefined
      const item = create(role.collection, body)
      open(role.collection).items.set(String(item.value.id), item)
      return Response.json(item.value, { status: operation.response.status })
    }
    if (!collection) return undefined
    if (role.kind === 'list')
      return paginate(
        operation,
        [...collection.items.values()].map((item) => item.value),
        request.query,
      )
    const id = request.params[role.param!]!
    const item = collection.items.get(id)
    if (!item) return collection.deleted.has(id) ? notFound(role.collection, id) : undefined
    if (role.kind === 'retrieve') return Response.json(item.value)
    if (role.kind === 'update') {
      item.value = { ...item.value, ...fromBody(item.value, body) }
      return Response.json(item.value)
    }
    if (role.kind === 'content')
      return new Response(item.content ?? '', { headers: { 'content-type': 'application/octet-stream' } })
    collection.items.delete(id)
    collection.deleted.add(id)
    if (operation.response.kind !== 'json') return new Response(null, { status: operation.response.status })
    return Response.json({ ...(operation.response.example as Json), id, deleted: true })
  }

  return {
    store: (path, value, content) => void open(path).items.set(String(value.id), { value, content }),
    create,
    answer,
    reset: () => collections.clear(),
  }
}
