import type { components } from '@oaikit/core'
import type { CreateResponse, ResponseObject } from './generated/types.ts'
import type { ResponseInputItem } from './response-shapes.ts'
import { toJsonSchema } from './schema.ts'
import type { ToolLoopOptions, ToolLoopTurns } from './tool-loop.ts'

type Request = Omit<CreateResponse, 'stream'>

/**
 * The conversation a Responses request starts from: its `input` as a list of items.
 * @example
 * ```ts
 * inputItems({ model: 'gpt-4o', input: 'Hi' }) // [{ role: 'user', content: 'Hi' }]
 * ```
 */
export const inputItems = ({ input }: Request): ResponseInputItem[] =>
  typeof input === 'string' ? [{ role: 'user', content: input }] : [...(input ?? [])]

/**
 * The Responses side of a tool loop: tools as `function` tools; each turn's output items and then
 * `function_call_output` items are added to the input of the next turn.
 * @example
 * ```ts
 * const turns = responseToolTurns(body, { tools }, (request) => createResponse(client, request))
 * ```
 */
export const responseToolTurns = <Event>(
  body: Request,
  { tools }: ToolLoopOptions,
  send: (request: Request) => Promise<ResponseObject> | AsyncGenerator<Event, ResponseObject>,
): ToolLoopTurns<ResponseObject, ResponseInputItem, Event> => ({
  send: (input) =>
    send({
      ...body,
      input,
      tools: [
        ...(body.tools ?? []),
        ...tools.map(
          ({ name, description, parameters, strict = false }): components['schemas']['FunctionTool'] => ({
            type: 'function',
            name,
            description,
            parameters: toJsonSchema(parameters),
            strict,
          }),
        ),
      ],
    }),
  calls: (response) =>
    response.output.flatMap((item) =>
      item.type === 'function_call' ? [{ id: item.call_id, name: item.name, arguments: item.arguments }] : [],
    ),
  answer: (response, calls, outputs) => [
    // The API takes its output items back as input; the spec's input union types a few of them
    // more narrowly than its output (a tool search call's `arguments`), hence the assertion.
    ...(response.output as ResponseInputItem[]),
    ...calls.map(
      (call, index): ResponseInputItem => ({
        type: 'function_call_output',
        call_id: call.id,
        output: outputs[index]!,
      }),
    ),
  ],
})
