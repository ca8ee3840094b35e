import {
  APIConnectionError as ChatAPIConnectionError,
  APIError as ChatAPIError,
  APITimeoutError as ChatAPITimeoutError,
  APIUserAbortError as ChatAPIUserAbortError,
  InvalidInputError as ChatInvalidInputError,
  StreamError as ChatStreamError,
} from '@oaikit/chat'
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  InvalidInputError,
} from '@oaikit/core'
import { StreamError } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'

describe('the errors a caller of @oaikit/chat catches', () => {
  it('come from @oaikit/chat itself, as the very classes of core and streaming', () => {
    expect([
      ChatAPIError,
      ChatAPIConnectionError,
      ChatAPITimeoutError,
      ChatAPIUserAbortError,
      ChatInvalidInputError,
      ChatStreamError,
    ]).toEqual([
      APIError,
      APIConnectionError,
      APITimeoutError,
      APIUserAbortError,
      InvalidInputError,
      StreamError,
    ])
    expect(ChatAPIError).toBe(APIError)
    expect(ChatStreamError).toBe(StreamError)
  })
})
