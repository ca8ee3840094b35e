let minted = 0

/** Answers the client-secret endpoints of both protocol generations, or `undefined` for other paths. */
export const mintMockClientSecret = (
  path: string,
  body: Record<string, unknown>,
): Record<string, unknown> | undefined => {
  const secret = { value: `ek_mock_${++minted}`, expires_at: Math.floor(Date.now() / 1000) + 60 }
  if (path === '/v1/realtime/client_secrets') {
    const session = (body.session ?? { type: 'realtime' }) as Record<string, unknown>
    return { ...secret, session: { id: `sess_${minted}`, object: 'realtime.session', ...session } }
  }
  if (path === '/v1/realtime/sessions' || path === '/v1/realtime/transcription_sessions') {
    return { id: `sess_${minted}`, object: 'realtime.session', ...body, client_secret: secret }
  }
  return undefined
}
