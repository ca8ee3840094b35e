import {
  accumulateResponse,
  collectStream,
  createResponseStream,
  outputText,
  type ResponseObject,
} from '@oaikit/chat'
import { APIError } from '@oaikit/core'
import { StreamError } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'
import { responseEvents } from './response-events.ts'
import { rejection, responseStream, scriptedApi } from './scripted-api.ts'

describe('accumulateResponse', () => {
  it('folds a Responses stream into the completed response', async () => {
    const events = responseEvents()
    const { client, requests } = scriptedApi(responseStream(events))
    const stream = await createResponseStream(client, { model: 'gpt-4o', input: 'Weather in Paris?' })
    const response = await collectStream(stream, accumulateResponse)
    expect(requests[0]).toMatchObject({ stream: true })
    expect(response).toEqual(events.at(-1)!.response)
  })

  it('joins text and function call arguments from their deltas at each step', () => {
    const events = responseEvents()
    let snapshot: ResponseObject | undefined
    const texts: unknown[] = []
    const argumentsSeen: unknown[] = []
    for (const event of events.slice(0, -1)) {
      snapshot = accumulateResponse(snapshot, event as never)
      const call = snapshot.output[1]
      texts.push(outputText(snapshot))
      argumentsSeen.push(call?.type === 'function_call' ? call.arguments : undefined)
    }
    expect(texts.slice(2, 6)).toEqual(['', 'Check', 'Checking.', 'Checking.'])
    expect(argumentsSeen.slice(8, 12)).toEqual(['', '{"city":', '{"city":"Paris"}', '{"city":"Paris"}'])
    expect(snapshot).toMatchObject({ id: 'resp_1', status: 'in_progress' })
  })

  it('starts from an empty snapshot when the stream does not begin with response.created', () => {
    const [, ...rest] = responseEvents()
    let snapshot: ResponseObject | undefined
    for (const event of rest.slice(0, 4)) snapshot = accumulateResponse(snapshot, event as never)
    expect(snapshot!.output).toEqual([
      {
        id: 'msg_1',
        type: 'message',
        status: 'in_progress',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'Checking.', annotations: [] }],
      },
    ])
  })

  it('joins reasoning text, custom tool input, MCP arguments and code interpreter code from their deltas', () => {
    const events = [
      {
        type: 'response.output_item.added',
        output_index: 0,
        item: { id: 'rs_1', type: 'reasoning', summary: [] },
      },
      {
        type: 'response.content_part.added',
        output_index: 0,
        content_index: 0,
        part: { type: 'reasoning_text', text: '' },
      },
      { type: 'response.reasoning_text.delta', output_index: 0, content_index: 0, delta: 'Think' },
      { type: 'response.reasoning_text.delta', output_index: 0, content_index: 0, delta: 'ing' },
      {
        type: 'response.output_item.added',
        output_index: 1,
        item: { id: 'ctc_1', type: 'custom_tool_call', call_id: 'call_1', name: 'grep', input: '' },
      },
      { type: 'response.custom_tool_call_input.delta', output_index: 1, delta: 'needle ' },
      { type: 'response.custom_tool_call_input.delta', output_index: 1, delta: 'haystack' },
      {
        type: 'response.output_item.added',
        output_index: 2,
        item: { id: 'mcp_1', type: 'mcp_call', name: 'search', server_label: 's', arguments: '' },
      },
      { type: 'response.mcp_call_arguments.delta', output_index: 2, delta: '{"q":' },
      { type: 'response.mcp_call_arguments.delta', output_index: 2, delta: '1}' },
      {
        type: 'response.output_item.added',
        output_index: 3,
        item: { id: 'ci_1', type: 'code_interpreter_call', code: null, container_id: 'c', outputs: null },
      },
      { type: 'response.code_interpreter_call_code.delta', output_index: 3, delta: 'print(' },
      { type: 'response.code_interpreter_call_code.delta', output_index: 3, delta: '1)' },
    ]
    let snapshot: ResponseObject | undefined
    for (const event of events) snapshot = accumulateResponse(snapshot, event as never)
    expect(snapshot!.output).toMatchObject([
      { type: 'reasoning', content: [{ type: 'reasoning_text', text: 'Thinking' }] },
      { type: 'custom_tool_call', input: 'needle haystack' },
      { type: 'mcp_call', arguments: '{"q":1}' },
      { type: 'code_interpreter_call', code: 'print(1)' },
    ])
    snapshot = accumulateResponse(snapshot, {
      type: 'response.custom_tool_call_input.done',
      output_index: 1,
      input: 'final',
    } as never)
    expect(snapshot.output[1]).toMatchObject({ input: 'final' })
  })

  it('joins refusals, reasoning summaries and annotations', () => {
    const events = [
      {
        type: 'response.output_item.added',
        output_index: 0,
        item: { id: 'rs_1', type: 'reasoning', summary: [] },
      },
      {
        type: 'response.reasoning_summary_part.added',
        output_index: 0,
        summary_index: 0,
        part: { type: 'summary_text', text: '' },
      },
      { type: 'response.reasoning_summary_text.delta', output_index: 0, summary_index: 0, delta: 'Thinking' },
      {
        type: 'response.output_item.added',
        output_index: 1,
        item: { id: 'msg_1', type: 'message', role: 'assistant', status: 'in_progress', content: [] },
      },
      {
        type: 'response.content_part.added',
        output_index: 1,
        content_index: 0,
        part: { type: 'refusal', refusal: '' },
      },
      { type: 'response.refusal.delta', output_index: 1, content_index: 0, delta: 'No' },
      { type: 'response.refusal.delta', output_index: 1, content_index: 0, delta: ' way' },
      {
        type: 'response.content_part.added',
        output_index: 1,
        content_index: 1,
        part: { type: 'output_text', text: 'See', annotations: [] },
      },
      {
        type: 'response.output_text.annotation.added',
        output_index: 1,
        content_index: 1,
        annotation_index: 0,
        annotation: { type: 'url_citation', url: 'https://example.com' },
      },
    ]
    let snapshot: ResponseObject | undefined
    for (const event of events) snapshot = accumulateResponse(snapshot, event as never)
    expect(snapshot!.output).toEqual([
      { id: 'rs_1', type: 'reasoning', summary: [{ type: 'summary_text', text: 'Thinking' }] },
      {
        id: 'msg_1',
        type: 'message',
        role: 'assistant',
        status: 'in_progress',
        content: [
          { type: 'refusal', refusal: 'No way' },
          {
            type: 'output_text',
            text: 'See',
            annotations: [{ type: 'url_citation', url: 'https://example.com' }],
          },
        ],
      },
    ])
  })

  it('fails with an APIError on an error event midway', async () => {
    const events = responseEvents()
    events.splice(4, 0, { type: 'error', code: 'server_error', message: 'Something broke', param: null })
    const { client } = scriptedApi(responseStream(events))
    const stream = await createResponseStream(client, { model: 'gpt-4o', input: 'Hi' })
    const error = await rejection(collectStream(stream, accumulateResponse))
    expect(APIError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ message: 'Something broke', code: 'server_error' })
  })

  it('fails when the stream is cut before response.completed', async () => {
    const { client } = scriptedApi(responseStream(responseEvents().slice(0, 6)))
    const stream = await createResponseStream(client, { model: 'gpt-4o', input: 'Hi' })
    const error = await rejection(collectStream(stream, accumulateResponse))
    expect(StreamError.isInstance(error) && error.kind).toBe('incomplete')
  })
})
