import { expect, it } from 'vitest'

it('refuses a secret key in a Web Worker, which has no document', async () => {
  const worker = new Worker(new URL('./guard-worker.ts', import.meta.url), { type: 'module' })
  const result = await new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => resolve(data)
    worker.onerror = (event) => reject(new Error(event.message))
  })
  worker.terminate()
  expect(result).toEqual({ refused: true, requests: 0, hasDocument: false })
})
