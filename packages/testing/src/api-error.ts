/** The body of an error answer of the API. */
export interface ApiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null }
}

/**
 * An error answer in the API's shape.
 * @example
 * ```ts
 * apiError(400, "Missing required parameter: 'model'.", { param: 'model', code: 'missing_required_parameter' })
 * ```
 */
export const apiError = (
  status: number,
  message: string,
  {
    param = null,
    code = null,
    type = 'invalid_request_error',
  }: { param?: string | null; code?: string | null; type?: string } = {},
): Response => Response.json({ error: { message, type, param, code } } satisfies ApiErrorBody, { status })
