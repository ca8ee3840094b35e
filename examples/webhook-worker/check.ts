import assert from 'node:assert/strict'
import type { ExampleCheck } from '../../scripts/examples/example-check.ts'
import { withWranglerDev } from '../../scripts/examples/wrangler-dev.ts'

// The workspace root does not depend on @oaikit/testing: its build (made by the publishing step) is loaded by path.
const { signWebhook } = (await import(
  new URL('../../packages/testing/dist/index.js', import.meta.url).href
)) as typeof import('@oaikit/testing')

const secret = `whsec_${btoa('a-secret-of-the-check-only')}`

/**
 * Serves the Worker with `wrangler dev` (workerd, KV simulated locally) against the mock API and
 * delivers it a signed `response.completed` event, the same one tampered, and one unsigned.
 */
export const check: ExampleCheck = (context) =>
  withWranglerDev(
    context,
    { OPENAI_API_KEY: 'sk-example', OPENAI_WEBHOOK_SECRET: secret, OPENAI_BASE_URL: context.api },
    async (origin) => {
      const deliver = (body: string, headers: Record<string, string>) =>
        fetch(`${origin}/`, { method: 'POST', body, headers })
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
    },
  )
