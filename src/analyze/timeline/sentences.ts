/** A sentence of a paragraph and where it starts in the paragraph's text. */
export interface Sentence {
  readonly text: string
  readonly start: number
}

// Abbreviations whose full stop does not end a sentence.
const abbreviation = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Jr|Sr|Inc|Ltd|Co|Corp|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b(?:[A-Z]\.){1,3}[A-Z]?)\.$/

/**
 * Split a paragraph into sentences at `.`, `!`, `?` followed by a space and a
 * capital letter or an opening quote; quoted speech stays whole, so the
 * sentence that reports it keeps its "he said".
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  const boundary = /[.!?…]["”’)\]]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu
  let start = 0
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length
    const candidate = text.slice(start, end)
    if (abbreviation.test(candidate) || isInsideQuote(candidate)) continue
    sentences.push({ text: candidate.trim(), start })
    start = match.index + match[0].length
  }
  if (start < text.length && text.slice(start).trim()) sentences.push({ text: text.slice(start).trim(), start })
  return sentences.flatMap((sentence) => (sentence.text.length > maxSentence ? splitLong(sentence) : [sentence]))
}

/** Longer than this, a "sentence" is text without full stops (a pasted list, a run-on line): it is cut into pieces. */
const maxSentence = 600

// Cut at a clause break (";", ",") in the second half of each piece, else at a space, so that a
// timeline mention quotes a readable stretch around its date and never a whole page.
function splitLong(sentence: Sentence): Sentence[] {
  const pieces: Sentence[] = []
  let rest = sentence.text
  let offset = sentence.start
  while (rest.length > maxSentence) {
    const window = rest.slice(0, maxSentence)
    const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '))
    const space = window.lastIndexOf(' ')
    const cut = clause > maxSentence / 2 ? clause + 1 : space > maxSentence / 2 ? space : maxSentence
    const lead = rest.length - rest.trimStart().length
    pieces.push({ text: rest.slice(0, cut).trim(), start: offset + lead })
    offset += cut
    rest = rest.slice(cut)
  }
  if (rest.trim()) pieces.push({ text: rest.trim(), start: offset + (rest.length - rest.trimStart().length) })
  return pieces
}

// A full stop inside quoted speech ends the speaker's sentence, not the reporter's.
function isInsideQuote(text: string): boolean {
  const opened = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length
  const straight = (text.match(/"/g) ?? []).length
  return opened > 0 || straight % 2 === 1
}
