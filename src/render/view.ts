import type { Digest, Problem } from '../digest.js'
import { longDateLabel } from './dates.js'
import { type ContentsEntry, type SourceView, collapseSourcesFrom, toContents, toSourceViews } from './source-view.js'
import { type SourceLabel, labelOf, labelSources } from './sources.js'
import { type DayView, type SourceBadge, toBadge, toTimelineView } from './timeline-view.js'
import { countLabel } from './numbers.js'

/** What the page template gets: every value a string, number, boolean or list, ready to print. */
export interface PageView {
  readonly lang: string
  /** The story title in full, for the `h1` and `og:title`. */
  readonly title: string
  /** The title for `<title>` (tabs, bookmarks, search results): at most `pageTitleLength` characters. */
  readonly pageTitle: string
  readonly description: string
  readonly dateRange: string
  readonly sourceCountLabel: string
  readonly eventCountLabel: string
  readonly generator: string
  /** Absolute address of the page (the base URL) for `rel=canonical` and `og:url`; empty when none is configured. */
  readonly canonicalUrl: string
  readonly css: string
  readonly contents: readonly ContentsEntry[]
  readonly hasTimeline: boolean
  readonly timeline: readonly DayView[]
  readonly hasUndated: boolean
  /** `3 time expressions that could not be tied to a calendar date`. */
  readonly undatedLabel: string
  readonly undated: ReadonlyArray<{ readonly source: SourceBadge, readonly phrase: string, readonly text: string, readonly reason: string }>
  /** Many sources: each section shows its lead and collapses the rest (see `collapseSourcesFrom`). */
  readonly hasManySources: boolean
  readonly articles: readonly SourceView[]
  readonly hasProblems: boolean
  readonly problems: ReadonlyArray<{ readonly text: string }>
}

/** Longest `<title>` the page gets: longer titles are cut off in tabs and search results (html-validate's `long-title`). */
export const pageTitleLength = 70

/** Turn the digest into the view the page template prints. */
export function toPageView(digest: Digest, css: string, generator: string, baseUrl: string | null = null): PageView {
  const view = toPageFrame(digest, css, generator, baseUrl)
  return { ...view, articles: toSourceViews(digest.articles, view.labels, view.hasManySources) }
}

/** The page view without its source sections, and what makes them (`toSourceView`). */
export interface PageFrame extends PageView {
  readonly labels: ReadonlyMap<string, SourceLabel>
}

/** The view of everything but the source sections (`articles` is empty). */
export function toPageFrame(digest: Digest, css: string, generator: string, baseUrl: string | null = null): PageFrame {
  const labels = labelSources(digest.articles)
  const dateRange = digest.story.start && digest.story.end
    ? longDateLabel(digest.story.start === digest.story.end ? digest.story.start : `${digest.story.start}/${digest.story.end}`)
    : ''
  const sourceCountLabel = countLabel(digest.articles.length, 'source', 'sources')
  const hasManySources = digest.articles.length >= collapseSourcesFrom
  return {
    lang: 'en',
    title: digest.story.title,
    pageTitle: shortenTitle(digest.story.title, pageTitleLength),
    description: `A digest of ${sourceCountLabel}${dateRange ? `, ${dateRange}` : ''}: ${digest.story.title}`,
    dateRange,
    sourceCountLabel,
    eventCountLabel: countLabel(digest.timeline.length, 'dated event', 'dated events'),
    generator,
    canonicalUrl: baseUrl ?? '',
    css,
    contents: toContents(digest.articles, labels),
    hasTimeline: digest.timeline.length > 0,
    timeline: toTimelineView(digest, labels),
    hasUndated: digest.undated.length > 0,
    undatedLabel: `${countLabel(digest.undated.length, 'time expression', 'time expressions')} that could not be tied to a calendar date`,
    undated: digest.undated.map((item) => ({ source: toBadge(labelOf(labels, item.article)), phrase: item.phrase, text: item.text, reason: item.reason })),
    hasManySources,
    articles: [],
    labels,
    hasProblems: digest.problems.length > 0,
    problems: digest.problems.map((problem) => ({ text: formatProblem(problem) }))
  }
}


/** A title of at most `length` characters: cut at a word boundary and ended with `…` when too long. */
export function shortenTitle(title: string, length: number): string {
  if (title.length <= length) return title
  const cut = title.slice(0, length - 1)
  const boundary = cut.lastIndexOf(' ')
  // A title that is one long word is cut inside the word rather than left empty.
  const kept = boundary > length / 2 ? cut.slice(0, boundary) : cut
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}…`
}

/** `file:line:column: message (rule)`, the way vfile-reporter prints a message. */
export function formatProblem(problem: Problem): string {
  const place = problem.line === null ? '' : `:${problem.line}:${problem.column ?? 1}`
  return `${problem.file}${place}: ${problem.message} (${problem.rule})`
}
