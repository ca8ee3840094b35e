export {
  createRateLimiter,
  type RateLimitedCallOptions,
  type RateLimiter,
  type RateLimiterOptions,
} from './create-rate-limiter.ts'
export { parseDuration } from './parse-duration.ts'
