import { type ClientSecret, readClientSecret } from './client-secret.ts'
import { RealtimeError } from './realtime-error.ts'

/** Options of {@link createClientSecretProvider}. */
export interface ClientSecretProviderOptions {
  /**
   * Milliseconds before expiry at which a cached secret is no longer handed out, so that a new
   * connection never starts with a secret about to expire.
   * @defaultValue `10_000`
   */
  refreshBefore?: number
}

const fetchSecret = async (url: string): Promise<ClientSecret> => {
  const response = await fetch(url, { method: 'POST' }).catch((cause: unknown) => {
    throw new RealtimeError('refused', 'The client-secret endpoint could not be reached', { cause })
  })
  const { status } = response
  if (!response.ok)
    throw new RealtimeError('refused', `The client-secret endpoint answered HTTP ${status}`, { status })
  return readClientSecret(await response.json().catch(() => null))
}

/**
 * A provider of client secrets to use as a client's `apiKey` in browsers: it fetches one (POST to
 * your minting endpoint, or your own function), hands it out until shortly before it expires, then
 * fetches the next; concurrent calls share one fetch, a failed fetch is retried on the next call.
 * @throws RealtimeError (`expired`) when a freshly fetched secret is already about to expire.
 * @example
 * ```ts
 * const client = createClient({ apiKey: createClientSecretProvider('/realtime/token') })
 * const connection = await connectWebSocket(client)
 * ```
 */
export const createClientSecretProvider = (
  source: string | (() => Promise<ClientSecret>),
  { refreshBefore = 10_000 }: ClientSecretProviderOptions = {},
): ((context?: { refresh?: boolean }) => Promise<string>) => {
  const load = typeof source === 'string' ? () => fetchSecret(source) : source
  let current: Promise<ClientSecret> | undefined
  const fresh = (secret: ClientSecret) => secret.expiresAt * 1000 - refreshBefore > Date.now()
  const next = () => {
    const pending = load()
    current = pending
    pending.catch(() => {
      if (current === pending) current = undefined
    })
    return pending
  }
  return async ({ refresh } = {}) => {
    let secret = await (refresh || !current ? next() : current)
    if (!fresh(secret)) secret = await next()
    if (!fresh(secret)) throw new RealtimeError('expired', 'The client secret expires before it can be used')
    return secret.value
  }
}
