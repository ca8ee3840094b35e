import { operationAliases } from './aliases.ts'
import { camelCase, propertyKey, quote } from './names.ts'
import type { Operation } from './operations.ts'
import { callArguments } from './sample-arguments.ts'
import type { Spec } from './spec.ts'
import type { StreamFormat } from './streams.ts'
import { bodyIsOptional, type OperationTypes, operationTypes, type TypeAlias } from './type-names.ts'

/** One argument of an operation function. */
interface Argument {
  name: string
  type: string
  optional: boolean
  /** A default value, when the spec requires a body every field of which is optional. */
  initial?: string
  doc: string
}

const docText = (text: string): string =>
  text
    .trim()
    .replaceAll('*/', '*\\/')
    .split('\n')
    .map((line) => ` * ${line}`.trimEnd())
    .join('\n')

const argumentsOf = (
  spec: Spec,
  op: Operation,
  types: OperationTypes,
  bodyType: string | undefined,
): Argument[] => {
  const args: Argument[] = op.pathParams.map((parameter) => ({
    name: camelCase(parameter.name),
    type: 'string',
    optional: false,
    doc: parameter.description.split('\n')[0] || `The \`${parameter.name}\` path parameter.`,
  }))
  if (bodyType) {
    const optional = bodyIsOptional(spec, op)
    args.push({
      name: 'body',
      type: bodyType,
      optional: optional && !op.body!.required,
      ...(optional && op.body!.required ? { initial: '{}' } : {}),
      doc: op.body!.multipart ? 'The form fields; files as `Blob` or `File`.' : 'The request body.',
    })
  }
  if (types.query) {
    args.push({
      name: 'query',
      type: types.query,
      optional: !op.query.some((parameter) => parameter.required),
      doc: 'The query parameters.',
    })
  }
  // An optional argument cannot precede a required one: keep it positional, accepting `undefined`.
  for (let index = args.length - 2; index >= 0; index--) {
    const later = args[index + 1]!
    if (args[index]!.optional && !later.optional && !later.initial) {
      args[index] = { ...args[index]!, optional: false, type: `${args[index]!.type} | undefined` }
    }
  }
  return args
}

const signature = (args: Argument[]): string =>
  [
    'client: Client',
    ...args.map(
      (arg) => `${arg.name}${arg.optional ? '?' : ''}: ${arg.type}${arg.initial ? ` = ${arg.initial}` : ''}`,
    ),
    'options?: RequestOptions',
  ].join(', ')

/** A query literal: the spec path's fixed parameters, then the caller's, then what asks for the stream. */
const queryLiteral = (op: Operation, streamField: string | undefined): string | undefined => {
  const fixed = Object.entries(op.fixedQuery ?? {}).map(
    ([name, value]) => `${propertyKey(name)}: ${quote(value)}`,
  )
  const parts = [
    ...(op.query.length > 0 ? ['...query'] : []),
    ...fixed,
    ...(streamField ? [streamField] : []),
  ]
  if (parts.length === 0) return undefined
  return parts.length === 1 && op.query.length > 0 ? 'query' : `query: { ${parts.join(', ')} }`
}

const operationLiteral = (op: Operation, body: string | undefined, streamQuery?: string): string => {
  const params = op.pathParams.map((parameter) => {
    const name = camelCase(parameter.name)
    return name === parameter.name ? name : `${propertyKey(parameter.name)}: ${name}`
  })
  const path =
    params.length > 0 ? `expandPath(${quote(op.urlPath)}, { ${params.join(', ')} })` : quote(op.urlPath)
  const fields = [`method: ${quote(op.method)}`, `path: ${path}`]
  const query = queryLiteral(op, streamQuery)
  if (query) fields.push(query)
  if (op.deepQuery) fields.push('encodeQuery: flattenQuery')
  if (body) fields.push(body === 'body' ? 'body' : `body: ${body}`)
  if (op.body?.multipart) fields.push('encode: encodeMultipart')
  if (op.response.kind === 'binary') fields.push('read: guardBody')
  return `{ ${fields.join(', ')} }`
}

const tsdoc = (lines: string[], args: Argument[], op: Operation, example: string[]): string =>
  [
    '/**',
    ...lines,
    ' *',
    ` * \`${op.method} ${op.path}\``,
    ...(op.deprecated ? [' * @deprecated The API marks this operation as deprecated.'] : []),
    ' * @param client - The client to send the request with.',
    ...args.map((arg) => ` * @param ${arg.name} - ${arg.doc.replaceAll('*/', '*\\/')}`),
    ' * @param options - Per-call options: signal, timeout, headers, retries.',
    ' * @example',
    ' * ```ts',
    ...example.map((line) => ` * ${line.replaceAll('*/', '*\\/')}`),
    ' * ```',
    ' */',
  ].join('\n')

/** A call of the function with sample arguments, and what to do with its result. */
export const exampleOf = (spec: Spec, op: Operation, name: string, stream: boolean): string[] => {
  const call = `${name}(${['client', ...callArguments(spec, op)].join(', ')})`
  if (stream) return [`for await (const event of await ${call}) {`, '  console.log(event)', '}']
  if (op.pagination) return [`for await (const item of ${call}) {`, '  console.log(item)', '}']
  if (op.response.kind === 'binary')
    return [`const response = await ${call}`, 'const bytes = await response.arrayBuffer()']
  if (op.response.kind === 'empty') return [`await ${call}`]
  return [`const result = await ${call}`]
}

const formatLiteral = ({ end, final, named }: StreamFormat): string => {
  const list = (name: string, types: string[] | undefined) =>
    types ? [`${name}: [${types.map(quote).join(', ')}]`] : []
  const fields = [...list('end', end), ...list('final', final), ...(named ? ['named: true'] : [])]
  return fields.length > 0 ? `, { ${fields.join(', ')} }` : ''
}

/** The generated source of one operation: its function, its stream variant and their aliases. */
export interface RenderedOperation {
  code: string
  /** The names of the functions the code exports. */
  names: string[]
  aliases: TypeAlias[]
  /** The core and streaming helpers the code calls. */
  helpers: string[]
}

/**
 * The function of one operation: a one-line call of `request`, `paginate` or (for the `…Stream`
 * variant) `streamRequest`, so importing it costs a few dozen bytes over core.
 */
export const renderOperation = (spec: Spec, op: Operation): RenderedOperation => {
  const types = operationTypes(spec, op)
  const streamSwitch = op.stream?.switch
  const omitSwitch = (type: string | undefined, place: 'body' | 'query') =>
    type && streamSwitch?.in === place ? `Omit<${type}, ${quote(streamSwitch.field)}>` : type
  const args = argumentsOf(
    spec,
    op,
    { ...types, query: omitSwitch(types.query, 'query') },
    omitSwitch(types.body, 'body'),
  )
  const callArgs = `client, ${operationLiteral(op, op.body ? 'body' : undefined)}, options`
  const helper = op.pagination ? 'paginate' : 'request'
  const generics = types.item ? `${types.result}, ${types.item}` : types.result
  const summary = docText(op.summary || `${op.method} ${op.path}`).split('\n')
  const names = [op.functionName]
  const blocks = [
    `${tsdoc(summary, args, op, exampleOf(spec, op, op.functionName, false))}\nexport const ${op.functionName} = (${signature(args)}) =>\n  ${helper}<${generics}>(${callArgs})`,
  ]
  const helpers = [
    helper,
    ...(op.pathParams.length > 0 ? ['expandPath'] : []),
    ...(op.deepQuery ? ['flattenQuery'] : []),
    ...(op.body?.multipart ? ['encodeMultipart'] : []),
    ...(op.response.kind === 'binary' ? ['guardBody'] : []),
  ]
  if (op.stream && streamSwitch) {
    const format = formatLiteral(op.stream.format)
    const streamName = `${op.functionName}Stream`
    const switchField = `${propertyKey(streamSwitch.field)}: ${streamSwitch.value === true ? 'true' : quote(streamSwitch.value)}`
    const asStream = { ...op, response: { ...op.response, kind: 'json' as const } }
    const literal =
      streamSwitch.in === 'body'
        ? operationLiteral(asStream, `{ ...body, ${switchField} }`)
        : operationLiteral(asStream, op.body ? 'body' : undefined, switchField)
    const streamCall = `client, ${literal}, options${format}`
    const sends = `\`${streamSwitch.field}${streamSwitch.in === 'query' ? '=' : ': '}${streamSwitch.value === true ? 'true' : streamSwitch.value}\`${streamSwitch.in === 'query' ? ' in the query' : ''}`
    blocks.push(
      `${tsdoc([` * Like {@link ${op.functionName}}, streamed: sends ${sends} and resolves with the typed event stream.`], args, op, exampleOf(spec, op, streamName, true))}\nexport const ${streamName} = (${signature(args)}) =>\n  streamRequest<${types.event}>(${streamCall})`,
    )
    helpers.push('streamRequest')
    names.push(streamName)
  }
  const alias = operationAliases[op.id]
  if (alias) {
    names.push(alias)
    blocks.push(
      `/** {@link ${op.functionName}} under its correctly spelled name. */\nexport const ${alias} = ${op.functionName}`,
    )
    if (op.stream) {
      names.push(`${alias}Stream`)
      blocks.push(
        `/** {@link ${op.functionName}Stream} under its correctly spelled name. */\nexport const ${alias}Stream = ${op.functionName}Stream`,
      )
    }
  }
  return { code: blocks.join('\n\n'), names, aliases: types.aliases, helpers }
}
