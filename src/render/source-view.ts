import type { Article } from '../digest.js'
import { renderBlocks, splitLead } from './blocks.js'
import { longDateLabel } from './dates.js'
import { type SourceLabel, labelOf, sectionId } from './sources.js'

/**
 * From this many sources on, each source section shows its lead paragraph and
 * collapses the rest of its text (and the page skips rendering sections that
 * are off screen), so that a digest of thousands of sources opens quickly.
 * Twenty full articles are still a page one reads from top to bottom.
 */
export const collapseSourcesFrom = 21

/** One source's entry in the contents list. */
export interface ContentsEntry {
  readonly href: string
  readonly number: number
  readonly name: string
  readonly title: string
  readonly dateLabel: string
  readonly hasDate: boolean
}

/** A link to the next source, at the foot of each section. */
export interface NextSource {
  readonly href: string
  readonly number: number
  readonly shortName: string
}

/** One source's section. */
export interface SourceView {
  readonly id: string
  /** The id of the section's heading: `title-<article id>`, a prefix no other id of the page has (`<section id>-title` could be another source's section). */
  readonly titleId: string
  readonly number: number
  readonly source: string
  readonly title: string
  readonly titleIsFallback: boolean
  readonly author: string
  readonly hasAuthor: boolean
  readonly dateLabel: string
  readonly dateIso: string
  readonly hasDate: boolean
  readonly section: string
  readonly hasSection: boolean
  readonly url: string
  readonly hasUrl: boolean
  readonly file: string
  /** Whether there is an author, section, date or address to show under the headline. */
  readonly hasMeta: boolean
  /** The whole text, or on a page of many sources only the lead paragraph. */
  readonly leadHtml: string
  /** On a page of many sources, the text after the lead (collapsed); otherwise empty. */
  readonly restHtml: string
  readonly hasRest: boolean
  readonly restLabel: string
  readonly hasNotes: boolean
  readonly notes: ReadonlyArray<{ readonly text: string }>
  readonly hasRemoved: boolean
  readonly removedCount: number
  readonly removed: ReadonlyArray<{ readonly text: string, readonly reason: string, readonly rule: string, readonly line: number }>
  readonly next: readonly NextSource[]
}

/** The contents list: every source with its number, outlet, headline and date. */
export function toContents(articles: readonly Article[], labels: ReadonlyMap<string, SourceLabel>): ContentsEntry[] {
  return articles.map((article) => {
    const label = labelOf(labels, article.id)
    return { href: label.href, number: label.number, name: label.name, title: article.title, dateLabel: article.date ? longDateLabel(article.date) : '', hasDate: article.date !== null }
  })
}

/** The section of each source; `collapse` shows only the lead paragraph of each, with the rest collapsed. */
export function toSourceViews(articles: readonly Article[], labels: ReadonlyMap<string, SourceLabel>, collapse: boolean): SourceView[] {
  return articles.map((_, index) => toSourceView(articles, index, labels, collapse))
}

/** The section of the source at `index`; see `toSourceViews`. */
export function toSourceView(articles: readonly Article[], index: number, labels: ReadonlyMap<string, SourceLabel>, collapse: boolean): SourceView {
  const article = articles[index]!
  const { lead, rest } = collapse ? splitLead(article.blocks) : { lead: article.blocks, rest: [] }
  const following = articles[index + 1]
  const nextLabel = following === undefined ? undefined : labelOf(labels, following.id)
  const paragraphs = rest.filter((block) => block.type === 'paragraph').length
  return {
    id: sectionId(article.id),
    titleId: `title-${article.id}`,
    number: index + 1,
    source: article.source,
    title: article.title,
    titleIsFallback: article.provenance.title === 'fallback',
    author: article.author ?? '',
    hasAuthor: article.author !== null,
    dateLabel: article.date ? longDateLabel(article.date) : '',
    dateIso: article.date ?? '',
    hasDate: article.date !== null,
    section: article.section ?? '',
    hasSection: article.section !== null,
    url: article.url ?? '',
    hasUrl: article.url !== null,
    file: article.file,
    hasMeta: article.author !== null || article.section !== null || article.date !== null || article.url !== null,
    leadHtml: renderBlocks(lead, labels),
    restHtml: renderBlocks(rest, labels),
    hasRest: rest.length > 0,
    restLabel: lead.length > 0 ? `Read on (${paragraphs} more ${paragraphs === 1 ? 'paragraph' : 'paragraphs'})` : `Read the text (${paragraphs} ${paragraphs === 1 ? 'paragraph' : 'paragraphs'})`,
    hasNotes: article.notes.length > 0,
    notes: article.notes.map((note) => ({ text: note.text })),
    hasRemoved: article.removed.length > 0,
    removedCount: article.removed.length,
    removed: article.removed.map((removal) => ({ text: removal.text, reason: removal.reason, rule: removal.rule, line: removal.line })),
    next: nextLabel === undefined ? [] : [{ href: nextLabel.href, number: nextLabel.number, shortName: nextLabel.shortName }]
  }
}
