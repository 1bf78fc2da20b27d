/**
 * Which parts of a Markdown body need the Markdown parser.
 *
 * Why: remark's parser (micromark) reads about a megabyte and a half a
 * second, and was a fifth of the CPU of a build of many articles. Most
 * paragraphs of copied news are plain sentences with no Markdown in them:
 * their tree is one paragraph of one text node, known without parsing.
 *
 * A body is cut at blank lines into chunks. A chunk is *plain* when none of
 * its lines can start a block or hold inline syntax; such a chunk is always
 * a top-level paragraph of its own, whatever comes before or after it. The
 * other chunks are parsed together, run by run, exactly as the whole body
 * would have parsed them. A body with something that reaches across blank
 * lines (fenced code, raw HTML, link definitions) is parsed whole.
 * `tests/property/markdown-runs.test.ts` checks that both ways give the
 * same blocks.
 */

/** Lines of a body in order: a plain chunk, or a run of chunks (with the blank lines between) to parse. */
export interface MarkdownRun {
  readonly plain: boolean
  /** The run's lines, as in the body. */
  readonly lines: readonly string[]
  /** Index of the run's first line in the body (0-based). */
  readonly offset: number
}

// A blank line in CommonMark holds only spaces and tabs: a no-break space is text.
const blank = /^[ \t]*$/
// Fenced code, raw HTML and link reference definitions may reach across blank lines, or change how other chunks read.
const reachesAcross = /^ {0,3}(?:```|~~~|<|\[[^\]]*\]:)/
// What may start a block (heading, quote, list item, thematic break, setext underline, table row) …
const blockStart = /^(?:[#>*+\-=_~`|<[]|\d{1,9}[.)](?:[ \t]|$))/
// … and what may be inline syntax (escapes, emphasis, code, links, images, autolinks, HTML, character references).
// Carriage returns and NUL are left to the parser, which has rules for both.
const inlineSyntax = /[\\`*_<>&[\]\r\0]/

/** The runs of `body`, or `undefined` when it must be parsed whole. */
export function markdownRuns(body: string): MarkdownRun[] | undefined {
  const lines = body.split('\n')
  if (lines.some((line) => reachesAcross.test(line))) return undefined
  // Bounds first, lines at the end: a long run of Markdown chunks is not copied once per chunk.
  const bounds: Array<{ plain: boolean, start: number, end: number }> = []
  let start = 0
  while (start < lines.length) {
    if (blank.test(lines[start]!)) {
      start++
      continue
    }
    let end = start
    while (end < lines.length && !blank.test(lines[end]!)) end++
    const plain = lines.slice(start, end).every(isPlainLine)
    const last = bounds.at(-1)
    // Parsed with the chunks before it, blank lines and all, as the whole body would be.
    if (!plain && last && !last.plain) last.end = end
    else bounds.push({ plain, start, end })
    start = end
  }
  return bounds.map(({ plain, start: from, end }) => ({ plain, lines: lines.slice(from, end), offset: from }))
}

/**
 * A line that is text and nothing else: no leading whitespace (which could
 * continue a list item or start code), nothing that starts a block, no
 * inline syntax, and no hard line break (two spaces at its end).
 */
function isPlainLine(line: string): boolean {
  return /^\S/.test(line) && !blockStart.test(line) && !inlineSyntax.test(line) && !/(?:\s\s|[^\S ])$/.test(line)
}
