import { type CaselessText, caselessText, countOf, matches, matchesAny } from './caseless.js'
import { type FamilyVocabulary, type JunkFamily, families } from './families.js'
import { type Features, imperativeObject } from '../text/features.js'

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

const callToAction = new RegExp(`^(?:(?:get|start|download|sign|subscribe|join|follow|share|read|click|tap|try|register|log|install|watch|listen|discover|explore|donate|become|upgrade|claim|unlock|continue|enter|visit|shop|buy|order|book)${imperativeObject}|(?:learn more|find out|check out|tell us|let us know)\\b)`, 'i')

/** What the markup says about a block's links. */
export interface LinkFacts {
  /** Share of the text that is link text. */
  readonly share: number
  /** The text of a link that ends the block, if one does. */
  readonly trailing?: string
}

/**
 * The evidence that depends on the block alone: family vocabulary, the
 * shape of the text, and whether it is someone's reported speech.
 */
export function blockEvidence(features: Features, links: LinkFacts): Evidence[] {
  // "###", "* * *", "• • •": a rule or an end mark, with no word to keep.
  if (!wordCharacter.test(features.text)) return [{ rule: 'decoration', reason: 'only symbols: a rule or an end mark', weight: 1.5, wholeLine: true }]
  const evidence: Evidence[] = []
  const isShort = features.wordCount <= 14
  const bare = withoutDecoration(features.text)
  const line = withoutEndPunctuation(bare)
  const texts = { line: caselessText(line), unquoted: caselessText(features.unquoted) }
  for (const vocabulary of families) {
    const found = vocabularyEvidence(vocabulary, features, texts, isShort)
    if (found) evidence.push(found)
  }
  const labels = labelSegmentEvidence(features, bare, line)
  if (labels) evidence.push(labels)
  // "Download speeds fell": an opening verb followed by a past tense is a noun, not an order.
  const toldInPast = features.pastTenseVerbs > 0
  if (isShort && callToAction.test(features.unquoted.trim()) && !features.hasAttribution && !toldInPast) {
    evidence.push({ rule: 'call-to-action', reason: 'call to action', weight: 0.6 })
  }
  if (endsWithCallToAction(features, links)) {
    evidence.push({ rule: 'trailing-call-to-action', reason: 'ends with a button-like call to action', weight: 0.7 })
  }
  if (features.secondPerson > 0 && features.firstPersonPlural > 0) {
    const weight = Math.min(0.8, 0.4 + 0.15 * (features.secondPerson + features.firstPersonPlural - 2))
    // A paragraph that mostly tells the news and then turns to the reader is still news.
    const share = features.readerSentences / features.sentenceCount
    evidence.push({ rule: 'reader-address', reason: 'the publisher addressing its reader', weight: share > 0.5 ? weight : weight / 2 })
  }
  if (links.share >= 0.8 && features.wordCount <= 20) {
    evidence.push({ rule: 'link-only-line', reason: 'a line that is only a link', weight: 0.6 })
  }
  if (features.urlShare >= 0.5) {
    evidence.push({ rule: 'url-density', reason: 'mostly web addresses', weight: 0.8, family: 'urls' })
  }
  if (isDateStamp(features)) {
    // With a clock time or a verb ("updated") it is a stamp; a bare date may be a chronology's subheading.
    const isStamp = /\d[:.]\d\d|[a-z]{4,}ed\b/i.test(features.text)
    evidence.push({ rule: 'time-stamp', reason: 'a date or time stamp on its own', family: 'stamp', weight: isStamp ? 1.5 : 0.6, ...(isStamp ? { wholeLine: true } : {}) })
  }
  // "12", "2.1K", "3 replies" on a line of their own: a social page's counters, told apart from a figure of the story by their place.
  if (!labels && !evidence.some((item) => item.family === 'stamp') && counterLabel.test(line)) {
    evidence.push({ rule: counter.rule, reason: 'a counter (of likes, shares or replies)', family: 'share', weight: 0.5 })
  }
  const credit = creditTailEvidence(features)
  if (credit) evidence.push(credit)
  const profile = profileEvidence(features)
  if (profile) evidence.push(profile)
  if (evidence.some((item) => item.weight > 0)) addShapeEvidence(evidence, features)
  return evidence
}

const wordCharacter = /[\p{L}\p{N}]/u

/** The texts that vocabulary is matched against: the line without decoration and end punctuation (see `blockEvidence`), and the text with quotes blanked out. */
interface VocabularyTexts {
  readonly line: CaselessText
  readonly unquoted: CaselessText
}

function vocabularyEvidence(vocabulary: FamilyVocabulary, features: Features, texts: VocabularyTexts, isShort: boolean): Evidence | undefined {
  if (isShort && vocabulary.line.some((pattern) => matches(pattern, texts.line))) {
    return { rule: vocabulary.rule, reason: vocabulary.reason, family: vocabulary.family, weight: 1.5, wholeLine: true }
  }
  if (features.wordCount <= 80 && vocabulary.strong?.some((pattern) => matches(pattern, texts.unquoted))) {
    return { rule: vocabulary.rule, reason: vocabulary.reason, family: vocabulary.family, weight: 1.2 }
  }
  const hits = countMatches(vocabulary.phrase, texts.unquoted)
  if (hits === 0) return undefined
  // The same words weigh less in a long paragraph: there they are more likely news about them.
  const lengthFactor = features.wordCount <= 14 ? 1 : features.wordCount <= 25 ? 0.7 : features.wordCount <= 50 ? 0.45 : 0.25
  let weight = hits * lengthFactor
  // …unless every sentence carries them: a short box of furniture sentences.
  // A list line of facts with one such word ("610,000 paying subscribers, 140 staff") is no box.
  if (hits >= features.sentenceCount && features.wordCount <= 60 && (hits >= 2 || features.wordCount <= 25)) weight = Math.max(weight, 0.8)
  // One word of the family in a plain statement ("Subscribers lost access on Tuesday") needs another sign.
  if (hits === 1 && features.isSentence && features.secondPerson === 0 && features.imperativeSentences === 0) weight = Math.min(weight, 0.8)
  return { rule: vocabulary.rule, reason: vocabulary.reason, family: vocabulary.family, weight: Math.min(1.5, weight) }
}

// Icons and rules that templates put around labels: "💬 148 comments", "▶ 1:47", "— Sponsored —".
const leadingDecoration = /^[\p{So}\p{Sk}\p{Sm}\p{Co}\p{Pd}\uFE0F\u200D▶►▸•∙·*_‹«…\s]+/u
const trailingDecoration = /[\p{So}\p{Sm}\p{Pd}\uFE0F\u200D▶►◀•∙·*_\s]/u

function withoutDecoration(text: string): string {
  return trimEnd(text.trim().replace(leadingDecoration, ''), trailingDecoration).trim()
}

const endPunctuation = /[.:!]/

function withoutEndPunctuation(text: string): string {
  return trimEnd(text, endPunctuation)
}

/**
 * `text` without the characters at its end that `character` matches. A
 * pattern anchored at the end (`/[…]+$/`) is tried from every position of
 * the text: on a long paragraph that was most of the cleaning time.
 */
function trimEnd(text: string, character: RegExp): string {
  let end = text.length
  while (end > 0) {
    // A symbol outside the Basic Multilingual Plane (most emoji) is two UTF-16 units.
    const width = end >= 2 && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1
    if (!character.test(text.slice(end - width, end))) break
    end -= width
  }
  return text.slice(0, end)
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** The vocabulary of one family. */
function familyOf(family: JunkFamily): FamilyVocabulary {
  return families.find((vocabulary) => vocabulary.family === family)!
}

/** Number of places where any of `patterns` matches (not just which patterns match). */
function countMatches(patterns: readonly RegExp[], text: CaselessText): number {
  // Most paragraphs match none of a family's phrases: one pass over the text says so.
  if (!matchesAny(patterns, text)) return 0
  let count = 0
  for (const pattern of patterns) count += countOf(pattern, text)
  return count
}

// Separators that page templates put between labels: "Tweet · Share · Email", "Sponsored | …", "Share: Email · X".
const labelSeparator = /\s*(?:[·•∙|‹›«»→]|->)\s*|\s+[–—-]\s+|:\s+|\s*(?:(?![+−]\d)[\p{So}\p{Sm}\uFE0F])+\s*/u

/**
 * A short line made of labels ("Tweet · Share · Email · Copy link") is
 * furniture when every label is one; a line led by a furniture label
 * ("Sponsored · Upgrade your …", "32 comments · Add yours") is too.
 */
function labelSegmentEvidence(features: Features, bare: string, text: string): Evidence | undefined {
  // Quotes, not "she writes", tell speech from a label's box.
  if (features.wordCount > 80 || features.quotedShare > 0.3) return undefined
  const segments = text.split(labelSeparator).map((segment) => withoutDecoration(segment)).filter((segment) => segment !== '')
  // "Like Comment Repost Send": a row of buttons that copying joined with spaces.
  const words = text.split(/\s+/)
  if (segments.length < 2 && words.length >= 2 && words.length <= 8 && words.every((word) => platformLabel.test(word))) {
    const share = familyOf('share')
    return { rule: share.rule, reason: `${share.reason} (a row of buttons)`, family: 'share', weight: 1.5, wholeLine: true }
  }
  if (segments.length < 2) return undefined
  // Counters ("2.1K", "14 replies") complete a row of labels but never lead a line: "1874: opens with 41 pupils".
  const leading = segmentLabel(segments[0]!)
  const row = features.wordCount <= 25 ? rowLabel(leading, segments) ?? platformRow(segments) : undefined
  if (row) return { rule: row.rule, reason: `${row.reason} (a row of labels)`, family: row.family, weight: 1.5, wholeLine: true }
  // A label with a colon ("About the writer: …") heads a box of any length; without one, only a short line.
  const colonLabel = /^[^:—–]{2,40}(?::|\s[—–])\s/.test(bare)
  if (colonLabel && toolLabel.test(segments[0]!)) {
    const tool = familyOf('tool')
    return { rule: tool.rule, reason: `${tool.reason} (a line led by its label)`, family: 'tool', weight: 1.5 }
  }
  if (leading && leading !== counter && leading !== ticker && labelLed.has(leading.family) && (features.wordCount <= 20 || colonLabel)) {
    return { rule: leading.rule, reason: `${leading.reason} (a line led by its label)`, family: leading.family, weight: 1.2 }
  }
  return undefined
}

/**
 * "Spread the word: Facebook · X · Email", "Pass it on — Reddit | LinkedIn | Email": a share bar
 * whose own label is the site's wording (or another language's), told by the platforms after it.
 */
function platformRow(segments: readonly string[]): FamilyVocabulary | undefined {
  const [label, ...platforms] = segments
  const isShortLabel = label !== undefined && label.split(/\s+/).length <= 5
  return isShortLabel && platforms.length >= 3 && platforms.every((segment) => platformLabel.test(segment)) ? familyOf('share') : undefined
}

function segmentLabel(segment: string): FamilyVocabulary | undefined {
  return labelFamily(segment) ?? (counterLabel.test(segment) ? counter : tickerQuote.test(segment) ? ticker : undefined)
}

/**
 * The family a row of labels belongs to when every segment is a label:
 * that of its first label that is not a counter. Segments are looked at
 * until one is not a label: most lines are not rows.
 */
function rowLabel(leading: FamilyVocabulary | undefined, segments: readonly string[]): FamilyVocabulary | undefined {
  if (!leading) return undefined
  let first = leading === counter ? undefined : leading
  for (const segment of segments.slice(1)) {
    const label = segmentLabel(segment)
    if (!label) return undefined
    first ??= label === counter ? undefined : label
  }
  // A strip of prices moves: most of its quotes carry a change ("+4.8%"), which a table of figures does not.
  if (first === ticker && segments.filter((segment) => /[+−-]\d/.test(segment)).length * 2 < segments.length) return undefined
  // A row of counters alone needs one with its unit ("14 replies"): "2019: 14 | 2020: 18" is a table of figures.
  return first ?? (segments.some((segment) => counterLabel.test(segment) && /\p{L}/u.test(segment)) ? counter : undefined)
}

// Families whose label, leading a line, speaks for the whole line.
// Not stamps: "8:55 PM — The motion fails" is a live blog's entry, told at its time.
const labelLed = new Set<JunkFamily>(['ad', 'share', 'comments', 'related', 'paywall', 'signup', 'contact', 'nav', 'media'])
// Labels a writing tool puts before its output: "Meta description: …", "Focus keyword: …".
const toolLabel = /^(?:meta (?:description|title)|seo (?:title|description)|(?:focus|secondary|primary|target) (?:keyphrases?|keywords?)|keywords?|tags|suggested (?:tags|keywords|titles?|headlines?)|slug|word count|excerpt)$/i
const platformLabel = /^(?:allow|not now|no thanks|maybe later|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|email|e-mail|messenger|instagram|threads|bluesky|mastodon|tiktok|youtube|flipboard|copy link|print|sms|tweet|share|save|bookmark|gift(?: this)? article|listen|follow|like|likes|reply|repost|send|report(?: post| comment| abuse)?|quote|permalink|restack|reblog|retweet|boost|forward|upvote|downvote|live|comments?(?: \(\d+\))?)$/i
// "2.1K", "14 replies", "286", "last reply 2d": the counters of a social page.
const counter: FamilyVocabulary = { family: 'share', rule: 'share-prompt', reason: 'a counter', line: [], phrase: [] }
const counterLabel = /^(?:[\d.,]+[kKmM]?(?: (?:replies|reply|views|users|likes|comments|shares|reposts|reactions|followers|votes|points|upvotes|claps))?|\d+ (?:seconds?|minutes?|mins?|hours?|hrs?)|last (?:reply|post|activity) \d+[smhdw])$/

// "KSTL 31.20 +4.8%", "S&P 500 +0.3%", "EUR/USD 1.0851", "10Y 4.12%", "Brent $78.12": a quote of a market strip.
const ticker: FamilyVocabulary = { family: 'nav', rule: 'market-ticker', reason: 'a strip of market prices', line: [], phrase: [] }
const tickerQuote = /^(?:[A-Z][A-Z0-9&./-]{0,9}(?: \d{2,4})?|\d{1,2}Y|Brent|Gold|Silver|Oil|Bitcoin|Dow|Nasdaq|Nikkei|Copper)(?:\s+(?:[$£€]\d[\d.,]*|\d[\d,]*\.\d+%?|\d+%)(?:\s+[+−-]\d[\d.,]*%?)*|(?:\s+[+−-]\d[\d.,]*%?)+)(?:\s+\([+−-]\d[\d.,]*%\))?$/

function labelFamily(segment: string): FamilyVocabulary | undefined {
  if (segment.split(/\s+/).length > 10) return undefined
  if (platformLabel.test(segment)) return familyOf('share')
  if (/^(?:reading time|read time|listening time|updated|published|posted)$/i.test(segment)) return familyOf('stamp')
  const text = caselessText(segment)
  return families.find((vocabulary) => vocabulary.line.some((pattern) => matches(pattern, text)))
}

const stampWord = /^(?:\d{1,4}(?:st|nd|rd|th|h)?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm)?|am|pm|a\.m|p\.m|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|updated|published|posted|last|first|on|at|reviewed|modified|edited|min|mins|minutes?|read|listen|gmt|utc|bst|cet|cest|est|edt|pst|pdt|cst|cdt|aest|ist|\d{1,2}[:.]\d{2}\s?(?:am|pm))$/i

/** "08-Jul-2025 07:01 BST", "Tue 3 June 2025, 14:05": a line of nothing but date and time. */
function isDateStamp({ text, wordCount }: Features): boolean {
  // Each word with a letter or digit is at least one token: a longer text is no stamp, and most paragraphs need not be split.
  if (wordCount > 12) return false
  const tokens = text.trim().split(/[\s,/|·•∙()[\]\p{Pd}\p{So}\uFE0F]+|\.(?=\s|$)/u).filter((token) => token !== '')
  return tokens.length >= 2 && tokens.length <= 12 && tokens.some((token) => /\d/.test(token)) && tokens.every((token) => stampWord.test(token))
}

// "… every morning. Sign up here", "[Add yours](…)": a block that ends on a button.
const buttonText = /^(?:sign (?:me )?up|subscribe|join|register|download|install|upgrade(?: to [\w&’' ]{1,24})?|get (?:it|the app|started|access)|add yours|comment|reply|read more|learn more|find out more|more|continue|try (?:it )?(?:free|now)|start (?:your )?(?:free )?trial|donate|support us|follow|share|buy|shop now)(?: (?:here|now|today|free|for free|this|it))*[.!]?$/i

function endsWithCallToAction(features: Features, links: LinkFacts): boolean {
  if (features.hasAttribution || features.wordCount > 60) return false
  if (links.trailing !== undefined && buttonText.test(links.trailing.trim())) return true
  const lastSentence = features.unquoted.trim().split(/(?<=[.!?…])\s+/).pop() ?? ''
  return lastSentence !== features.unquoted.trim() && buttonText.test(lastSentence.replace(/[→›»>]+$/, '').trim())
}

// "(Rosa Delgado / Sierra Sun)", "Photograph: Owen Tregarthen/Coastal Herald", "(Kestrel Mission Consortium)": a credit closing a caption.
// Names are told by their capitals, so this one is case-sensitive; the credit words below are not.
const nameCredit = /\((?:[\p{Lu}][\p{L}.'’-]*\s?){1,4}(?:\s*[/|]\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*\s?){1,5})?\)\s*$/u
const creditTail = /(?:\((?:photograph|photo|pic|picture|image|video|illustration|credit)s?\s*[:/]\s*[^)]{2,60}\)|(?:photograph|photo|picture|image|video|illustration|credit)s?\s*(?::|by)\s*[^.:]{2,60})\s*$/iu
// "… April 6, 2026. ATLANTIC NEWSWIRE/Lucía Brandão": an agency in capitals, a slash, the photographer.
const agencyCredit = /[\p{Lu}]{2,}(?:\s[\p{Lu}]{2,}){0,3}\s?\/\s?[\p{Lu}][\p{L}.'’-]+(?:\s[\p{Lu}][\p{L}.'’-]+){0,3}\s*$/u

function creditTailEvidence(features: Features): Evidence | undefined {
  if (features.wordCount > 45 || features.hasAttribution || features.quotedShare > 0.3) return undefined
  const match = creditTail.exec(features.text.trim()) ?? nameCredit.exec(features.text.trim()) ?? agencyCredit.exec(features.text.trim())
  if (!match) return undefined
  const text = features.text.trim()
  const named = /[/|]/.test(match[0]) || /^\(?(?:photograph|photo|pic|picture|image|video|illustration|credit)/i.test(match[0])
  // Prose puts a bracket before its full stop; a name in brackets after it, or closing a line with no full stop, is a credit.
  const afterStop = /[.!?]["”’]?\s*$/.test(text.slice(0, match.index))
  const captionLike = !features.isSentence && text.slice(0, match.index).split(/\s+/).length >= 6
  const weight = named ? 1.2 : afterStop || captionLike ? 1 : 0.3
  return { rule: 'media-credit', reason: 'a caption with its photo or video credit', family: 'media', weight }
}

// "Dominic Ferreira is the Provincial Times’ political editor.": a profile of the writer, not news.
const profileOpening = /^[\s*_—–-]*(?:(?:dr|prof|professor|sir|dame)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3}[*_]*\s+(?:is|was|has been|has|writes|covers|reports|grew up|lives)\b/u
const writerRole = /\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|presenter|critic|author|freelance|freelancer|blogger)s?\b|\bwrites (?:about|for|on|regularly|this|the|[A-Z])|\bcovers\b[^.]{2,60}\bfor\b/
// "Before joining CFR in 2018 he spent twelve years …": a writer's career, told in a profile.
const careerHistory = /\b(?:before joining|since joining|joined (?:the|us|[A-Z][\w&’'-]+) (?:in|from) \d{4}|previously (?:worked|wrote|reported|served|covered))\b/i
const disclosure = /\b(?:no (?:conflicts? of interest|competing interests)|(?:has|have) nothing to disclose|declares? no|does not work for, consult|receives? funding from)\b/i

function profileEvidence(features: Features): Evidence | undefined {
  // "She writes The Long Run" reads as reported speech to the attribution test; quotes are what matter here.
  if (features.wordCount > 80 || features.quotedShare > 0.2) return undefined
  let weight = 0
  if (profileOpening.test(features.text)) weight += writerRole.test(features.text) ? (careerHistory.test(features.text) ? 1.1 : 0.7) : 0.3
  if (features.emailCount > 0) weight += 0.6
  if (disclosure.test(features.unquoted)) weight += 0.6
  if (weight === 0) return undefined
  return { rule: 'author-profile', reason: 'author bio or contact details', family: 'contact', weight: Math.min(1.5, weight) }
}

function addShapeEvidence(evidence: Evidence[], features: Features): void {
  if (features.isFragment) evidence.push({ rule: 'fragment', reason: 'a fragment, not a sentence', weight: 0.2 })
  if (features.imperativeSentences > 0 && !features.hasAttribution && features.pastTenseVerbs === 0) {
    const allImperative = features.imperativeSentences >= features.sentenceCount
    evidence.push({ rule: 'imperative', reason: 'telling the reader what to do', weight: allImperative ? 0.4 : 0.25 })
  }
  const narrative = features.pastTenseVerbs
  if (narrative >= 2 && features.secondPerson === 0 && features.imperativeSentences === 0) {
    evidence.push({ rule: 'narrative', reason: 'tells what happened', weight: -Math.min(0.9, 0.3 * (narrative - 1)) })
  }
  // A writer's profile says "she writes …": that is not someone's speech.
  const isProfile = evidence.some((item) => item.rule === 'author-profile' || item.family === 'contact') && features.quotedShare < 0.3
  // Quotes around an attribute's value (`product="driftwake"`) are markup, not speech.
  if ((features.hasAttribution && !isProfile) || (features.quotedShare >= 0.3 && !attributeValue.test(features.text))) {
    evidence.push({ rule: 'quoted-speech', reason: 'reported speech is content', weight: -1 })
  }
  if (features.sentenceCount >= 3 && features.wordCount >= 40 && features.secondPerson === 0) {
    evidence.push({ rule: 'long-prose', reason: 'several sentences of prose', weight: -0.4 })
  }
}


const attributeValue = /\w="[^"]*"/

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
