import type { ServerSentEvent } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'
import { bytes, chunkings, viaParse, viaTransform } from './helpers.ts'

type Expected = Partial<ServerSentEvent> & { data: string }

interface Case {
  name: string
  input: string | Uint8Array
  events: Expected[]
}

const message = (data: string, more: Partial<ServerSentEvent> = {}): ServerSentEvent => ({
  event: 'message',
  data,
  id: '',
  retry: undefined,
  ...more,
})

// The rules of the WHATWG HTML standard, "9.2.5 Parsing an event stream" and "9.2.6 Interpreting an event stream".
const cases: Case[] = [
  { name: 'one event, LF line ends', input: 'data: hello\n\n', events: [message('hello')] },
  { name: 'CRLF line ends', input: 'data: a\r\n\r\ndata: b\r\n\r\n', events: [message('a'), message('b')] },
  { name: 'CR line ends', input: 'data: a\r\rdata: b\r\r', events: [message('a'), message('b')] },
  { name: 'mixed line ends', input: 'data: a\r\ndata: b\rdata: c\n\r\n', events: [message('a\nb\nc')] },
  { name: 'CR then LF is one line end', input: 'data: a\r\ndata: b\r\n\r\n', events: [message('a\nb')] },
  {
    name: 'LF then CR is two line ends',
    input: 'data: a\n\rdata: b\n\n',
    events: [message('a'), message('b')],
  },
  { name: 'a leading BOM is dropped', input: '\uFEFFdata: a\n\n', events: [message('a')] },
  { name: 'only one BOM is dropped', input: '\uFEFF\uFEFFdata: a\n\ndata: b\n\n', events: [message('b')] },
  { name: 'a BOM after the start is text', input: 'data: a\n\n\uFEFFdata: b\n\n', events: [message('a')] },
  { name: 'comments are ignored', input: ': hi\ndata: a\n:\n\n: bye\n\n', events: [message('a')] },
  {
    name: 'a field without a colon has an empty value',
    input: 'data\n\ndata\ndata\n\n',
    events: [message(''), message('\n')],
  },
  {
    name: 'one leading space is stripped',
    input: 'data:  two\n\ndata:none\n\n',
    events: [message(' two'), message('none')],
  },
  {
    name: 'colons after the first belong to the value',
    input: 'data: a: b:c\n\n',
    events: [message('a: b:c')],
  },
  {
    name: 'unknown fields are ignored, names are case-sensitive',
    input: 'foo: bar\nDATA: x\nData: y\n data: z\ndata: a\n\n',
    events: [message('a')],
  },
  {
    name: 'data lines are joined with LF',
    input: 'data: a\ndata:\ndata: c\n\n',
    events: [message('a\n\nc')],
  },
  {
    name: 'an event without data is not dispatched',
    input: 'event: x\n\n: c\n\ndata: a\n\n',
    events: [message('a')],
  },
  { name: 'blank lines alone dispatch nothing', input: '\n\n\r\n\rdata: a\n\n', events: [message('a')] },
  {
    name: 'the event type defaults to message and resets after each event',
    input: 'event: add\ndata: 1\n\ndata: 2\n\nevent:\ndata: 3\n\nevent: gone\n\ndata: 4\n\n',
    events: [message('1', { event: 'add' }), message('2'), message('3'), message('4')],
  },
  {
    name: 'the last event type wins',
    input: 'event: a\nevent: b\ndata: x\n\n',
    events: [message('x', { event: 'b' })],
  },
  {
    name: 'the last event id carries over, and may be reset',
    input: 'id: 1\ndata: a\n\ndata: b\n\nid: 2\n\ndata: c\n\nid\ndata: d\n\n',
    events: [message('a', { id: '1' }), message('b', { id: '1' }), message('c', { id: '2' }), message('d')],
  },
  {
    name: 'ids with NULL are ignored',
    input: 'id: 1\ndata: a\n\nid: 2\0\ndata: b\n\nid: 3\ndata: c\n\n',
    events: [message('a', { id: '1' }), message('b', { id: '1' }), message('c', { id: '3' })],
  },
  {
    name: 'retry is set only by ASCII digits, and carries over',
    input:
      'retry: 1000\ndata: a\n\nretry: 10a\ndata: b\n\nretry: -1\nretry: 1.5\nretry:\nretry:  7\ndata: c\n\nretry: 05\n\ndata: d\n\n',
    events: [
      message('a', { retry: 1000 }),
      message('b', { retry: 1000 }),
      message('c', { retry: 1000 }),
      message('d', { retry: 5 }),
    ],
  },
  { name: 'an unfinished final event is discarded', input: 'data: a\n\ndata: b\n', events: [message('a')] },
  { name: 'an unfinished final line is discarded', input: 'data: a\n\ndata: b', events: [message('a')] },
  {
    name: 'NULL and other controls in data are kept',
    input: 'data: a\0b\tc\n\n',
    events: [message('a\0b\tc')],
  },
  {
    name: 'UTF-8 is decoded',
    input: 'event: 日本\ndata: über 🙂\n\n',
    events: [message('über 🙂', { event: '日本' })],
  },
  {
    name: 'invalid UTF-8 becomes U+FFFD',
    // FF is never valid; E6 97 and F0 9F are sequences cut short by the line end.
    input: Uint8Array.from([
      ...bytes('data: '),
      0xff,
      0x61,
      0xe6,
      0x97,
      10,
      10,
      ...bytes('data: '),
      0xf0,
      0x9f,
      10,
      10,
    ]),
    events: [message('\uFFFDa\uFFFD'), message('\uFFFD')],
  },
]

describe('the event stream parser follows the WHATWG rules', () => {
  it.each(cases)('$name, in every chunking of its bytes', async ({ input, events }) => {
    const data = typeof input === 'string' ? bytes(input) : input
    for (const chunks of chunkings(data)) {
      expect(await viaParse(chunks)).toEqual(events)
      expect(await viaTransform(chunks)).toEqual(events)
    }
  })

  it.each(cases.filter((test) => typeof test.input === 'string'))(
    '$name, from text chunks',
    async ({ input, events }) => {
      const text = input as string
      expect(await viaParse([text])).toEqual(events)
      expect(await viaTransform(Array.from(text))).toEqual(events)
      for (let at = 0; at <= text.length; at++) {
        expect(await viaParse([text.slice(0, at), text.slice(at)])).toEqual(events)
      }
    },
  )
})
