import { InvalidInputError } from '@oaikit/core'
import type { BatchEndpoint, BatchRequest } from './batch-endpoints.ts'

/** The most requests the API takes in one batch. */
const maxRequests = 50_000
/** The largest input file the API takes for a batch. */
const maxBytes = 200_000_000

/**
 * The JSONL input file of a batch: one line per request, `{ custom_id, method, url, body }`, in
 * the order given. Checked as the API checks it, so that a bad request fails here rather than
 * after the upload.
 * @throws InvalidInputError for a request without a `custom_id` or with one seen before (naming
 * its index), no request, more than 50,000, or a file over 200 MB.
 * @example
 * ```ts
 * const file = await batchInput('/v1/embeddings', [{ custom_id: 'doc-1', body: { model: 'text-embedding-3-small', input: 'Hello' } }])
 * ```
 */
export const batchInput = async <E extends BatchEndpoint>(
  endpoint: E,
  requests: Iterable<BatchRequest<E>> | AsyncIterable<BatchRequest<E>>,
): Promise<File> => {
  const lines: string[] = []
  const seen = new Set<string>()
  for await (const { custom_id, body } of requests) {
    const at = `batch request ${lines.length}`
    if (typeof custom_id !== 'string' || !custom_id)
      throw new InvalidInputError(`${at}: custom_id must be a non-empty string`)
    if (seen.has(custom_id)) throw new InvalidInputError(`${at}: custom_id '${custom_id}' is used twice`)
    if (typeof body !== 'object' || !body) throw new InvalidInputError(`${at}: body must be an object`)
    if (lines.length === maxRequests) throw new InvalidInputError(`More than ${maxRequests} batch requests`)
    seen.add(custom_id)
    lines.push(`${JSON.stringify({ custom_id, method: 'POST', url: endpoint, body })}\n`)
  }
  if (!lines.length) throw new InvalidInputError('No batch requests')
  const file = new File(lines, 'batch-input.jsonl', { type: 'text/jsonl' })
  if (file.size > maxBytes)
    throw new InvalidInputError(`The batch input is ${file.size} bytes, over the API's ${maxBytes}`)
  return file
}
