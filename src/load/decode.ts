/** Result of turning the bytes of a file into text. */
export interface DecodedText {
  /** Text with the BOM removed and every line ending turned into `\n`. */
  readonly text: string
  /** What was odd about the bytes, as messages for the reader; empty when nothing was. */
  readonly warnings: readonly string[]
  /** Set when the bytes are not text at all (the file is refused). */
  readonly refusal?: string
  /** Where the first bytes that are not UTF-8 are, in lines and columns of the text (1-based). */
  readonly firstInvalid?: { readonly line: number, readonly column: number }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })

/**
 * Decode the bytes of an article: UTF-8 with or without BOM, UTF-16 with a BOM;
 * invalid UTF-8 is decoded with replacement characters and reported.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const warnings: string[] = []
  let text: string
  if (hasUtf16Bom(bytes)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
    } catch {
      text = new TextDecoder(encoding).decode(bytes)
      warnings.push(`Unexpected bytes that are not ${encoding.toUpperCase()}: they are shown as U+FFFD replacement characters`)
    }
    // A UTF-16 BOM in front of binary data (or of UTF-32) still gives NUL characters.
    if (text.includes('\0')) return refuse(binaryRefusal)
  } else {
    if (looksLikeUtf16WithoutBom(bytes)) return refuse('Unexpected UTF-16 text without a byte order mark: save the file as UTF-8, or as UTF-16 with a BOM')
    if (looksBinary(bytes)) return refuse(binaryRefusal)
    try {
      text = utf8.decode(bytes)
    } catch {
      text = utf8Lenient.decode(bytes)
      warnings.push('Unexpected bytes that are not UTF-8: they are shown as U+FFFD replacement characters')
      const firstInvalid = placeOf(text, firstReplacedIndex(bytes, text))
      return { text: normalizeLineEndings(text), warnings, ...(firstInvalid ? { firstInvalid } : {}) }
    }
  }
  return { text: normalizeLineEndings(text), warnings }
}

/**
 * The index in `text` (decoded leniently from `bytes`) of the first U+FFFD
 * that stands for invalid bytes, not for a U+FFFD written in the file: every
 * character before it was valid, so its UTF-8 length says where its bytes end.
 */
function firstReplacedIndex(bytes: Uint8Array, text: string): number {
  let offset = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!
    if (code === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return index
    offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
    if (code >= 0x10000) index++
  }
  return -1
}

/** Line and column (1-based, lines counted after CRLF and CR become LF) of `index` in `text`. */
function placeOf(text: string, index: number): { line: number, column: number } | undefined {
  if (index < 0) return undefined
  const before = normalizeLineEndings(text.slice(0, index))
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') }
}

const binaryRefusal = 'Unexpected binary data, expected a text article (UTF-8 or UTF-16 with a BOM)'

function refuse(refusal: string): DecodedText {
  return { text: '', warnings: [], refusal }
}

/** Turn CRLF and lone CR into LF, so that line numbers count the same everywhere. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
}

// ASCII text in UTF-16 has a NUL in every other byte, on the same side; binary data has them anywhere.
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000) & ~1
  if (end < 8) return false
  let evenNuls = 0
  let oddNuls = 0
  for (let index = 0; index < end; index += 2) {
    if (bytes[index] === 0) evenNuls++
    if (bytes[index + 1] === 0) oddNuls++
  }
  const pairs = end / 2
  return (evenNuls > pairs * 0.6 && oddNuls === 0) || (oddNuls > pairs * 0.6 && evenNuls === 0)
}

// Text never holds NUL bytes; binaries (images, `.DS_Store`) nearly always do early on.
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000)
  for (let index = 0; index < end; index++) {
    if (bytes[index] === 0) return true
  }
  return false
}
