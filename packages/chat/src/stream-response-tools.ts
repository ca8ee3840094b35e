import type { Client, RequestOptions } from '@oaikit/core'
import { accumulateResponse } from './accumulate-response.ts'
import { foldStream } from './fold-stream.ts'
import { createResponseStream } from './generated/responses.ts'
import type { CreateResponse, ResponseObject, ResponseStreamEvent } from './generated/types.ts'
import type { ResponseInputItem } from './response-shapes.ts'
import { inputItems, responseToolTurns } from './response-tool-turns.ts'
import { type ToolLoopOptions, toolLoop } from './tool-loop.ts'
import { type ToolLoopStream, toToolLoopStream } from './tool-loop-stream.ts'

/**
 * {@link runResponseTools}, streamed: every model turn is streamed, and the events of all turns
 * come out of one stream, so {@link textDeltas} and {@link toEventStreamResponse} work on it. The
 * tools run between turns; `result` gives the loop's end. Leaving the iteration early stops the loop.
 * @example
 * ```ts
 * const run = streamResponseTools(client, { model: 'gpt-4o', input }, { tools: [weather] })
 * for await (const text of textDeltas(run)) output.append(text)
 * const { final } = await run.result
 * ```
 */
export const streamResponseTools = (
  client: Client,
  body: Omit<CreateResponse, 'stream'>,
  loop: ToolLoopOptions,
  options: RequestOptions = {},
): ToolLoopStream<ResponseStreamEvent, ResponseObject, ResponseInputItem> =>
  toToolLoopStream(
    toolLoop(
      inputItems(body),
      loop,
      options.signal,
      responseToolTurns(body, loop, async function* (request) {
        return yield* foldStream(await createResponseStream(client, request, options), accumulateResponse)
      }),
    ),
  )
