import assert from 'node:assert/strict'
import { createChatCompletion } from '@oaikit/chat'
import { APIError, createClient } from '@oaikit/core'
import { listModels } from '@oaikit/models'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../../scripts/chromium.ts'
import type { ExampleCheck } from '../../scripts/examples/example-check.ts'
import { withWranglerDev } from '../../scripts/examples/wrangler-dev.ts'

/**
 * Bundles the page, serves the Worker with `wrangler dev` (workerd) against the mock API, calls it
 * as the page would from Node, then opens the page in Chromium.
 */
export const check: ExampleCheck = async (context) => {
  await context.exec('npm', ['run', 'build'], { cwd: context.dir })
  const vars = {
    OPENAI_API_KEY: 'sk-example',
    TOKEN_SECRET: 'a-secret-of-the-check-only',
    OPENAI_BASE_URL: context.api,
  }
  await withWranglerDev(context, vars, async (origin) => {
    const minted = (await (await fetch(`${origin}/token`, { method: 'POST' })).json()) as {
      token: string
      expires_at: number
    }
    assert.match(minted.token, /^\d+\.[\w-]+$/)
    assert.ok(minted.expires_at > Date.now() / 1000)

    const client = createClient({ apiKey: minted.token, baseURL: `${origin}/v1`, maxRetries: 0 })
    assert.ok((await listModels(client)).data.length > 0)
    const completion = await createChatCompletion(client, {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello' }],
    })
    assert.equal(completion.object, 'chat.completion')

    const forged = createClient({
      apiKey: `${minted.expires_at}.forged`,
      baseURL: `${origin}/v1`,
      maxRetries: 0,
    })
    const refused = await listModels(forged).then(
      () => undefined,
      (error: unknown) => error,
    )
    assert.ok(APIError.isInstance(refused) && refused.status === 401, `a forged token is refused: ${refused}`)

    const secret = (await (await fetch(`${origin}/realtime/token`, { method: 'POST' })).json()) as {
      value: string
    }
    assert.equal(typeof secret.value, 'string')
    assert.ok(secret.value.length > 0)

    const browser = await chromium.launch(chromiumLaunchOptions)
    try {
      const page = await browser.newPage()
      await page.goto(origin)
      await page.locator('#status', { hasText: /done|failed/ }).waitFor({ timeout: 20_000 })
      assert.equal(await page.locator('#status').textContent(), 'done')
      assert.ok(
        ((await page.locator('#direct').textContent()) ?? '').length > 0,
        'the direct call streamed text',
      )
      assert.ok(
        ((await page.locator('#streamed').textContent()) ?? '').length > 0,
        'the Worker streamed text',
      )
    } finally {
      await browser.close()
    }
  })
}
