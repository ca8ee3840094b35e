import type { Infer, Schema } from './schema.ts'

/** What a tool's `execute` receives besides its arguments. */
export interface ToolContext {
  /** The id the model gave this call. */
  callId: string
  /** Aborts with the tool loop: pass it on to the tool's own requests. */
  signal: AbortSignal | undefined
}

/** A function the model may call: its name, what it does, its parameters, and the code that runs it. */
export interface Tool<S extends Schema = Schema> {
  /** The name the model calls it by (letters, digits, `_` and `-`, at most 64). */
  name: string
  /** What it does and when to call it, for the model. */
  description?: string
  /**
   * Its arguments: a plain JSON Schema, or a Standard Schema / Standard JSON Schema (zod 4.2+,
   * valibot, arktype), which also checks the arguments before `execute` runs.
   */
  parameters: S
  /** Whether the API holds the model to the parameters schema exactly (strict mode). */
  strict?: boolean
  /**
   * Runs the call. What it returns is sent to the model: a string as is, anything else as JSON.
   * What it throws is sent to the model too (see `ToolLoopOptions.toolErrorMessage`), so the model
   * can try again or explain.
   */
  execute(args: Infer<S>, context: ToolContext): unknown
}

/**
 * Defines a tool, inferring the type of `execute`'s arguments from its parameters schema.
 * @example
 * ```ts
 * const weather = defineTool({
 *   name: 'weather',
 *   description: 'The current weather in a city',
 *   parameters: z.object({ city: z.string() }),
 *   execute: async ({ city }) => ({ city, celsius: 21 }),
 * })
 * ```
 */
export const defineTool = <S extends Schema>(tool: Tool<S>): Tool<S> => tool
