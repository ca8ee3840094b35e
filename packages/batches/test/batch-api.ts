import { type Client, createClient } from '@oaikit/core'
import { createMockTransport } from '@oaikit/testing'

/** A file of the mock's `/files`, as a batch output is served: in chunks, one per read. */
interface StoredFile {
  text: string
  /** Bytes handed to the reader so far, of the last download. */
  sent: number
  /** Whether the reader cancelled the last download. */
  cancelled: boolean
}

/** The state of the batch API the tests talk to. */
export interface BatchApi {
  client: Client
  files: Map<string, StoredFile>
  /** `METHOD /path` of every request that passed the spec's checks, in order. */
  sent: string[]
  /** The lines of every batch input file received, parsed. */
  inputs: { custom_id: string; method: string; url: string; body: Record<string, unknown> }[][]
}

/** The output line of a request: a 400 for a `custom_id` starting with `refused`, else an answer naming it. */
const outputLine = (id: string, index: number) =>
  JSON.stringify({
    id: `batch_req_${index}`,
    custom_id: id,
    response: id.startsWith('refused')
      ? {
          status_code: 400,
          request_id: `req_${index}`,
          body: { error: { message: 'Bad request', type: 'invalid_request_error' } },
        }
      : {
          status_code: 200,
          request_id: `req_${index}`,
          body: {
            object: 'chat.completion',
            choices: [{ index: 0, message: { role: 'assistant', content: `answer to ${id}` } }],
          },
        },
    error: null,
  })

/** The error file line of a request whose `custom_id` starts with `lost`: it was never sent. */
const errorLine = (id: string, index: number) =>
  JSON.stringify({
    id: `batch_req_${index}`,
    custom_id: id,
    response: null,
    error: { code: 'batch_expired', message: 'Not run in time' },
  })

/**
 * A batch API on the spec-checked mock of `@oaikit/testing`: each request is first answered by the
 * mock (a request that does not conform gets its 400), then by this state. Files and uploads keep
 * what they were sent; a batch reads its input file, is `validating`, then `in_progress` with half
 * its requests counted, then `completed`, with output and error files holding a line per request
 * in reverse order. File content is served `chunkSize` bytes per read, read only when asked for.
 */
export const batchApi = ({ chunkSize = 4096 } = {}): BatchApi => {
  const mock = createMockTransport()
  const uploads = new Map<string, Blob[]>()
  const batches = new Map<
    string,
    { checks: number; total: number; output: string; errors: string; files?: (string | undefined)[] }
  >()
  const api: BatchApi = { client: undefined as unknown as Client, files: new Map(), sent: [], inputs: [] }
  let ids = 0
  const store = (text: string) => {
    const id = `file-${++ids}`
    api.files.set(id, { text, sent: 0, cancelled: false })
    return id
  }
  const serve = (file: StoredFile) => {
    const bytes = new TextEncoder().encode(file.text)
    file.sent = 0
    file.cancelled = false
    return new Response(
      new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            if (file.sent >= bytes.length) return controller.close()
            controller.enqueue(bytes.slice(file.sent, file.sent + chunkSize))
            file.sent += chunkSize
          },
          cancel() {
            file.cancelled = true
          },
        },
        { highWaterMark: 0 },
      ),
    )
  }
  const answer = async (request: Request, checked: Response): Promise<Response> => {
    const path = new URL(request.url).pathname.replace(/^\/v1/, '')
    const json = async () => ({ ...(await checked.json()) })
    let match: RegExpMatchArray | null = null
    const on = (pattern: RegExp) => {
      match = path.match(pattern)
      return match
    }
    if (request.method === 'POST' && path === '/files') {
      const file = (await request.formData()).get('file') as Blob
      return Response.json({ ...(await json()), id: store(await file.text()), bytes: file.size })
    }
    if (request.method === 'POST' && path === '/uploads') {
      const id = `upload_${++ids}`
      uploads.set(id, [])
      return Response.json({ ...(await json()), id })
    }
    if (on(/^\/uploads\/(.+)\/parts$/)) {
      const parts = uploads.get(match![1]!)!
      parts.push((await request.formData()).get('data') as Blob)
      return Response.json({ ...(await json()), id: `part_${parts.length - 1}` })
    }
    if (on(/^\/uploads\/(.+)\/complete$/)) {
      const { part_ids } = (await request.json()) as { part_ids: string[] }
      const parts = uploads.get(match![1]!)!
      const text = await new Blob(part_ids.map((id) => parts[Number(id.slice(5))]!)).text()
      const answer = await json()
      return Response.json({ ...answer, status: 'completed', file: { ...answer.file, id: store(text) } })
    }
    if (request.method === 'POST' && path === '/batches') {
      const { input_file_id } = (await request.json()) as { input_file_id: string }
      const lines = api.files
        .get(input_file_id)!
        .text.trim()
        .split('\n')
        .map((line) => JSON.parse(line))
      api.inputs.push(lines)
      const ids = lines.map((line) => line.custom_id as string).reverse()
      const id = `batch_${api.inputs.length}`
      batches.set(id, {
        checks: 0,
        total: ids.length,
        output: ids
          .flatMap((custom, index) => (custom.startsWith('lost') ? [] : [outputLine(custom, index)]))
          .join('\n'),
        errors: ids
          .flatMap((custom, index) => (custom.startsWith('lost') ? [errorLine(custom, index)] : []))
          .join('\n'),
      })
      return Response.json({ ...(await json()), id, status: 'validating', input_file_id })
    }
    if (on(/^\/batches\/([^/]+)$/)) {
      const batch = batches.get(match![1]!)
      if (!batch)
        return Response.json(
          { error: { message: 'No such batch', type: 'invalid_request_error' } },
          { status: 404 },
        )
      const step = Math.min(++batch.checks, 3)
      const done = step === 3
      const completed = [0, 0, Math.floor(batch.total / 2), batch.total][step]!
      if (done)
        batch.files ??= [batch.output, batch.errors].map((text) => (text ? store(`${text}\n`) : undefined))
      return Response.json(
        {
          ...(await json()),
          id: match![1],
          status: ['validating', 'validating', 'in_progress', 'completed'][step],
          request_counts: { total: batch.total, completed, failed: 0 },
          output_file_id: batch.files?.[0],
          error_file_id: batch.files?.[1],
        },
        { headers: { 'openai-poll-after-ms': '1' } },
      )
    }
    if (on(/^\/files\/(.+)\/content$/)) {
      await checked.body?.cancel()
      return serve(api.files.get(match![1]!)!)
    }
    return checked
  }
  api.client = createClient({
    apiKey: 'test-key',
    maxRetries: 0,
    transport: async (request) => {
      const checked = await mock(request.clone())
      if (!checked.ok) return checked
      api.sent.push(`${request.method} ${new URL(request.url).pathname}`)
      return answer(request, checked)
    },
  })
  return api
}
