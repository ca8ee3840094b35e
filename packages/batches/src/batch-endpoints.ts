import type { APIErrorBody, components } from '@oaikit/core'

type Schemas = components['schemas']

/** The request body and the response body of each endpoint a batch can call. */
export interface BatchEndpoints {
  '/v1/responses': { body: Schemas['CreateResponse']; response: Schemas['Response'] }
  '/v1/chat/completions': {
    body: Schemas['CreateChatCompletionRequest']
    response: Schemas['CreateChatCompletionResponse']
  }
  '/v1/embeddings': { body: Schemas['CreateEmbeddingRequest']; response: Schemas['CreateEmbeddingResponse'] }
  '/v1/completions': {
    body: Schemas['CreateCompletionRequest']
    response: Schemas['CreateCompletionResponse']
  }
  '/v1/moderations': {
    body: Schemas['CreateModerationRequest']
    response: Schemas['CreateModerationResponse']
  }
  '/v1/images/generations': { body: Schemas['CreateImageRequest']; response: Schemas['ImagesResponse'] }
}

/** An endpoint a batch can call, e.g. `'/v1/chat/completions'`. */
export type BatchEndpoint = keyof BatchEndpoints

/** One request of a batch: the body the endpoint takes, under an id unique in the batch. */
export interface BatchRequest<E extends BatchEndpoint> {
  /** The id its result comes back with (results come in any order). */
  custom_id: string
  /** The request body, as the endpoint takes it outside a batch. */
  body: BatchEndpoints[E]['body']
}

/**
 * One line of a batch's output or error file: the answer to the request of that `custom_id`.
 * `response.body` is the endpoint's response when `response.status_code` is 200, else the API's
 * error (`{ error }`); `error` is set when the request could not be sent at all.
 */
export interface BatchResult<E extends BatchEndpoint> {
  id: string
  custom_id: string
  response: {
    status_code: number
    request_id: string
    body: BatchEndpoints[E]['response'] | { error: APIErrorBody }
  } | null
  error: { code: string; message: string } | null
}
