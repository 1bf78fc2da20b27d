import { type FamilyVocabulary, type JunkFamily, families } from './families.js'
import type { Features } from '../text/features.js'

/** One rule's say about one block: positive weight for page furniture, negative for content. */
export interface Evidence {
  readonly rule: string
  readonly reason: string
  readonly weight: number
  readonly family?: JunkFamily
  /** The rule matched the whole line: a strong, self-sufficient sign. */
  readonly wholeLine?: boolean
}

/** A block is page furniture when its evidence adds up to this. */
export const junkThreshold = 1

const callToAction = /^(?:get|start|download|sign|subscribe|join|follow|share|read|click|tap|try|register|log|install|watch|listen|discover|explore|donate|become|upgrade|claim|unlock|continue|enter|visit|learn more|find out|check out|shop|buy|order|book|tell us|let us know)\b/i

/**
 * The evidence that depends on the block alone: family vocabulary, the
 * shape of the text, and whether it is someone's reported speech.
 */
export function blockEvidence(features: Features, linkShare: number): Evidence[] {
  const evidence: Evidence[] = []
  const isShort = features.wordCount <= 14
  for (const vocabulary of families) {
    const found = vocabularyEvidence(vocabulary, features, isShort)
    if (found) evidence.push(found)
  }
  if (isShort && callToAction.test(features.unquoted.trim()) && !features.hasAttribution) {
    evidence.push({ rule: 'call-to-action', reason: 'call to action', weight: 0.6 })
  }
  if (features.secondPerson > 0 && features.firstPersonPlural > 0) {
    const weight = Math.min(0.8, 0.4 + 0.15 * (features.secondPerson + features.firstPersonPlural - 2))
    evidence.push({ rule: 'reader-address', reason: 'the publisher addressing its reader', weight })
  }
  if (linkShare >= 0.8 && features.wordCount <= 20) {
    evidence.push({ rule: 'link-only-line', reason: 'a line that is only a link', weight: 0.6 })
  }
  if (features.urlShare >= 0.5) {
    evidence.push({ rule: 'url-density', reason: 'mostly web addresses', weight: 0.8, family: 'urls' })
  }
  if (evidence.some((item) => item.weight > 0)) addShapeEvidence(evidence, features)
  return evidence
}

function vocabularyEvidence(vocabulary: FamilyVocabulary, features: Features, isShort: boolean): Evidence | undefined {
  const line = features.text.trim().replace(/[.:!]+$/, '')
  if (isShort && vocabulary.line.some((pattern) => pattern.test(line))) {
    return { rule: vocabulary.rule, reason: vocabulary.reason, family: vocabulary.family, weight: 1.5, wholeLine: true }
  }
  const hits = vocabulary.phrase.filter((pattern) => pattern.test(features.unquoted)).length
  if (hits === 0) return undefined
  // The same words weigh less in a long paragraph: there they are more likely news about them.
  const lengthFactor = features.wordCount <= 14 ? 1 : features.wordCount <= 25 ? 0.7 : features.wordCount <= 50 ? 0.45 : 0.25
  return { rule: vocabulary.rule, reason: vocabulary.reason, family: vocabulary.family, weight: Math.min(1.5, hits * lengthFactor) }
}

function addShapeEvidence(evidence: Evidence[], features: Features): void {
  if (features.isFragment) evidence.push({ rule: 'fragment', reason: 'a fragment, not a sentence', weight: 0.2 })
  if (features.hasAttribution || features.quotedShare >= 0.3) {
    evidence.push({ rule: 'quoted-speech', reason: 'reported speech is content', weight: -1 })
  }
  if (features.sentenceCount >= 3 && features.wordCount >= 40 && features.secondPerson === 0) {
    evidence.push({ rule: 'long-prose', reason: 'several sentences of prose', weight: -0.4 })
  }
}

/** Sum of the weights. */
export function totalWeight(evidence: readonly Evidence[]): number {
  return evidence.reduce((sum, item) => sum + item.weight, 0)
}

/** The rule that speaks loudest for removal: it names the removal. */
export function decisiveEvidence(evidence: readonly Evidence[]): Evidence | undefined {
  let best: Evidence | undefined
  for (const item of evidence) {
    if (item.weight > 0 && item.rule !== 'fragment' && item.rule !== 'edge-position' && (!best || item.weight > best.weight)) best = item
  }
  return best
}
