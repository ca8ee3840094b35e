import type { CreateResponse, ResponseObject } from './generated/types.ts'

// Each union is written `… | never`, which is the same type, so that editors, type errors and the
// API reference show its name rather than its members.

/**
 * An item of a Responses conversation, as sent in `input` (a message, a function call output, an
 * earlier output item, ...).
 * @example
 * ```ts
 * const input: ResponseInputItem[] = [{ role: 'user', content: 'Hi' }]
 * ```
 */
export type ResponseInputItem = Exclude<CreateResponse['input'], string | undefined>[number] | never

/** An item of a response's `output`: a message, a reasoning item, a function, custom tool or built-in tool call, ... */
export type ResponseOutputItem = ResponseObject['output'][number] | never

/** A tool the model may use, as sent in `tools`: a function tool or a built-in one (web search, file search, MCP, ...). */
export type ResponseTool = NonNullable<CreateResponse['tools']>[number] | never
