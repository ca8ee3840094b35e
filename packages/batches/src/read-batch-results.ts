import { type Client, OaikitError, type RequestOptions } from '@oaikit/core'
import { downloadFile } from '@oaikit/files'
import type { BatchEndpoint, BatchResult } from './batch-endpoints.ts'
import type { Batch } from './generated/types.ts'
import { readLines } from './read-lines.ts'

/**
 * The results of a batch, one line at a time: those of its output file (the requests that got an
 * answer, errors with a status included), then those of its error file (the requests that could
 * not be sent). Each file is downloaded as it is read, never held whole; returning early (`break`)
 * cancels the download. A batch that is `expired` or `cancelled` yields the results it has.
 * @throws OaikitError for a line that is not JSON (naming the file and the line), the errors of
 * `downloadFile` otherwise.
 * @example
 * ```ts
 * for await (const result of readBatchResults<'/v1/embeddings'>(client, batch)) {
 *   if (result.response?.status_code === 200) save(result.custom_id, result.response.body)
 * }
 * ```
 */
export async function* readBatchResults<E extends BatchEndpoint>(
  client: Client,
  batch: Pick<Batch, 'output_file_id' | 'error_file_id'>,
  options?: RequestOptions,
): AsyncGenerator<BatchResult<E>> {
  for (const fileId of [batch.output_file_id, batch.error_file_id]) {
    if (!fileId) continue
    const response = await downloadFile(client, fileId, options)
    let number = 0
    for await (const line of readLines(response.body ?? new Blob().stream())) {
      number++
      if (!line.trim()) continue
      let result: BatchResult<E>
      try {
        result = JSON.parse(line)
      } catch (cause) {
        throw new OaikitError(`Line ${number} of batch file ${fileId} is not JSON`, { cause })
      }
      yield result
    }
  }
}
