import type { Client } from '@oaikit/core'
import {
  createEventStreamParser,
  type JsonEventStream,
  parseEventStream,
  parseJsonEventStream,
  type ServerSentEvent,
  streamRequest,
} from '@oaikit/streaming'
import { expectTypeOf, it } from 'vitest'

declare const client: Client
declare const body: ReadableStream<Uint8Array>

it('types the events and the parsed data', () => {
  expectTypeOf(createEventStreamParser()).toEqualTypeOf<
    TransformStream<Uint8Array | string, ServerSentEvent>
  >()
  expectTypeOf(parseEventStream(body)).toMatchTypeOf<AsyncIterable<ServerSentEvent>>()
  expectTypeOf(parseEventStream(body)).toMatchTypeOf<ReadableStream<ServerSentEvent>>()
  expectTypeOf(parseJsonEventStream<{ n: number }>(body)).toEqualTypeOf<JsonEventStream<{ n: number }>>()
  expectTypeOf(streamRequest<{ n: number }>(client, { method: 'POST', path: '/x' })).resolves.toMatchTypeOf<
    AsyncIterable<{ n: number }>
  >()
  expectTypeOf<ServerSentEvent['retry']>().toEqualTypeOf<number | undefined>()
})
