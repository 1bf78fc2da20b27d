import type { Day } from '../../calendar/day.js'
import type { Block, UndatedMention } from '../../digest.js'
import type { Span } from '../../calendar/span.js'
import { directionOf } from './direction.js'
import { findExpressions } from './expressions.js'
import { isAnaphoric, resolveExpression } from './resolve.js'
import { splitSentences } from './sentences.js'
import { remembered } from '../../text/remembered.js'
import { contentWords, inverseFrequencies, sharedWeight } from './words.js'

/** A dated sentence of one article, before merging across sources. */
export interface DatedMention {
  readonly article: string
  readonly block: string
  readonly text: string
  readonly phrase: string
  readonly span: Span
  readonly rule: string
  /** Content words of the sentence, for matching events. */
  readonly words: readonly string[]
  /** Order of the mention in its article. */
  readonly order: number
}

/** The input of the timeline stage for one article. */
export interface TimelineArticle {
  readonly id: string
  readonly publication: Span | null
  readonly blocks: readonly Block[]
}

/** The dated and undated mentions of one article. */
export interface ArticleMentions {
  readonly dated: readonly DatedMention[]
  readonly undated: readonly UndatedMention[]
}

interface SentenceRef {
  readonly block: Block
  readonly blockIndex: number
  readonly text: string
  readonly words: readonly string[]
}

/**
 * Find every sentence of an article that places an event in time and
 * resolve its date: against publication, or for "later that week" and "the
 * same day" against the event they refer back to.
 */
export function findMentions(article: TimelineArticle): ArticleMentions {
  const publication = article.publication ? `${article.publication.first}/${article.publication.last}/${article.publication.precision}` : '-'
  const key = `${article.id}\u0000${publication}\u0000${article.blocks.map((block) => `${block.id}\u0001${block.type}\u0001${block.text}`).join('\u0002')}`
  return rememberedMentions(key, () => computeMentions(article))
}

const rememberedMentions = remembered<ArticleMentions>(5_000)

function computeMentions(article: TimelineArticle): ArticleMentions {
  const dated: DatedMention[] = []
  const undated: UndatedMention[] = []
  const sentences: SentenceRef[] = []
  for (const [blockIndex, block] of article.blocks.entries()) {
    if (block.type !== 'paragraph') continue
    for (const sentence of splitSentences(block.text)) sentences.push(sentenceRef(block, blockIndex, sentence.text))
  }
  // The words of every sentence weigh the words an anchor shares: needed only by the first anchor looked for by words.
  let weights: ReadonlyMap<string, number> | undefined
  const weightsOfWords = (): ReadonlyMap<string, number> => (weights ??= inverseFrequencies(sentences.map((sentence) => sentence.words)))
  const blockIndex = new Map(article.blocks.map((block, index) => [block.id, index]))
  for (const sentence of sentences) {
    const expressions = findExpressions(sentence.text)
    let sameSentenceAnchor: Day | null = null
    for (const expression of expressions) {
      const anchor = isAnaphoric(expression) ? sameSentenceAnchor ?? findAnchor(sentence, dated, weightsOfWords, blockIndex) : null
      const resolution = resolveExpression(expression, { publication: article.publication, anchor, direction: directionOf(sentence.text, expression.index, expression.rule) })
      if ('undated' in resolution) {
        undated.push({ article: article.id, block: sentence.block.id, text: sentence.text, phrase: expression.phrase.trim(), reason: resolution.undated, rule: expression.rule })
        continue
      }
      if (resolution.span.precision === 'day') sameSentenceAnchor = resolution.span.first
      dated.push({
        article: article.id, block: sentence.block.id, text: sentence.text, phrase: expression.phrase.trim(), span: resolution.span,
        rule: expression.rule, words: sentence.words, order: dated.length
      })
    }
  }
  return { dated, undated }
}

// A sentence's content words are worked out when first asked for: most sentences carry no date.
function sentenceRef(block: Block, blockIndex: number, text: string): SentenceRef {
  let words: readonly string[] | undefined
  return {
    block,
    blockIndex,
    text,
    get words() {
      return (words ??= contentWords(text))
    }
  }
}

/** How many paragraphs back a "the following day" still counts from the last day told. */
const anchorReach = 2

// The event a "later that week" counts from: a day-precision event told earlier
// in the same paragraph; else an earlier event the sentence names (it shares two
// or more telling words with its sentence: "the same day as the Witkoff-Ushakov
// call"); else the last day told in the paragraphs just before (a story goes on
// from the day it last named); else the earlier event that shares the most words.
function findAnchor(sentence: SentenceRef, earlier: readonly DatedMention[], weightsOfWords: () => ReadonlyMap<string, number>, blockIndex: ReadonlyMap<string, number>): Day | null {
  const candidates = earlier.filter((mention) => mention.span.precision === 'day')
  const inParagraph = candidates.filter((mention) => mention.block === sentence.block.id)
  if (inParagraph.length > 0) return inParagraph.at(-1)!.span.first
  if (candidates.length === 0) return null
  const weights = weightsOfWords()
  let best: DatedMention | undefined
  let bestScore = 0
  for (const candidate of candidates) {
    const score = sharedWeight(sentence.words, candidate.words, weights)
    if (score >= bestScore && score > 0) {
      best = candidate
      bestScore = score
    }
  }
  if (best && sharedWords(sentence.words, best.words) >= 2) return best.span.first
  const last = candidates.at(-1)
  if (last && sentence.blockIndex - (blockIndex.get(last.block) ?? -Infinity) <= anchorReach) return last.span.first
  return best ? best.span.first : null
}

function sharedWords(a: readonly string[], b: readonly string[]): number {
  const right = new Set(b)
  return new Set(a.filter((word) => right.has(word))).size
}

