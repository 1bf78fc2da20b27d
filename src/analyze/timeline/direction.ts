/** Which way in time a sentence looks from the day it was written. */
export type Direction = 'past' | 'future'

// Markers of a future or planned event, in the clause that holds the date.
const futureMarker = /\b(?:will|won't|shall|(?:is|are|was|were) (?:scheduled|due|expected|set|slated|poised|planned|going|about) to|(?:is|are) to|plans? to|planning to|intends? to|upcoming|ahead of|in advance of|before (?:a|an|the) (?:possible|potential|planned|expected|scheduled)|potential|possible|planned|expected|scheduled|next|could (?:start|begin|open|come|meet|vote)|would (?:start|begin|open|meet|vote|come))\b|['’]ll\b/i

/**
 * Whether a date expression points forward or back: news is told in the past
 * tense, so a sentence looks back unless the clause holding the date
 * speaks of what will, or is planned to, happen.
 */
export function directionOf(sentence: string, expressionIndex: number): Direction {
  return futureMarker.test(clauseAround(sentence, expressionIndex)) ? 'future' : 'past'
}

// The clause: from the last clause break before the expression to the first after it.
function clauseAround(sentence: string, index: number): string {
  const breaks = /[;:–—]|,\s(?:and|but|while|as|though|although|which|who)\b|\s(?:but|while|whereas|after|as)\s/g
  let start = 0
  let end = sentence.length
  for (const match of sentence.matchAll(breaks)) {
    if (match.index < index) start = match.index + match[0].length
    else if (match.index > index) {
      end = match.index
      break
    }
  }
  return sentence.slice(start, end)
}
