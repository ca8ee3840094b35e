import type { RequestHandler } from 'msw'
import { createOperationHandler, type OperationAnswerer } from './operation-handler.ts'
import { type OperationSpec, spec } from './spec-data.ts'

/** Options of {@link createHandlers}. */
export interface HandlersOptions {
  /**
   * Where the API is mounted; MSW path syntax, so `*` matches any origin.
   * @defaultValue `'*\/v1'`
   */
  baseURL?: string
}

/** Literal segments first: `/threads/runs` must be tried before `/threads/{thread_id}`. */
const specificity = (path: string): number[] =>
  path.split('/').map((segment) => (segment.startsWith('{') ? 0 : 1))

const compare = (a: string, b: string): number => {
  const [left, right] = [specificity(a), specificity(b)]
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (right[index] ?? -1) - (left[index] ?? -1)
    if (difference !== 0) return difference
  }
  return 0
}

/** Handlers of one path: those the spec path's query singles out (`?beta=true`) come first. */
const compareOperations = (a: OperationSpec, b: OperationSpec): number =>
  compare(a.path, b.path) || Number(Boolean(b.fixedQuery)) - Number(Boolean(a.fixedQuery))

/**
 * MSW handlers for every operation of the spec, each validating the request and answering with
 * the spec's example (or a stream). Put your own handlers first to override one per test:
 * `[http.get('*\/v1/models', () => HttpResponse.json(mine)), ...createHandlers()]`.
 * @example
 * ```ts
 * const transport = createMockTransport(createHandlers({ baseURL: 'https://proxy.example/openai/v1' }))
 * ```
 * @param answer - answers validated requests in place of the examples (what `createMock` passes).
 */
export const createHandlers = (options: HandlersOptions = {}, answer?: OperationAnswerer): RequestHandler[] =>
  [...spec.operations]
    .sort(compareOperations)
    .map((operation) => createOperationHandler(operation, options.baseURL ?? '*/v1', answer))

/** The handlers of the whole API under any origin's `/v1` (see {@link createHandlers}). */
export const handlers: readonly RequestHandler[] = /* @__PURE__ */ createHandlers()
