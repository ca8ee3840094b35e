import { describe, expect, it } from 'vitest'
import { send } from './helpers.ts'

const frames = async (response: Response): Promise<string[]> =>
  (await response.text()).split('\n\n').filter((frame) => frame.length > 0)

describe('mocked event streams', () => {
  it('streams chat completion chunks and ends with [DONE]', async () => {
    const response = await send('POST', '/chat/completions', {
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
    })
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const all = await frames(response)
    expect(all.at(-1)).toBe('data: [DONE]')
    expect(JSON.parse(all[0]!.slice(6))).toMatchObject({ object: 'chat.completion.chunk' })
  })

  it('names Assistants run events and ends with the done event', async () => {
    const response = await send('POST', '/threads/thread_1/runs', { assistant_id: 'asst_1', stream: true })
    const all = await frames(response)
    expect(all[0]).toMatch(/^event: thread\.[a-z.]+\ndata: \{/)
    expect(all.at(-1)).toBe('event: done\ndata: [DONE]')
  })

  it('ends a Responses stream with its final event, without [DONE]', async () => {
    const response = await send('POST', '/responses', { model: 'gpt-4o', input: 'Hi', stream: true })
    const all = await frames(response)
    expect(JSON.parse(all.at(-1)!.slice(6))).toMatchObject({ type: 'response.completed' })
  })

  it('streams a transcription asked for as a multipart field', async () => {
    const form = new FormData()
    form.append('file', new File(['audio'], 'audio.mp3'))
    form.append('model', 'gpt-4o-mini-transcribe')
    form.append('stream', 'true')
    const all = await frames(await send('POST', '/audio/transcriptions', form))
    expect(JSON.parse(all.at(-1)!.slice(6))).toMatchObject({ type: 'transcript.text.done' })
  })
})
