import { monthNames, weekdayNames } from '../../calendar/day.js'
import { remembered } from '../../text/remembered.js'

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
  return rememberedWords(sentence, () => wordsOf(sentence))
}

// Sentences recur from build to build in watch mode: remember the last few thousand.
const rememberedWords = remembered<string[]>(50_000)

function wordsOf(sentence: string): string[] {
  const lower = sentence.toLowerCase().replace(/[’']s\b/g, '')
  // Compounds with a number ("28-point", "£210m") are among the most telling words; keep them whole too.
  const compounds = /\p{N}/u.test(lower) ? lower.match(/[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)+|\p{N}+[\p{L}]+/gu) ?? [] : []
  const words = [...lower.split(/[^\p{L}\p{N}]+/u), ...compounds]
    .filter((word) => word.length > 1 && !stopWords.has(word) && !dateWords.has(word) && !/^\d+$/.test(word))
    .map(stem)
  return words
}

// A light stem, enough to meet "talks"/"talk" and "announced"/"announces".
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3)
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/** The words of a sentence that say what happened, each with its nearness to the date phrase (1 beside it, falling with distance). */
export type EventProfile = ReadonlyMap<string, number>

// Half weight at this many words from the date phrase: a long sentence often tells
// two things, and the one it dates sits next to the date.
const nearnessScale = 6

/**
 * Profile the event a date phrase dates: the sentence's content words,
 * weighted by how near they stand to the phrase.
 */
export function eventProfile(sentence: string, phrase: string): EventProfile {
  const tokens = [...sentence.matchAll(/[\p{L}\p{N}’'-]+/gu)]
  const at = sentence.toLowerCase().indexOf(phrase.toLowerCase())
  const phraseToken = Math.max(0, tokens.findIndex((token) => token.index >= at))
  const phraseLength = phrase.split(/\s+/).length
  const profile = new Map<string, number>()
  for (const [position, token] of tokens.entries()) {
    const distance = position < phraseToken ? phraseToken - position : Math.max(0, position - (phraseToken + phraseLength - 1))
    const nearness = 1 / (1 + distance / nearnessScale)
    for (const word of tokenWords(token[0])) profile.set(word, Math.max(profile.get(word) ?? 0, nearness))
  }
  return profile
}

// A vocabulary is small next to its text: the words of each token are kept for every build (a few MB).
const wordsOfToken = new Map<string, string[]>()
const rememberedTokens = 200_000

function tokenWords(token: string): string[] {
  let words = wordsOfToken.get(token)
  if (words) return words
  words = wordsOf(token)
  if (wordsOfToken.size >= rememberedTokens) wordsOfToken.clear()
  wordsOfToken.set(token, words)
  return words
}

/** Cosine similarity of two event profiles, each word weighted by its rarity too. */
export function profileSimilarity(a: EventProfile, b: EventProfile, weights: ReadonlyMap<string, number>): number {
  let product = 0
  let left = 0
  let right = 0
  for (const [word, nearness] of a) {
    const value = nearness * (weights.get(word) ?? 1)
    left += value * value
    const other = b.get(word)
    if (other !== undefined) product += value * other * (weights.get(word) ?? 1)
  }
  for (const [word, nearness] of b) {
    const value = nearness * (weights.get(word) ?? 1)
    right += value * value
  }
  return left === 0 || right === 0 ? 0 : product / Math.sqrt(left * right)
}

/** Inverse document frequency of each word over a set of sentences. */
export function inverseFrequencies(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const words of sentences) for (const word of new Set(words)) counts.set(word, (counts.get(word) ?? 0) + 1)
  const weights = new Map<string, number>()
  for (const [word, count] of counts) weights.set(word, Math.log(1 + sentences.length / count))
  return weights
}

/** Weighted overlap: the weight of shared words. */
export function sharedWeight(a: readonly string[], b: readonly string[], weights: ReadonlyMap<string, number>): number {
  const right = new Set(b)
  let shared = 0
  for (const word of new Set(a)) if (right.has(word)) shared += weights.get(word) ?? 1
  return shared
}
