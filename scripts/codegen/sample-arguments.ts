import { quote } from './names.ts'
import type { Operation } from './operations.ts'
import type { Json, Spec } from './spec.ts'
import { fileMarker, synthesize } from './synthesize.ts'

/** A JSON value as a TypeScript expression; file fields become a `File`. */
const literal = (value: Json): string => {
  if (value === fileMarker)
    return "new File(['mock file content'], 'input.jsonl', { type: 'application/jsonl' })"
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (value && typeof value === 'object' && Object.keys(value).length === 0) return '{}'
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key)}: ${literal(item)}`)
      .join(', ')} }`
  return typeof value === 'string' ? quote(value) : JSON.stringify(value)
}

/** The arguments a contract test calls an operation with: sample path values, a minimal body and query. */
export const callArguments = (spec: Spec, op: Operation): string[] => {
  const args = op.pathParams.map((parameter) =>
    quote(String(parameter.schema.example ?? `${parameter.name.replace(/_id$/, '')}_abc123`)),
  )
  if (op.body) args.push(literal(synthesize(spec, op.body.schema)))
  const required = op.query.filter((parameter) => parameter.required)
  if (required.length > 0) {
    const query = Object.fromEntries(
      required.map((parameter) => [parameter.name, synthesize(spec, parameter.schema)]),
    )
    args.push(literal(query))
  }
  return args
}
