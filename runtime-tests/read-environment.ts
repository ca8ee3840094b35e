/**
 * Reads an environment variable on any runtime that has one: Deno's `Deno.env`, or `process.env`
 * (Node, Bun, workerd with nodejs_compat). Browsers have none: `undefined`.
 */
export const readEnvironment = (name: string): string | undefined => {
  const runtime = globalThis as {
    Deno?: { env: { get(name: string): string | undefined } }
    process?: { env: Record<string, string | undefined> }
  }
  return runtime.Deno?.env.get(name) ?? runtime.process?.env[name]
}
