// Opens the built API reference (.docs/api, from `pnpm docs`) in Chromium as a reader would: the
// search box finds a function, its page shows the signature and the TSDoc example.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { type Browser, chromium, type Page } from 'playwright-core'
import { chromiumLaunchOptions } from '../chromium.ts'
import { serveStatic } from '../serve-static.ts'

const site = new URL('../../.docs/api', import.meta.url).pathname
let server: Awaited<ReturnType<typeof serveStatic>>
let browser: Browser
let page: Page

before(async () => {
  server = await serveStatic(site)
  browser = await chromium.launch(chromiumLaunchOptions)
  page = await browser.newPage()
})
after(async () => {
  await browser?.close()
  await server?.close()
})

test('the index lists every package as a module', async () => {
  await page.goto(`${server.url}/modules.html`)
  const modules = await page.locator('.tsd-index-link, .tsd-member-summary-name a, a').allTextContents()
  for (const name of ['@oaikit/core', '@oaikit/chat', '@oaikit/testing/server', '@oaikit/realtime'])
    assert.ok(
      modules.some((text) => text.trim() === name),
      `${name} is listed`,
    )
})

test('the search finds createChatCompletion and opens its page with the example', async () => {
  await page.goto(`${server.url}/index.html`)
  await page.locator('#tsd-search-trigger').click()
  await page.keyboard.type('createChatCompletion')
  const hit = page.locator('#tsd-search-results li a', { hasText: /@oaikit\/chat\.\s*createChatCompletion$/ })
  await hit.first().waitFor({ timeout: 10_000 })
  await hit.first().click()
  await page.waitForURL(/_oaikit_chat\.createChatCompletion\.html/)
  assert.match((await page.locator('h1').textContent()) ?? '', /createChatCompletion/)
  const signature = (await page.locator('.tsd-signature').first().textContent()) ?? ''
  assert.match(signature, /createChatCompletion\(\s*client: Client,\s*body:/)
  const example = await page.locator('.tsd-comment pre code, pre code').allTextContents()
  assert.ok(
    example.some((code) => /await createChatCompletion\(client, \{ model: /.test(code)),
    `an example calls createChatCompletion: ${example.join('\n---\n')}`,
  )
})

test('a link from the function page leads to the Client it takes', async () => {
  await page.goto(`${server.url}/functions/_oaikit_chat.createChatCompletion.html`)
  await page.locator('.tsd-signature a', { hasText: 'Client' }).first().click()
  await page.waitForURL(/_oaikit_core\.Client\.html/)
  assert.match((await page.locator('h1').textContent()) ?? '', /Client/)
})

test('the function page names its result, linked to the page of that type, not its expansion', async () => {
  await page.goto(`${server.url}/functions/_oaikit_chat.createChatCompletion.html`)
  const signature = page.locator('.tsd-signature').first()
  assert.match((await signature.textContent()) ?? '', /\):\s*Promise<CreateChatCompletionResponse>$/)
  await signature.locator('a', { hasText: /^CreateChatCompletionResponse$/ }).click()
  await page.waitForURL(/interfaces\/_oaikit_chat\.CreateChatCompletionResponse\.html/)
  assert.match((await page.locator('h1').textContent()) ?? '', /Interface CreateChatCompletionResponse/)
  assert.match((await page.locator('.tsd-comment').first().textContent()) ?? '', /chat completion response/)
})

test('a result that is a union is named and linked too, and its page lists its members', async () => {
  await page.goto(`${server.url}/functions/_oaikit_conversations.getConversationItem.html`)
  const signature = page.locator('.tsd-signature').first()
  assert.match((await signature.textContent()) ?? '', /\):\s*Promise<ConversationItem>$/)
  await signature.locator('a', { hasText: /^ConversationItem$/ }).click()
  await page.waitForURL(/types\/_oaikit_conversations\.ConversationItem\.html/)
  assert.match((await page.locator('h1').textContent()) ?? '', /ConversationItem/)
  const declaration = (await page.locator('.tsd-signature').first().textContent()) ?? ''
  assert.match(declaration, /type: "message"/)
  assert.match(declaration, /type: "function_call"/)
  assert.doesNotMatch(declaration, /components\[/)
})

test('the query parameters are named and linked, not expanded', async () => {
  await page.goto(`${server.url}/functions/_oaikit_files.listFiles.html`)
  const signature = page.locator('.tsd-signature').first()
  assert.match((await signature.textContent()) ?? '', /query\?: ListFilesQuery/)
  await signature.locator('a', { hasText: /^ListFilesQuery$/ }).click()
  await page.waitForURL(/interfaces\/_oaikit_files\.ListFilesQuery\.html/)
  assert.match((await page.locator('h1').textContent()) ?? '', /Interface ListFilesQuery/)
})
