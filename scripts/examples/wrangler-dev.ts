import type { Start } from './example-check.ts'

/**
 * Serves an example's Worker with `wrangler dev` (workerd) on a free port of 127.0.0.1, its `vars`
 * given as `--var`s, and runs `use` with its origin. The Worker is stopped after, and a failure of
 * `use` carries what wrangler printed.
 */
export const withWranglerDev = async (
  { dir, start, port }: { dir: string; start: Start; port: () => Promise<number> },
  vars: Record<string, string>,
  use: (origin: string) => Promise<void>,
): Promise<void> => {
  const listen = await port()
  const worker = await start(
    'wrangler',
    [
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(listen),
      ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
    ],
    { cwd: dir, ready: /Ready on http/, env: { WRANGLER_SEND_METRICS: 'false', CI: 'true' } },
  )
  try {
    await use(`http://127.0.0.1:${listen}`)
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error}\nwrangler:\n${worker.output()}`)
  } finally {
    await worker.stop()
  }
}
