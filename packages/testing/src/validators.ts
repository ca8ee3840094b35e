import { spec } from './spec-data.ts'
import { createValidator, type Validator } from './validator.ts'

let strict: Validator | undefined
let coercing: Validator | undefined

/** The validator of JSON bodies and answers, created on first use. */
export const jsonValidator = (): Validator => {
  strict ??= createValidator(spec.definitions)
  return strict
}

/** The validator of query strings and multipart fields, which reads `"1"` as 1 and `"true"` as true. */
export const formValidator = (): Validator => {
  coercing ??= createValidator(spec.definitions, { coerce: true })
  return coercing
}
