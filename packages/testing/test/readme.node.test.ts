import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { format } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!)
const folder = fileURLToPath(new URL(`./.readme-${process.pid}/`, import.meta.url))

declare global {
  var __readmeLog: ((...values: unknown[]) => void) | undefined
}

afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The values each `console.log(…) // value` line of a snippet says it prints. */
const promised = (code: string): string[] =>
  [...code.matchAll(/console\.log\(.*\)\s*\/\/ (.+)$/gm)].map((match) => match[1]!.trim())

describe('the README snippets', () => {
  it('are there, one per capability', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(8)
  })

  it.each(snippets.map((code, index) => [index + 1, code] as const))(
    'snippet %i runs and prints what it says',
    async (index, code) => {
      mkdirSync(folder, { recursive: true })
      const file = `${folder}snippet-${index}.ts`
      writeFileSync(file, `${code.replaceAll('console.log(', 'globalThis.__readmeLog!(')}\nexport {}\n`)
      const printed: string[] = []
      globalThis.__readmeLog = (...values) => void printed.push(format(...values))
      await import(/* @vite-ignore */ file)
      for (const line of promised(code)) expect(printed).toContain(line)
    },
    20_000,
  )
})
