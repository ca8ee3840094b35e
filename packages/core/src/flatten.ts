/**
 * Calls `add` for each leaf of `fields`, named as the API expects form fields: the items of an
 * array under the array's name followed by `arraySuffix`, the members of a plain object as
 * `name[key]`; `undefined` and `null` are skipped. Only plain objects are entered: any other
 * object (a `Blob`, a stream, bytes, a `Date`) is a leaf.
 */
export const flatten = (
  fields: object,
  add: (name: string, value: unknown) => void,
  arraySuffix = '',
): void => {
  const visit = (name: string, value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(name + arraySuffix, item)
    else if (
      value &&
      Object.getPrototypeOf(value) === Object.prototype &&
      !(value as { stream?: unknown }).stream
    )
      for (const [key, item] of Object.entries(value)) visit(`${name}[${key}]`, item)
    else if (value != null) add(name, value)
  }
  for (const [name, value] of Object.entries(fields)) visit(name, value)
}
