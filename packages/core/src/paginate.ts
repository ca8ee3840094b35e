import { APIError } from './api-error.ts'
import type { Client } from './client.ts'
import { type Operation, type RequestOptions, request } from './request.ts'

/**
 * A list request not sent yet: `await` it for the first page, `for await` it for every item of every
 * page (each page fetched only when the previous one is used up), or iterate `pages()`.
 */
export interface PagePromise<Page, Item> extends PromiseLike<Page>, AsyncIterable<Item> {
  /** Every page, the first one included, fetched one at a time. */
  pages(): AsyncIterable<Page>
}

interface ListPage {
  data?: unknown[]
  has_more?: boolean
  last_id?: string | null
  next_page?: string | null
}

/** The cursor of the page after `page` (the query parameter and its value), if it names one. */
const nextCursor = (page: ListPage): [name: string, value: string] | undefined => {
  if (page.next_page) return ['page', page.next_page]
  const after = page.last_id ?? (page.data?.at(-1) as { id?: string } | undefined)?.id
  return after ? ['after', after] : undefined
}

/**
 * Sends a list operation lazily. Cursor lists (`has_more` with `last_id`, or the last item's `id`,
 * sent back as `after`) and page-token lists (`has_more` with `next_page`, sent back as `page`) are
 * both followed; a list without `has_more` is one page. A page that has more but names no next one
 * (or the one it was fetched with) fails the iteration with an {@link APIError}, never a short list
 * or an endless one.
 * @example
 * ```ts
 * for await (const file of listFiles(client, { limit: 100 })) console.log(file.id)
 * const firstPage = await listFiles(client)
 * ```
 */
export const paginate = <Page, Item>(
  client: Client,
  operation: Operation,
  options?: RequestOptions,
): PagePromise<Page, Item> => {
  let first: Promise<Page> | undefined
  const firstPage = () => (first ??= request<Page>(client, operation, options))
  const pages = async function* (): AsyncGenerator<Page> {
    let page = await firstPage()
    let sent: Record<string, unknown> = { ...operation.query }
    for (;;) {
      yield page
      if (!(page as ListPage).has_more) return
      // A page that has more but names no next one, or names itself again, would end the list
      // short (items lost without a word) or never.
      const cursor = nextCursor(page as ListPage)
      if (!cursor || sent[cursor[0]] === cursor[1])
        throw new APIError({ message: `The list ${operation.path} has more pages but names no next one` })
      sent = { ...operation.query, [cursor[0]]: cursor[1] }
      page = await request<Page>(client, { ...operation, query: sent }, options)
    }
  }
  return {
    // biome-ignore lint/suspicious/noThenProperty: a page promise is awaitable by design.
    then: (onFulfilled, onRejected) => firstPage().then(onFulfilled, onRejected),
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* (page as ListPage).data as Item[]
    },
  }
}
