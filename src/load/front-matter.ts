import matter from 'gray-matter'
import type { VFile } from 'vfile'
import { type Span } from '../calendar/span.js'
import { parsePublicationDate } from './publication-date.js'

/** The front matter fields news-digest reads, checked. */
export interface FrontMatter {
  readonly title?: string
  readonly source?: string
  readonly author?: string
  readonly url?: string
  readonly section?: string
  readonly date?: Span
}

/** Front matter and the body after it. */
export interface SplitFile {
  readonly frontMatter: FrontMatter
  readonly body: string
  /** 1-based line of the file where the body starts. */
  readonly bodyLine: number
}

const textFields = ['title', 'source', 'author', 'url', 'section'] as const

/**
 * Split optional YAML front matter off an article with gray-matter, check its
 * fields and report problems on `file` with lines of the file (not of the YAML).
 * Broken YAML is reported and the whole text is then read as body, so nothing is lost.
 */
export function readFrontMatter(text: string, file: VFile): SplitFile {
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: {}, body: text, bodyLine: 1 }
  let parsed: matter.GrayMatterFile<string>
  try {
    // Passing options turns off gray-matter's global cache, which would keep every input alive.
    parsed = matter(text, {})
  } catch (error) {
    reportYamlError(error, file)
    return { frontMatter: {}, body: text, bodyLine: 1 }
  }
  const body = parsed.content
  const consumed = text.endsWith(body) ? text.length - body.length : 0
  const bodyLine = countLines(text.slice(0, consumed))
  return { frontMatter: checkFields(parsed.data, parsed.matter, file), body, bodyLine }
}

function checkFields(data: Record<string, unknown>, yaml: string, file: VFile): FrontMatter {
  const fields: { -readonly [Key in keyof FrontMatter]: FrontMatter[Key] } = {}
  for (const key of textFields) {
    const value = data[key]
    if (value === undefined || value === null) continue
    if (typeof value === 'string' || typeof value === 'number') {
      const trimmed = String(value).trim()
      if (trimmed) fields[key] = trimmed
    } else {
      file.message(`Unexpected front matter: \`${key}\` is ${describe(value)}, expected a string`, {
        place: { line: 2, column: 1 }, ruleId: 'front-matter-type', source: 'news-digest'
      })
    }
  }
  if (data['date'] !== undefined && data['date'] !== null) {
    // YAML turns `2025-11-26T23:30:00-05:00` into an instant; the day the writer wrote is in the text.
    const written = data['date'] instanceof Date ? /^date:[ \t]*["']?([^"'\n#]+?)["']?[ \t]*(?:#.*)?$/m.exec(yaml)?.[1] : undefined
    const date = parsePublicationDate(written ?? data['date'])
    if (date) fields.date = date
    else {
      file.message(`Unexpected front matter: \`date\` is ${describe(data['date'])}, expected a date such as 2025-11-26 or an interval 2025-11-25/2025-11-26`, {
        place: { line: 2, column: 1 }, ruleId: 'front-matter-date', source: 'news-digest'
      })
    }
  }
  return fields
}

function reportYamlError(error: unknown, file: VFile): void {
  const mark = isYamlError(error) ? error.mark : undefined
  const reason = isYamlError(error) && error.reason ? error.reason : String(error)
  // gray-matter hands js-yaml the text from the end of the opening `---` on, so
  // js-yaml's line 0 is the rest of file line 1.
  const place = mark ? { line: mark.line + 1, column: mark.column + 1 } : { line: 1, column: 1 }
  file.message(`Cannot read front matter: ${reason}; the file is read without it`, {
    place, ruleId: 'front-matter-yaml', source: 'news-digest'
  })
}

interface YamlError { readonly reason?: string, readonly mark?: { readonly line: number, readonly column: number } }

function isYamlError(error: unknown): error is YamlError {
  return typeof error === 'object' && error !== null && 'mark' in error
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'an invalid date'
  if (typeof value === 'object') return 'a mapping'
  return `\`${String(value)}\``
}

function countLines(text: string): number {
  let lines = 1
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++
  return lines
}
