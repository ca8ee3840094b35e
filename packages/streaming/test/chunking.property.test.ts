import type { ServerSentEvent } from '@oaikit/streaming'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bytes, cut, viaParse, viaTransform } from './helpers.ts'

// Text dense in what the parser cares about: line ends, colons, spaces, field names, a BOM, NULL,
// and multi-byte characters whose bytes the chunking will split.
const piece = fc.constantFrom(
  '\n',
  '\r',
  '\r\n',
  ':',
  ' ',
  'data',
  'data:',
  'event:',
  'id:',
  'retry:',
  '12',
  '\uFEFF',
  '\0',
  'x',
  'é',
  '日本',
  '🙂',
)
const streamText = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''))

/** Cut points within `length`, sorted and distinct. */
const cutsOf = (length: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 12 })
    .map((cuts) => cuts.sort((a, b) => a - b))

const chunked = (text: string) => {
  const data = bytes(text)
  return cutsOf(data.length).map((cuts) => ({ data, chunks: cut(data, cuts) }))
}

const lineEnd = fc.constantFrom('\n', '\r', '\r\n')
const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ':', 'é', '🙂', '\t'), maxLength: 8 })
const generatedEvent = fc.record({
  event: fc.option(
    field.filter((name) => name !== ''),
    { nil: undefined },
  ),
  data: fc.array(field, { minLength: 1, maxLength: 3 }),
  id: fc.option(field, { nil: undefined }),
  ending: lineEnd,
})

describe('chunking never changes the events', () => {
  it('any chunking of any stream gives the events of the whole', async () => {
    await fc.assert(
      fc.asyncProperty(streamText.chain(chunked), async ({ data, chunks }) => {
        const whole = await viaParse([data])
        expect(await viaParse(chunks)).toEqual(whole)
        expect(await viaTransform(chunks)).toEqual(whole)
      }),
      { numRuns: 200 },
    )
  })

  it('events written by a server are read back as written, in any chunking', async () => {
    const written = fc.array(generatedEvent, { maxLength: 6 }).chain((events) => {
      let text = ''
      let id = ''
      const expected: ServerSentEvent[] = []
      for (const { event, data, id: newId, ending } of events) {
        // One line end per event: a CR line end followed by an LF one would read as a single CRLF.
        if (newId !== undefined) text += `id: ${newId}${ending}`
        if (event !== undefined) text += `event: ${event}${ending}`
        for (const line of data) text += `data: ${line}${ending}`
        text += ending
        id = newId ?? id
        expected.push({ event: event ?? 'message', data: data.join('\n'), id, retry: undefined })
      }
      return chunked(text).map((input) => ({ ...input, expected }))
    })
    await fc.assert(
      fc.asyncProperty(written, async ({ chunks, expected }) => {
        expect(await viaParse(chunks)).toEqual(expected)
      }),
      { numRuns: 200 },
    )
  })
})
