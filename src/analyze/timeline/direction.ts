import { countPastTense } from '../../text/features.js'

/**
 * Which way in time a sentence looks from the day it was written: back, ahead, or, in a clause with
 * no tense to tell ("The ballot closes on 12 January", "said drivers would strike on 19 December"),
 * to whichever such day lies nearest.
 */
export type Direction = 'past' | 'future' | 'nearest'

// Markers of a future or planned event, in the clause that holds the date.
const futureMarker = /\b(?:will|won't|shall|(?:is|are|was|were) (?:scheduled|due|expected|set|slated|poised|planned|going|about) to|(?:is|are) to|(?:is|are) due (?:in|on|by|at|before|next|this)|(?:has|have) until|plans? to|planning to|intends? to|intending to|expects? to|expecting to|hopes? to|hoping to|aims? to|aiming to|upcoming|ahead of|in advance of|before (?:a|an|the) (?:possible|potential|planned|expected|scheduled)|potential|possible|planned|expected|scheduled|next|could (?:start|begin|open|come|meet|vote)|would (?:start|begin|open|meet|vote|come))\b|['’]ll\b/i

/**
 * Whether a date expression points forward or back: news is told in the past
 * tense, so a sentence looks back unless the clause holding the date
 * speaks of what will, or is planned to, happen.
 */
export function directionOf(sentence: string, expressionIndex: number, expressionRule = ''): Direction {
  // "the investigation that the council ordered on 5 February will be led by…": the verb just before the date decides.
  const before = sentence.slice(0, expressionIndex).trim().split(/\s+/).slice(-3).join(' ')
  if (countPastTense(before, { withLabels: true }) > 0 && !/\b(?:will|to|be|been|being)\s+\S+$/i.test(before)) return 'past'
  const clause = clauseAround(sentence, expressionIndex)
  if (futureMarker.test(clause)) return 'future'
  const unmarked = countPastTense(clause, { withLabels: true }) === 0 && !/\b(?:was|were|had|did)\b/i.test(clause)
  // "The new pumps go in on Monday": a weekday in a clause with no past tense is one to come.
  if (expressionRule === 'date-weekday' && unmarked) return 'future'
  // "announced that drivers would strike on 19 December": a time after the telling, before or after the writing.
  if (unmarked || /\bwould\b/i.test(sentence.slice(0, expressionIndex).slice(-60))) return 'nearest'
  return 'past'
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
