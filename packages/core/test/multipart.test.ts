import { encodeMultipart, request } from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { countingSignal, fakeClient, json } from './helpers.ts'

const encoder = new TextEncoder()

/** The parts of a multipart body, parsed back by the platform. */
const parse = (body: BodyInit, contentType: string) =>
  new Response(body, { headers: { 'content-type': contentType } }).formData()

const chunks = (...texts: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const text of texts) controller.enqueue(encoder.encode(text))
      controller.close()
    },
  })

describe('multipart', () => {
  it('encodes fields, arrays, nested objects and files with their names and types', async () => {
    const [body, contentType] = encodeMultipart({
      purpose: 'assistants',
      n: 2,
      stream: false,
      skipped: undefined,
      none: null,
      timestamp_granularities: ['word', 'segment'],
      chunking_strategy: { type: 'static', static: { max_chunk_size_tokens: 800 } },
      file: new File(['hello'], 'notes "1".txt', { type: 'text/plain' }),
      bytes: new Uint8Array([104, 105]),
      blob: new Blob(['{}'], { type: 'application/json' }),
    })
    expect(body).toBeInstanceOf(Blob)
    expect(contentType).toMatch(/^multipart\/form-data; boundary=oaikit\d+$/)
    const form = await parse(body, contentType)
    expect(form.get('purpose')).toBe('assistants')
    expect(form.get('n')).toBe('2')
    expect(form.get('stream')).toBe('false')
    expect(form.has('skipped') || form.has('none')).toBe(false)
    expect(form.getAll('timestamp_granularities[]')).toEqual(['word', 'segment'])
    expect(form.get('chunking_strategy[type]')).toBe('static')
    expect(form.get('chunking_strategy[static][max_chunk_size_tokens]')).toBe('800')
    const file = form.get('file') as File
    // The filename's quotes travel percent-encoded; parsers differ on decoding them back.
    expect(file.name).toMatch(/^notes (%22|")1(%22|")\.txt$/)
    expect(file.type).toMatch(/^text\/plain/)
    expect(await file.text()).toBe('hello')
    expect(await (form.get('bytes') as File).text()).toBe('hi')
    // Parsers differ on reporting the default type, so read it from the part headers.
    expect(await (body as Blob).text()).toContain(
      'name="bytes"; filename="blob"\r\nContent-Type: application/octet-stream\r\n\r\nhi\r\n',
    )
    // Some runtimes add a charset to the type of a Blob made of text.
    expect(await (body as Blob).text()).toMatch(
      /filename="blob"\r\nContent-Type: application\/json(;charset=utf-8)?\r\n\r\n\{\}/,
    )
  })

  it('streams ReadableStream, async-iterable and stream() values without reading them first', async () => {
    let pulled = false
    const lazy = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled = true
          controller.enqueue(encoder.encode('lazy'))
          controller.close()
        },
      },
      { highWaterMark: 0 },
    )
    async function* generated() {
      yield encoder.encode('gen')
      yield encoder.encode('erated')
    }
    const [body, contentType] = encodeMultipart({
      audio: { name: 'speech.mp3', type: 'audio/mpeg', stream: () => chunks('ab', 'cd') },
      raw: lazy,
      iterable: generated(),
      model: 'whisper-1',
    })
    expect(body).toBeInstanceOf(ReadableStream)
    expect(pulled).toBe(false)
    const form = await parse(body, contentType)
    const audio = form.get('audio') as File
    expect([audio.name, audio.type, await audio.text()]).toEqual(['speech.mp3', 'audio/mpeg', 'abcd'])
    expect(await (form.get('raw') as File).text()).toBe('lazy')
    expect(await (form.get('iterable') as File).text()).toBe('generated')
    expect(form.get('model')).toBe('whisper-1')
  })

  it('percent-encodes CR, LF and quotes in a file name or type: no part header can be injected', async () => {
    const [body, contentType] = encodeMultipart({
      'field"\r\nX-Field: 1': 'v',
      file: {
        name: 'a"\r\nX-Name: 1\r\n\r\n.txt',
        type: 'text/plain\r\nX-Injected: 1',
        stream: () => chunks('hello'),
      },
    })
    const text = await new Response(body).text()
    expect(text).not.toMatch(/^X-/m)
    expect(text).toContain(
      'filename="a%22%0D%0AX-Name: 1%0D%0A%0D%0A.txt"\r\nContent-Type: text/plain%0D%0AX-Injected: 1\r\n',
    )
    const form = await parse(text, contentType)
    expect([...form.keys()]).toHaveLength(2)
    expect(await (form.get('file') as File).text()).toBe('hello')
  })

  it("stops and cancels the files' streams when the caller's signal aborts", async () => {
    const state = { pulls: 0, cancelled: false }
    const file = new ReadableStream<Uint8Array>({
      pull(controller) {
        state.pulls++
        controller.enqueue(encoder.encode('x'))
      },
      cancel() {
        state.cancelled = true
      },
    })
    const controller = new AbortController()
    const [body] = encodeMultipart({ file: { name: 'a.txt', stream: () => file } }, controller.signal)
    const reader = (body as ReadableStream<Uint8Array>).getReader()
    for (let read = 0; read < 4; read++) await reader.read()
    controller.abort()
    // The body ends (fetch stops reading it), the file's stream is cancelled and read no further.
    for (let read = await reader.read(); !read.done; read = await reader.read());
    const pulls = state.pulls
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(state).toEqual({ pulls, cancelled: true })
  })

  it('leaves no listener on the signal once a streamed body is read whole', async () => {
    const { signal, listeners } = countingSignal()
    const [body] = encodeMultipart({ file: { name: 'a.txt', stream: () => chunks('abc') } }, signal)
    expect(listeners()).toBe(1)
    const text = await new Response(body).text()
    expect(text).toContain('abc')
    expect(listeners()).toBe(0)
  })

  it('sends a multipart operation with its boundary and no JSON content type', async () => {
    const { client, requests } = fakeClient({ answers: [json({ id: 'file-1' })] })
    await request(client, {
      method: 'POST',
      path: '/files',
      body: { purpose: 'batch', file: new File(['{}'], 'a.jsonl') },
      encode: encodeMultipart,
    })
    const sent = requests[0]!
    expect(sent.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/)
    const form = await sent.formData()
    expect(form.get('purpose')).toBe('batch')
    expect((form.get('file') as File).name).toBe('a.jsonl')
  })
})
