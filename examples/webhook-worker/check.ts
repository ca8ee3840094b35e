import assert from 'node:assert/strict'
import type { ExampleCheck } from '../../scripts/examples/example-check.ts'

// The workspace root does not depend on @oaikit/testing: its build (made by the publishing step) is loaded by path.
const { signWebhook } = (await import(
  new URL('../../packages/testing/dist/index.js', import.meta.url).href
)) as typeof import('@oaikit/testing')

const secret = `whsec_${btoa('a-secret-of-the-check-only')}`

/**
 * Serves the Worker with `wrangler dev` (workerd, KV simulated locally) against the mock API and
 * delivers it a signed `response.completed` event, the same one tampered, and one unsigned.
 */
export const check: ExampleCheck = async ({ dir, api, start, port }) => {
  const listen = await port()
  const vars = { OPENAI_API_KEY: 'sk-example', OPENAI_WEBHOOK_SECRET: secret, OPENAI_BASE_URL: api }
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
  const deliver = (body: string, headers: Record<string, string>) =>
    fetch(`http://127.0.0.1:${listen}/`, { method: 'POST', body, headers })
  try {
    const event = {
      id: 'evt_example',
      object: 'event',
      type: 'response.completed',
      created_at: Math.floor(Date.now() / 1000),
      data: { id: 'resp_example' },
    }
    const signed = await signWebhook(event, secret)
    assert.equal((await deliver(signed.body, signed.headers)).status, 200, 'a signed delivery is processed')
    const tampered = signed.body.replace('resp_example', 'resp_other')
    assert.equal((await deliver(tampered, signed.headers)).status, 400, 'a tampered delivery is refused')
    assert.equal(
      (await deliver(signed.body, { 'content-type': 'application/json' })).status,
      400,
      'an unsigned delivery is refused',
    )
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error}\nwrangler:\n${worker.output()}`)
  } finally {
    await worker.stop()
  }
}
