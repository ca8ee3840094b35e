import type { Client } from './client.ts'

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH'

/** What an operation function asks of the pipeline. */
export interface Operation {
  /** The HTTP method. */
  method: HttpMethod
  /** The path below the base URL, with `{name}` placeholders for `pathParams`. */
  path: string
}

/** Options every operation function takes last. */
export interface RequestOptions {
  /** Aborts the request and its body. */
  signal?: AbortSignal
}

/** Sends one operation and resolves with its parsed JSON result. */
export const request = async <T>(client: Client, operation: Operation, options: RequestOptions = {}): Promise<T> => {
  const { apiKey, baseURL = 'https://api.openai.com/v1', transport } = client.options
  const key = typeof apiKey === 'function' ? await apiKey() : apiKey
  const headers = new Headers()
  if (key) headers.set('authorization', `Bearer ${key}`)
  const response = await (transport ?? fetch)(
    new Request(baseURL + operation.path, { method: operation.method, headers, signal: options.signal }),
  )
  if (!response.ok) throw new Error(`${operation.method} ${operation.path} failed with status ${response.status}`)
  return (await response.json()) as T
}
