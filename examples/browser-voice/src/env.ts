/** The Worker's bindings (see wrangler.jsonc). */
export interface Env {
  /** The API key: a secret, never sent to the browser. */
  OPENAI_API_KEY: string
  /** Another server speaking the API (a local mock), for minting and for the page's WebSocket; the API itself when unset. */
  OPENAI_BASE_URL?: string
}
