import { comparisonKey } from './features.js'
import { remembered } from './remembered.js'

/**
 * Near-duplicate paragraphs, found without comparing every pair.
 *
 * Each paragraph becomes a set of word shingles and a MinHash signature of
 * `bands × rows` values; paragraphs that agree on all rows of any band land in
 * one bucket and only those candidates are verified. Signatures cost
 * O(N · S · H) for N paragraphs of S shingles and H = 32 hashes; bucketing is
 * O(N · bands); verification touches only the candidate pairs, about O(N)
 * for text that is not all alike (a bucket holding more than `maxBucket`
 * paragraphs is boilerplate and is capped).
 */

const bands = 16
const rows = 2
const maxBucket = 24
const hashCount = bands * rows

/** How alike two paragraphs must be. */
export type Likeness = 'repeat' | 'overlap'

/**
 * What an `overlap` comparison needs of a paragraph: small enough to send
 * from the worker thread that cleaned the article (no word list).
 */
export interface OverlapPrint {
  /** The comparison key (`comparisonKey`): equal keys are the same paragraph. */
  readonly key: string
  readonly tokenCount: number
  /** Hashes of the word shingles, sorted, without repeats. */
  readonly shingles: Uint32Array
  readonly signature: Uint32Array
}

/** A paragraph prepared for comparison. */
export interface Fingerprint extends OverlapPrint {
  readonly tokens: readonly string[]
  /** Numbers, weekdays, months and names: if these differ, so do the facts. */
  readonly facts: string
}

const factNames: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])

/** A token of the facts: a number (`14`, `3.5`, `2025-11-26`), a weekday or a month. */
function isFactWord(token: string): boolean {
  if (factNames.has(token)) return true
  if (!isDigit(token.charCodeAt(0))) return false
  for (let index = 1; index < token.length; index++) {
    const code = token.charCodeAt(index)
    // . , : / -
    if (!isDigit(code) && code !== 0x2e && code !== 0x2c && code !== 0x3a && code !== 0x2f && code !== 0x2d) return false
  }
  return true
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

const capitalised = /^[\p{Lu}][\p{Ll}]/u

/** A word that opens with a capital and a small letter (a name, mostly), as `capitalised` says, without running it on ASCII words. */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0)
  const second = word.charCodeAt(1)
  if (first < 0x80 && second < 0x80) return first >= 0x41 && first <= 0x5a && second >= 0x61 && second <= 0x7a
  return capitalised.test(word)
}

/** Prepare a paragraph for comparison. */
export function fingerprint(text: string): Fingerprint {
  return rememberedPrints(text, () => computeFingerprint(text))
}

const rememberedPrints = remembered<Fingerprint>(30_000, 1_000)

function computeFingerprint(text: string): Fingerprint {
  const key = comparisonKey(text)
  const tokens = key ? key.split(' ') : []
  const names = text.split(/\s+/).slice(1).filter(isCapitalised).map((word) => comparisonKey(word))
  const facts = [...tokens.filter(isFactWord), ...names].sort().join(' ')
  const shingles = shingleSet(tokens)
  return { key, tokens, tokenCount: tokens.length, facts, shingles: Uint32Array.from(shingles).sort(), signature: minHash(shingles) }
}

/** The part of `fingerprint(text)` that an `overlap` comparison needs. */
export function overlapPrint(text: string): OverlapPrint {
  const { key, tokenCount, shingles, signature } = fingerprint(text)
  return { key, tokenCount, shingles, signature }
}

/**
 * Pairs `[earlier, later]` of indexes of near-duplicate paragraphs.
 * `repeat`: the same paragraph again, with typography or a word or two changed;
 * `overlap`: a paragraph that shares most of its wording with another.
 */
export function nearDuplicatePairs(prints: readonly Fingerprint[], likeness: 'repeat'): Array<readonly [number, number]>
export function nearDuplicatePairs(prints: readonly OverlapPrint[], likeness: 'overlap'): Array<readonly [number, number]>
export function nearDuplicatePairs(prints: readonly Fingerprint[] | readonly OverlapPrint[], likeness: Likeness): Array<readonly [number, number]>
export function nearDuplicatePairs(prints: readonly OverlapPrint[], likeness: Likeness): Array<readonly [number, number]> {
  const isAlike = likeness === 'overlap' ? packedOverlaps(prints) : (a: number, b: number) => isRepeat(prints[a] as Fingerprint, prints[b] as Fingerprint)
  const pairs: Array<readonly [number, number]> = []
  // One table per band, keyed by a 32-bit hash of the band's rows (a collision only adds a candidate, verified below);
  // plus one for exact keys, which also buckets short paragraphs whose shingle sets are tiny.
  const bandTables = Array.from({ length: bands }, () => new Map<number, number[]>())
  const exact = new Map<string, number[]>()
  // `comparedWith[other] === index`: the pair was verified already through another bucket.
  const comparedWith = new Int32Array(prints.length).fill(-1)
  for (let index = 0; index < prints.length; index++) {
    const print = prints[index]!
    if (print.tokenCount === 0) continue
    const visit = (bucket: number[]): void => {
      if (bucket.length >= maxBucket) return
      for (const other of bucket) {
        if (comparedWith[other] === index) continue
        comparedWith[other] = index
        if (isAlike(other, index)) pairs.push([other, index])
      }
      bucket.push(index)
    }
    const same = exact.get(print.key)
    if (same) visit(same)
    else exact.set(print.key, [index])
    for (let band = 0; band < bands; band++) {
      // Signed (`| 0`), not unsigned: a small integer is a Map key V8 hashes without boxing it (about 80 ms at 4,000 articles).
      const key = (print.signature[band * rows]! ^ Math.imul(print.signature[band * rows + 1]!, 0x9e3779b1)) | 0
      const table = bandTables[band]!
      const bucket = table.get(key)
      if (bucket) visit(bucket)
      else table.set(key, [index])
    }
  }
  return pairs.sort((a, b) => a[1] - b[1] || a[0] - b[0])
}

/** Whether two paragraphs are alike enough; see `nearDuplicatePairs`. */
export function isNearDuplicate(a: Fingerprint, b: Fingerprint, likeness: Likeness): boolean {
  return likeness === 'overlap' ? overlaps(a, b) : isRepeat(a, b)
}

// Short paragraphs only repeat exactly: one word is a large share of them.
const shortestCompared = 8

/**
 * Signatures of two paragraphs that share half their shingles agree on each
 * value with a chance of one half: on 32 values, 6 or fewer agree for fewer
 * than 1 such pair in 3,000 (the binomial tail). Most candidates that share
 * a band agree on far fewer; they are passed over without the exact count,
 * which at 10,000 articles was most of the analysis time.
 */
const fewestAgreeing = 7

function overlaps(a: OverlapPrint, b: OverlapPrint): boolean {
  return packedOverlaps([a, b])(0, 1)
}

/**
 * `overlaps` over prints by index, with what it reads of them copied into a
 * few flat arrays first (keys as numbers): at 4,000 articles the index
 * verifies over a million candidate pairs, and reading tens of thousands of
 * objects and small arrays spread over the heap made each check wait on
 * memory.
 */
function packedOverlaps(prints: readonly OverlapPrint[]): (a: number, b: number) => boolean {
  const keyNumbers = new Map<string, number>()
  const keys = new Int32Array(prints.length)
  const tokenCounts = new Int32Array(prints.length)
  const signatures = new Uint32Array(prints.length * hashCount)
  const shingleStarts = new Int32Array(prints.length + 1)
  for (const [index, print] of prints.entries()) {
    let key = keyNumbers.get(print.key)
    if (key === undefined) keyNumbers.set(print.key, (key = keyNumbers.size))
    keys[index] = key
    tokenCounts[index] = print.tokenCount
    signatures.set(print.signature, index * hashCount)
    shingleStarts[index + 1] = shingleStarts[index]! + print.shingles.length
  }
  const shingles = new Uint32Array(shingleStarts[prints.length]!)
  for (const [index, print] of prints.entries()) shingles.set(print.shingles, shingleStarts[index])
  return (a, b) => {
    if (keys[a] === keys[b]) return true
    if (Math.min(tokenCounts[a]!, tokenCounts[b]!) < shortestCompared) return false
    const aStart = shingleStarts[a]!
    const aEnd = shingleStarts[a + 1]!
    const bStart = shingleStarts[b]!
    const bEnd = shingleStarts[b + 1]!
    // Sets whose sizes differ by more than half cannot be half alike.
    if (Math.min(aEnd - aStart, bEnd - bStart) * 2 < Math.max(aEnd - aStart, bEnd - bStart)) return false
    return agreesOnAtLeast(signatures, a * hashCount, b * hashCount, fewestAgreeing) && sharesHalf(shingles, aStart, aEnd, bStart, bEnd)
  }
}

/** Whether the signatures at `a` and `b` agree on `needed` values or more; it stops as soon as that is settled. */
function agreesOnAtLeast(signatures: Uint32Array, a: number, b: number, needed: number): boolean {
  let agreeing = 0
  for (let index = 0; index < hashCount; index++) {
    if (signatures[a + index] === signatures[b + index] && ++agreeing >= needed) return true
    if (agreeing + hashCount - 1 - index < needed) return false
  }
  return false
}

function isRepeat(a: Fingerprint, b: Fingerprint): boolean {
  if (a.key === b.key) return true
  const shorter = Math.min(a.tokenCount, b.tokenCount)
  const longer = Math.max(a.tokenCount, b.tokenCount)
  if (shorter < shortestCompared) return false
  if (a.facts !== b.facts) return false
  if (shorter / longer < 0.8) return false
  return tokenEditDistance(a.tokens, b.tokens, Math.max(1, Math.floor(longer * 0.12))) !== undefined
}

function shingleSet(tokens: readonly string[]): Set<number> {
  const size = tokens.length >= 12 ? 3 : 2
  const shingles = new Set<number>()
  for (let index = 0; index + size <= tokens.length; index++) shingles.add(hashTokens(tokens, index, index + size))
  if (shingles.size === 0 && tokens.length > 0) shingles.add(hashTokens(tokens, 0, tokens.length))
  return shingles
}

const fnvOffset = 0x811c9dc5
const fnvPrime = 0x01000193

/** `hashString(tokens.slice(start, end).join(' '))`, without making the string: a paragraph has as many shingles as words. */
function hashTokens(tokens: readonly string[], start: number, end: number): number {
  let hash = fnvOffset
  for (let position = start; position < end; position++) {
    if (position > start) hash = Math.imul(hash ^ 0x20, fnvPrime)
    const token = tokens[position]!
    for (let index = 0; index < token.length; index++) hash = Math.imul(hash ^ token.charCodeAt(index), fnvPrime)
  }
  return hash >>> 0
}

// Fixed seeds keep signatures, and so the output, the same from run to run.
const seedsA = Uint32Array.from({ length: hashCount }, (_, index) => (hashString(`a${index}`) | 1) >>> 0)
const seedsB = Uint32Array.from({ length: hashCount }, (_, index) => hashString(`b${index}`))

function minHash(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(hashCount).fill(0xffffffff)
  for (const shingle of shingles) {
    for (let index = 0; index < hashCount; index++) {
      const value = (Math.imul(shingle, seedsA[index]!) + seedsB[index]!) >>> 0
      const mixed = (value ^ (value >>> 15)) >>> 0
      if (mixed < signature[index]!) signature[index] = mixed
    }
  }
  return signature
}

/** FNV-1a, 32 bits. */
export function hashString(text: string): number {
  let hash = fnvOffset
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), fnvPrime)
  return hash >>> 0
}

/**
 * Whether the sorted sets at `aStart…aEnd` and `bStart…bEnd` of `sets`
 * share at least half of their union (Jaccard ≥ 0.5):
 * `shared / (a + b − shared) ≥ 1/2` is `3 · shared ≥ a + b`. Both are
 * sorted, so one merge pass counts the shared values; it stops as soon as
 * what is left could no longer reach the count.
 */
function sharesHalf(sets: Uint32Array, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  const total = aEnd - aStart + bEnd - bStart
  if (total === 0) return false
  const needed = Math.ceil(total / 3)
  let shared = 0
  let left = aStart
  let right = bStart
  while (left < aEnd && right < bEnd) {
    if (shared + Math.min(aEnd - left, bEnd - right) < needed) return false
    if (sets[left]! === sets[right]!) {
      shared++
      left++
      right++
    } else if (sets[left]! < sets[right]!) left++
    else right++
  }
  return shared >= needed
}

/** Word-level edit distance, or `undefined` as soon as it exceeds `limit`. */
function tokenEditDistance(a: readonly string[], b: readonly string[], limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let row = 1; row <= a.length; row++) {
    const current = [row]
    let best = row
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1
      const value = Math.min(previous[column]! + 1, current[column - 1]! + 1, previous[column - 1]! + cost)
      current.push(value)
      if (value < best) best = value
    }
    if (best > limit) return undefined
    previous = current
  }
  const distance = previous[b.length]!
  return distance <= limit ? distance : undefined
}
