import { connect } from 'node:net'
import { startMockServer } from '@oaikit/testing/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let server: Awaited<ReturnType<typeof startMockServer>>
let port: number

beforeAll(async () => {
  server = await startMockServer({ maxBodyBytes: 1024 })
  port = Number(new URL(server.url).port)
})

afterAll(async () => {
  await server.close()
})

/** Sends raw bytes and resolves with the status line of the answer. */
const raw = (text: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text))
    let answer = ''
    socket.on('data', (chunk) => {
      answer += String(chunk)
      if (answer.includes('\r\n')) {
        socket.destroy()
        resolve(answer.split('\r\n')[0]!)
      }
    })
    socket.on('error', reject)
  })

const alive = async (): Promise<number> =>
  (await fetch(`${server.url}/models`, { headers: { authorization: 'Bearer sk-test' } })).status

const auth = { authorization: 'Bearer sk-test' }

describe('the mock server under malformed requests', () => {
  it('answers Host: [ with a request it can still route, and lives', async () => {
    expect(await raw('GET /v1/models HTTP/1.1\r\nHost: [\r\nAuthorization: Bearer sk-test\r\n\r\n')).toBe(
      'HTTP/1.1 200 OK',
    )
    expect(await alive()).toBe(200)
  })

  it('answers an absolute-form target with a bad authority with 400, and lives', async () => {
    expect(await raw('GET http://[bad/v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')).toBe(
      'HTTP/1.1 400 Bad Request',
    )
    expect(await alive()).toBe(200)
  })

  it('answers malformed multipart with 400, not 500', async () => {
    const response = await fetch(`${server.url}/files`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--not-the-end',
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_multipart')
  })

  it('refuses a body over the limit with 413, declared or streamed (4 MiB, read to its end)', async () => {
    const declared = await fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x'.repeat(2000) }] }),
    })
    expect(declared.status).toBe(413)
    expect(((await declared.json()) as { error: { message: string } }).error.message).toContain('1024 bytes')
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 64; index++) controller.enqueue(new Uint8Array(65536).fill(32))
        controller.close()
      },
    })
    const streamed = await fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    expect(await alive()).toBe(200)
  })
})

describe("the server's own mock", () => {
  it('is scripted in-process through server.mock', async () => {
    server.mock.script('createChatCompletion', { text: 'From server.mock.' })
    const response = await fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] }),
    })
    const completion = (await response.json()) as { choices: { message: { content: string } }[] }
    expect(completion.choices[0]!.message.content).toBe('From server.mock.')
    server.mock.reset()
  })

  it('refuses a script naming no operation of the spec, over HTTP too', async () => {
    expect(() => server.mock.script('noSuchOperation', { text: 'x' })).toThrow('noSuchOperation')
    const created = (await (
      await fetch(`${server.url.replace('/v1', '')}/__mock/mocks`, { method: 'POST' })
    ).json()) as {
      id: string
    }
    const refused = await fetch(`${server.url.replace('/v1', '')}/__mock/mocks/${created.id}/script`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'noSuchOperation', answers: [{ text: 'x' }] }),
    })
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain('noSuchOperation')
  })
})

describe('the mock server when clients go away', () => {
  it('lives through a client that aborts during latency, a stall and an upload', async () => {
    const errors: unknown[] = []
    const record = (error: unknown) => errors.push(error)
    process.on('unhandledRejection', record)
    process.on('uncaughtException', record)
    try {
      const chat = (signal: AbortSignal) =>
        fetch(`${server.url}/chat/completions`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({
            model: 'gpt-4o',
            messages: [{ role: 'user', content: 'Hi' }],
            stream: true,
          }),
          signal,
        })
      server.mock.script(
        'createChatCompletion',
        { text: 'slow', latency: 500 },
        { text: 'a b c d', stallAfter: 1 },
      )
      await expect(chat(AbortSignal.timeout(50))).rejects.toThrow()
      const stalled = new AbortController()
      const response = await chat(stalled.signal)
      const reader = response.body!.getReader()
      await reader.read()
      stalled.abort()
      await expect(reader.read()).rejects.toThrow()
      const upload = new AbortController()
      const body = new ReadableStream<Uint8Array>({
        pull: async (controller) => {
          controller.enqueue(new Uint8Array(64))
          await new Promise((resolve) => setTimeout(resolve, 20))
        },
      })
      setTimeout(() => upload.abort(), 60)
      await expect(
        fetch(`${server.url}/files`, {
          method: 'POST',
          headers: auth,
          body,
          duplex: 'half',
          signal: upload.signal,
        } as RequestInit),
      ).rejects.toThrow()
      await new Promise((resolve) => setTimeout(resolve, 600))
      expect(await alive()).toBe(200)
      expect(errors).toEqual([])
    } finally {
      process.off('unhandledRejection', record)
      process.off('uncaughtException', record)
      server.mock.reset()
    }
  })
})
