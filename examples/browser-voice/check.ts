import assert from 'node:assert/strict'
import { type Browser, chromium, type Page } from 'playwright-core'
import { chromiumLaunchOptions } from '../../scripts/chromium.ts'
import type { ExampleCheck } from '../../scripts/examples/example-check.ts'
import { withWranglerDev } from '../../scripts/examples/wrangler-dev.ts'

// The workspace root does not depend on @oaikit/testing: its build (made by the publishing step) is loaded by path.
const { startMockRealtimeServer } = (await import(
  new URL('../../packages/testing/dist/server-entry.js', import.meta.url).href
)) as typeof import('@oaikit/testing/server')

const apiKey = 'sk-example-voice-key-of-the-check'
/** What the mock answers: two audio deltas of 100 ms, 24 kHz mono. */
const answerSamples = 2 * 2_400

/** Chromium with a fake microphone (a tone), whose permission prompt is answered as a user would: allow or deny. */
const launch = (answer: 'allow' | 'deny') =>
  chromium.launch({
    ...chromiumLaunchOptions,
    args: [
      ...chromiumLaunchOptions.args,
      answer === 'allow' ? '--use-fake-ui-for-media-stream' : '--use-fake-ui-for-media-stream=deny',
      '--use-fake-device-for-media-stream',
    ],
  })

const text = async (page: Page, id: string) => (await page.locator(`#${id}`).textContent()) ?? ''
const samples = async (page: Page, id: string) => Number(await text(page, id))
const problem = (page: Page, pattern: RegExp) =>
  page.locator('#error', { hasText: pattern }).waitFor({ timeout: 10_000 })

/** Presses Talk, lets the fake microphone speak for a second, presses Send and waits for the spoken answer. */
const talkOnce = async (page: Page) => {
  const minted = page.waitForResponse((response) => response.url().endsWith('/realtime/token'))
  await page.click('#talk')
  const secret = ((await (await minted).json()) as { value: string }).value
  await page.locator('#talk', { hasText: 'Send' }).waitFor({ timeout: 10_000 })
  await page.waitForFunction(() => Number(document.getElementById('sent')?.textContent) >= 24_000, null, {
    timeout: 10_000,
  })
  await page.click('#talk')
  await page.waitForFunction(
    (expected) => Number(document.getElementById('played')?.textContent) >= expected,
    answerSamples,
    { timeout: 10_000 },
  )
  return secret
}

/** What the mock received: the handshake was made with the minted secret, and the audio the page sent. */
const assertReceived = (
  realtime: Awaited<ReturnType<typeof startMockRealtimeServer>>,
  secret: string,
  sent: number,
) => {
  assert.equal(realtime.handshakes.length, 1, 'one WebSocket was opened')
  const [handshake] = realtime.handshakes
  assert.match(secret, /^ek_/, 'the page was handed a client secret')
  assert.deepEqual([handshake?.token, handshake?.auth, handshake?.accepted], [secret, 'subprotocol', true])
  assert.ok(
    !JSON.stringify(realtime.handshakes).includes(apiKey),
    'the WebSocket was opened with the secret, never the API key',
  )
  const events = realtime.events.map(({ event }) => event)
  const appended = events.filter((event) => event?.type === 'input_audio_buffer.append')
  const bytes = Uint8Array.from(appended.map((event) => atob(String(event?.audio))).join(''), (char) =>
    char.charCodeAt(0),
  )
  assert.ok(appended.length > 1, `the audio went in several appends: ${appended.length}`)
  assert.equal(bytes.length, sent * 2, 'every sample the page counted reached the server, as PCM16')
  assert.ok(
    new Int16Array(bytes.buffer).some((sample) => sample !== 0),
    'the audio is the tone, not silence',
  )
  const types = events.map((event) => event?.type).filter((type) => type !== 'input_audio_buffer.append')
  assert.deepEqual(types, ['session.update', 'input_audio_buffer.commit', 'response.create'])
  return bytes.length
}

/** The failures a user can act on, shown in the page: connection closed, no connection, no secret, microphone refused. */
const assertProblems = async (
  browser: Browser,
  page: Page,
  origin: string,
  stopMock: () => Promise<void>,
) => {
  await stopMock()
  await problem(page, /^The connection closed \(\d+\)\.$/)
  await page.click('#talk')
  await problem(page, /^Could not connect to the Realtime API/)

  const fresh = await browser.newPage()
  await fresh.goto(origin)
  await fresh.click('#talk')
  await problem(fresh, /^Could not get a client secret from the server \(.*HTTP 502\)/)

  const denying = await launch('deny')
  try {
    const refused = await denying.newPage()
    await refused.goto(origin)
    await refused.click('#talk')
    await problem(refused, /^The microphone was refused/)
  } finally {
    await denying.close()
  }
}

/**
 * Bundles the page, serves it and the token Worker with `wrangler dev` against the mock Realtime
 * server, and talks to it in Chromium with a fake microphone: the mock records what really arrived.
 */
export const check: ExampleCheck = async (context) => {
  await context.exec('npm', ['run', 'build'], { cwd: context.dir })
  const realtime = await startMockRealtimeServer()
  let stopped: Promise<void> | undefined
  const stopMock = () => (stopped ??= realtime.close())
  try {
    await withWranglerDev(
      context,
      { OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: realtime.url },
      async (origin) => {
        let browser: Browser | undefined
        try {
          browser = await launch('allow')
          const page = await browser.newPage()
          const crashes: string[] = []
          page.on('pageerror', (error) => crashes.push(error.message))
          await page.goto(origin)
          const secret = await talkOnce(page)
          await page.locator('#status', { hasText: 'Press Talk to answer.' }).waitFor({ timeout: 10_000 })
          const bytes = assertReceived(realtime, secret, await samples(page, 'sent'))
          assert.equal(await text(page, 'transcript'), `You said: ${Math.round(bytes / 48)} ms of audio`)
          assert.equal(await samples(page, 'played'), answerSamples, 'the answer played to its end')
          assert.equal(await text(page, 'error'), '')
          await assertProblems(browser, page, origin, stopMock)
          assert.deepEqual(crashes, [])
        } finally {
          await browser?.close()
          await stopMock()
        }
      },
    )
  } finally {
    await stopMock()
  }
}
