import { refName, resolve, type Schema, type Spec } from './spec.ts'

/** One webhook of the spec: its key under `webhooks`, its schema's name, `type` and description. */
interface WebhookEntry {
  key: string
  schema: string
  type: string
  description: string
}

/** `text` as a one-line TSDoc comment. */
const doc = (text: string): string => `/** ${text.trim().replace(/\s+/g, ' ').replaceAll('*/', '*\\/')} */`

/**
 * Reads one webhook of the spec: a `post` whose JSON request body is a `$ref` to a schema of
 * `components.schemas` with a single-valued string `type`. Throws, naming the webhook, on anything else.
 */
const readWebhook = (spec: Spec, key: string, item: Schema): WebhookEntry => {
  const fail = (what: string): never => {
    throw new Error(`webhooks.${key}: ${what}; the webhook events generator cannot handle it`)
  }
  const methods = Object.keys(item ?? {})
  if (methods.length !== 1 || methods[0] !== 'post')
    fail(`has ${methods.join(', ') || 'no'} methods, not one post`)
  const ref = resolve(spec, item.post.requestBody)?.content?.['application/json']?.schema?.$ref
  if (typeof ref !== 'string' || !ref.startsWith('#/components/schemas/'))
    fail('has no application/json request body referring to a schema of components.schemas')
  const schema = refName(ref)
  const target: Schema | undefined = spec.components.schemas[schema]
  if (!target) fail(`refers to ${ref}, which the spec does not define`)
  const values: unknown = resolve(spec, target?.properties?.type)?.enum
  const type = Array.isArray(values) && values.length === 1 ? values[0] : undefined
  if (typeof type !== 'string' || !target?.required?.includes('type'))
    fail(`its schema ${schema} has no required \`type\` property with a single string value`)
  if (!target?.required?.includes('data')) fail(`its schema ${schema} has no required \`data\` property`)
  return { key, schema, type, description: item.post.description ?? target?.description ?? type }
}

/**
 * `packages/webhooks/src/generated/events.ts`: a type per webhook event of the spec (its schema in
 * `@oaikit/core`), the map from each event's `type` to its event, and the `WebhookEvent` union, so
 * that `switch (event.type)` narrows `event.data`. Throws on a webhook it cannot read.
 */
export const renderWebhookEvents = (spec: Spec, header: string): string => {
  const webhooks: Record<string, Schema> =
    (spec as Spec & { webhooks?: Record<string, Schema> }).webhooks ?? {}
  const entries = Object.entries(webhooks).map(([key, item]) => readWebhook(spec, key, item))
  if (entries.length === 0) throw new Error('The spec has no webhooks to generate events from')
  const duplicate = entries.find((entry, index) => entries.findIndex((e) => e.type === entry.type) !== index)
  if (duplicate) throw new Error(`webhooks.${duplicate.key}: another webhook has the type ${duplicate.type}`)
  entries.sort((a, b) => (a.type < b.type ? -1 : 1))
  return [
    header,
    "import type { components } from '@oaikit/core'",
    '',
    ...entries.flatMap((entry) => [
      doc(`${entry.description} Its \`type\`: \`${entry.type}\`.`),
      `export type ${entry.schema} = components['schemas']['${entry.schema}']`,
    ]),
    '',
    '/** Every webhook event of the API, by its `type`. */',
    'export interface WebhookEventMap {',
    ...entries.map((entry) => `  '${entry.type}': ${entry.schema}`),
    '}',
    '',
    '/** The `type` of a webhook event of the API. */',
    'export type WebhookEventType = keyof WebhookEventMap',
    '',
    '/** Any webhook event of the API: `switch (event.type)` narrows `event.data`. */',
    'export type WebhookEvent = WebhookEventMap[WebhookEventType]',
    '',
  ].join('\n')
}
