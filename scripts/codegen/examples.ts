import type { Json, Schema } from './spec.ts'

/** One example of `x-oaiMeta.examples`: a title and the response text. */
interface MetaExample {
  title: string
  response: string
}

const metaExamples = (meta: Schema | undefined): MetaExample[] => {
  const examples = meta?.examples
  const list: Schema[] = Array.isArray(examples) ? examples : examples ? [examples] : []
  return list
    .filter((example) => typeof example?.response === 'string')
    .map((example) => ({ title: String(example.title ?? ''), response: example.response as string }))
}

/** Whether an example shows a streamed response ("Streaming", not "No streaming"). */
const isStreaming = (example: MetaExample): boolean => /(?<!no )stream/i.test(example.title)

/** Parses the JSON of a documentation example, forgiving comments, trailing commas and `...`. */
export const parseLenientJson = (text: string): Json | undefined => {
  const attempts = [
    text,
    text
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/^\s*\.\.\.\s*,?\s*$/gm, '')
      .replace(/,(\s*[}\]])/g, '$1'),
  ]
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt) as Json
    } catch {
      // try the next, more forgiving, reading
    }
  }
  return undefined
}

/** The JSON response of the operation's first non-streaming example that parses. */
export const responseExample = (meta: Schema | undefined): Json | undefined => {
  for (const example of metaExamples(meta)) {
    if (isStreaming(example)) continue
    const value = parseLenientJson(example.response)
    if (value !== undefined) return value
  }
  return undefined
}

/** An event of a server-sent event stream: its `event:` name, when named, and its JSON data. */
export interface StreamEvent {
  event?: string
  data: Json
}

/**
 * The events of the operation's streaming example, read as server-sent events (`event:` and
 * `data:` lines) or, where the docs show bare JSON objects one per line, as those objects.
 */
export const streamExample = (meta: Schema | undefined): StreamEvent[] => {
  for (const example of metaExamples(meta)) {
    if (!isStreaming(example)) continue
    const events: StreamEvent[] = []
    let name: string | undefined
    for (const raw of example.response.split('\n')) {
      const line = raw.trim()
      if (line.startsWith('event:')) name = line.slice(6).trim()
      const data = line.startsWith('data:') ? line.slice(5).trim() : line.startsWith('{') ? line : undefined
      if (data === undefined || data === '[DONE]') continue
      const value = parseLenientJson(data)
      if (value !== undefined) events.push(name ? { event: name, data: value } : { data: value })
      name = undefined
    }
    if (events.length > 0) return events
  }
  return []
}
