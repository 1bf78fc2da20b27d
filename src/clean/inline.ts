/** A part cut out of a kept paragraph. */
export interface InlineCut {
  readonly text: string
  readonly rule: string
  readonly reason: string
}

interface InlineRule {
  readonly rule: string
  readonly reason: string
  readonly pattern: RegExp
}

// Parts of a paragraph that are furniture although the paragraph is content.
const inlineRules: readonly InlineRule[] = [
  // "(https://www.example.com)": a bare address in brackets adds nothing a reader can use.
  { rule: 'inline-bare-url', reason: 'a bare web address in brackets', pattern: /\s*\((?:https?:\/\/|www\.)[^\s()]+\)/g }
]

/** Cut inline furniture out of a paragraph's text; returns the text left and what was cut. */
export function cutInline(text: string): { readonly text: string, readonly cuts: readonly InlineCut[] } {
  const cuts: InlineCut[] = []
  let result = text
  for (const rule of inlineRules) {
    result = result.replace(rule.pattern, (match) => {
      cuts.push({ text: match.trim(), rule: rule.rule, reason: rule.reason })
      return ''
    })
  }
  return { text: cuts.length > 0 ? result.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:])/g, '$1').trim() : text, cuts }
}

/** Apply the same cuts to sanitised HTML (the cut parts are plain text in it, escaped the same way). */
export function cutInlineHtml(html: string, cuts: readonly InlineCut[]): string {
  let result = html
  for (const cut of cuts) {
    const escaped = cut.text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;')
    result = result.replace(new RegExp(`\\s*${escapeRegExp(escaped)}`), '')
  }
  return result
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
