import type { Client, RequestOptions } from '@oaikit/core'
import { decodeEmbedding } from './decode-embedding.ts'
import { createEmbedding as sendEmbedding } from './generated/embeddings.ts'
import type { CreateEmbeddingRequest, CreateEmbeddingResponse } from './generated/types.ts'

/**
 * Creates embedding vectors of the input (`POST /embeddings`). Unless the body names an
 * `encoding_format`, the vectors travel as base64 (about 4 times fewer bytes than JSON numbers, as
 * the official SDK asks for them) and come back decoded to arrays of numbers; an explicit
 * `encoding_format` is sent and answered as is (with `'base64'`, each `embedding` is the string).
 * `getResponseMeta` of `@oaikit/core` reads the result's response as for any operation.
 * @param client - The client to send the request with.
 * @param body - The request body.
 * @param options - Per-call options: signal, timeout, headers, retries.
 * @example
 * ```ts
 * const { data } = await createEmbedding(client, { model: 'text-embedding-3-small', input: ['first', 'second'] })
 * console.log(data[0]?.embedding.length)
 * ```
 */
export const createEmbedding = async (
  client: Client,
  body: CreateEmbeddingRequest,
  options?: RequestOptions,
): Promise<CreateEmbeddingResponse> => {
  if (body.encoding_format) return sendEmbedding(client, body, options)
  const result = await sendEmbedding(client, { ...body, encoding_format: 'base64' }, options)
  for (const item of result.data) {
    const sent: unknown = item.embedding
    if (typeof sent === 'string') item.embedding = decodeEmbedding(sent)
  }
  return result
}
