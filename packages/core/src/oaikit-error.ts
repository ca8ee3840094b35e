const brand = Symbol.for('oaikit.error')

/**
 * The base class of every error oaikit throws. Its static `isInstance` recognises instances made by
 * any copy of the package (two versions in one bundle, or another realm), where `instanceof` fails.
 * @example
 * ```ts
 * try {
 *   await listModels(client)
 * } catch (error) {
 *   if (APIError.isInstance(error) && error.kind === 'rate_limit') console.log(error.requestId)
 * }
 * ```
 */
export class OaikitError extends Error {
  /** The `name` of this class's instances, also its brand for {@link OaikitError.isInstance}. */
  static readonly id: string = 'OaikitError'

  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    let ids = ' '
    for (let type = new.target; type.id; type = Object.getPrototypeOf(type)) ids += `${type.id} `
    this.name = new.target.id
    ;(this as { [brand]?: string })[brand] = ids
  }

  /** Whether `error` is an instance of this class (or a subclass), from any copy of the package. */
  static isInstance<T>(this: { prototype: T; id: string }, error: unknown): error is T {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class isInstance is called on.
    return `${(error as { [brand]?: string } | null)?.[brand]}`.includes(` ${this.id} `)
  }

  /**
   * A plain copy for logs and serialisation: the name, the message and the error's own enumerable
   * fields (response headers are not one: a server or proxy may echo credentials in them).
   */
  toJSON(): { name: string; message: string } {
    return { ...this, message: this.message }
  }
}
