import { parseSpan } from '../calendar/span.js'
import type { Digest, TimelineEntry, TimelineMention } from '../digest.js'
import { dateLabel } from './dates.js'
import { type SourceLabel, labelOf } from './sources.js'
import { formatCount } from './numbers.js'

/** How many source badges an event shows before "+ N more": a wire story can be reported by hundreds of sources. */
export const badgesShownPerEvent = 6

/** A link to a source's section, as a timeline badge or an "also in" link. */
export interface SourceBadge {
  readonly href: string
  readonly number: number
  readonly shortName: string
}

/** One source's words for an event, for "What each source says". */
export interface MentionView {
  readonly source: SourceBadge
  readonly phrase: string
  readonly text: string
  /** The date this source's own phrase gives, when it is not the event's date ("last month" → October 2025). */
  readonly ownDateLabel: string
  readonly hasOwnDate: boolean
}

/** One event of the timeline. */
export interface EventView {
  readonly id: string
  readonly text: string
  /** The date phrases as the sources wrote them, each once: "on Tuesday", "Tuesday night". */
  readonly phrases: ReadonlyArray<{ readonly text: string, readonly isLast: boolean }>
  readonly hasPhrases: boolean
  readonly badges: readonly SourceBadge[]
  /** `+ 170 more`, empty when every badge is shown. */
  readonly moreSourcesLabel: string
  readonly mentions: readonly MentionView[]
  /** Whether "What each source says" has more to say than the event's own sentence. */
  readonly hasMentionDetails: boolean
}

/** The events of one date: the timeline shows each date once. */
export interface DayView {
  readonly dateIso: string
  readonly dateLabel: string
  /** The whole date lies after the latest publication day: the sources expected it, it had not happened. */
  readonly isExpected: boolean
  readonly events: readonly EventView[]
}

/** Group the digest's timeline (already in date order) by date, ready to print. */
export function toTimelineView(digest: Digest, labels: ReadonlyMap<string, SourceLabel>): DayView[] {
  const latestPublication = digest.story.end === null ? null : parseSpan(digest.story.end)
  const days: Array<{ dateIso: string, dateLabel: string, isExpected: boolean, events: EventView[] }> = []
  for (const entry of digest.timeline) {
    const previous = days.at(-1)
    const event = toEventView(entry, labels)
    if (previous && previous.dateIso === entry.date) {
      previous.events.push(event)
      continue
    }
    const span = parseSpan(entry.date)
    const isExpected = span !== null && latestPublication !== null && span.first > latestPublication.last
    days.push({ dateIso: entry.date, dateLabel: dateLabel(entry.date), isExpected, events: [event] })
  }
  return days
}

function toEventView(entry: TimelineEntry, labels: ReadonlyMap<string, SourceLabel>): EventView {
  const badges = entry.sources.map((id) => toBadge(labelOf(labels, id)))
  const phrases = distinctPhrases(entry)
  const mentions = entry.mentions.map((mention) => toMentionView(mention, entry, labels))
  const hidden = badges.length - badgesShownPerEvent
  return {
    id: entry.id,
    text: entry.text,
    phrases: phrases.map((text, index) => ({ text, isLast: index === phrases.length - 1 })),
    hasPhrases: phrases.length > 0,
    badges: badges.slice(0, badgesShownPerEvent),
    moreSourcesLabel: hidden > 0 ? `+ ${formatCount(hidden)} more` : '',
    mentions,
    hasMentionDetails: mentions.length > 1 || mentions.some((mention) => mention.hasOwnDate || mention.text !== entry.text)
  }
}

function toMentionView(mention: TimelineMention, entry: TimelineEntry, labels: ReadonlyMap<string, SourceLabel>): MentionView {
  const hasOwnDate = mention.date !== entry.date
  return {
    source: toBadge(labelOf(labels, mention.article)),
    phrase: mention.phrase,
    text: mention.text,
    ownDateLabel: hasOwnDate ? dateLabel(mention.date) : '',
    hasOwnDate
  }
}

/** Each phrase once, ignoring case ("On Tuesday" and "on Tuesday" are one), in the order the sources give them. */
function distinctPhrases(entry: TimelineEntry): string[] {
  const seen = new Map<string, string>()
  for (const phrase of [entry.phrase, ...entry.mentions.map((mention) => mention.phrase)]) {
    const key = phrase.trim().toLowerCase()
    if (key !== '' && !seen.has(key)) seen.set(key, phrase.trim())
  }
  return [...seen.values()]
}

/** The parts of a source label a badge prints. */
export function toBadge(label: SourceLabel): SourceBadge {
  return { href: label.href, number: label.number, shortName: label.shortName }
}
