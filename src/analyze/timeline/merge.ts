import { type Span, formatSpan, intervalSpan, spanContains, spanLength } from '../../calendar/span.js'
import type { TimelineEntry, TimelineMention } from '../../digest.js'
import type { DatedMention } from './find.js'
import { comparisonKey } from '../../text/features.js'
import { type EventProfile, eventProfile, inverseFrequencies, profileSimilarity } from './words.js'

/**
 * How alike the words around two date phrases must be to report the same
 * event. A vague date ("earlier this month") overlaps many precise ones, so
 * joining dates of very different precision asks for more alike words.
 */
function requiredSimilarity(a: Span, b: Span): number {
  const [shorter, longer] = [spanLength(a), spanLength(b)].sort((x, y) => x - y) as [number, number]
  if (longer <= 7) return 0.18
  return longer / shorter <= 4 ? 0.22 : 0.25
}

/** Mentions told in the same words on the same date (wire copy) are compared once, as one unit. */
interface Unit {
  readonly mentions: readonly DatedMention[]
  readonly span: Span
  readonly profile: EventProfile
}

interface Group {
  readonly units: number[]
  /** The days every member's date allows. */
  first: number
  last: number
  /** Sentences already in the group (article and text): one sentence never tells one event twice. */
  readonly sentences: Set<string>
}

/** Above this many pairs of units with overlapping dates, only units that share telling words are compared. */
const pairBudget = 200_000
/** How many of a unit's most telling words index it, and how many units a word may index before it tells nothing. */
const indexedWords = 6
const maxPosting = 400
/**
 * In the indexed comparison, how many candidates a unit is scored against (those sharing the most of its
 * telling words) and how many of its best partners it keeps: a vague date ("before the end of the year")
 * told in many sources overlaps most other dates, and would otherwise be compared with all of them.
 */
const maxCandidates = 64
const maxPairsPerUnit = 12

/**
 * Merge the mentions of all sources into events. Pairs of mentions whose
 * dates overlap are scored by the words around their date phrases; the
 * most alike pairs join first, and two groups join only if one date can
 * satisfy all their mentions and no sentence would tell one event twice.
 * Identical mentions (the same sentence and date in several sources) are
 * scored once. Only mentions with overlapping dates are compared (a sweep
 * over mentions sorted by first day); when even those pairs are too many
 * (thousands of sources on a few days), only mentions that share one of
 * their most telling words are, through an inverted index: O(n · k).
 */
export function mergeMentions(mentions: readonly DatedMention[], articleOrder: ReadonlyMap<string, number>): TimelineEntry[] {
  const weights = inverseFrequencies(mentions.map((mention) => mention.words))
  const units = toUnits(mentions, articleOrder)
  const pairs = countOverlappingPairs(units) <= pairBudget ? allOverlappingPairs(units, weights) : indexedPairs(units, weights)
  pairs.sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right)
  const groupOf = units.map((unit, index): Group => ({
    units: [index], first: unit.span.first, last: unit.span.last, sentences: new Set(unit.mentions.map(sentenceKey))
  }))
  for (const { left, right } of pairs) {
    const a = groupOf[left]!
    const b = groupOf[right]!
    if (a === b || !canJoin(a, b)) continue
    const [into, from] = a.units.length >= b.units.length ? [a, b] : [b, a]
    into.units.push(...from.units)
    into.first = Math.max(into.first, from.first)
    into.last = Math.min(into.last, from.last)
    for (const sentence of from.sentences) into.sentences.add(sentence)
    for (const unit of from.units) groupOf[unit] = into
  }
  return [...new Set(groupOf)]
    .map((group) => toEntry(group.units.flatMap((index) => units[index]!.mentions), articleOrder))
    .sort(compareEntries)
    .map((entry, index) => ({ ...entry, id: `event-${index + 1}` }))
}

interface Pair {
  readonly left: number
  readonly right: number
  readonly score: number
}

function toUnits(mentions: readonly DatedMention[], articleOrder: ReadonlyMap<string, number>): Unit[] {
  const sorted = [...mentions].sort((a, b) => a.span.first - b.span.first || a.span.last - b.span.last || compareOrigin(a, b, articleOrder))
  const byKey = new Map<string, DatedMention[]>()
  for (const mention of sorted) {
    const key = `${mention.span.first}/${mention.span.last}|${mention.phrase.toLowerCase()}|${comparisonKey(mention.text)}`
    const same = byKey.get(key)
    if (same) same.push(mention)
    else byKey.set(key, [mention])
  }
  return [...byKey.values()].map((same) => ({ mentions: same, span: same[0]!.span, profile: eventProfile(same[0]!.text, same[0]!.phrase) }))
}

// Units are sorted by first day: the units after `left` that start before it ends overlap it.
function countOverlappingPairs(units: readonly Unit[]): number {
  let count = 0
  for (let left = 0; left < units.length; left++) {
    let low = left + 1
    let high = units.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (units[middle]!.span.first <= units[left]!.span.last) low = middle + 1
      else high = middle
    }
    count += low - left - 1
  }
  return count
}

function allOverlappingPairs(units: readonly Unit[], weights: ReadonlyMap<string, number>): Pair[] {
  const pairs: Pair[] = []
  for (let left = 0; left < units.length; left++) {
    for (let right = left + 1; right < units.length && units[right]!.span.first <= units[left]!.span.last; right++) {
      const pair = scorePair(units, left, right, weights)
      if (pair) pairs.push(pair)
    }
  }
  return pairs
}

function indexedPairs(units: readonly Unit[], weights: ReadonlyMap<string, number>): Pair[] {
  const pairs: Pair[] = []
  const postings = new Map<string, number[]>()
  // How many telling words each earlier unit shares with the current one, and which units those are: reset unit by unit.
  const shared = new Uint8Array(units.length)
  const touched: number[] = []
  for (const [right, unit] of units.entries()) {
    const words = [...unit.profile].map(([word, nearness]) => ({ word, value: nearness * (weights.get(word) ?? 1) }))
      .sort((a, b) => b.value - a.value || (a.word < b.word ? -1 : 1)).slice(0, indexedWords).map((item) => item.word)
    for (const word of words) {
      const posting = postings.get(word)
      if (!posting) {
        postings.set(word, [right])
        continue
      }
      for (const left of posting) {
        if (units[left]!.span.last < unit.span.first) continue
        if (shared[left] === 0) touched.push(left)
        shared[left]!++
      }
      if (posting.length < maxPosting) posting.push(right)
    }
    const found: Pair[] = []
    for (const left of mostShared(touched, shared).sort((a, b) => a - b)) {
      const pair = scorePair(units, left, right, weights)
      if (pair) found.push(pair)
    }
    for (const left of touched) shared[left] = 0
    touched.length = 0
    if (found.length > maxPairsPerUnit) found.sort((a, b) => b.score - a.score || a.left - b.left).length = maxPairsPerUnit
    pairs.push(...found)
  }
  return pairs
}

/** Up to `maxCandidates` of `touched`, those sharing the most words first (and, of as many, the earliest), by counting. */
function mostShared(touched: readonly number[], shared: Uint8Array): number[] {
  if (touched.length <= maxCandidates) return [...touched]
  const byCount: number[][] = Array.from({ length: indexedWords + 1 }, () => [])
  for (const left of touched) byCount[shared[left]!]!.push(left)
  const chosen: number[] = []
  for (let count = indexedWords; count > 0 && chosen.length < maxCandidates; count--) {
    for (const left of byCount[count]!.sort((a, b) => a - b)) {
      if (chosen.length === maxCandidates) break
      chosen.push(left)
    }
  }
  return chosen
}

function scorePair(units: readonly Unit[], left: number, right: number, weights: ReadonlyMap<string, number>): Pair | undefined {
  const a = units[left]!
  const b = units[right]!
  if (a.mentions.some((mention) => b.mentions.some((other) => sentenceKey(mention) === sentenceKey(other)))) return undefined
  const score = profileSimilarity(a.profile, b.profile, weights)
  return score >= requiredSimilarity(a.span, b.span) ? { left, right, score } : undefined
}

function sentenceKey(mention: DatedMention): string {
  return `${mention.article}\u0000${mention.text}`
}

// The same sentence with two dates tells two events; and the group needs a day every member allows.
function canJoin(a: Group, b: Group): boolean {
  if (Math.max(a.first, b.first) > Math.min(a.last, b.last)) return false
  const [small, large] = a.sentences.size <= b.sentences.size ? [a, b] : [b, a]
  for (const sentence of small.sentences) if (large.sentences.has(sentence)) return false
  return true
}

function toEntry(members: readonly DatedMention[], articleOrder: ReadonlyMap<string, number>): TimelineEntry {
  const mentions = [...members].sort((a, b) => compareOrigin(a, b, articleOrder))
  const span = agreedSpan(mentions)
  const lead = mentions.find((mention) => mention.span.first === span.first && mention.span.last === span.last) ?? mentions[0]!
  const sources = [...new Set(mentions.map((mention) => mention.article))]
  return {
    id: '',
    date: formatSpan(span),
    text: lead.text,
    phrase: lead.phrase,
    sources,
    mentions: mentions.map((mention): TimelineMention => ({
      article: mention.article, block: mention.block, text: mention.text, phrase: mention.phrase, date: formatSpan(mention.span), rule: mention.rule
    }))
  }
}

// The most precise date that every source allows: the narrowest mention date
// inside all the others ("in early November" within "earlier in November");
// failing one, the days they all allow.
function agreedSpan(mentions: readonly DatedMention[]): Span {
  const inside = mentions.filter((mention) => mentions.every((other) => spanContains(other.span, mention.span)))
  if (inside.length > 0) return [...inside].sort((a, b) => spanLength(a.span) - spanLength(b.span))[0]!.span
  const first = Math.max(...mentions.map((mention) => mention.span.first))
  const last = Math.min(...mentions.map((mention) => mention.span.last))
  return intervalSpan(first, last)
}

function compareOrigin(a: DatedMention, b: DatedMention, articleOrder: ReadonlyMap<string, number>): number {
  return (articleOrder.get(a.article) ?? 0) - (articleOrder.get(b.article) ?? 0) || a.order - b.order
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const left = a.date.split('/')
  const right = b.date.split('/')
  return compareStrings(startOf(left[0]!), startOf(right[0]!)) || compareStrings(left[1] ?? endOf(left[0]!), right[1] ?? endOf(right[0]!))
    || compareStrings(sortingForm(a.text), sortingForm(b.text)) || compareStrings(a.text, b.text)
}

/**
 * Not `localeCompare`, whose order follows the machine's locale (Swedish
 * puts "Ä" after "Z", English before it): the page must be the same wherever
 * it is built. Events of one day go in the order of their words, ignoring
 * case and opening quotes.
 */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function sortingForm(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase()
}

// `2025-11` sorts as from its first day to its last.
function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date
}

function endOf(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date
}
