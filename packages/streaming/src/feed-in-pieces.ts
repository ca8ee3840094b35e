/**
 * Feeds `chunk` to `feed` in pieces of at most about `size` bytes, each cut just after a line feed
 * (a byte that never occurs inside a multi-byte UTF-8 character, and where the parser reads any cut
 * the same as the whole).
 *
 * Why: a string holding one character above U+00FF is stored with two bytes per character, and so
 * is every slice of it; `JSON.parse` reads those markedly slower. Decoding a 16 KiB chunk in 4 KiB
 * pieces confines a rare emoji or CJK character to its own piece, and keeps the ASCII events of the
 * others in compact strings.
 */
export const feedInPieces = (
  feed: (chunk: Uint8Array | string) => void,
  chunk: Uint8Array | string,
  size = 4096,
): void => {
  if (typeof chunk === 'string') {
    feed(chunk)
    return
  }
  let start = 0
  while (chunk.length - start > size) {
    const cut = chunk.lastIndexOf(10, start + size)
    if (cut < start) break
    feed(chunk.subarray(start, cut + 1))
    start = cut + 1
  }
  feed(start ? chunk.subarray(start) : chunk)
}
