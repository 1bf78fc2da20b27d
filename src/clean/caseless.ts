/**
 * Case-insensitive patterns run as case-sensitive ones on lower-cased text.
 *
 * Why: the first time V8 runs a pattern it compiles it to machine code, and
 * a case-insensitive one (`/…/i`), each letter checked in both cases, takes
 * about twice as long to compile (the families' alternations: 13 ms with
 * `i`, 6 ms without). On a small build compiling is much of the time, and
 * lower-casing a paragraph once costs next to nothing.
 *
 * The results are the same as with the `i` flag. Without the `u` flag, `i`
 * makes two characters equal when their upper cases are (one character each,
 * and never a non-ASCII one to an ASCII one). For every character but two,
 * its lower case is such an equal, and one character long: İ (U+0130) becomes
 * "i̇", two characters, and the Kelvin sign (U+212A) becomes an ASCII "k"
 * that `/k/i` does not match. A text with either keeps the flagged patterns.
 * Patterns with the `u` flag fold case by other rules and are left as they are.
 */

/** A text to match, with its lower-cased form when that gives the same results as the `i` flag. */
export interface CaselessText {
  readonly original: string
  readonly lower: string | undefined
}

const inexactLowering = /[\u0130\u212A]/

export function caselessText(text: string): CaselessText {
  return { original: text, lower: inexactLowering.test(text) ? undefined : text.toLowerCase() }
}

/** Whether `pattern` matches `text`, as `pattern.test(text.original)` would say. */
export function matches(pattern: RegExp, text: CaselessText): boolean {
  const lowered = text.lower === undefined ? undefined : loweredPattern(pattern)
  return lowered ? lowered.test(text.lower!) : pattern.test(text.original)
}

/** How many times `pattern` matches `text`, as `text.original.match(/…/g)` would count. */
export function countOf(pattern: RegExp, text: CaselessText): number {
  const lowered = text.lower === undefined ? undefined : loweredPattern(pattern)
  const target = lowered ? text.lower! : text.original
  return target.match(globalPattern(lowered ?? pattern))?.length ?? 0
}

/**
 * Whether any of `patterns` matches `text`: one pass per alternation of the
 * patterns that run on the same text with the same flags.
 */
export function matchesAny(patterns: readonly RegExp[], text: CaselessText): boolean {
  for (const [target, alternation] of alternationsOf(patterns, text.lower !== undefined)) {
    if (alternation.test(target === 'lower' ? text.lower! : text.original)) return true
  }
  return false
}

const lowered = new WeakMap<RegExp, RegExp | null>()

/** `pattern` without its `i` flag and with its letters in lower case; `undefined` when it has no `i`, or has `u` or `v`. */
export function loweredPattern(pattern: RegExp): RegExp | undefined {
  let found = lowered.get(pattern)
  if (found === undefined) {
    const eligible = pattern.flags.includes('i') && !/[uv]/.test(pattern.flags)
    found = eligible ? new RegExp(lowerLiterals(pattern.source), pattern.flags.replace('i', '')) : null
    lowered.set(pattern, found)
  }
  return found ?? undefined
}

/**
 * A pattern's source with its letters lower-cased, escapes kept: `\B`, `\W`,
 * `\S` and `\D` mean something else in lower case. Without `u`, every escape
 * is a backslash and one character (`\x41`, `\u0041` go on with digits,
 * whose case does not matter).
 */
function lowerLiterals(source: string): string {
  let result = ''
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!
    if (character === '\\') {
      result += source.slice(index, index + 2)
      index++
    } else {
      result += character.toLowerCase()
    }
  }
  return result
}

const globals = new WeakMap<RegExp, RegExp>()

function globalPattern(pattern: RegExp): RegExp {
  let global = globals.get(pattern)
  if (!global) {
    global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`)
    globals.set(pattern, global)
  }
  return global
}

type Alternations = ReadonlyArray<readonly ['lower' | 'original', RegExp]>
const alternationsWithLower = new WeakMap<readonly RegExp[], Alternations>()
const alternationsWithoutLower = new WeakMap<readonly RegExp[], Alternations>()

function alternationsOf(patterns: readonly RegExp[], withLower: boolean): Alternations {
  const memo = withLower ? alternationsWithLower : alternationsWithoutLower
  let found = memo.get(patterns)
  if (!found) {
    const groups = new Map<string, { target: 'lower' | 'original', flags: string, sources: string[] }>()
    for (const pattern of patterns) {
      const lower = withLower ? loweredPattern(pattern) : undefined
      const target = lower ? 'lower' : 'original'
      // Without `g` or `y`, so that `test` keeps no state.
      const flags = (lower ?? pattern).flags.replace(/[gy]/g, '')
      const key = `${target} ${flags}`
      const group = groups.get(key) ?? { target, flags, sources: [] }
      group.sources.push(`(?:${(lower ?? pattern).source})`)
      groups.set(key, group)
    }
    found = [...groups.values()].map(({ target, flags, sources }) => [target, new RegExp(sources.join('|'), flags)] as const)
    memo.set(patterns, found)
  }
  return found
}
