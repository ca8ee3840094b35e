import type { components } from '@oaikit/core'
import type { ResponseObject } from './generated/types.ts'

/**
 * The content parts (text and refusals) of the response's output messages, in order.
 * @example
 * ```ts
 * const refused = contentParts(response).some((part) => part.type === 'refusal')
 * ```
 */
export const contentParts = (response: ResponseObject): components['schemas']['OutputContent'][] =>
  response.output.flatMap((item) => (item.type === 'message' ? item.content : []))

/**
 * The text a response's output messages hold, their `output_text` parts joined (what the official
 * SDK offers as `response.output_text`).
 * @example
 * ```ts
 * const response = await createResponse(client, { model: 'gpt-4o', input: 'Say hi' })
 * console.log(outputText(response))
 * ```
 */
export const outputText = (response: ResponseObject): string =>
  contentParts(response)
    .map((part) => (part.type === 'output_text' ? part.text : ''))
    .join('')
