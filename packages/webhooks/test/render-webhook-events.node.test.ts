import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generatedHeader } from '../../../scripts/codegen/header.ts'
import { renderWebhookEvents } from '../../../scripts/codegen/render-webhook-events.ts'
import { loadSpec, type Schema, type Spec } from '../../../scripts/codegen/spec.ts'

const specFile = 'spec/openai-2026-08-21.yaml'
const root = new URL('../../../', import.meta.url)

/** A spec with one webhook, `item`, whose body refers to the schema `Event`. */
const specWith = (item: Schema, event: Schema = eventSchema('thing.happened')): Spec =>
  ({
    openapi: '3.1.0',
    info: { title: 'test', version: '1' },
    paths: {},
    components: { schemas: { Event: event } },
    webhooks: { thing_happened: item },
  }) as Spec

const eventSchema = (...types: unknown[]): Schema => ({
  type: 'object',
  required: ['id', 'type', 'data'],
  properties: { id: { type: 'string' }, type: { type: 'string', enum: types }, data: { type: 'object' } },
})

const post = (schema: Schema = { $ref: '#/components/schemas/Event' }): Schema => ({
  post: {
    description: 'Sent when a thing happened.',
    requestBody: { content: { 'application/json': { schema } } },
  },
})

describe('renderWebhookEvents', () => {
  it('renders the committed events of the vendored spec, all 16 of them', () => {
    const rendered = renderWebhookEvents(
      loadSpec(new URL(specFile, root).pathname),
      generatedHeader(specFile),
    )
    expect(rendered).toBe(readFileSync(new URL('packages/webhooks/src/generated/events.ts', root), 'utf8'))
    expect(rendered.match(/^ {2}'[a-z_.]+': Webhook\w+$/gm)).toHaveLength(16)
  })

  it('renders one type per event, the map from type to event and the union', () => {
    const rendered = renderWebhookEvents(specWith(post()), '// header')
    expect(rendered).toContain("export type Event = components['schemas']['Event']")
    expect(rendered).toContain("  'thing.happened': Event")
    expect(rendered).toContain('export type WebhookEvent = WebhookEventMap[WebhookEventType]')
  })

  it.each([
    ['no webhooks at all', { ...specWith(post()), webhooks: {} } as Spec, /no webhooks/],
    ['a get instead of a post', specWith({ get: post().post }), /thing_happened: has get methods/],
    ['a post beside another method', specWith({ ...post(), put: post().post }), /has post, put methods/],
    ['an inline body schema', specWith(post({ type: 'object' })), /no application\/json request body/],
    [
      'a reference to a missing schema',
      specWith(post({ $ref: '#/components/schemas/Gone' })),
      /does not define/,
    ],
    ['a type with two values', specWith(post(), eventSchema('a.b', 'c.d')), /single string value/],
    ['a type that is not a string', specWith(post(), eventSchema(3)), /single string value/],
    ['an event without data', specWith(post(), { ...eventSchema('a.b'), required: ['type'] }), /`data`/],
  ])('throws, naming the webhook, on %s', (_, spec, message) => {
    expect(() => renderWebhookEvents(spec, '// header')).toThrow(message)
  })

  it('throws on two webhooks with the same type', () => {
    const spec = specWith(post())
    ;(spec as Spec & { webhooks: Record<string, Schema> }).webhooks.again = post()
    expect(() => renderWebhookEvents(spec, '// header')).toThrow(
      /webhooks.again: another webhook has the type thing.happened/,
    )
  })
})
