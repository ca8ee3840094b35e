// Raw fetch: what a user writes without a library. Build the request, send it, parse the JSON (or
// split the event stream's lines).

import { body, url } from '../call.ts'
import { cannedFetch } from '../canned.ts'

const init = (stream: boolean): RequestInit => ({
  method: 'POST',
  headers: { authorization: 'Bearer sk-bench', 'content-type': 'application/json' },
  body: JSON.stringify(stream ? { ...body, stream: true } : body),
})

/** One chat completion. */
export const json = async (): Promise<{ id: string }> => (await cannedFetch(url, init(false))).json()

/** One streamed chat completion read to its end; resolves with the number of chunks. */
export const stream = async (): Promise<number> => {
  const response = await cannedFetch(url, init(true))
  const decoder = new TextDecoder()
  let buffer = ''
  let count = 0
  for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(bytes, { stream: true })
    const lines = buffer.split('\n')
    buffer = lines.pop()!
    for (const line of lines) if (line.startsWith('data: {')) count += JSON.parse(line.slice(6)) ? 1 : 0
  }
  return count
}
