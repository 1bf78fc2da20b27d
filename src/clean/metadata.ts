import type { Features } from '../text/features.js'
import { comparisonKey } from '../text/features.js'

/** What the top lines of an article say about it. */
export interface TopLineMetadata {
  source?: string
  section?: string
  author?: string
  title?: string
  /** "EASTVALE, Friday": place and day the story was filed from. */
  dateline?: string
}

/** A top line taken as metadata: which field, and the rule that says so. */
export interface MetadataLine {
  readonly index: number
  readonly field: keyof TopLineMetadata | 'repeat'
  readonly rule: string
  readonly reason: string
}

// Words that name news outlets the world over; an outlet line is short and carries one.
const outletWord = /\b(?:times|post|news|guardian|herald|journal|tribune|telegraph|independent|courier|gazette|chronicle|daily|mail|express|reuters|associated press|ap|afp|bbc|cnn|npr|bloomberg|wire|press|observer|standard|star|sun|mirror|economist|review|record|today|weekly|magazine|radio|tv|broadcasting|insider|politico|axios|monitor|dispatch|sentinel|examiner|inquirer|globe|nation|age|bulletin|agency|network|media|online|briefing|newsletter|digest)\b/i
const sectionLine = /^(?:world|world news|politics|business|sports?|opinion|comment|us news|uk news|us politics|europe|asia|africa|americas|middle east|australia|tech|technology|science|health|culture|environment|climate|money|economy|markets|lifestyle|travel|entertainment|national|local|analysis|breaking news|live|news|investigations|education|crime|media|law|society)$/i
const personName = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:de|van|von|der|den|al|el|bin|da|di|du|le|la|dos|del)?\\s*[\\p{Lu}][\\p{L}'’.-]+){1,3}"
const byline = new RegExp(`^(?:by\\s+)?(${personName}(?:\\s*(?:,|and|&)\\s*${personName})*)(?:\\s+(?:in|at)\\s+[\\p{Lu}][\\p{L} .'’-]+)?(?:\\s*[,|–—-]\\s*[\\p{L} ,.&'’-]{2,60})?$`, 'u')
const explicitByline = /^(?:(?:words|text|story|reporting|written|photos?|pictures)(?: and \w+)?(?: by|:)|by)\s+\S/i
const weekdayOrDate = '(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\d{1,2}\\s+\\p{L}+(?:\\s+\\d{4})?|\\p{L}+\\s+\\d{1,2}(?:,?\\s+\\d{4})?'
// A place in capitals, maybe a region, then a day: "EASTVALE, Friday", "LAGOS, Nigeria, 3 March".
const dateline = new RegExp(`^[\\p{Lu}][\\p{Lu} .'’-]{2,40}(?:,\\s*[\\p{L} .'’-]{2,30})?(?:,|\\s[—–-])\\s*(?:${weekdayOrDate})(?:\\s*\\([^)]{2,40}\\))?\\s*(?:-{1,2}|[–—:])?$`, 'iu')

/**
 * Read outlet, section, byline and headline off the lines above the first
 * paragraph of body text, as aggregator apps and copied pages put them.
 * `candidates` are the indexes of top lines that cleaning did not already remove.
 */
export function readTopLines(candidates: readonly number[], features: readonly Features[], known: TopLineMetadata): { readonly lines: MetadataLine[], readonly found: TopLineMetadata } {
  const found: TopLineMetadata = {}
  const lines: MetadataLine[] = []
  const seen = new Map<string, number>()
  for (const index of candidates) {
    const text = features[index]!.text.trim()
    const key = comparisonKey(text)
    const words = features[index]!.wordCount
    if (seen.has(key) && words <= 14) {
      lines.push({ index, field: 'repeat', rule: 'metadata-repeated-line', reason: 'a top line printed twice' })
      continue
    }
    seen.set(key, index)
    if (words > 25 || features[index]!.isSentence && words > 8) continue
    const field = classifyTopLine(text, words, found, known)
    if (!field) continue
    found[field.field] = field.field === 'author' ? cleanByline(text) : text
    // "Brackenridge Courier · Chess": an app's line of outlet and section.
    const [outlet, section, ...rest] = text.split(/\s+[·|•]\s+/)
    if (field.field === 'source' && section !== undefined && rest.length === 0 && outletWord.test(outlet!)) {
      found.source = outlet!
      if (!found.section) found.section = section
    }
    lines.push({ index, ...field })
  }
  return { lines, found }
}

interface TopLineField {
  readonly field: keyof TopLineMetadata
  readonly rule: string
  readonly reason: string
}

function classifyTopLine(text: string, words: number, found: TopLineMetadata, known: TopLineMetadata): TopLineField | undefined {
  if (!found.dateline && words <= 8 && dateline.test(text) && /^[\p{Lu}\s.'’-]+,/u.test(text)) {
    return { field: 'dateline', rule: 'metadata-dateline', reason: 'the dateline (where and when it was filed)' }
  }
  if (known.title && similar(text, known.title)) return { field: 'title', rule: 'metadata-headline', reason: 'the headline, shown as the title' }
  if (known.source && similar(text, known.source)) return { field: 'source', rule: 'metadata-outlet', reason: 'the outlet name, shown as the source' }
  if (!found.section && (sectionLine.test(text) || isCapitalsLabel(text, words))) return { field: 'section', rule: 'metadata-section', reason: 'a section label' }
  if (!found.source && !found.author && !found.title && words <= 8 && (outletWord.test(text) || /\b(?:issue|edition|vol\.?|no\.)\s*#?\d+\b/i.test(text)) && !explicitByline.test(text)) {
    return { field: 'source', rule: 'metadata-outlet', reason: 'the outlet name, shown as the source' }
  }
  if (!found.author && words <= 14 && (explicitByline.test(text) || (!/^the\b/i.test(text) && byline.test(text)))) {
    return { field: 'author', rule: 'metadata-byline', reason: 'the byline, shown as the author' }
  }
  if (!found.title && !known.title && words >= 4) return { field: 'title', rule: 'metadata-headline', reason: 'the headline, shown as the title' }
  return undefined
}

// "SATELLITES", "WORLD NEWS": one to three words in capitals above the body.
function isCapitalsLabel(text: string, words: number): boolean {
  return words <= 3 && /\p{Lu}{3}/u.test(text) && text === text.toUpperCase()
}

/** "By Jane Doe and Raj Patel in Lagos" → "Jane Doe and Raj Patel". */
function cleanByline(text: string): string {
  return text.replace(/^(?:(?:words|text|story|reporting|written|photos?|pictures)(?: and \w+)?(?: by|:)|by)\s+/i, '').replace(/\s+(?:in|at)\s+[\p{Lu}][\p{L} .'’-]+$/u, '').replace(/\s*[,|–—-]\s*[\p{L} ,.&'’-]{2,60}$/u, (tail) => (/\band\b/.test(tail) ? tail : '')).trim()
}

// Outlets rewrite their headlines between page and feed: most words stay.
function similar(a: string, b: string): boolean {
  const left = comparisonKey(a)
  const right = comparisonKey(b)
  if (left === right || (left.length > 12 && (left.includes(right) || right.includes(left)))) return true
  const leftWords = new Set(left.split(' '))
  const rightWords = new Set(right.split(' '))
  const shared = [...leftWords].filter((word) => rightWords.has(word)).length
  return Math.min(leftWords.size, rightWords.size) >= 4 && shared / (leftWords.size + rightWords.size - shared) >= 0.5
}
