export { APIUserAbortError } from './abort-error.ts'
export { APIError, type APIErrorBody, type APIErrorInit, type APIErrorKind } from './api-error.ts'
export {
  type ApiKey,
  type Client,
  type ClientOptions,
  createClient,
  type HeaderValues,
  type Logger,
  type Transport,
} from './client.ts'
export { APIConnectionError, APITimeoutError } from './connection-error.ts'
export { encodeMultipart, type FileInput, type StreamFile } from './encode-multipart.ts'
export { type ExpandedPath, expandPath } from './expand-path.ts'
export { flattenQuery } from './flatten-query.ts'
export type { components, operations, paths } from './generated/schema.ts'
export { guardBody, type ReadGuard } from './guard-body.ts'
export { inBrowser } from './in-browser.ts'
export { InvalidInputError } from './invalid-input-error.ts'
export { OaikitError } from './oaikit-error.ts'
export { type PagePromise, paginate } from './paginate.ts'
export { type PollOptions, poll } from './poll.ts'
export { redact } from './redact.ts'
export {
  type HttpMethod,
  type Operation,
  type RequestOptions,
  type ResponseReader,
  request,
} from './request.ts'
export { getResponseMeta, type RateLimit, type ResponseMeta, responseKey } from './response-meta.ts'
