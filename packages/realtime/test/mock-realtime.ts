import { getTestServers } from '../../../runtime-tests/test-servers.ts'

/** A handshake as the mock Realtime server recorded it (see `MockRealtimeHandshake` in @oaikit/testing/server). */
export interface RecordedHandshake {
  path: string
  protocols: string[]
  headers: Record<string, string>
  token: string | undefined
  auth: 'header' | 'subprotocol' | 'none'
  protocol: 'beta' | 'ga'
  accepted: boolean
}

/** Base URL (`http://127.0.0.1:PORT/v1`) of the mock Realtime server the test runner started. */
export const mockRealtimeURL = (): string => {
  const url = getTestServers().realtime
  if (!url)
    throw new Error(
      'No mock Realtime server: the runner must start startMockRealtimeServer() as testServers.realtime',
    )
  return url
}

/** The handshakes the mock server has recorded so far. */
export const recordedHandshakes = async (): Promise<RecordedHandshake[]> =>
  (await fetch(new URL('/__mock/handshakes', mockRealtimeURL()))).json()

/** The call-control requests the mock server has accepted so far (see `MockRealtimeCallAction`). */
export const recordedCalls = async (): Promise<{ callId: string; action: string; body: unknown }[]> =>
  (await fetch(new URL('/__mock/calls', mockRealtimeURL()))).json()

/** A key no other test uses, to find this test's handshake among the recorded ones. */
export const uniqueKey = (prefix = 'ek_test'): string =>
  `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`
