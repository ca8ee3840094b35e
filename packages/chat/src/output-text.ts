import type { ResponseObject } from './generated/types.ts'

/** An output item or content part, read structurally: the fields the text and refusals live in. */
interface Part {
  type: string
  text?: string
  refusal?: string
  content?: Part[]
}

/**
 * The content parts of the response's output messages, in order.
 * @example
 * ```ts
 * const refused = contentParts(response).some((part) => part.type === 'refusal')
 * ```
 */
export const contentParts = (response: ResponseObject): Part[] =>
  (response.output as unknown as Part[]).flatMap((item) =>
    item.type === 'message' ? (item.content ?? []) : [],
  )

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
