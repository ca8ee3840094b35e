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

/** The query that fetches the page after `page`, or `undefined` when it is the last one. */
const nextQuery = (page: ListPage): object | undefined => {
  if (!page.has_more) return
  if (page.next_page) return { page: page.next_page }
  const after = page.last_id ?? (page.data?.at(-1) as { id?: string } | undefined)?.id
  return after ? { after } : undefined
}

/**
 * Sends a list operation lazily. Cursor lists (`has_more` with `last_id`, or the last item's `id`,
 * sent back as `after`) and page-token lists (`has_more` with `next_page`, sent back as `page`) are
 * both followed; a list without `has_more` is one page.
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
    for (;;) {
      yield page
      const query = nextQuery(page as ListPage)
      if (!query) return
      page = await request<Page>(client, { ...operation, query: { ...operation.query, ...query } }, options)
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
