import type { Client, RequestOptions } from '@oaikit/core'
import { createResponse } from './generated/responses.ts'
import type { CreateResponse, ResponseObject } from './generated/types.ts'
import type { ResponseInputItem } from './response-shapes.ts'
import { inputItems, responseToolTurns } from './response-tool-turns.ts'
import { runToolLoop, type ToolLoopOptions, type ToolLoopResult, toolLoop } from './tool-loop.ts'

/**
 * Runs a response with tools: sends the input, runs the function calls of the output (at the same
 * time), sends the output and the calls' results back as input, and so on until the model answers
 * without calling a function or `maxSteps` turns have run. The conversation is carried in `input`,
 * so it works with `store: false`. A tool that throws, unknown tools and invalid arguments are
 * reported to the model, not thrown. `options.signal` aborts the loop, the tools' `signal` included.
 * @example
 * ```ts
 * const { final } = await runResponseTools(
 *   client,
 *   { model: 'gpt-4o', input: 'Weather in Paris and Rome?' },
 *   { tools: [weather] },
 * )
 * console.log(outputText(final))
 * ```
 */
export const runResponseTools = (
  client: Client,
  body: Omit<CreateResponse, 'stream'>,
  loop: ToolLoopOptions,
  options: RequestOptions = {},
): Promise<ToolLoopResult<ResponseObject, ResponseInputItem>> =>
  runToolLoop(
    toolLoop(
      inputItems(body),
      loop,
      options.signal,
      responseToolTurns<never>(body, loop, (request) => createResponse(client, request, options)),
    ),
  )
