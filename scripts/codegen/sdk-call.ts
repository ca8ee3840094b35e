import type { Operation } from './operations.ts'

/** The official Node SDK's call of one operation, as the spec's example makes it. */
export interface SdkCall {
  /** The method path on the client, `chat.completions.create`. */
  method: string
  /** The call with its arguments, long literals shortened: `openai.files.retrieve("file-abc123")`. */
  call: string
}

/** The JavaScript code of every example of an operation (the official Node SDK's usage). */
const javascriptExamples = (op: Operation): string[] => {
  const examples = op.meta?.examples
  const list = examples ? [examples].flat() : []
  return list
    .map((example) => example?.request?.javascript ?? example?.request?.['node.js'])
    .filter((code): code is string => typeof code === 'string')
}

const closing: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/** The top-level arguments of the call whose `(` is at `open`, or an error saying where parsing stopped. */
const argumentsAt = (code: string, open: number, where: string): string[] => {
  const args: string[] = []
  const stack: string[] = []
  let start = open + 1
  for (let index = open + 1; index < code.length; index++) {
    const char = code[index]!
    if (char === '"' || char === "'" || char === '`') {
      const end = code.indexOf(char, index + 1)
      if (end < 0) break
      index = end
    } else if (char in closing) stack.push(closing[char]!)
    else if (stack.length > 0 && char === stack.at(-1)) stack.pop()
    else if (stack.length === 0 && (char === ',' || char === ')')) {
      const arg = code.slice(start, index).trim()
      if (arg) args.push(arg)
      if (char === ')') return args
      start = index + 1
    } else if (')]}'.includes(char)) break
  }
  throw new Error(`${where}: the SDK call's arguments do not close where expected`)
}

/** An argument as a table cell shows it: whitespace collapsed, a long literal as `{ … }`. */
const shortArgument = (arg: string): string => {
  const flat = arg
    .replace(/\s+/g, ' ')
    .replace(/([{[]) /g, '$1')
    .replace(/ ([}\]])/g, '$1')
  if (flat.length <= 40) return flat
  if (flat.startsWith('{')) return '{ … }'
  if (flat.startsWith('[')) return '[ … ]'
  return '…'
}

/**
 * Operations whose JavaScript example in the spec is itself broken, with what is wrong: their
 * call is listed by its method with its arguments elided. Any other unreadable example fails the
 * generator, and so does an example listed here that reads.
 */
const brokenExamples: Record<string, string> = {
  modifyMessage: "the call's closing `)` is written `}'`",
}

/** The SDK call of one example's code; throws when the code holds no call this can read. */
const callIn = (code: string, where: string, broken: boolean): SdkCall => {
  const client = /\b(?:const|let|var)\s+(\w+)\s*=\s*new\s+OpenAI\s*\(/.exec(code)?.[1]
  if (!client) throw new Error(`${where}: no \`new OpenAI()\` client in the JavaScript example`)
  const match = new RegExp(`\\b${client}((?:\\.[A-Za-z_$][\\w$]*)+)\\s*\\(`).exec(code)
  if (!match) throw new Error(`${where}: no call of the \`${client}\` client in the JavaScript example`)
  const method = match[1]!.slice(1)
  if (broken) return { method, call: `openai.${method}(…)` }
  const args = argumentsAt(code, match.index + match[0].length - 1, where)
  return { method, call: `openai.${method}(${args.map(shortArgument).join(', ')})` }
}

/** Whether the example's call reads in full. */
const reads = (code: string, where: string): boolean => {
  try {
    callIn(code, where, false)
    return true
  } catch {
    return false
  }
}

/**
 * The official SDK's calls of an operation, one per distinct method its spec examples call
 * (`x-oaiMeta.examples[].request.javascript`); empty when the spec has no JavaScript example.
 * Throws, naming the operation, on an example it cannot read: a guide must not list a wrong call.
 */
export const sdkCallsOf = (op: Operation): SdkCall[] => {
  const calls = new Map<string, SdkCall>()
  const broken = op.id in brokenExamples
  for (const [index, code] of javascriptExamples(op).entries()) {
    const where = `${op.id} (example ${index + 1})`
    if (broken && reads(code, where)) throw new Error(`${where} reads now: drop it from brokenExamples`)
    const call = callIn(code, where, broken)
    if (!calls.has(call.method)) calls.set(call.method, call)
  }
  return [...calls.values()]
}
