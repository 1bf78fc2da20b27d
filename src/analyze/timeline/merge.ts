import { type Span, formatSpan, intervalSpan, spanContains, spanLength } from '../../calendar/span.js'
import type { TimelineEntry, TimelineMention } from '../../digest.js'
import type { DatedMention } from './find.js'
import { eventProfile, inverseFrequencies, profileSimilarity } from './words.js'

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

interface Group {
  readonly members: number[]
  /** The days every member's date allows. */
  first: number
  last: number
}

/**
 * Merge the mentions of all sources into events. Pairs of mentions whose
 * dates overlap are scored by the words around their date phrases; the
 * most alike pairs join first, and two groups join only if one date can
 * satisfy all their mentions and no sentence would tell one event twice.
 * Only mentions with overlapping dates are compared: a sweep over the
 * mentions sorted by first day, O(n log n + overlapping pairs).
 */
export function mergeMentions(mentions: readonly DatedMention[], articleOrder: ReadonlyMap<string, number>): TimelineEntry[] {
  const weights = inverseFrequencies(mentions.map((mention) => mention.words))
  const sorted = [...mentions].sort((a, b) => a.span.first - b.span.first || a.span.last - b.span.last || compareOrigin(a, b, articleOrder))
  const profiles = sorted.map((mention) => eventProfile(mention.text, mention.phrase))
  const pairs: { readonly left: number, readonly right: number, readonly score: number }[] = []
  for (let left = 0; left < sorted.length; left++) {
    for (let right = left + 1; right < sorted.length && sorted[right]!.span.first <= sorted[left]!.span.last; right++) {
      if (sameSentence(sorted[left]!, sorted[right]!)) continue
      const score = profileSimilarity(profiles[left]!, profiles[right]!, weights)
      if (score >= requiredSimilarity(sorted[left]!.span, sorted[right]!.span)) pairs.push({ left, right, score })
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right)
  const groupOf = sorted.map((mention, index): Group => ({ members: [index], first: mention.span.first, last: mention.span.last }))
  for (const { left, right } of pairs) {
    const a = groupOf[left]!
    const b = groupOf[right]!
    if (a === b || !canJoin(a, b, sorted)) continue
    a.members.push(...b.members)
    a.first = Math.max(a.first, b.first)
    a.last = Math.min(a.last, b.last)
    for (const member of b.members) groupOf[member] = a
  }
  const groups = [...new Set(groupOf)]
  return groups
    .map((group) => toEntry(group.members.map((index) => sorted[index]!), articleOrder))
    .sort(compareEntries)
    .map((entry, index) => ({ ...entry, id: `event-${index + 1}` }))
}

// The same sentence with two dates tells two events.
function sameSentence(a: DatedMention, b: DatedMention): boolean {
  return a.article === b.article && a.text === b.text
}

function canJoin(a: Group, b: Group, mentions: readonly DatedMention[]): boolean {
  if (Math.max(a.first, b.first) > Math.min(a.last, b.last)) return false
  return !a.members.some((left) => b.members.some((right) => sameSentence(mentions[left]!, mentions[right]!)))
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
  const start = startOf(left[0]!).localeCompare(startOf(right[0]!))
  if (start !== 0) return start
  return (left[1] ?? endOf(left[0]!)).localeCompare(right[1] ?? endOf(right[0]!)) || a.text.localeCompare(b.text)
}

// `2025-11` sorts as from its first day to its last.
function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date
}

function endOf(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date
}
