import type { Client, PollOptions, RequestOptions } from '@oaikit/core'
import { createFile, uploadFile } from '@oaikit/files'
import type { BatchEndpoint, BatchRequest, BatchResult } from './batch-endpoints.ts'
import { batchInput } from './batch-input.ts'
import { createBatch } from './generated/batch.ts'
import type { Batch, CreateBatchRequest } from './generated/types.ts'
import { pollBatch } from './poll-batch.ts'
import { readBatchResults } from './read-batch-results.ts'

/** What {@link runBatch} sends, how it waits, and what it reports; plus the per-call options of every request. */
export interface RunBatchOptions<E extends BatchEndpoint>
  extends RequestOptions,
    Pick<PollOptions<Batch>, 'pollInterval' | 'maxPollInterval' | 'pollTimeout'> {
  /** The endpoint every request of the batch calls (it types the requests and the results). */
  endpoint: E
  /** The batch's `metadata` and `output_expires_after`. */
  batch?: Pick<CreateBatchRequest, 'metadata' | 'output_expires_after'>
  /**
   * Input files larger than this many bytes go through the Uploads API (`uploadFile`: parts sent
   * a few at a time, each retried alone); smaller ones in one `createFile` request.
   * @defaultValue `16_000_000`
   */
  uploadThreshold?: number
  /** Called once the batch is created, with its `id` to keep for a resume. */
  onCreated?: (batch: Batch) => void
  /** Called at every check with the request counts (total, completed, failed) and the batch. */
  onProgress?: (counts: NonNullable<Batch['request_counts']>, batch: Batch) => void
}

/** A batch that has ended, and its results. */
export interface BatchRun<E extends BatchEndpoint> {
  /** The batch as it ended: check its `status` (`completed`, or `failed` with `errors`, `expired`, `cancelled`). */
  batch: Batch
  /** Reads its output file, then its error file, one result at a time (see {@link readBatchResults}). */
  results: () => AsyncGenerator<BatchResult<E>>
}

/** Uploads the input file the way its size calls for, and resolves with the file's id. */
const upload = async (client: Client, file: File, threshold: number, options: RequestOptions) => {
  if (file.size <= threshold) return (await createFile(client, { file, purpose: 'batch' }, options)).id
  const uploaded = await uploadFile(client, { file, purpose: 'batch' }, options)
  return uploaded.file!.id
}

/**
 * Runs requests through the Batch API (half the price, results within 24 hours): builds the JSONL
 * input from the typed request bodies, uploads it, creates the batch, waits for it to end
 * (reporting progress), and resolves with the batch and a reader of its results, which streams the
 * output and error files line by line. Given `{ batchId }` instead of requests, it resumes: waits
 * for that batch and reads its results.
 * @throws InvalidInputError for requests the API would refuse (see {@link batchInput}); the
 * errors of the requests (APIError, APIConnectionError) and of the wait (APITimeoutError after
 * `pollTimeout`, APIUserAbortError when `signal` aborts).
 * @example
 * ```ts
 * const run = await runBatch(
 *   client,
 *   documents.map((doc) => ({ custom_id: doc.id, body: { model: 'text-embedding-3-small', input: doc.text } })),
 *   { endpoint: '/v1/embeddings', onCreated: (batch) => save(batch.id), onProgress: (counts) => console.log(counts) },
 * )
 * for await (const result of run.results()) {
 *   if (result.response?.status_code === 200) store(result.custom_id, result.response.body)
 * }
 * ```
 */
export const runBatch = async <E extends BatchEndpoint>(
  client: Client,
  requests: Iterable<BatchRequest<E>> | AsyncIterable<BatchRequest<E>> | { batchId: string },
  options: RunBatchOptions<E>,
): Promise<BatchRun<E>> => {
  const { endpoint, batch: fields, uploadThreshold = 16_000_000, onCreated, onProgress, ...rest } = options
  let batchId: string
  if ('batchId' in requests) batchId = requests.batchId
  else {
    const file = await batchInput(endpoint, requests)
    const inputFileId = await upload(client, file, uploadThreshold, rest)
    const created = await createBatch(
      client,
      { ...fields, input_file_id: inputFileId, endpoint, completion_window: '24h' },
      rest,
    )
    onCreated?.(created)
    batchId = created.id
  }
  const batch = await pollBatch(client, batchId, {
    ...rest,
    onPoll: (batch) => onProgress?.(batch.request_counts ?? { total: 0, completed: 0, failed: 0 }, batch),
  })
  return { batch, results: () => readBatchResults<E>(client, batch, rest) }
}
