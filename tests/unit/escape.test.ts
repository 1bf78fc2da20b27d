import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/render/escape.js'

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml('<a href="x">Tom & Jerry\'s</a>')).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;')
  })

  it('escapes a script tag so it is shown, not run', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('escapes an ampersand that already starts an entity again', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;')
  })

  it('leaves other text, curly quotes and non-ASCII letters as they are', () => {
    expect(escapeHtml('Zürich — “quoted” ’tis')).toBe('Zürich — “quoted” ’tis')
    expect(escapeHtml('')).toBe('')
  })
})
