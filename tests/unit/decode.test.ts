import { describe, expect, it } from 'vitest'
import { decodeText, normalizeLineEndings } from '../../src/load/decode.js'

const encoder = new TextEncoder()

function utf16be(text: string): Uint8Array {
  const little = Buffer.from(text, 'utf16le')
  const big = new Uint8Array(little.length)
  for (let index = 0; index + 1 < little.length; index += 2) {
    big[index] = little[index + 1]!
    big[index + 1] = little[index]!
  }
  return big
}

describe('decodeText', () => {
  it('decodes plain UTF-8 without warnings or refusal', () => {
    const result = decodeText(encoder.encode('Café on the corner\n'))
    expect(result).toEqual({ text: 'Café on the corner\n', warnings: [] })
  })

  it('strips a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('Headline')])
    const result = decodeText(bytes)
    expect(result.text).toBe('Headline')
    expect(result.warnings).toEqual([])
  })

  it('turns CRLF and lone CR line endings into LF', () => {
    const result = decodeText(encoder.encode('one\r\ntwo\rthree\nfour\r\n'))
    expect(result.text).toBe('one\ntwo\nthree\nfour\n')
  })

  it('decodes UTF-16 little-endian with a BOM, dropping the BOM and normalising line endings', () => {
    const bytes = new Uint8Array(Buffer.from('\ufeffZürich talks\r\nsecond line', 'utf16le'))
    expect(bytes[0]).toBe(0xff)
    expect(bytes[1]).toBe(0xfe)
    const result = decodeText(bytes)
    expect(result.text).toBe('Zürich talks\nsecond line')
    expect(result.warnings).toEqual([])
    expect(result.refusal).toBeUndefined()
  })

  it('decodes UTF-16 big-endian with a BOM, dropping the BOM and normalising line endings', () => {
    const bytes = utf16be('\ufeffZürich talks\rsecond line')
    expect(bytes[0]).toBe(0xfe)
    expect(bytes[1]).toBe(0xff)
    const result = decodeText(bytes)
    expect(result.text).toBe('Zürich talks\nsecond line')
    expect(result.warnings).toEqual([])
    expect(result.refusal).toBeUndefined()
  })

  it('replaces invalid UTF-8 bytes with U+FFFD and reports one warning', () => {
    const bytes = new Uint8Array([0x61, 0x62, 0xff, 0x63, 0xc3, 0x28, 0x64])
    const result = decodeText(bytes)
    expect(result.text).toBe('ab\ufffdc\ufffd(d')
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toMatch(/not UTF-8/)
    expect(result.warnings[0]).toContain('U+FFFD')
    expect(result.refusal).toBeUndefined()
  })

  it('says on which line and column the first invalid bytes are, past CRLF, a BOM and a U+FFFD written in the file', () => {
    const encoder = new TextEncoder()
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('Zürich \ufffd ok\r\nsecond 🎉 line: caf'), 0xe9, ...encoder.encode(' and '), 0xff])
    const result = decodeText(bytes)
    expect(result.text).toBe('Zürich \ufffd ok\nsecond 🎉 line: caf\ufffd and \ufffd')
    expect(result.firstInvalid).toEqual({ line: 2, column: 20 })
    expect(decodeText(encoder.encode('all good')).firstInvalid).toBeUndefined()
  })

  it('refuses bytes that contain NUL as binary data', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a])
    const result = decodeText(bytes)
    expect(result.text).toBe('')
    expect(result.refusal).toMatch(/binary/i)
  })

  it('refuses otherwise valid UTF-8 text with a NUL byte in it', () => {
    const bytes = new Uint8Array([...encoder.encode('Hello'), 0x00, ...encoder.encode('world')])
    expect(decodeText(bytes).refusal).toBeDefined()
  })

  it('accepts an empty file as empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', warnings: [] })
  })
})

describe('normalizeLineEndings', () => {
  it('turns "\\r\\n" into one line break, not two', () => {
    expect(normalizeLineEndings('a\r\n\r\nb')).toBe('a\n\nb')
  })

  it('turns a CR followed by a CRLF into two line breaks', () => {
    expect(normalizeLineEndings('a\r\r\nb')).toBe('a\n\nb')
  })
})

describe('decodeText on text in the wrong encoding', () => {
  it('refuses UTF-16 without a byte order mark with a message that says how to fix it', () => {
    const bytes = new Uint8Array(Buffer.from('The council met on Tuesday.\n', 'utf16le'))
    const result = decodeText(bytes)
    expect(result.refusal).toBe('Unexpected UTF-16 text without a byte order mark: save the file as UTF-8, or as UTF-16 with a BOM')
    expect(decodeText(utf16be('The council met on Tuesday.\n')).refusal).toMatch(/UTF-16 text without a byte order mark/)
  })

  it('decodes UTF-16 with a lone surrogate using a replacement character and a warning', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00])
    const result = decodeText(bytes)
    expect(result.text).toBe('A\ufffdB')
    expect(result.warnings).toEqual(['Unexpected bytes that are not UTF-16LE: they are shown as U+FFFD replacement characters'])
  })

  it('refuses binary data that happens to start with a UTF-16 byte order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])
    expect(decodeText(bytes).refusal).toMatch(/binary data/)
  })
})
