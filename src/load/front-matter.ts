import matter from 'gray-matter'
import type { VFile } from 'vfile'
import { partsOfDay } from '../calendar/day.js'
import { type Span, formatSpan } from '../calendar/span.js'
import { typoDistance } from '../text/typo-distance.js'
import { collapseWhitespace } from './paragraphs.js'
import { parsePublicationDate } from './publication-date.js'

/** Publication dates before this year are taken, with a warning: typed wrong far more often than meant. */
const earliestLikelyYear = 1800

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
 * gray-matter runs front matter marked `---js` through `eval`. Only a bare
 * `---` opens front matter here, but the engines are replaced as well, so
 * that no article can run code on the machine that builds it.
 */
const matterOptions = {
  language: 'yaml',
  engines: {
    js: refuseEngine,
    javascript: refuseEngine,
    coffee: refuseEngine,
    coffeescript: refuseEngine,
    cson: refuseEngine
  }
}

function refuseEngine(): never {
  throw new Error('front matter in a programming language is not read, expected YAML')
}

/**
 * Split optional YAML front matter off an article with gray-matter, check its
 * fields and report problems on `file` with lines of the file (not of the YAML).
 * Broken YAML is reported and the whole text is then read as body, so nothing is lost.
 */
export function readFrontMatter(text: string, file: VFile): SplitFile {
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: {}, body: text, bodyLine: 1 }
  if (!/\n---[ \t]*(?:\n|$)/.test(text.slice(3))) {
    // YAML would read on to the end of the file and fail at a line that means nothing to the writer.
    file.message('Front matter opened on line 1 has no closing `---` line; the whole file is read as body', {
      place: { line: 1, column: 1 }, ruleId: 'front-matter-unclosed', source: 'news-digest'
    })
    return { frontMatter: {}, body: text, bodyLine: 1 }
  }
  let parsed: matter.GrayMatterFile<string>
  try {
    // Passing options turns off gray-matter's global cache, which would keep every input alive.
    parsed = matter(text, matterOptions)
  } catch (error) {
    const plain = readPlainLines(text)
    reportYamlError(error, file, plain !== undefined)
    if (!plain) return { frontMatter: {}, body: text, bodyLine: 1 }
    return { frontMatter: checkFields(plain.data, plain.yaml, file), body: plain.body, bodyLine: plain.bodyLine }
  }
  const body = parsed.content
  const consumed = text.endsWith(body) ? text.length - body.length : 0
  const bodyLine = countLines(text.slice(0, consumed))
  return { frontMatter: checkFields(parsed.data, parsed.matter, file), body, bodyLine }
}

function checkFields(data: unknown, yaml: string, file: VFile): FrontMatter {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || data instanceof Date) {
    file.message(`Unexpected front matter: it is ${describe(data)}, expected \`key: value\` lines (title, source, author, date, url, section); it is left out`, {
      place: { line: 2, column: 1 }, ruleId: 'front-matter-type', source: 'news-digest'
    })
    return {}
  }
  return checkMapping(data as Record<string, unknown>, yaml, file)
}

const knownKeys: readonly string[] = [...textFields, 'date']

function checkMapping(data: Record<string, unknown>, yaml: string, file: VFile): FrontMatter {
  const fields: { -readonly [Key in keyof FrontMatter]: FrontMatter[Key] } = {}
  // Other tools' keys (`layout`, `tags`) are passed over in silence; one a letter or two from ours is most likely ours, mistyped.
  for (const key of Object.keys(data)) {
    const meant = knownKeys.includes(key) ? undefined : knownKeys.find((known) => isNearMiss(key.toLowerCase(), known))
    if (meant) {
      file.message(`Unknown front matter key \`${key}\`: did you mean \`${meant}\`? It is left out`, {
        place: placeOfKey(yaml, key), ruleId: 'front-matter-key', source: 'news-digest'
      })
    }
  }
  for (const key of textFields) {
    const value = data[key]
    if (value === undefined || value === null) continue
    if (typeof value === 'string' || typeof value === 'number') {
      // A YAML block scalar can hold line breaks; a title or a name is one line.
      const text = collapseWhitespace(String(value))
      if (key === 'url' && text && !isWebAddress(text)) {
        file.message(`Unexpected front matter: \`url\` is ${describe(text)}, expected an http: or https: address; it is left out`, {
          place: placeOfKey(yaml, key), ruleId: 'front-matter-url', source: 'news-digest'
        })
      } else if (text) fields[key] = text
    } else {
      file.message(`Unexpected front matter: \`${key}\` is ${describe(value)}, expected a string`, {
        place: placeOfKey(yaml, key), ruleId: 'front-matter-type', source: 'news-digest'
      })
    }
  }
  if (data['date'] !== undefined && data['date'] !== null) {
    // YAML turns `2025-11-26T23:30:00-05:00` into an instant; the day the writer wrote is in the text.
    const written = data['date'] instanceof Date ? /^date:[ \t]*["']?([^"'\n#]+?)["']?[ \t]*(?:#.*)?$/m.exec(yaml)?.[1] : undefined
    const date = parsePublicationDate(written ?? data['date'])
    if (date) {
      fields.date = date
      // `0025-11-26` is a date, but no news article's: most likely a typo, which would stretch the story's dates over centuries.
      if (partsOfDay(date.first).year < earliestLikelyYear) {
        file.message(`Unlikely front matter: \`date\` is ${formatSpan(date)}, before the year ${earliestLikelyYear}; it is used as written, check for a typo`, {
          place: placeOfKey(yaml, 'date'), ruleId: 'front-matter-date', source: 'news-digest'
        })
      }
    } else {
      file.message(`Unexpected front matter: \`date\` is ${describe(data['date'])}, expected a date such as 2025-11-26 or an interval 2025-11-25/2025-11-26`, {
        place: placeOfKey(yaml, 'date'), ruleId: 'front-matter-date', source: 'news-digest'
      })
    }
  }
  return fields
}

/**
 * Hand-written front matter often breaks YAML with a colon inside a plain
 * value (`title: Rates cut: what it means`). When every line is a top-level
 * `key: plain value`, read it that way rather than lose the fields.
 */
function readPlainLines(text: string): { readonly data: Record<string, string>, readonly yaml: string, readonly body: string, readonly bodyLine: number } | undefined {
  const lines = text.split('\n')
  const close = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line))
  if (close === -1) return undefined
  const data: Record<string, string> = {}
  let colonInValue = false
  for (const line of lines.slice(1, close)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    const field = /^([A-Za-z_][\w-]*):[ \t]+([^\s[{!&*|>'"].*?)[ \t]*$/.exec(line)
    if (!field) return undefined
    data[field[1]!] = field[2]!
    if (/:\s/.test(field[2]!)) colonInValue = true
  }
  if (!colonInValue) return undefined
  return { data, yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 }
}

function reportYamlError(error: unknown, file: VFile, readAsPlainLines = false): void {
  const mark = isYamlError(error) ? error.mark : undefined
  const reason = isYamlError(error) && error.reason ? error.reason : String(error)
  // gray-matter hands js-yaml the text from the end of the opening `---` on, so
  // js-yaml's line 0 is the rest of file line 1.
  const place = mark ? { line: mark.line + 1, column: mark.column + 1 } : { line: 1, column: 1 }
  const outcome = readAsPlainLines ? 'it is read as plain `key: value` lines' : 'the file is read without it'
  file.message(`Cannot read front matter: ${reason}; ${outcome}`, {
    place, ruleId: 'front-matter-yaml', source: 'news-digest'
  })
}

interface YamlError { readonly reason?: string, readonly mark?: { readonly line: number, readonly column: number } }

function isYamlError(error: unknown): error is YamlError {
  return typeof error === 'object' && error !== null && 'mark' in error
}

/**
 * Only `http:` and `https:` addresses become links: `javascript:`, `data:`,
 * `file:` and addresses that do not parse are refused.
 */
export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text)
    // `new URL` drops tabs and line breaks inside a scheme (`jav\tascript:`); the text must start right.
    return (url.protocol === 'http:' || url.protocol === 'https:') && /^https?:\/\//i.test(text)
  } catch {
    return false
  }
}

/**
 * Where `key:` is written: `yaml` is gray-matter's front matter text, which
 * starts on line 1 of the file, right after the opening `---`.
 */
function placeOfKey(yaml: string, key: string): { line: number, column: number } {
  const lines = yaml.split('\n')
  const index = lines.findIndex((line) => new RegExp(`^(["']?)${key}\\1[ \t]*:`).test(line))
  return index === -1 ? { line: 1, column: 1 } : { line: index + 1, column: 1 }
}

const maxShownLength = 60

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'an invalid date'
  if (typeof value === 'object') return 'a mapping'
  // The value goes into a terminal: control characters (an escape sequence) are shown, not sent.
  const shown = [...String(value)].slice(0, maxShownLength).join('')
  const visible = shown.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `\`${visible}${shown.length < String(value).length ? '…' : ''}\``
}

/** Whether `key` is `known` with one slip of typing (`titel`, `autor`, `Title` once lower-cased). */
function isNearMiss(key: string, known: string): boolean {
  return Math.min(key.length, known.length) >= 3 && typoDistance(key, known) <= 1
}

function countLines(text: string): number {
  let lines = 1
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++
  return lines
}
