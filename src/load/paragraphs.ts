import type { RawBlock } from './raw-block.js'

/** A run of lines with no blank line inside, and where it starts. */
export interface LineChunk {
  readonly lines: readonly string[]
  readonly line: number
}

/**
 * Split a body into chunks at blank lines (a line of only whitespace, including
 * no-break spaces, is blank). `firstLine` is the file line the body starts on.
 */
export function splitChunks(body: string, firstLine: number): LineChunk[] {
  const chunks: LineChunk[] = []
  let current: string[] = []
  let start = firstLine
  const lines = body.split('\n')
  for (const [offset, line] of lines.entries()) {
    if (line.trim() === '') {
      if (current.length > 0) chunks.push({ lines: current, line: start })
      current = []
    } else {
      if (current.length === 0) start = firstLine + offset
      current.push(line)
    }
  }
  if (current.length > 0) chunks.push({ lines: current, line: start })
  return chunks
}

/**
 * Whether the lines of a chunk are one paragraph hard-wrapped over several
 * lines (then they are joined) rather than one paragraph per line, as text
 * copied from a web page usually is. A wrapped line break falls inside a
 * sentence: the next line goes on in lower case, or the line ends on a comma
 * or a word that cannot end a sentence.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  // Wrapping at a fixed width puts roughly half the breaks inside sentences;
  // a page copied line by line has almost none.
  return lines.length >= 2 && softBreakShare([lines]) >= 0.3
}

/** Share of the line breaks inside paragraphs that fall inside a sentence. */
function softBreakShare(paragraphs: readonly (readonly string[])[]): number {
  let breaks = 0
  let softBreaks = 0
  for (const lines of paragraphs) {
    for (let index = 0; index < lines.length - 1; index++) {
      breaks++
      if (isSoftBreak(lines[index]!.trim(), lines[index + 1]!.trim())) softBreaks++
    }
  }
  return breaks === 0 ? 0 : softBreaks / breaks
}

const continuesSentence = /^[\p{Ll}(]/u
const cannotEndSentence = /(?:[,;–—-]|\b(?:and|or|but|the|a|an|of|to|in|for|with|by|on|at|from|that|as|is|was|were|has|have|had))$/i

function isSoftBreak(line: string, next: string): boolean {
  return continuesSentence.test(next) || cannotEndSentence.test(line)
}

const wrapWidth = 45

function runsToWrapWidth(lines: readonly string[]): boolean {
  return lines.length > 1 && lines.slice(0, -1).every((line) => line.trim().length >= wrapWidth)
}

/** Collapse runs of whitespace (line breaks, tabs, no-break spaces) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Split a plain-text body into one raw block per paragraph, whether the text
 * puts one paragraph on each line or blank lines between (hard-wrapped) paragraphs.
 */
export function splitPlainText(body: string, firstLine: number): RawBlock[] {
  const blocks: RawBlock[] = []
  const chunks = splitChunks(body, firstLine)
  const fileIsWrapped = softBreakShare(chunks.map((chunk) => chunk.lines)) >= 0.3
  for (const chunk of chunks) {
    // In a wrapped file, a short chunk whose break falls between sentences
    // ("… chart for 18:00" / "GMT on 3 March 2025") is wrapped too: its lines run to the wrap width.
    if (isHardWrapped(chunk.lines) || (fileIsWrapped && runsToWrapWidth(chunk.lines))) {
      blocks.push({ text: collapseWhitespace(chunk.lines.join(' ')), line: chunk.line, lineCount: chunk.lines.length, kind: 'paragraph' })
      continue
    }
    for (const [offset, line] of chunk.lines.entries()) {
      blocks.push({ text: collapseWhitespace(line), line: chunk.line + offset, lineCount: 1, kind: 'paragraph' })
    }
  }
  return blocks
}
