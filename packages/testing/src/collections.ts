import { type OperationSpec, spec } from './spec-data.ts'

/** What an operation does to a collection of the API: `POST /files` creates in `/files`, and so on. */
export interface CollectionRole {
  kind: 'create' | 'list' | 'retrieve' | 'update' | 'delete' | 'content'
  /** The collection's path, e.g. `/files`. */
  collection: string
  /** The path parameter naming an item, e.g. `file_id`. */
  param?: string
}

let roles: Map<string, CollectionRole> | undefined

const sameSchema = (a: OperationSpec, b: OperationSpec): boolean =>
  JSON.stringify(a.response.schema) === JSON.stringify(b.response.schema)

/**
 * Finds the collections of the spec: a literal path `P` with `POST P` whose answer has the same
 * schema as `GET P/{id}`. Its list (`GET P`), update (`POST P/{id}`), delete (`DELETE P/{id}`) and
 * content (`GET P/{id}/content`) operations join it. Read from the spec, so a newer spec brings its
 * new collections (conversations, containers) along.
 */
const findRoles = (): Map<string, CollectionRole> => {
  const found = new Map<string, CollectionRole>()
  const operations = spec.operations
  for (const create of operations.filter(
    (operation) => operation.method === 'POST' && !operation.path.includes('{'),
  )) {
    const item = new RegExp(`^${create.path}/\\{([^}]+)\\}$`)
    const retrieve = operations.find((operation) => operation.method === 'GET' && item.test(operation.path))
    if (!retrieve || !sameSchema(create, retrieve)) continue
    const collection = create.path
    const param = item.exec(retrieve.path)![1]!
    found.set(create.id, { kind: 'create', collection })
    found.set(retrieve.id, { kind: 'retrieve', collection, param })
    for (const operation of operations) {
      const kind =
        operation.path === collection && operation.method === 'GET'
          ? 'list'
          : operation.path === retrieve.path
            ? ({ POST: 'update', DELETE: 'delete' } as const)[operation.method]
            : operation.path === `${retrieve.path}/content` && operation.method === 'GET'
              ? 'content'
              : undefined
      if (kind) found.set(operation.id, { kind, collection, param })
    }
  }
  return found
}

/** The collection role of an operation, or `undefined` when it touches no collection. */
export const collectionRole = (operationId: string): CollectionRole | undefined => {
  roles ??= findRoles()
  return roles.get(operationId)
}

/** The operation that creates an item of the collection (`POST /files`): its example is the items' shape. */
export const createOperationOf = (collection: string): OperationSpec | undefined =>
  spec.operations.find((candidate) => candidate.method === 'POST' && candidate.path === collection)
