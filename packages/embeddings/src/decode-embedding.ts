/**
 * The floats of an embedding sent as `encoding_format: 'base64'`: the base64 of its 32-bit floats,
 * little-endian, as numbers.
 * @example
 * ```ts
 * decodeEmbedding('AACAPwAAAEA=') // [1, 2]
 * ```
 */
export const decodeEmbedding = (base64: string): number[] => {
  const binary = atob(base64)
  const view = new DataView(new ArrayBuffer(binary.length))
  for (let index = 0; index < binary.length; index++) view.setUint8(index, binary.charCodeAt(index))
  return Array.from({ length: binary.length >> 2 }, (_, index) => view.getFloat32(index * 4, true))
}
