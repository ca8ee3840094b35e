import { describe, expect, it } from 'vitest'
import { detectRuntime, getExpectedRuntime } from '../expected-runtime.ts'

describe('the test run', () => {
  it('runs on the runtime it was started for', () => {
    expect(detectRuntime()).toBe(getExpectedRuntime())
  })

  it('has the platform APIs the packages rely on', () => {
    const apis = [
      'fetch',
      'Request',
      'Response',
      'Headers',
      'ReadableStream',
      'TransformStream',
      'TextDecoder',
    ]
    const missing = [...apis, 'AbortController', 'crypto'].filter(
      (api) => typeof (globalThis as Record<string, unknown>)[api] === 'undefined',
    )
    expect(missing).toEqual([])
  })
})
