import { APIError, OaikitError } from '@oaikit/core'
import { StreamError } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'

describe('StreamError', () => {
  it('is recognised as a StreamError and as an oaikit error, and as nothing else', () => {
    const error = new StreamError('incomplete', 'The stream ended before [DONE]')
    expect(StreamError.isInstance(error)).toBe(true)
    expect(OaikitError.isInstance(error)).toBe(true)
    expect(APIError.isInstance(error)).toBe(false)
    expect(error).toMatchObject({ name: 'StreamError', kind: 'incomplete' })
  })

  it('still answers the deprecated `type`, as its kind', () => {
    const error = new StreamError('buffer-overflow', 'Too long')
    expect(error.type).toBe('buffer-overflow')
    expect(Object.keys(error)).not.toContain('type')
  })

  it('does not take other errors for its own', () => {
    expect(StreamError.isInstance(new APIError({ status: 500 }))).toBe(false)
    expect(StreamError.isInstance(new Error('x'))).toBe(false)
    expect(StreamError.isInstance(null)).toBe(false)
  })
})
