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
  // A word of ASCII letters (most names a fingerprint collects) is only lowered.
  if (asciiWord.test(text)) return text.toLowerCase()
  // Plain ASCII is its own NFKC form and has no curly quotes or dashes to fold (only the backtick): most news text takes the short way.
  const folded = asciiOnly.test(text)
    ? text.toLowerCase().replace(/`/g, "'")
    : text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[‘’‚‛′`´]/g, "'")
      .replace(/[“”„‟″«»]/g, '"')
      .replace(/[‐‑‒–—―]/g, '-')
  return folded
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const asciiOnly = /^[\x00-\x7f]*$/
const asciiWord = /^[A-Za-z0-9]+$/
