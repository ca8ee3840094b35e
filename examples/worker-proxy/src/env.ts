/** The Worker's bindings: its vars and secrets (see wrangler.jsonc). */
export interface Env {
  /** The API key: a secret, never sent to the browser. */
  OPENAI_API_KEY: string
  /** Signs the short-lived tokens the Worker hands its page: a secret of 32 random bytes or more. */
  TOKEN_SECRET: string
  /** How long a token lives, in seconds. */
  TOKEN_TTL_SECONDS: string
  /** Another server speaking the API (a local mock); the API itself when unset. */
  OPENAI_BASE_URL?: string
}
