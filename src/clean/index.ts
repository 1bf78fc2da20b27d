import type { ArticleMeta, Block, Note, Removal } from '../digest.js'
import type { LoadedArticle, RawBlock } from '../load/index.js'
import { comparisonKey, type Features, measure } from '../text/features.js'
import { fingerprint, nearDuplicatePairs } from '../text/near-duplicates.js'
import { remembered } from '../text/remembered.js'
import { type Evidence, type LinkFacts, blockEvidence, decisiveEvidence, junkThreshold, totalWeight } from './evidence.js'
import { cutInline, cutInlineHtml } from './inline.js'
import { resolveMeta } from './meta.js'
import { readTopLines, type TopLineMetadata } from './metadata.js'
import { type Decision, type Zones, applyNeighbourhood, findZones, isSettled } from './neighbourhood.js'

/** What cleaning knows about the other articles of the build. */
export interface CleaningContext {
  /** For short lines (by comparison key): in how many articles they occur. */
  readonly lineCounts: ReadonlyMap<string, number>
  readonly articleCount: number
}

/** An article after cleaning, ready for analysis. */
export interface CleanedArticle {
  readonly id: string
  readonly meta: ArticleMeta
  readonly blocks: readonly Block[]
  readonly removed: readonly Removal[]
  readonly notes: readonly Note[]
}

const shortLineWords = 20
const credit = /\b(?:contributed (?:reporting )?to this (?:report|story|article)|(?:additional|further) reporting(?: by| from|(?=:))|(?:reporting|editing|writing) by|compiled by|with (?:additional )?reporting (?:by|from)|with (?:additional )?assistance from|this (?:story|article|report|piece) (?:was|is) (?:produced|written|supplied|provided|funded) (?:by|through|as part of|under)|reported by)\b/i

/** Count, for every short line, how many articles carry it: boilerplate repeats across sources. */
export function countSharedLines(articles: readonly LoadedArticle[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const article of articles) {
    const keys = new Set(article.blocks.filter((block) => block.text.split(' ').length <= shortLineWords).map((block) => comparisonKey(block.text)))
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/**
 * Clean one article: take page furniture out (each removal named by its
 * rule), read metadata off the top lines, drop repeated paragraphs, mark
 * subheadings, and cut inline furniture out of kept paragraphs.
 */
export function cleanArticle(id: string, article: LoadedArticle, context: CleaningContext): CleanedArticle {
  const raw = article.blocks
  const features = raw.map((block) => measuredLines(block.text, () => measure(block.text)))
  // A copy: context evidence is added to each block's list below.
  const evidence = raw.map((block, index) => [...linesEvidence(evidenceKey(block), () => initialEvidence(block, features[index]!))])
  const decisions: Decision[] = raw.map(() => ({ kind: 'keep' }))
  markCredits(features, decisions)
  const zones = findZones(features, evidence, decisions)
  addContextEvidence(features, evidence, zones, context)
  decideByEvidence(evidence, decisions)
  const top = readMetadataLines(article, features, decisions, zones)
  settleNeighbourhood(features, evidence, decisions, raw)
  // A removed repeat or pull quote is furniture's neighbour too ("Related" links after a repeated block).
  const repeated = markRepeats(raw, decisions)
  const pulled = markPullQuotes(raw, features, decisions)
  if (repeated || pulled) settleNeighbourhood(features, evidence, decisions, raw)
  markHeadings(raw, features, decisions)
  return assemble(id, article, decisions, top)
}

// Boilerplate is the same line in article after article ("Advertisement", a share bar,
// a sign-up box): what a line is on its own is worked out once per thread and build.
// A build's lines are many; the memos forget all at once when full.
const measuredLines = remembered<Features>(20_000, 20_000)
const linesEvidence = remembered<readonly Evidence[]>(20_000, 20_000)

// Everything `initialEvidence` reads of a block.
function evidenceKey(block: RawBlock): string {
  return `${block.kind}\u0000${block.container ?? ''}\u0000${block.html ?? ''}\u0000${block.text}`
}

function initialEvidence(block: RawBlock, features: Features): Evidence[] {
  if (block.kind === 'image') return [{ rule: 'media-image', reason: 'an image (its alt text); the page loads no images', weight: 2, family: 'media', wholeLine: true }]
  if (block.container === 'code') return []
  return blockEvidence(features, linkFacts(block))
}

function linkFacts(block: RawBlock): LinkFacts {
  if (!block.html || !block.text) return { share: 0 }
  const links = [...block.html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)]
  const linked = links.map((match) => match[1]!.replace(/<[^>]*>/g, '')).join('')
  const last = links.at(-1)
  // The last link ends the block when only closing tags and punctuation follow it.
  const endsBlock = last !== undefined && /^(?:\s|<\/[a-z0-9]+>|[.!→›»])*$/i.test(block.html.slice(last.index + last[0].length))
  return { share: linked.length / block.text.length, ...(endsBlock ? { trailing: last[1]!.replace(/<[^>]*>/g, '') } : {}) }
}

// "Presented by Anna Duthie. Produced by Ewan Strachan. Sound design by …": the credits of a programme, two roles or more.
const productionRole = /\b(?:(?:presented|produced|hosted|edited|mixed|engineered|narrated|directed|filmed|illustrated|researched)\s+by|sound design(?:ed)?\s+by|theme music|executive producer)\b/gi

function isProductionCredit(item: Features): boolean {
  return item.wordCount <= 40 && (item.text.match(productionRole)?.length ?? 0) >= 2
}

// "Journal reference: Ferreby, I. et al. (2025) … DOI: 10.5555/…": where the study is published, kept as a note.
const citation = /^\W*(?:journal |study |paper )?(?:reference|citation)s?\s*:|\bdoi:?\s*10\.\d{4,}\//i

function markCredits(features: readonly Features[], decisions: Decision[]): void {
  for (const [index, item] of features.entries()) {
    if ((item.wordCount <= 25 && credit.test(item.text) && !item.hasAttribution) || isProductionCredit(item) || (item.wordCount <= 60 && citation.test(item.text))) {
      decisions[index] = { kind: 'note', rule: 'credit-line', reason: 'a credit line, shown as a note' }
    }
  }
}

// Position and repetition across sources make weak evidence count, never create it.
function addContextEvidence(features: readonly Features[], evidence: Evidence[][], zones: Zones, context: CleaningContext): void {
  for (const [index, items] of evidence.entries()) {
    if (totalWeight(items) <= 0) continue
    if (index < zones.first || index > zones.last) items.push({ rule: 'edge-position', reason: 'outside the body of the article', weight: 0.35 })
    const shared = context.lineCounts.get(comparisonKey(features[index]!.text)) ?? 0
    if (context.articleCount >= 2 && shared >= 2 && features[index]!.wordCount <= shortLineWords) {
      items.push({ rule: 'boilerplate-across-articles', reason: 'the same line in several articles', weight: 0.5 })
    }
  }
}

function decideByEvidence(evidence: readonly Evidence[][], decisions: Decision[]): void {
  for (const [index, items] of evidence.entries()) {
    if (decisions[index]!.kind !== 'keep') continue
    const decisive = decisiveEvidence(items)
    if (decisive && totalWeight(items) >= junkThreshold) decisions[index] = { kind: 'remove', rule: decisive.rule, reason: decisive.reason }
  }
}

function readMetadataLines(article: LoadedArticle, features: readonly Features[], decisions: Decision[], zones: Zones): TopLineMetadata {
  const candidates: number[] = []
  for (let index = 0; index < zones.first; index++) {
    if (decisions[index]!.kind === 'keep') candidates.push(index)
  }
  const known: TopLineMetadata = {
    ...(article.frontMatter.title ? { title: article.frontMatter.title } : {}),
    ...(article.frontMatter.source ? { source: article.frontMatter.source } : {})
  }
  const { lines, found } = readTopLines(candidates, features, known)
  for (const line of lines) decisions[line.index] = { kind: 'remove', rule: line.rule, reason: line.reason }
  return found
}

function settleNeighbourhood(features: readonly Features[], evidence: readonly Evidence[][], decisions: Decision[], raw: readonly RawBlock[]): void {
  for (let pass = 0; pass < 3; pass++) {
    if (!applyNeighbourhood(features, evidence, decisions, findZones(features, evidence, decisions), raw)) break
  }
}

/** Mark later copies of a paragraph as removed; returns whether there were any. */
function markRepeats(raw: readonly RawBlock[], decisions: Decision[]): boolean {
  let found = false
  const kept = raw.map((_, index) => index).filter((index) => !isSettled(decisions[index]!))
  const prints = kept.map((index) => fingerprint(raw[index]!.text))
  for (const [first, later] of nearDuplicatePairs(prints, 'repeat')) {
    const laterIndex = kept[later]!
    if (isSettled(decisions[laterIndex]!) || isSettled(decisions[kept[first]!]!)) continue
    const exact = prints[first]!.key === prints[later]!.key
    decisions[laterIndex] = {
      kind: 'remove',
      rule: exact ? 'repeat-exact' : 'repeat-near',
      reason: `repeats the paragraph on line ${raw[kept[first]!]!.line}${exact ? '' : ' with small changes'}`
    }
    found = true
  }
  return found
}

/**
 * A short paragraph whose words are all inside a longer one of the same
 * article is a pull quote (a magazine sets a line of the text again in
 * large type) or a summary of it: the longer paragraph keeps the words.
 * A longer paragraph is compared only when it holds the short one's
 * longest word as written; an article of more blocks than any magazine
 * page (a file of a hundred thousand lines) is not searched at all.
 */
function markPullQuotes(raw: readonly RawBlock[], features: readonly Features[], decisions: Decision[]): boolean {
  const kept = raw.map((_, index) => index).filter((index) => !isSettled(decisions[index]!) && raw[index]!.kind === 'paragraph' && raw[index]!.container !== 'code')
  if (kept.length > maxBlocksSearched) return false
  const longer = kept.filter((index) => features[index]!.wordCount >= minQuoteWords + 5)
  let found = false
  for (const index of kept) {
    const count = features[index]!.wordCount
    if (count < minQuoteWords || count > maxQuoteWords) continue
    const text = raw[index]!.text
    // "What we know so far:" introduces a list; it is no quote of anything.
    if (/:\s*$/.test(text)) continue
    // The longest word after the first, whose capital a pull quote may change.
    const telling = text.split(/[^\p{L}\p{N}'’]+/u).slice(1).reduce((best, word) => (word.length > best.length ? word : best), '')
    if (telling.length < 4) continue
    let quoted: string | undefined
    const source = longer.find((other) => {
      if (other === index || features[other]!.wordCount < count + 5 || isSettled(decisions[other]!) || !raw[other]!.text.includes(telling)) return false
      quoted ??= ` ${wordsOfText(text)} `
      return ` ${wordsOfText(raw[other]!.text)} `.includes(quoted)
    })
    if (source === undefined) continue
    decisions[index] = { kind: 'remove', rule: 'media-pull-quote', reason: `a pull quote: words of the paragraph on line ${raw[source]!.line}, set again` }
    found = true
  }
  return found
}

const minQuoteWords = 6
const maxQuoteWords = 30
const maxBlocksSearched = 400

function wordsOfText(text: string): string {
  return (text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}']+/gu) ?? []).join(' ')
}

const headingShape = /^[\p{Lu}\p{N}"“‘]/u

// A short title-like line between paragraphs is a subheading ("The Secret October Call").
function markHeadings(raw: readonly RawBlock[], features: readonly Features[], decisions: Decision[]): void {
  const kept = raw.map((_, index) => index).filter((index) => decisions[index]!.kind === 'keep')
  for (const [position, index] of kept.entries()) {
    const block = raw[index]!
    if (block.kind === 'heading') {
      decisions[index] = { kind: 'heading' }
      continue
    }
    const item = features[index]!
    const next = kept[position + 1]
    if (position === 0 || next === undefined || block.container) continue
    if (!item.isFragment || item.wordCount > 14 || item.text.length > 100 || !headingShape.test(item.text) || /[,:;]$/.test(item.text)) continue
    const following = features[next]!
    if (following.wordCount >= 12 && raw[next]!.kind === 'paragraph') decisions[index] = { kind: 'heading' }
  }
}

function assemble(id: string, article: LoadedArticle, decisions: readonly Decision[], top: TopLineMetadata): CleanedArticle {
  const blocks: Block[] = []
  const removed: Removal[] = []
  const notes: Note[] = []
  for (const [index, block] of article.blocks.entries()) {
    const decision = decisions[index]!
    if (decision.kind === 'remove') {
      removed.push({ text: block.text, reason: decision.reason, rule: decision.rule, line: block.line })
      continue
    }
    if (decision.kind === 'note') {
      notes.push({ text: block.text, rule: decision.rule, line: block.line })
      continue
    }
    const blockId = `${id}-${blocks.length + 1}`
    const { text, cuts } = cutInline(block.text)
    for (const cut of [...cuts, ...(block.dropped ?? [])]) {
      removed.push({ text: cut.text, reason: cut.reason, rule: cut.rule, line: block.line, inBlock: blockId })
    }
    const isHeading = decision.kind === 'heading'
    blocks.push({
      id: blockId,
      type: isHeading ? 'heading' : 'paragraph',
      text,
      ...(block.html === undefined ? {} : { html: cuts.length > 0 ? cutInlineHtml(block.html, cuts) : block.html }),
      ...(isHeading ? { depth: block.depth ?? 2 } : {}),
      ...(block.container ? { container: block.container } : {}),
      line: block.line
    })
  }
  removed.sort((a, b) => a.line - b.line)
  return { id, meta: resolveMeta(article, top, blocks), blocks, removed, notes }
}
