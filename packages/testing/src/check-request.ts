import { apiError } from './api-error.ts'
import { readForm, readQuery } from './read-request.ts'
import { expiredToken } from './realtime/tokens.ts'
import type { OperationSpec } from './spec-data.ts'
import type { Issue } from './validator.ts'
import { formValidator, jsonValidator } from './validators.ts'

/** A request that conforms to its operation, with its body and query read. */
export interface CheckedRequest {
  body: Record<string, unknown> | undefined
  /** The query, read as the spec declares it (arrays collected), without the spec path's fixed part. */
  query: Record<string, unknown>
}

const badRequest = (issue: Issue): Response => apiError(400, issue.message, issue)

const readBody = async (
  request: Request,
  operation: OperationSpec,
): Promise<Record<string, unknown> | Response> => {
  const type = request.headers.get('content-type') ?? ''
  if (operation.body!.multipart) {
    if (!type.startsWith('multipart/form-data'))
      return apiError(400, `Invalid Content-Type header (${type || 'none'}), expected multipart/form-data.`, {
        code: 'invalid_content_type',
      })
    try {
      return readForm(await request.formData())
    } catch {
      return apiError(400, 'We could not parse the multipart/form-data body of your request.', {
        code: 'invalid_multipart',
      })
    }
  }
  if (!type.includes('application/json'))
    return apiError(400, `Invalid Content-Type header (${type || 'none'}), expected application/json.`, {
      code: 'invalid_content_type',
    })
  const text = await request.text()
  try {
    return JSON.parse(text) as Record<string, unknown>
  } catch {
    return apiError(400, 'We could not parse the JSON body of your request.', { code: 'invalid_json' })
  }
}

/**
 * Checks a request against its operation in the spec: the API key (`expiredToken` is refused), required headers, the query, the content type
 * and the body. Resolves with the API's error answer (401 or 400, naming the offending field) when
 * something does not conform, else with the parsed body.
 */
export const checkRequest = async (
  request: Request,
  operation: OperationSpec,
): Promise<CheckedRequest | Response> => {
  const key = /^Bearer (\S+)/.exec(request.headers.get('authorization') ?? '')?.[1]
  if (!key)
    return apiError(
      401,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    )
  if (key === expiredToken)
    return apiError(401, 'The ephemeral key has expired.', { code: 'expired_api_key' })
  const missingHeader = operation.headers?.find((name) => !request.headers.has(name))
  if (missingHeader)
    return apiError(400, `Missing required header: '${missingHeader}'.`, {
      param: missingHeader,
      code: 'missing_required_parameter',
    })
  const query = readQuery(new URL(request.url), operation)
  if (operation.query) {
    const issue = formValidator().check(operation.query.schema, query)
    if (issue) return badRequest(issue)
  } else if (Object.keys(query).length > 0) {
    const [param] = Object.keys(query)
    return apiError(400, `Unrecognized request argument supplied: ${param}`, {
      param,
      code: 'unknown_parameter',
    })
  }
  if (!operation.body || (!operation.body.required && !request.headers.has('content-type')))
    return { body: undefined, query }
  const body = await readBody(request, operation)
  if (body instanceof Response) return body
  const validator = operation.body.multipart ? formValidator() : jsonValidator()
  const issue = validator.check(operation.body.schema, body)
  return issue ? badRequest(issue) : { body, query }
}
