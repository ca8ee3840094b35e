import { describe, expect, it } from 'vitest'
import type { Operation } from '../operations.ts'
import { renderMigrationGuide } from '../render-migration-guide.ts'
import { sdkCallsOf } from '../sdk-call.ts'

/** An operation with the fields the migration guide reads, and JavaScript examples. */
const operation = (id: string, javascript: string[], fields: Partial<Operation> = {}): Operation =>
  ({
    id,
    functionName: id,
    pkg: 'files',
    method: 'GET',
    path: '/files/{file_id}',
    pathParams: [{ name: 'file_id', in: 'path', required: true, description: '', schema: {} }],
    query: [],
    body: undefined,
    pagination: undefined,
    stream: undefined,
    meta: { examples: javascript.map((code) => ({ request: { javascript: code } })) },
    ...fields,
  }) as unknown as Operation

const sdkExample = (call: string) =>
  `import OpenAI from "openai";\n\nconst client = new OpenAI();\n\nasync function main() {\n  const result = await ${call};\n}\n`

describe('the SDK call of an example', () => {
  it('reads the client, the method and the arguments, whatever the client is called', () => {
    expect(
      sdkCallsOf(operation('retrieveFile', [sdkExample('client.files.retrieve("file-abc123")')])),
    ).toEqual([{ method: 'files.retrieve', call: 'openai.files.retrieve("file-abc123")' }])
  })

  it('shortens a long literal, keeps a short one, and ignores commas inside strings and literals', () => {
    const code = sdkExample(
      'client.beta.threads.messages.retrieve("msg, abc", { thread_id: "thread_abc123" }, { messages: [{ role: "user", content: "a long enough message, with commas" }] })',
    )
    expect(sdkCallsOf(operation('getMessage', [code]))[0]?.call).toBe(
      'openai.beta.threads.messages.retrieve("msg, abc", {thread_id: "thread_abc123"}, { … })',
    )
  })

  it('lists each distinct method once, and nothing where the spec has no JavaScript example', () => {
    const create = sdkExample('client.chat.completions.create({ model: "gpt-4o" })')
    expect(sdkCallsOf(operation('createChatCompletion', [create, create]))).toHaveLength(1)
    expect(sdkCallsOf(operation('listVoiceConsents', []))).toEqual([])
  })

  it('fails loudly, naming the operation, on an example it cannot read', () => {
    expect(() => sdkCallsOf(operation('noClient', ['const x = await fetch("/v1/files")']))).toThrow(
      /noClient \(example 1\): no `new OpenAI\(\)` client/,
    )
    expect(() => sdkCallsOf(operation('noCall', ['const openai = new OpenAI()\nconsole.log(1)']))).toThrow(
      /noCall \(example 1\): no call of the `openai` client/,
    )
    expect(() =>
      sdkCallsOf(operation('unclosed', [sdkExample('client.files.retrieve({ id: "x" }')])),
    ).toThrow(/unclosed \(example 1\): the SDK call's arguments do not close/)
  })

  it('lists a known broken example by its method, and fails once that example reads', () => {
    const broken =
      'const openai = new OpenAI();\nawait openai.beta.threads.messages.update("t", "m", {\n}\'\n'
    expect(sdkCallsOf(operation('modifyMessage', [broken]))[0]?.call).toBe(
      'openai.beta.threads.messages.update(…)',
    )
    expect(() =>
      sdkCallsOf(operation('modifyMessage', [sdkExample('client.beta.threads.messages.update("t")')])),
    ).toThrow(/reads now: drop it from brokenExamples/)
  })
})

describe('the migration guide', () => {
  it('lists every operation with its oaikit import and call beside the SDK call, after the hand-written part', () => {
    const guide = renderMigrationGuide(
      [
        operation('retrieveFile', [sdkExample('client.files.retrieve("file-abc123")')]),
        operation('listFiles', [], {
          path: '/files',
          pathParams: [],
          pagination: 'cursor',
          query: [{} as never],
        }),
      ],
      '# From the SDK\n\nHand-written.',
    )
    expect(guide).toContain('# From the SDK\n\nHand-written.')
    expect(guide).toContain(
      '| `GET /files/{file_id}` | `openai.files.retrieve("file-abc123")` | `import { retrieveFile } from \'@oaikit/files\'`<br>`await retrieveFile(client, fileId)` |',
    )
    expect(guide).toContain(
      "| `GET /files` | no SDK example | `import { listFiles } from '@oaikit/files'`<br>`for await (const item of listFiles(client, query))` |",
    )
    expect(guide).toContain('All 2 operations of the spec, by package.')
  })
})
