/** Options of a command an example check runs. */
export interface CommandOptions {
  cwd?: string
  env?: Record<string, string>
  /** Milliseconds before the command is killed. @defaultValue `60_000` */
  timeout?: number
}

/** Runs a command to its end and resolves with its standard output; rejects, with both outputs, on a non-zero exit. */
export type Exec = (command: string, args: string[], options?: CommandOptions) => Promise<string>

/** A server an example check started: what it printed so far, and how to stop it. */
export interface Started {
  output(): string
  stop(): Promise<void>
}

/** Starts a long-running command (a dev server) and resolves once its output matches `ready`. */
export type Start = (
  command: string,
  args: string[],
  options: CommandOptions & { ready: RegExp },
) => Promise<Started>

/**
 * What an example's `check.ts` exports as `check`: runs the example installed in `dir` against the
 * mock API at `api` (its base URL, ending in `/v1`) and throws when it misbehaves. `port()` gives
 * a free port on 127.0.0.1.
 */
export type ExampleCheck = (context: {
  dir: string
  api: string
  exec: Exec
  start: Start
  port: () => Promise<number>
}) => Promise<void>
