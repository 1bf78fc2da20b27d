import type { Digest, Problem } from '../digest.js'
import { renderBlocks, sectionId } from './blocks.js'
import { dateLabel, longDateLabel } from './dates.js'

/** What the page template gets: every value a string, number, boolean or list, ready to print. */
export interface PageView {
  readonly lang: string
  readonly title: string
  readonly description: string
  readonly dateRange: string
  readonly sourceCountLabel: string
  readonly generator: string
  readonly css: string
  readonly contents: ReadonlyArray<{ readonly href: string, readonly label: string, readonly title: string }>
  readonly hasTimeline: boolean
  readonly timeline: readonly unknown[]
  readonly hasUndated: boolean
  readonly undated: readonly unknown[]
  readonly articles: readonly unknown[]
  readonly hasProblems: boolean
  readonly problems: ReadonlyArray<{ readonly text: string }>
}

/** Turn the digest into the view the page template prints. */
export function toPageView(digest: Digest, css: string, generator: string): PageView {
  const names = new Map(digest.articles.map((article) => [article.id, article.source]))
  const badge = (id: string): { href: string, label: string } => ({ href: `#${sectionId(id)}`, label: names.get(id) ?? id })
  const dateRange = digest.story.start && digest.story.end
    ? longDateLabel(digest.story.start === digest.story.end ? digest.story.start : `${digest.story.start}/${digest.story.end}`)
    : ''
  const count = digest.articles.length
  const sourceCountLabel = `${count} ${count === 1 ? 'source' : 'sources'}`
  return {
    lang: 'en',
    title: digest.story.title,
    description: `A digest of ${sourceCountLabel}${dateRange ? `, ${dateRange}` : ''}: ${digest.story.title}`,
    dateRange,
    sourceCountLabel,
    generator,
    css,
    contents: digest.articles.map((article) => ({ ...badge(article.id), title: article.title })),
    hasTimeline: digest.timeline.length > 0,
    timeline: digest.timeline.map((entry) => ({
      id: entry.id,
      dateIso: entry.date,
      dateLabel: dateLabel(entry.date),
      text: entry.text,
      phrase: entry.phrase,
      sources: entry.sources.map((id) => {
        const mention = entry.mentions.find((item) => item.article === id)!
        return { ...badge(id), phrase: mention.phrase, text: mention.text }
      }),
      hasOthers: entry.sources.length > 1
    })),
    hasUndated: digest.undated.length > 0,
    undated: digest.undated.map((item) => ({ ...badge(item.article), phrase: item.phrase, text: item.text, reason: item.reason })),
    articles: digest.articles.map((article) => ({
      id: sectionId(article.id),
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
      blocksHtml: renderBlocks(article, names),
      hasNotes: article.notes.length > 0,
      notes: article.notes.map((note) => ({ text: note.text })),
      hasRemoved: article.removed.length > 0,
      removedCount: article.removed.length,
      removed: article.removed.map((removal) => ({ text: removal.text, reason: removal.reason, rule: removal.rule, line: removal.line }))
    })),
    hasProblems: digest.problems.length > 0,
    problems: digest.problems.map((problem) => ({ text: formatProblem(problem) }))
  }
}

/** `file:line:column: message (rule)`, the way vfile-reporter prints a message. */
export function formatProblem(problem: Problem): string {
  const place = problem.line === null ? '' : `:${problem.line}:${problem.column ?? 1}`
  return `${problem.file}${place}: ${problem.message} (${problem.rule})`
}
