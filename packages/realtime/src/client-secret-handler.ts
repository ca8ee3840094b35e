import type { Client } from '@oaikit/core'
import { type MintOptions, mintClientSecret } from './mint-client-secret.ts'

/** Options of {@link createClientSecretHandler}. */
export interface ClientSecretHandlerOptions {
  /**
   * The session each secret is minted for, or a function of the request that chooses it (and may
   * answer a `Response` instead, to turn away a caller it does not know).
   */
  mint: MintOptions | ((request: Request) => MintOptions | Response | Promise<MintOptions | Response>)
  /** Receives an error minting failed with (the browser only learns that it failed). */
  onError?: (error: unknown) => void
}

const noStore = { 'cache-control': 'no-store' }

/**
 * A request handler that mints a client secret for a browser: `(Request) => Promise<Response>`, as
 * Workers, Deno, Bun, Node (through any fetch-style server) and frameworks take. Answers a POST with
 * `{ value, expires_at }` and nothing else: not the server's key, not the session's instructions,
 * not the API's error messages (they can quote part of a key).
 * @example
 * ```ts
 * const handler = createClientSecretHandler(createClient({ apiKey: env.OPENAI_API_KEY }), {
 *   mint: { session: { type: 'realtime', model: 'gpt-realtime', instructions: 'Be kind.' } },
 * })
 * export default { fetch: (request) => handler(request) }
 * ```
 */
export const createClientSecretHandler =
  (client: Client, { mint, onError }: ClientSecretHandlerOptions) =>
  async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') return new Response(null, { status: 405, headers: { allow: 'POST' } })
    try {
      const options = typeof mint === 'function' ? await mint(request) : mint
      if (options instanceof Response) return options
      const { value, expiresAt } = await mintClientSecret(client, options, { signal: request.signal })
      return Response.json({ value, expires_at: expiresAt }, { headers: noStore })
    } catch (error) {
      onError?.(error)
      return Response.json(
        { error: { message: 'Could not mint a client secret' } },
        { status: 502, headers: noStore },
      )
    }
  }
