import { type Span, formatSpan, spansOverlap, spanLength } from '../../calendar/span.js'
import type { TimelineEntry, TimelineMention } from '../../digest.js'
import type { DatedMention } from './find.js'
import { inverseFrequencies, weightedSimilarity } from './words.js'

/** How alike two sentences must be to report the same event. */
const sameEventSimilarity = 0.2

interface Cluster {
  readonly mentions: DatedMention[]
}

/**
 * Merge the mentions of all sources into events: mentions whose dates can be
 * the same and whose sentences tell the same thing join one entry. Each
 * mention is compared only with the events whose dates overlap its own.
 */
export function mergeMentions(mentions: readonly DatedMention[], articleOrder: ReadonlyMap<string, number>): TimelineEntry[] {
  const weights = inverseFrequencies(mentions.map((mention) => mention.words))
  const sorted = [...mentions].sort((a, b) => a.span.first - b.span.first || a.span.last - b.span.last || compareOrigin(a, b, articleOrder))
  const clusters: Cluster[] = []
  for (const mention of sorted) {
    let best: Cluster | undefined
    let bestScore = sameEventSimilarity
    for (const cluster of clusters) {
      if (!cluster.mentions.some((member) => spansOverlap(member.span, mention.span))) continue
      // The same sentence with two dates tells two events.
      if (cluster.mentions.some((member) => member.article === mention.article && member.text === mention.text)) continue
      const score = Math.max(...cluster.mentions.map((member) => weightedSimilarity(member.words, mention.words, weights)))
      if (score >= bestScore) {
        best = cluster
        bestScore = score
      }
    }
    if (best) best.mentions.push(mention)
    else clusters.push({ mentions: [mention] })
  }
  return clusters.map((cluster) => toEntry(cluster, articleOrder)).sort(compareEntries).map((entry, index) => ({ ...entry, id: `event-${index + 1}` }))
}

function toEntry(cluster: Cluster, articleOrder: ReadonlyMap<string, number>): TimelineEntry {
  const mentions = [...cluster.mentions].sort((a, b) => compareOrigin(a, b, articleOrder))
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

// The date most sources give; on a tie, the most precise one.
function agreedSpan(mentions: readonly DatedMention[]): Span {
  const votes = new Map<string, { span: Span, count: number }>()
  for (const mention of mentions) {
    const key = formatSpan(mention.span)
    const vote = votes.get(key) ?? { span: mention.span, count: 0 }
    vote.count++
    votes.set(key, vote)
  }
  return [...votes.values()].sort((a, b) => b.count - a.count || spanLength(a.span) - spanLength(b.span))[0]!.span
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
