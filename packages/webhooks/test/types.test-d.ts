import type { IncomingHttpHeaders } from 'node:http'
import type { components } from '@oaikit/core'
import type {
  WebhookEvent,
  WebhookEventMap,
  WebhookEventType,
  WebhookHeaders,
  WebhookResponseCompleted,
} from '@oaikit/webhooks'
import { expectTypeOf, it } from 'vitest'

it('narrows data on type', () => {
  const read = (event: WebhookEvent) => {
    if (event.type === 'response.completed') expectTypeOf(event.data).toEqualTypeOf<{ id: string }>()
    if (event.type === 'realtime.call.incoming') expectTypeOf(event.data.call_id).toBeString()
    // @ts-expect-error: a batch event has no call_id
    if (event.type === 'batch.completed') void event.data.call_id
  }
  expectTypeOf(read).toBeFunction()
  expectTypeOf<WebhookResponseCompleted>().toEqualTypeOf<components['schemas']['WebhookResponseCompleted']>()
  expectTypeOf<WebhookEventMap['eval.run.failed']['type']>().toEqualTypeOf<'eval.run.failed'>()
  expectTypeOf<'fine_tuning.job.succeeded'>().toExtend<WebhookEventType>()
  expectTypeOf<'fine_tuning.job.done'>().not.toExtend<WebhookEventType>()
})

it("takes Headers, Node's request headers and plain records", () => {
  expectTypeOf<Headers>().toExtend<WebhookHeaders>()
  expectTypeOf<IncomingHttpHeaders>().toExtend<WebhookHeaders>()
  expectTypeOf<Record<string, string>>().toExtend<WebhookHeaders>()
  expectTypeOf<Record<string, number>>().not.toExtend<WebhookHeaders>()
})
