import { describe, expect, it } from 'vitest'
import { getTestServers } from '../../../runtime-tests/test-servers.ts'
import worker, { readChat } from '../examples/proxy-worker.ts'
import { collect } from './scripted-api.ts'

describe('example Worker proxying a streamed chat to a browser', () => {
  const env = () => ({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: getTestServers().api })

  it('streams the answer of the API through the Worker, read back as text by the browser side', async () => {
    const pieces = await collect(
      readChat('https://worker.example/chat', [{ role: 'user', content: 'Hi' }], (request) =>
        worker.fetch(request, env()),
      ),
    )
    expect(pieces.join('')).toBe('Hello')
  })

  it('passes an API error before the stream starts on to the browser as an error', async () => {
    const failing = async (request: Request) => {
      try {
        return await worker.fetch(request, { ...env(), OPENAI_API_KEY: '' })
      } catch (error) {
        return Response.json(
          { error: { message: (error as Error).message, type: 'proxy_error' } },
          { status: 502 },
        )
      }
    }
    const error = await collect(
      readChat('https://worker.example/chat', [{ role: 'user', content: 'Hi' }], failing),
    ).catch((caught) => caught)
    expect(error).toMatchObject({ status: 502, type: 'proxy_error' })
    expect((error as Error).message).toContain('API key')
  })
})
