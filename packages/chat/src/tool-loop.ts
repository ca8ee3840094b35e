import { runToolCalls, type ToolCall, type ToolErrorMessage } from './run-tool-calls.ts'
import type { Tool } from './tool.ts'

/** Options of the tool loops ({@link runChatTools}, {@link streamChatTools}, {@link runResponseTools}, {@link streamResponseTools}). */
export interface ToolLoopOptions {
  /** The tools the model may call; sent after any tools of the request body. */
  // biome-ignore lint/suspicious/noExplicitAny: each tool keeps its own schema type.
  tools: readonly Tool<any>[]
  /**
   * The most model turns; when the model still calls tools at the last one, their calls run, and
   * the loop stops with `stepLimitReached`.
   * @defaultValue `10`
   */
  maxSteps?: number
  /** What the model is told when a tool call fails. @defaultValue `Error: ` and the error's message */
  toolErrorMessage?: ToolErrorMessage
}

/** How a tool loop ended. */
export interface ToolLoopResult<Result, Item> {
  /** The last model turn: the final answer, unless the step limit was reached. */
  final: Result
  /** Every model turn, in order. */
  steps: Result[]
  /** The whole conversation, to continue it: the request's own, then each turn's answer and the results of its tool calls. */
  messages: Item[]
  /** Whether the loop stopped at `maxSteps` while the model was still calling tools. */
  stepLimitReached: boolean
}

/** One API's side of the loop. */
export interface ToolLoopTurns<Result, Item, Event> {
  /** Sends the conversation to the model: its result, or a stream of events that returns it. */
  send(messages: Item[]): Promise<Result> | AsyncGenerator<Event, Result>
  /** The function calls of a model turn. */
  calls(result: Result): ToolCall[]
  /** What to add to the conversation: the model turn, then the outputs of its calls (if any). */
  answer(result: Result, calls: ToolCall[], outputs: string[]): Item[]
}

/**
 * Runs model turns, and the tool calls of each, until a turn calls no tool or `maxSteps` turns
 * have run. Yields the events of streamed turns; returns how the loop ended.
 * @example
 * ```ts
 * const result = await runToolLoop(toolLoop([...body.messages], { tools }, signal, chatToolTurns(body, { tools }, send)))
 * ```
 */
export async function* toolLoop<Result, Item, Event>(
  messages: Item[],
  { tools, maxSteps = 10, toolErrorMessage }: ToolLoopOptions,
  signal: AbortSignal | undefined,
  turns: ToolLoopTurns<Result, Item, Event>,
): AsyncGenerator<Event, ToolLoopResult<Result, Item>> {
  const steps: Result[] = []
  for (;;) {
    const turn = turns.send(messages)
    const final = Symbol.asyncIterator in turn ? yield* turn : await turn
    steps.push(final)
    const calls = turns.calls(final)
    const stepLimitReached = calls.length > 0 && steps.length >= maxSteps
    const outputs = calls.length ? await runToolCalls(tools, calls, signal, toolErrorMessage) : []
    messages.push(...turns.answer(final, calls, outputs))
    if (!calls.length || stepLimitReached) return { final, steps, messages, stepLimitReached }
  }
}

/**
 * Runs a loop whose turns are not streamed to its end.
 * @example
 * ```ts
 * const { final, messages } = await runToolLoop(toolLoop(conversation, options, signal, turns))
 * ```
 */
export const runToolLoop = async <Result, Item>(loop: AsyncGenerator<never, ToolLoopResult<Result, Item>>) =>
  (await loop.next()).value as ToolLoopResult<Result, Item>
