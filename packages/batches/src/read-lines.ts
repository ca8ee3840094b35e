/**
 * The lines of a UTF-8 byte stream (without their `\n` or `\r\n`), read as they arrive: only the
 * line being read is held. Returning early (`break` in `for await`) cancels the stream.
 * @example
 * ```ts
 * for await (const line of readLines((await fetch(url)).body!)) console.log(line)
 * ```
 */
export async function* readLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  // The pieces of the line not yet ended, so that a long line is not copied at every chunk.
  let pending: string[] = []
  const strip = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line)
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      const text = decoder.decode(chunk.value, { stream: true })
      const lines = text.split('\n')
      if (lines.length === 1) {
        pending.push(text)
        continue
      }
      pending.push(lines[0]!)
      yield strip(pending.join(''))
      for (const line of lines.slice(1, -1)) yield strip(line)
      pending = [lines.at(-1)!]
    }
    const last = pending.join('') + decoder.decode()
    if (last) yield strip(last)
  } finally {
    // Nothing to cancel once the stream ended; an early return or a failure releases it.
    await reader.cancel().catch(() => {})
  }
}
