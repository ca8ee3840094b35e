// Synthetic event streams shaped like the API's, generated lazily so that a 1 GB stream costs no memory.

const encoder = new TextEncoder()

// Mostly ASCII tokens, as in English text, with escapes and some multi-byte characters.
const tokens = [
  ' the',
  ' quick',
  ' brown',
  ' fox',
  ',',
  ' jumps',
  ' over',
  ' lazy',
  ' dog',
  '.',
  '\\n',
  ' \\"quoted\\"',
]
const rare = [' über', ' 日本語', ' 🙂', ' naïve']

/** The JSON of one chat completion chunk, as the API sends it. */
export const chatChunk = (index: number): string => {
  const token = index % 32 === 31 ? rare[(index >> 5) % rare.length] : tokens[index % tokens.length]
  return `{"id":"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG","object":"chat.completion.chunk","created":1741570283,"model":"gpt-4o-2024-08-06","service_tier":"default","system_fingerprint":"fp_eb9dce56a8","choices":[{"index":0,"delta":{"content":"${token}"},"logprobs":null,"finish_reason":null}]}`
}

/** The bytes of `count` chat completion events, with LF or CRLF line ends. */
export const chatEvents = (count: number, lineEnd = '\n'): Uint8Array => {
  let text = ''
  for (let index = 0; index < count; index++) text += `data: ${chatChunk(index)}${lineEnd}${lineEnd}`
  return encoder.encode(text)
}

/** The bytes of `count` events of about `size` bytes each (a Responses API text delta). */
export const largeEvents = (count: number, size: number): Uint8Array => {
  const delta = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(size / 27)).slice(0, size)
  let text = ''
  for (let index = 0; index < count; index++) {
    text += `data: {"type":"response.output_text.delta","sequence_number":${index},"delta":"${delta}"}\n\n`
  }
  return encoder.encode(text)
}

/** A stream of whole events: a block of events repeated until at least `total` bytes. */
export interface Synthetic {
  /** One block of whole events. */
  block: Uint8Array
  /** How many times the block repeats. */
  repeat: number
  /** How many events one block holds. */
  eventsPerBlock: number
}

/** The stream's size in bytes, the final `data: [DONE]` included. */
export const sizeOf = ({ block, repeat }: Synthetic): number => block.length * repeat + done.length

const done = encoder.encode('data: [DONE]\n\n')

/**
 * A response body that yields `synthetic` in chunks of `chunkSize` bytes, made on demand from its
 * block (views where a chunk lies within one copy of the block), ending with `data: [DONE]`.
 */
export const bodyOf = ({ block, repeat }: Synthetic, chunkSize: number): ReadableStream<Uint8Array> => {
  const total = block.length * repeat
  let offset = 0
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= total) {
          controller.enqueue(done)
          controller.close()
          return
        }
        const size = Math.min(chunkSize, total - offset)
        const start = offset % block.length
        if (start + size <= block.length) controller.enqueue(block.subarray(start, start + size))
        else {
          const chunk = new Uint8Array(size)
          const head = block.length - start
          chunk.set(block.subarray(start))
          for (let at = head; at < size; at += block.length)
            chunk.set(block.subarray(0, Math.min(block.length, size - at)), at)
          controller.enqueue(chunk)
        }
        offset += size
      },
    },
    { highWaterMark: 0 },
  )
}
