import { monthNames, weekdayNames } from '../../calendar/day.js'

const stopWords = new Set(('a an the and or but of in on at to for by with from as is are was were be been being it its this that these those he she they them his her their him we us our you your i me my '
  + 'has have had do does did not no will would could should can may might said says say told tell also than then there here which who whom what when where why how about after before over under '
  + 'into out up down more most some any all both each other such only own same so very just last next earlier later week weeks month months year years day days ago same following previous early late mid '
  + 'mr mrs ms dr while during since until according reportedly').split(' '))
const dateWords = new Set<string>([...monthNames, ...weekdayNames, 'yesterday', 'today', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night'])

/**
 * The words of a sentence that say what happened: lower case, without small
 * words and without the words of dates (which say when, not what).
 */
export function contentWords(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !stopWords.has(word) && !dateWords.has(word) && !/^\d+$/.test(word))
    .map(stem)
}

// A light stem, enough to meet "talks"/"talk" and "announced"/"announces".
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3)
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/** Inverse document frequency of each word over a set of sentences. */
export function inverseFrequencies(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const words of sentences) for (const word of new Set(words)) counts.set(word, (counts.get(word) ?? 0) + 1)
  const weights = new Map<string, number>()
  for (const [word, count] of counts) weights.set(word, Math.log(1 + sentences.length / count))
  return weights
}

/** Weighted Jaccard similarity of two word lists. */
export function weightedSimilarity(a: readonly string[], b: readonly string[], weights: ReadonlyMap<string, number>): number {
  const left = new Set(a)
  const right = new Set(b)
  let shared = 0
  let union = 0
  for (const word of new Set([...left, ...right])) {
    const weight = weights.get(word) ?? 1
    union += weight
    if (left.has(word) && right.has(word)) shared += weight
  }
  return union === 0 ? 0 : shared / union
}

/** Weighted overlap: the weight of shared words. */
export function sharedWeight(a: readonly string[], b: readonly string[], weights: ReadonlyMap<string, number>): number {
  const right = new Set(b)
  let shared = 0
  for (const word of new Set(a)) if (right.has(word)) shared += weights.get(word) ?? 1
  return shared
}
