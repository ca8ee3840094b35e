import { type Client, type RequestOptions, request } from '@oaikit/core'

/** A model offered by the API. */
export interface Model {
  id: string
  object: 'model'
  created: number
  owned_by: string
}

/** The answer of {@link listModels}. */
export interface ListModelsResponse {
  object: 'list'
  data: Model[]
}

/**
 * Lists the currently available models, with basic information about each one such as the owner
 * and availability.
 * @example
 * ```ts
 * const { data } = await listModels(client)
 * ```
 */
export const listModels = (client: Client, options?: RequestOptions): Promise<ListModelsResponse> =>
  request(client, { method: 'GET', path: '/models' }, options)
