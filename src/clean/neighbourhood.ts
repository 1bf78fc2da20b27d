import type { RawBlock } from '../load/index.js'
import type { Features } from '../text/features.js'
import { type Evidence, totalWeight } from './evidence.js'

/** What cleaning decided for one raw block. */
export type Decision =
  | { readonly kind: 'keep' }
  | { readonly kind: 'heading' }
  | { readonly kind: 'remove', readonly rule: string, readonly reason: string }
  | { readonly kind: 'note', readonly rule: string, readonly reason: string }

/** The body of an article: from its first to its last paragraph of real prose. */
export interface Zones {
  readonly first: number
  readonly last: number
}

/** Whether a decision takes the block out of the body (removed or shown as a note). */
export function isSettled(decision: Decision): boolean {
  return decision.kind === 'remove' || decision.kind === 'note'
}

/**
 * The body runs from the first to the last paragraph that reads like prose
 * (a sentence of 15 words or more with no evidence of furniture); a credit
 * line ("… contributed to this report") ends it.
 */
export function findZones(features: readonly Features[], evidence: readonly Evidence[][], decisions: readonly Decision[]): Zones {
  let first = -1
  let last = -1
  const creditIndex = decisions.findIndex((decision, index) => decision.kind === 'note' && index > 0)
  for (const [index, item] of features.entries()) {
    if (creditIndex !== -1 && index > creditIndex && first !== -1) break
    const isProse = item.isSentence && item.wordCount >= 15 && totalWeight(evidence[index]!) < 0.5 && !isSettled(decisions[index]!)
    if (!isProse) continue
    if (first === -1) first = index
    last = index
  }
  return first === -1 ? { first: 0, last: features.length - 1 } : { first, last }
}

const related = 'related-list'

/**
 * Decisions that depend on the neighbours: a line between two pieces of
 * furniture outside the body, the tail of a run of furniture, the items of
 * a related-stories list, alt text beside a caption. Returns whether
 * anything changed, so the caller can run it again.
 */
export function applyNeighbourhood(features: readonly Features[], evidence: readonly Evidence[][], decisions: Decision[], zones: Zones, raw: readonly RawBlock[]): boolean {
  let changed = false
  const isJunk = (index: number): boolean => index >= 0 && index < decisions.length && isSettled(decisions[index]!)
  // Between furniture, a full sentence with no sign of furniture is news, unless a credit line has closed the article.
  const credit = decisions.findIndex((decision) => decision.kind === 'note')
  const creditIndex = credit === -1 ? decisions.length : credit
  for (const [index, item] of features.entries()) {
    if (decisions[index]!.kind !== 'keep') continue
    const weight = totalWeight(evidence[index]!)
    if (weight < 0) continue
    const outside = index < zones.first || index > zones.last
    let decision: Decision | undefined
    // A headline may say who "warns" or "urges": under a "Related" heading that is not speech.
    if (followsRelatedHeading(index, decisions, features) && item.wordCount <= 20 && !/[.]["”’]?$/.test(item.text)) {
      decision = { kind: 'remove', rule: 'related-list-item', reason: 'an item of a related-stories list' }
    } else if (isAltText(index, item, decisions, zones, raw)) {
      decision = { kind: 'remove', rule: 'media-alt-text', reason: 'image alt text beside its caption' }
    } else if (isCaptionUnderImage(index, item, decisions, raw)) {
      decision = { kind: 'remove', rule: 'media-caption', reason: 'the caption under an image' }
    } else if (outside && item.wordCount <= 30 && (isSlogan(item) || weight > 0 || index > creditIndex) && isJunk(index - 1) && isJunk(index + 1)) {
      decision = { kind: 'remove', rule: 'between-furniture', reason: 'a line between two pieces of page furniture, outside the body' }
    } else if (outside && item.wordCount <= 12 && (isSlogan(item) || weight > 0) && isEdgeRun(index, decisions, zones, features)) {
      decision = { kind: 'remove', rule: 'edge-run', reason: 'part of a run of page furniture at the edge of the article' }
    } else if (index > zones.last && isHeadlineInTail(index, features, decisions, raw)) {
      decision = { kind: 'remove', rule: 'tail-headlines', reason: 'a headline in the list of links after the article' }
    }
    if (decision) {
      decisions[index] = decision
      changed = true
    }
  }
  return changed
}

// Going back over short removed lines (the list's other items, however they were caught) to the list's heading.
// A fragment, or a line of a few words with no verb ("One app.", "100+ trusted sources."), however
// punctuated: a slogan, not a sentence of news ("The vote was unanimous." has its verb).
function isSlogan(item: Features): boolean {
  return item.isFragment || (item.wordCount <= 5 && item.pastTenseVerbs === 0 && !finiteVerb.test(item.unquoted))
}

const finiteVerb = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|did|does|do|says?|said)\b|\b\p{Ll}+s\b(?=\s+(?:the|a|an|to|on|in|at|for|with|by|from|that|its|his|her|their|\d))/u

function followsRelatedHeading(index: number, decisions: readonly Decision[], features: readonly Features[]): boolean {
  for (let back = index - 1; back >= 0 && back >= index - 12; back--) {
    const decision = decisions[back]!
    if (decision.kind === 'remove' && decision.rule === related) return features[back]!.wordCount <= 8
    if (!(decision.kind === 'remove' && features[back]!.wordCount <= 20)) return false
  }
  return false
}

function isAltText(index: number, item: Features, decisions: readonly Decision[], zones: Zones, raw: readonly RawBlock[]): boolean {
  const next = decisions[index + 1]
  if (!next || next.kind !== 'remove' || !next.rule.startsWith('media-') || !item.isFragment || raw[index]!.kind !== 'paragraph' || raw[index]!.container) return false
  // In the body, a title-case line before a picture is more likely a subheading.
  const inBody = index >= zones.first && index <= zones.last
  return !(inBody && item.titleCaseShare >= 0.6)
}

// The short line right under an image is its caption; a full paragraph there is news.
function isCaptionUnderImage(index: number, item: Features, decisions: readonly Decision[], raw: readonly RawBlock[]): boolean {
  const above = decisions[index - 1]
  if (!above || above.kind !== 'remove' || raw[index - 1]!.kind !== 'image' || raw[index]!.kind !== 'paragraph' || raw[index]!.container) return false
  return !item.hasAttribution && (item.isFragment || item.wordCount <= 20)
}

// At the edges, a short line in a run of furniture that reaches the end of the text is furniture too.
// The run may hold other such lines ("One app. One membership." then "100+ trusted sources."), but
// needs two settled pieces of furniture on its inner side.
function isEdgeRun(index: number, decisions: readonly Decision[], zones: Zones, features: readonly Features[]): boolean {
  const settled = (at: number): boolean => isSettled(decisions[at]!)
  const inRun = (at: number): boolean => settled(at) || (features[at]!.wordCount <= 12 && isSlogan(features[at]!))
  const tail = index > zones.last
  const step = tail ? -1 : 1
  const inside = tail ? zones.last : zones.first
  let furniture = 0
  for (let at = index + step; at !== inside && inRun(at); at += step) if (settled(at)) furniture++
  const outerLines = tail ? features.slice(index + 1).map((_, offset) => index + 1 + offset) : features.slice(0, index).map((_, at) => at)
  return furniture >= 2 && outerLines.every(inRun)
}

/**
 * After the body, a run of two or more headline-like lines (short, no
 * sentence punctuation) between pieces of furniture is a list of links to
 * other stories, even without a "Related" heading.
 */
function isHeadlineInTail(index: number, features: readonly Features[], decisions: readonly Decision[], raw: readonly RawBlock[]): boolean {
  const isHeadline = (at: number): boolean => {
    const item = features[at]!
    return decisions[at]!.kind === 'keep' && raw[at]!.kind !== 'heading' && item.isFragment && item.wordCount >= 3 && item.wordCount <= 14 && !item.hasAttribution && !/[,:;]$/.test(item.text)
  }
  if (!isHeadline(index)) return false
  let start = index
  while (start - 1 >= 0 && isHeadline(start - 1)) start--
  let end = index
  while (end + 1 < features.length && isHeadline(end + 1)) end++
  if (end - start < 1) return false
  // Furniture on both sides: a list of facts that ends the article is left alone.
  const before = start - 1
  const after = end + 1
  return before >= 0 && after < features.length && isSettled(decisions[before]!) && isSettled(decisions[after]!)
}
