import type { Digest } from '../digest.js'

/** What `--explain` prints: per source, every removal with its line, rule and reason. */
export function explainRemovals(digest: Digest): string {
  const lines: string[] = []
  for (const article of digest.articles) {
    lines.push(`${article.file} (${article.source}): ${article.blocks.length} kept, ${article.removed.length} removed${article.notes.length > 0 ? `, ${article.notes.length} notes` : ''}`)
    for (const removal of article.removed) {
      lines.push(`  ${article.file}:${removal.line}  ${removal.rule.padEnd(26)} ${removal.reason}: ${quote(removal.text)}`)
    }
    for (const note of article.notes) lines.push(`  ${article.file}:${note.line}  ${note.rule.padEnd(26)} kept as a note: ${quote(note.text)}`)
  }
  return `${lines.join('\n')}\n`
}

function quote(text: string): string {
  return JSON.stringify(text.length > 90 ? `${text.slice(0, 87)}…` : text)
}
