/**
 * Measurements of a paragraph that the cleaning rules share, computed once.
 * None of them looks for particular words of a particular site.
 */
export interface Features {
  readonly text: string
  /** Text with quoted speech blanked out, so that what people say does not count as page furniture. */
  readonly unquoted: string
  readonly wordCount: number
  /** Ends like a sentence: `.`, `!`, `?`, `…`, maybe followed by a closing quote or bracket. */
  readonly isSentence: boolean
  /** Short and without sentence punctuation: a label, a button, a headline. */
  readonly isFragment: boolean
  /** Share of words that start with a capital letter, among words that are not small words. */
  readonly titleCaseShare: number
  /** Number of sentences, roughly. */
  readonly sentenceCount: number
  /** Share of the text that is inside quotation marks. */
  readonly quotedShare: number
  /** The text reports speech ("said", "told", "according to"). */
  readonly hasAttribution: boolean
  /** `you`, `your` outside quotes: the page talking to its reader. */
  readonly secondPerson: number
  /** `we`, `us`, `our` outside quotes: the publisher talking about itself. */
  readonly firstPersonPlural: number
  /** URLs and bare domains (`example.com/tips`). */
  readonly urlCount: number
  /** Share of characters that belong to URLs. */
  readonly urlShare: number
  /** E-mail addresses (`desk@example.com`). */
  readonly emailCount: number
  /** Sentences outside quotes that open with an imperative aimed at the reader ("Get…", "Sign up…", "Download…"). */
  readonly imperativeSentences: number
  /** Sentences outside quotes that speak to the reader ("you", "your"). */
  readonly readerSentences: number
  /** Past-tense verbs outside quotes, furniture's label participles left out (see `countPastTense`). */
  readonly pastTenseVerbs: number
}

const smallWords = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'vs', 'via', 'into', 'over', 'per'])
const quotedSpan = /“[^”]*”?|"[^"]*"?|‘[^’]{12,}’|«[^»]*»?/g
const urlPattern = /\bhttps?:\/\/[^\s)\]>]+|\bwww\.[^\s)\]>]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|co|io|news|info|gov|edu|uk|us|de|fr|eu|ru|au|ca|in)(?:\/[^\s)\]>]*)?/gi
// "she said", "said the minister", "according to": a paragraph that reports speech.
const attribution = /\b(?:he|she|they|I|we|it|[\p{Lu}][\p{L}'’-]+)\s+(?:said|says|told|tells|added|adds|stated|wrote|writes|explained|noted|insisted|argued|warned|urged|announced|confirmed)\b|\b(?:said|says|told|added|wrote|stated|urged)\s+(?:the\s+|a\s+|an\s+)?[\p{Lu}]|\b(?:said|says|told|added)\s+(?:the|a|an)\s+\p{L}|\b(?:the|a|an)\s+[\p{L}-]+\s+(?:said|says|told|tells|added)\b|\baccording to\b/u
const sentenceEnd = /[.!?…](?:["”’'»)\]]+)?$/
const sentenceBreak = /(?<=[.!?…](?:["”’)]+)?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u
const secondPersonWord = /\b(?:you|your|yours|you're|you’re|you've|you’ve|you'll|you’ll)\b/i
const emailPattern = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g
// Verbs a page uses to tell its reader what to do; news prose seldom opens a sentence with one.
/**
 * What follows a verb used as an order ("Download the app", "Sign up", "Join 3,200 readers");
 * a noun there makes the verb a noun too ("Download speeds fell", "Share prices rose").
 */
export const imperativeObject = '(?:\\s+(?:the|our|your|a|an|us|me|it|this|these|them|now|today|here|up|in|on|to|for|free|more|out|all|every|unlimited|access|started|back|alerts|notifications|news|updates|latest|instant|exclusive|breaking|reading|tickets|follow|\\d[\\d,.]*)\\b|\\s*$|\\s*[!:.,→›»—–-])'
const imperativeOpening = new RegExp(`^[\\p{P}\\p{S}\\s]*(?:(?:get|sign|subscribe|download|install|join|click|tap|try|register|discover|explore|donate|become|upgrade|claim|unlock|visit)${imperativeObject}|(?:follow (?:us|me|@)|share (?:this|your|on|via)|log in|watch (?:now|live|our|the video)|listen (?:now|live|to our|to the full)|learn more|find out more|check out|buy (?:now|tickets|online)|tell us|let us know|email us|write to us|contact us|never miss|don[’']t miss|stay (?:up to date|informed|in the loop)|keep up|read (?:more|our|the full|next)|support us|see (?:more|all))\\b)`, 'iu')

// Past-tense verbs tell what happened; page furniture speaks in the present and the imperative.
const irregularPast = /\b(?:rose|fell|said|told|took|won|lost|grew|went|came|began|met|gave|found|left|held|led|sent|spent|paid|saw|made|became|brought|fought|struck|broke|drove|flew|ran|sold|bought|thought|wrote|spoke|stood|knew|chose|froze|sank|swept|wept|withdrew|overturned|hit)\b/gi
const regularPast = /\b\p{Ll}{3,}ed\b/gu
// Participles that furniture uses as labels ("All rights reserved", "Last updated", "Sponsored").
const furnitureParticiple = /^(?:updated|published|posted|reserved|sponsored|recommended|curated|licensed|personali[sz]ed|supported|featured|related|limited|unlimited|based|dedicated|trusted|selected|detailed|required|needed|powered|presented|promoted|hand-picked|edited|compiled|produced|reviewed|checked|modified|verified)$/

/**
 * Verbs in the past tense (a rough count: "-ed" words and common irregular
 * forms). Cleaning leaves out the participles that furniture uses as labels;
 * dating a sentence counts them ("a review, published on Friday").
 */
export function countPastTense(text: string, { withLabels = false } = {}): number {
  const irregular = text.match(irregularPast)?.length ?? 0
  const regular = (text.match(regularPast) ?? []).filter((word) => withLabels || !furnitureParticiple.test(word)).length
  return irregular + regular
}

/** Measure a paragraph. */
export function measure(text: string): Features {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  const unquoted = text.replace(quotedSpan, (span) => ' '.repeat(span.length))
  const quotedLength = text.length - unquoted.replace(/ +/g, ' ').length
  const urls = text.match(urlPattern) ?? []
  const urlLength = urls.reduce((sum, url) => sum + url.length, 0)
  const isSentence = sentenceEnd.test(text.trim())
  return {
    text,
    unquoted,
    wordCount: words.length,
    isSentence,
    isFragment: !isSentence && words.length <= 14,
    titleCaseShare: titleCaseShare(words),
    sentenceCount: Math.max(1, (text.match(/[.!?…](?:["”’)]+)?\s+(?=["“‘(]?\p{Lu})/gu) ?? []).length + (isSentence ? 1 : 0)),
    quotedShare: text.length === 0 ? 0 : Math.max(0, quotedLength) / text.length,
    hasAttribution: attribution.test(text),
    secondPerson: (unquoted.match(/\b(?:you|your|yours|you're|you’re|you've|you’ve|you'll|you’ll)\b/gi) ?? []).length,
    firstPersonPlural: (unquoted.match(/\b(?:we|us|our|ours|we're|we’re|we've|we’ve)\b/gi) ?? []).length,
    urlCount: urls.length,
    urlShare: text.length === 0 ? 0 : urlLength / text.length,
    emailCount: (text.match(emailPattern) ?? []).length,
    imperativeSentences: unquoted.split(sentenceBreak).filter((sentence) => imperativeOpening.test(sentence)).length,
    readerSentences: unquoted.split(sentenceBreak).filter((sentence) => secondPersonWord.test(sentence)).length,
    pastTenseVerbs: countPastTense(unquoted)
  }
}

function titleCaseShare(words: readonly string[]): number {
  const counted = words.filter((word) => !smallWords.has(word.toLowerCase()))
  if (counted.length === 0) return 0
  const capitalised = counted.filter((word) => /^["“‘(]?[\p{Lu}\p{N}]/u.test(word))
  return capitalised.length / counted.length
}

/**
 * A key for comparing paragraphs: case, typography (curly quotes, dashes,
 * no-break spaces) and punctuation folded away.
 */
export function comparisonKey(text: string): string {
  return foldedInOnePass(text) ?? foldedByNormalizing(text)
}

/**
 * What `comparisonKey` does, step by step: the definition, and the way for
 * text with characters that NFKC normalization changes.
 */
function foldedByNormalizing(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

// What becomes of a character in a key. Kept: letters, digits, `'` and `-`.
const kept = 0
const apostrophe = 1
const hyphen = 2
const separator = 3
/** A character NFKC changes in a way that matters (ligatures, fractions, combining marks…), or that one pass does not know. */
const unknown = 4

const asciiKinds = Uint8Array.from({ length: 128 }, (_, code) => {
  const character = String.fromCharCode(code)
  if (/[a-z0-9'-]/.test(character)) return kept
  return character === '`' ? apostrophe : separator
})

/**
 * The kind of a lower-cased character beyond ASCII, for those whose NFKC
 * form is themselves or folds the same way (U+2011 becomes U+2010, a hyphen
 * either way; `…` becomes `...` and no-break spaces a space, separators
 * either way). Latin-1 letters are kept; `ª`, `º`, `µ` are not among them
 * (NFKC makes them `a`, `o`, `μ`), nor `´`, `¨`, `¸`, `¯` (a space and a
 * combining mark).
 */
function otherKind(code: number): number {
  if (code >= 0xdf && code <= 0xff) return code === 0xf7 ? separator : kept
  // `×`, and spaces of every width (NFKC makes most of them a space).
  if (code === 0xd7 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff) return separator
  switch (code) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032:
      return apostrophe
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
      return hyphen
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0xab: case 0xbb:
    case 0xa0: case 0x2026: case 0x2022: case 0xb7: case 0xa9: case 0xae: case 0xa3: case 0x20ac: case 0xb0:
      return separator
    default:
      return unknown
  }
}

/**
 * `foldedByNormalizing(text)` in one pass over the lower-cased text, without
 * normalizing, or `undefined` for text with a character it does not know.
 * Most news text is ASCII with curly quotes and dashes: keys of every
 * paragraph are made once for cleaning and again for comparison, and the
 * regular expressions took several microseconds a paragraph.
 */
function foldedInOnePass(text: string): string | undefined {
  const lower = text.toLowerCase()
  // A character that lower-cases to two (`İ`) or from beyond Latin-1 is not for this way.
  if (lower.length !== text.length) return undefined
  let key = ''
  let runStart = -1
  let separated = false
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index)
    const kind = code < 0x80 ? asciiKinds[code]! : otherKind(code)
    if (kind === kept) {
      if (runStart < 0) {
        if (separated) key += ' '
        separated = false
        runStart = index
      }
      continue
    }
    if (runStart >= 0) {
      key += lower.slice(runStart, index)
      runStart = -1
    }
    if (kind === unknown) return undefined
    if (kind === separator) {
      // Separators before the first kept character are trimmed, as are those after the last.
      separated = key.length > 0
      continue
    }
    if (separated) key += ' '
    separated = false
    key += kind === apostrophe ? "'" : '-'
  }
  if (runStart >= 0) key += lower.slice(runStart)
  return key
}
