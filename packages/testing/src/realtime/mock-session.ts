/** One server event the mock sends; `type` uses beta names and is renamed for GA clients. */
type Event = { type: string } & Record<string, unknown>
type Item = { id: string; type: string } & Record<string, unknown>

/** Beta event names the generally available protocol renamed. */
const gaNames: Record<string, string> = {
  'response.text.delta': 'response.output_text.delta',
  'response.text.done': 'response.output_text.done',
  'response.audio.delta': 'response.output_audio.delta',
  'response.audio.done': 'response.output_audio.done',
  'response.audio_transcript.delta': 'response.output_audio_transcript.delta',
  'response.audio_transcript.done': 'response.output_audio_transcript.done',
  'conversation.item.created': 'conversation.item.added',
}

/** Options of {@link createMockSession}. */
export interface MockSessionOptions {
  protocol: 'beta' | 'ga'
  model: string
  /** Sends one server event (already serialized by the caller). */
  send(event: Event): void
}

/** Models that make the mock misbehave on purpose. */
export const mockModels = {
  /** The server closes the socket with code 1011 right after `session.created`. */
  unexpectedClose: 'mock-unexpected-close',
  /** The server closes the socket with code 1008 and a reason that quotes the client's key. */
  closeEchoingKey: 'mock-close-echoing-key',
  /** The server never answers the WebSocket handshake (for handshake timeouts and aborts). */
  neverOpen: 'mock-never-open',
}

/** 100 ms of silence, PCM16 mono at 24 kHz, base64. */
const silence = btoa('\0'.repeat(4800))

/**
 * The scripted behaviour of one Realtime session: answers client events with the server events the
 * API sends (session, conversation items, text, audio and function-call responses, errors).
 */
export const createMockSession = ({ protocol, model, send }: MockSessionOptions) => {
  let events = 0
  let ids = 0
  let audioBytes = 0
  let active: { id: string; cancel(): void } | undefined
  const items: Item[] = []
  const session: Record<string, unknown> = {
    id: 'sess_mock',
    object: 'realtime.session',
    model,
    ...(protocol === 'ga' ? { type: 'realtime', output_modalities: ['text'] } : { modalities: ['text'] }),
    instructions: '',
    tools: [],
  }
  const emit = (event: Event) =>
    send({
      event_id: `event_${++events}`,
      ...event,
      type: protocol === 'ga' ? (gaNames[event.type] ?? event.type) : event.type,
    })
  const error = (code: string, message: string, eventId?: unknown, param: string | null = null) =>
    emit({
      type: 'error',
      error: { type: 'invalid_request_error', code, message, param, event_id: eventId ?? null },
    })
  const addItem = (item: Item) => {
    emit({ type: 'conversation.item.created', previous_item_id: items.at(-1)?.id ?? null, item })
    items.push(item)
    if (protocol === 'ga') emit({ type: 'conversation.item.done', item })
  }

  const respond = (slow: boolean) => {
    const response = {
      id: `resp_${++ids}`,
      object: 'realtime.response',
      status: 'in_progress',
      output: [] as Item[],
    }
    const last = items.at(-1)
    const tools = session.tools as { name: string }[]
    const audio = ((session.modalities ?? session.output_modalities) as string[]).includes('audio')
    const text =
      last?.type === 'function_call_output'
        ? `The function returned ${last.output}`
        : `You said: ${userText(last)}`
    const call = tools[0] && last?.type === 'message' ? tools[0].name : undefined
    const item: Item = call
      ? {
          id: `item_${++ids}`,
          type: 'function_call',
          status: 'in_progress',
          name: call,
          call_id: `call_${ids}`,
          arguments: '',
        }
      : { id: `item_${++ids}`, type: 'message', role: 'assistant', status: 'in_progress', content: [] }
    const at = { response_id: response.id, item_id: item.id, output_index: 0 }
    const steps: (() => void)[] = [
      () => emit({ type: 'response.created', response }),
      () => emit({ type: 'response.output_item.added', response_id: response.id, output_index: 0, item }),
      () => addItem(item),
    ]
    if (call) {
      const args = JSON.stringify({ query: userText(last) })
      const half = Math.floor(args.length / 2)
      steps.push(
        () =>
          emit({
            type: 'response.function_call_arguments.delta',
            ...at,
            call_id: item.call_id,
            delta: args.slice(0, half),
          }),
        () =>
          emit({
            type: 'response.function_call_arguments.delta',
            ...at,
            call_id: item.call_id,
            delta: args.slice(half),
          }),
        () =>
          emit({
            type: 'response.function_call_arguments.done',
            ...at,
            call_id: item.call_id,
            name: call,
            arguments: args,
          }),
        () => Object.assign(item, { arguments: args }),
      )
    } else {
      const kind = audio ? 'audio' : 'text'
      const partType = protocol === 'ga' ? `output_${kind}` : kind
      const key = audio ? 'transcript' : 'text'
      const deltas = slow
        ? Array.from({ length: 200 }, (_, index) => `${index} `)
        : [text.slice(0, 9), text.slice(9)]
      const part = { ...at, content_index: 0 }
      steps.push(() =>
        emit({ type: 'response.content_part.added', ...part, part: { type: partType, [key]: '' } }),
      )
      for (const delta of deltas) {
        if (audio) steps.push(() => emit({ type: 'response.audio.delta', ...part, delta: silence }))
        steps.push(() =>
          emit({ type: audio ? 'response.audio_transcript.delta' : 'response.text.delta', ...part, delta }),
        )
      }
      const full = deltas.join('')
      if (audio) steps.push(() => emit({ type: 'response.audio.done', ...part }))
      steps.push(
        () =>
          emit({
            type: audio ? 'response.audio_transcript.done' : 'response.text.done',
            ...part,
            [key]: full,
          }),
        () => emit({ type: 'response.content_part.done', ...part, part: { type: partType, [key]: full } }),
        () => Object.assign(item, { content: [{ type: partType, [key]: full }] }),
      )
    }
    const finish = (status: string) => {
      active = undefined
      Object.assign(item, { status: status === 'completed' ? 'completed' : 'incomplete' })
      if (status === 'completed')
        emit({ type: 'response.output_item.done', response_id: response.id, output_index: 0, item })
      emit({ type: 'response.done', response: { ...response, status, output: [item] } })
    }
    if (!slow) {
      for (const step of steps) step()
      return finish('completed')
    }
    const timer = setInterval(() => {
      const step = steps.shift()
      if (step) step()
      else {
        clearInterval(timer)
        finish('completed')
      }
    }, 5)
    active = {
      id: response.id,
      cancel: () => {
        clearInterval(timer)
        finish('cancelled')
      },
    }
  }

  const handlers: Record<string, (event: Record<string, unknown>) => void> = {
    'session.update': (event) => {
      const update = (event.session ?? {}) as Record<string, unknown>
      if (protocol === 'ga' && update.type === undefined) {
        return error(
          'missing_required_parameter',
          "Missing required parameter: 'session.type'.",
          event.event_id,
          'session.type',
        )
      }
      Object.assign(session, update)
      emit({ type: 'session.updated', session })
    },
    'conversation.item.create': (event) => {
      const item = event.item as Item | undefined
      if (!item?.type)
        return error(
          'missing_required_parameter',
          "Missing required parameter: 'item'.",
          event.event_id,
          'item',
        )
      addItem({ ...item, id: item.id ?? `item_${++ids}`, status: 'completed' })
    },
    'conversation.item.delete': (event) => {
      const index = items.findIndex((item) => item.id === event.item_id)
      if (index < 0)
        return error('item_not_found', `Item ${event.item_id} not found.`, event.event_id, 'item_id')
      items.splice(index, 1)
      emit({ type: 'conversation.item.deleted', item_id: event.item_id })
    },
    'conversation.item.truncate': (event) => {
      if (!items.some((item) => item.id === event.item_id)) {
        return error('item_not_found', `Item ${event.item_id} not found.`, event.event_id, 'item_id')
      }
      const { item_id, content_index, audio_end_ms } = event
      emit({ type: 'conversation.item.truncated', item_id, content_index, audio_end_ms })
    },
    'input_audio_buffer.append': (event) => {
      const bytes =
        typeof event.audio === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(event.audio)
          ? atob(event.audio).length
          : -1
      if (bytes < 0 || bytes % 2)
        return error('invalid_audio', 'Audio must be base64 PCM16.', event.event_id, 'audio')
      audioBytes += bytes
    },
    'input_audio_buffer.clear': () => {
      audioBytes = 0
      emit({ type: 'input_audio_buffer.cleared' })
    },
    'input_audio_buffer.commit': (event) => {
      if (audioBytes === 0)
        return error('input_audio_buffer_commit_empty', 'The buffer is empty.', event.event_id)
      const item: Item = {
        id: `item_${++ids}`,
        type: 'message',
        role: 'user',
        status: 'completed',
        content: [],
      }
      item.content = [{ type: 'input_audio', transcript: null, bytes: audioBytes }]
      audioBytes = 0
      emit({
        type: 'input_audio_buffer.committed',
        previous_item_id: items.at(-1)?.id ?? null,
        item_id: item.id,
      })
      addItem(item)
    },
    'response.create': () => respond(/long story/.test(userText(items.at(-1)))),
    'response.cancel': (event) => {
      if (!active) return error('response_cancel_not_active', 'There is no active response.', event.event_id)
      active.cancel()
    },
  }

  emit({ type: 'session.created', session })
  return {
    /** Handles one message from the client. */
    receive: (data: string) => {
      let event: Record<string, unknown>
      try {
        event = JSON.parse(data)
      } catch {
        return error('invalid_json', 'The message is not valid JSON.')
      }
      const handler = handlers[String(event.type)]
      if (!handler) return error('invalid_value', `Invalid value: '${event.type}'.`, event.event_id, 'type')
      handler(event)
    },
    /** Stops timers of a streaming response. */
    stop: () => active?.cancel(),
  }
}

/** What the user said in `item`: its text, or for committed audio how long it was (`1200 ms of audio`). */
const userText = (item: Item | undefined): string => {
  const content = (item?.content ?? []) as { text?: string; bytes?: number }[]
  return content
    .map(
      (part) => part.text ?? (part.bytes === undefined ? '' : `${Math.round(part.bytes / 48)} ms of audio`),
    )
    .join('')
}
