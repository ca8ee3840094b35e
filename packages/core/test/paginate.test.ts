import { APIError, createClient, getResponseMeta, paginate } from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { baseURL, fakeTransport, json, rejection } from './helpers.ts'

interface Item {
  id: string
}

/** A transport serving `items` as a cursor list, `limit` per page (`after` = an id). */
const cursorList = (items: Item[], limit: number, style: 'last_id' | 'item') =>
  fakeTransport((request) => {
    const after = new URL(request.url).searchParams.get('after')
    const start = after ? items.findIndex((item) => item.id === after) + 1 : 0
    const data = items.slice(start, start + limit)
    const page = { object: 'list', data, has_more: start + limit < items.length }
    return json(style === 'last_id' ? { ...page, first_id: data[0]?.id, last_id: data.at(-1)?.id } : page)
  })

const items = Array.from({ length: 5 }, (_, index) => ({ id: `item_${index}` }))

describe('paginate', () => {
  it.each(['last_id', 'item'] as const)('follows a cursor list (%s) across pages, lazily', async (style) => {
    const { transport, requests } = cursorList(items, 2, style)
    const client = createClient({ apiKey: 'test-key', baseURL, transport })
    const list = paginate<unknown, Item>(client, { method: 'GET', path: '/files', query: { limit: 2 } })
    expect(requests).toHaveLength(0)
    const seen: string[] = []
    for await (const item of list) {
      seen.push(item.id)
      if (seen.length === 3) expect(requests).toHaveLength(2)
    }
    expect(seen).toEqual(items.map((item) => item.id))
    expect(requests.map((request) => new URL(request.url).search)).toEqual([
      '?limit=2',
      '?limit=2&after=item_1',
      '?limit=2&after=item_3',
    ])
  })

  it('follows the page tokens of usage and costs lists', async () => {
    const pages: Record<string, object> = {
      '': { object: 'page', data: [{ start_time: 1 }], has_more: true, next_page: 'p2' },
      p2: { object: 'page', data: [{ start_time: 2 }], has_more: true, next_page: 'p3' },
      p3: { object: 'page', data: [{ start_time: 3 }], has_more: false, next_page: null },
    }
    const { transport, requests } = fakeTransport((request) =>
      json(pages[new URL(request.url).searchParams.get('page') ?? '']),
    )
    const client = createClient({ apiKey: 'test-key', baseURL, transport })
    const list = paginate<unknown, { start_time: number }>(client, {
      method: 'GET',
      path: '/organization/costs',
      query: { start_time: 0 },
    })
    const times: number[] = []
    for await (const bucket of list) times.push(bucket.start_time)
    expect(times).toEqual([1, 2, 3])
    expect(requests.map((request) => new URL(request.url).search)).toEqual([
      '?start_time=0',
      '?start_time=0&page=p2',
      '?start_time=0&page=p3',
    ])
  })

  it('gives the first page alone when awaited, with its metadata, and reuses it when iterated', async () => {
    const { transport, requests } = cursorList(items, 2, 'last_id')
    const client = createClient({ apiKey: 'test-key', baseURL, transport })
    const list = paginate<{ data: Item[]; has_more: boolean }, Item>(client, {
      method: 'GET',
      path: '/files',
    })
    const first = await list
    expect(first.data.map((item) => item.id)).toEqual(['item_0', 'item_1'])
    expect(first.has_more).toBe(true)
    expect(getResponseMeta(first)?.response.ok).toBe(true)
    const pages: number[] = []
    for await (const page of list.pages()) pages.push(page.data.length)
    expect(pages).toEqual([2, 2, 1])
    expect(requests).toHaveLength(3)
  })

  it('stops after one page for a list without has_more', async () => {
    const { transport, requests } = fakeTransport(json({ object: 'list', data: [{ id: 'a' }, { id: 'b' }] }))
    const ids: string[] = []
    for await (const model of paginate<unknown, Item>(
      createClient({ apiKey: 'test-key', baseURL, transport }),
      {
        method: 'GET',
        path: '/models',
      },
    ))
      ids.push(model.id)
    expect(ids).toEqual(['a', 'b'])
    expect(requests).toHaveLength(1)
  })

  it.each([
    ['sends back the cursor it was fetched with', { has_more: true, data: [{ id: 'a' }], last_id: 'a' }],
    ['has more but names no cursor', { has_more: true, data: [] }],
    ['sends back the page token it was fetched with', { has_more: true, data: [], next_page: 'p1' }],
  ])('fails, never loops or stops short, when a page %s', async (_, page) => {
    const { transport, requests } = fakeTransport(() => json(page))
    const client = createClient({ apiKey: 'test-key', baseURL, transport })
    const list = paginate<unknown, Item>(client, {
      method: 'GET',
      path: '/files',
      query: { after: 'a', page: 'p1' },
    })
    const seen: Item[] = []
    const error = await rejection(
      (async () => {
        for await (const item of list) seen.push(item)
      })(),
    )
    expect(APIError.isInstance(error) && [error.status, error.message]).toEqual([
      undefined,
      'The list /files has more pages but names no next one',
    ])
    expect(requests).toHaveLength(1)
    expect(seen).toEqual(page.data)
  })

  it('rejects the awaited page and the iteration with the request error', async () => {
    const { transport } = fakeTransport(Response.json({ error: { message: 'no' } }, { status: 403 }))
    const list = paginate(createClient({ apiKey: 'test-key', baseURL, transport }), {
      method: 'GET',
      path: '/files',
    })
    expect(await rejection(Promise.resolve(list))).toMatchObject({ status: 403 })
    const iterate = async () => {
      for await (const _ of list) return
    }
    expect(await rejection(iterate())).toMatchObject({ status: 403 })
  })
})
