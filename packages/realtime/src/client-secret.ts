import { RealtimeError } from './realtime-error.ts'

/** A short-lived key for the Realtime API, minted by a server for one browser. */
export interface ClientSecret {
  /** The key (`ek_…`). */
  value: string
  /** When it expires, in seconds since the epoch. */
  expiresAt: number
}

/**
 * Reads a client secret from a minting response of either protocol generation: `{ value, expires_at }`
 * (GA and {@link createClientSecretHandler}) or `{ client_secret: { value, expires_at } }` (beta).
 * @throws RealtimeError (`refused`) when the body holds none.
 */
export const readClientSecret = (body: unknown): ClientSecret => {
  const holder = body as { client_secret?: unknown } | null
  const { value, expires_at } = (holder?.client_secret ?? holder ?? {}) as {
    value?: unknown
    expires_at?: unknown
  }
  if (typeof value !== 'string' || typeof expires_at !== 'number') {
    throw new RealtimeError('refused', 'The response holds no client secret ({ value, expires_at })')
  }
  return { value, expiresAt: expires_at }
}
