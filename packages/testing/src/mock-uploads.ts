import { apiError } from './api-error.ts'
import type { MockState } from './mock-state.ts'
import type { NextId } from './model-turn.ts'
import type { ScriptedRequest } from './scripted-answer.ts'
import type { OperationSpec } from './spec-data.ts'

type Json = Record<string, unknown>

interface Upload {
  value: Json
  parts: Map<string, Blob>
}

/** The Uploads API of one mock: parts are kept, and completing an upload creates its file. */
export interface MockUploads {
  /** The answer to an Uploads request, or `undefined` for other operations and unknown uploads. */
  answer(operation: OperationSpec, request: ScriptedRequest): Response | undefined
  /** Forgets every upload. */
  reset(): void
}

const seconds = (): number => Math.floor(Date.now() / 1000)

/**
 * The Uploads flow (`POST /uploads`, `…/parts`, `…/complete`, `…/cancel`) on top of a mock's state:
 * completing checks the parts' total size against the declared `bytes` and stores the file, whose
 * name, size and content are the upload's, in `/files`.
 */
export const createMockUploads = (state: MockState, nextId: NextId): MockUploads => {
  const uploads = new Map<string, Upload>()
  const complete = (upload: Upload, body: Json): Response => {
    const ids = (body.part_ids as string[] | undefined) ?? []
    const missing = ids.find((id) => !upload.parts.has(id))
    if (missing) return apiError(400, `Unknown part id: '${missing}'.`, { param: 'part_ids' })
    const content = new Blob(ids.map((id) => upload.parts.get(id)!))
    if (content.size !== upload.value.bytes)
      return apiError(
        400,
        `The parts hold ${content.size} bytes but the upload declared ${String(upload.value.bytes)}.`,
        { param: 'part_ids' },
      )
    const file = state.create('/files', {
      purpose: upload.value.purpose,
      file: new File([content], String(upload.value.filename)),
    })
    state.store('/files', file.value, content)
    upload.value = { ...upload.value, status: 'completed', file: file.value }
    return Response.json(upload.value)
  }
  return {
    answer: (operation, { body = {}, params }) => {
      const example = (operation.response.example ?? {}) as Json
      if (operation.path === '/uploads') {
        const id = nextId('upload_')
        const declared = Object.fromEntries(
          ['bytes', 'filename', 'purpose', 'mime_type']
            .filter((key) => key in body)
            .map((key) => [key, body[key]]),
        )
        const value = {
          ...example,
          ...declared,
          id,
          created_at: seconds(),
          expires_at: seconds() + 3600,
          status: 'pending',
        }
        uploads.set(id, { value, parts: new Map() })
        return Response.json(value)
      }
      const upload = uploads.get(params.upload_id ?? '')
      if (!upload || !operation.path.startsWith('/uploads/')) return undefined
      if (operation.path.endsWith('/parts')) {
        const part = { ...example, id: nextId('part_'), upload_id: upload.value.id, created_at: seconds() }
        upload.parts.set(String(part.id), body.data as Blob)
        return Response.json(part)
      }
      if (operation.path.endsWith('/complete')) return complete(upload, body)
      if (operation.path.endsWith('/cancel')) {
        upload.value = { ...upload.value, status: 'cancelled' }
        return Response.json(upload.value)
      }
      return undefined
    },
    reset: () => uploads.clear(),
  }
}
