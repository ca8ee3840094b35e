// The parsers under test, each driven the way its users drive it: `for await` over its events.
import { EventSourceParserStream } from 'eventsource-parser/stream'
import { _iterSSEMessages, Stream } from 'openai/core/streaming'
import {
  createEventStreamParser,
  parseEventStream,
  parseJsonEventStream,
} from '../../packages/streaming/src/index.ts'

/** One parser: reads `body` to its end, calling `tick` once per event (raw) or parsed object (JSON). */
export interface Contestant {
  name: string
  run: (body: ReadableStream<Uint8Array>, tick: () => void) => Promise<void>
}

const loop = async (items: AsyncIterable<unknown>, tick: () => void) => {
  for await (const _ of items) tick()
}

/** Raw events: bytes to `{ event, data, id }`. */
export const raw: Contestant[] = [
  { name: 'oaikit parseEventStream', run: (body, tick) => loop(parseEventStream(body), tick) },
  {
    name: 'oaikit createEventStreamParser',
    run: (body, tick) => loop(body.pipeThrough(createEventStreamParser()), tick),
  },
  {
    name: 'eventsource-parser',
    run: (body, tick) =>
      loop(
        body
          .pipeThrough(new TextDecoderStream() as TransformStream<Uint8Array, string>)
          .pipeThrough(new EventSourceParserStream()),
        tick,
      ),
  },
  {
    name: 'openai SDK _iterSSEMessages',
    run: (body, tick) => loop(_iterSSEMessages(new Response(body), new AbortController()), tick),
  },
]

/** Parsed JSON: bytes to the objects of the events, up to `data: [DONE]`. */
export const json: Contestant[] = [
  { name: 'oaikit parseJsonEventStream', run: (body, tick) => loop(parseJsonEventStream(body), tick) },
  {
    name: 'eventsource-parser + JSON.parse',
    run: async (body, tick) => {
      for await (const { data } of body
        .pipeThrough(new TextDecoderStream() as TransformStream<Uint8Array, string>)
        .pipeThrough(new EventSourceParserStream())) {
        if (data === '[DONE]') break
        JSON.parse(data)
        tick()
      }
    },
  },
  {
    name: 'openai SDK Stream.fromSSEResponse',
    run: (body, tick) => loop(Stream.fromSSEResponse(new Response(body), new AbortController()), tick),
  },
]
