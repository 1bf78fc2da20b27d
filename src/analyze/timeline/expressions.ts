import { monthNames, weekdayNames } from '../../calendar/day.js'

/**
 * The kinds of date expression news text uses. Each is a named rule: the
 * name is stored with every timeline mention and listed in the README.
 */
export type ExpressionRule =
  | 'date-day-month-year' | 'date-day-month' | 'date-day-range' | 'date-day-of-month' | 'date-named-day' | 'date-month-year' | 'date-month' | 'date-month-part' | 'date-season'
  | 'date-month-earlier-later' | 'date-year' | 'date-weekday' | 'date-weekday-range' | 'date-last-weekday'
  | 'date-relative-day' | 'date-relative-week' | 'date-weekend' | 'date-relative-month' | 'date-relative-year' | 'date-ago'
  | 'date-anaphoric-day' | 'date-anaphoric-week' | 'date-anaphoric-offset' | 'date-anaphoric-weekday' | 'date-anaphoric-weekend'

export type Season = 'spring' | 'summer' | 'autumn' | 'winter'

/** A date expression found in a sentence, not yet placed on the calendar. */
export interface Expression {
  readonly rule: ExpressionRule
  /** The words as written: "on Tuesday", "later that week". */
  readonly phrase: string
  readonly index: number
  readonly year?: number
  /** 1–12 */
  readonly month?: number
  readonly day?: number
  /** For a range of days in one month ("17 and 18 December"): its last day. */
  readonly endDay?: number
  /** For seasons: which one (northern hemisphere, by months: spring is March to May). */
  readonly season?: Season
  /** 0 Monday … 6 Sunday */
  readonly weekday?: number
  /** For month parts and earlier/later phrases: which part. */
  readonly part?: 'early' | 'mid' | 'late' | 'earlier' | 'later' | 'whole'
  /** For relative expressions: -1 last, 0 this, 1 next; days for offsets. */
  readonly offset?: number
}

// "Sept." as well as "Sep.": the one month that news styles cut at four letters.
const month = `(${monthNames.map((name) => `${name[0]!.toUpperCase()}${name.slice(1, 3)}(?:${name === 'september' ? 't?(?:ember)?' : name.slice(3)})?`).join('|')})\\.?`
const weekday = `(${weekdayNames.map((name) => `${name[0]!.toUpperCase()}${name.slice(1)}`).join('|')})`
const ordinal = '(\\d{1,2})(?:st|nd|rd|th)?'
// Small words before a month stay case-sensitive (so "may" is not May) but may open a sentence: "In April", "Earlier in March".
const opening = (words: string): string => words.split('|').map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')
const number = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})'

export interface ExpressionPattern {
  readonly rule: ExpressionRule
  readonly pattern: RegExp
  /** What every match of `pattern` holds, in some case: a sentence without it is not tried. Cues are shared, and tested once a sentence. */
  readonly cue: RegExp
  readonly read: (match: RegExpExecArray) => Partial<Expression> | undefined
}

const monthCue = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i
const weekdayCue = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i
const relativeDayCue = /yesterday|to(?:day|night|morrow)|morning|afternoon|evening/i
const seasonCue = /spring|summer|autumn|fall|winter/i
const digitCue = /\d/
const yearCue = /year/i
const monthWordCue = /month/i
const weekCue = /week/i
const dayOrWeekCue = /day|week/i
const dayOrDateCue = /da(?:y|te)/i
const agoCue = /ago/i
const namedDayCue = /christmas|boxing|new year|valentine|halloween/i
const hoursCue = /hours/i

// Longer, more specific patterns come first; a later match overlapping an earlier one is dropped.
/** The grammar of date expressions (exported for its tests). */
export const expressionPatterns: readonly ExpressionPattern[] = [
  // "on 17 and 18 December", "between 5 and 9 January", "March 3-5, 2026": a span of days in one month.
  { rule: 'date-day-range', pattern: new RegExp(`\\b(?:(?:${opening('on|between|from')}) )?${ordinal} ?(?:and|to|until|-|–) ?${ordinal} ${month}(?:,? (\\d{4}))?\\b`, 'g'), cue: monthCue, read: (m) => dayRange(Number(m[1]), Number(m[2]), m[3]!, m[4]) },
  { rule: 'date-day-range', pattern: new RegExp(`\\b(?:${opening('on|between|from')} )?${month} ${ordinal} ?(?:and|to|through|until|-|–) ?${ordinal}(?:,? (\\d{4}))?\\b`, 'g'), cue: monthCue, read: (m) => dayRange(Number(m[2]), Number(m[3]), m[1]!, m[4]) },
  { rule: 'date-day-month-year', pattern: new RegExp(`\\b(?:(?:${opening('on|of')}) )?${ordinal} ${month},? (\\d{4})\\b`, 'g'), cue: monthCue, read: (m) => ({ day: Number(m[1]), month: monthOf(m[2]!), year: Number(m[3]) }) },
  { rule: 'date-day-month-year', pattern: new RegExp(`\\b(?:${opening('on')} )?${month} ${ordinal},? (\\d{4})\\b`, 'g'), cue: monthCue, read: (m) => ({ month: monthOf(m[1]!), day: Number(m[2]), year: Number(m[3]) }) },
  { rule: 'date-month-earlier-later', pattern: new RegExp(`\\b(${opening('earlier|later')}) (?:in|this) ${month}\\b`, 'g'), cue: monthCue, read: (m) => ({ part: m[1]!.toLowerCase() === 'earlier' ? 'earlier' : 'later', month: monthOf(m[2]!) }) },
  { rule: 'date-month-part', pattern: new RegExp(`\\b(?:in |by )?(?:the )?(early|mid|late|end of|beginning of|start of)[- ]${month}(?:,? (\\d{4}))?\\b`, 'gi'), cue: monthCue, read: (m) => ({ part: partOf(m[1]!), month: monthOf(m[2]!), ...(m[3] ? { year: Number(m[3]) } : {}) }) },
  // "the 3rd of March"; "on the 3rd" alone means that day of the month the story is in.
  { rule: 'date-day-month', pattern: new RegExp(`\\b(?:${opening('on')} )?the ${ordinal} of ${month}\\b`, 'g'), cue: monthCue, read: (m) => ({ day: Number(m[1]), month: monthOf(m[2]!) }) },
  { rule: 'date-day-of-month', pattern: /\bon the (\d{1,2})(st|nd|rd|th)(?=[.,;:!?)]|$| and\b)/g, cue: digitCue, read: (m) => (ordinalSuffixFits(Number(m[1]), m[2]!) ? { day: Number(m[1]) } : undefined) },
  // Days with a name and a fixed date: "on Christmas Eve", "New Year's Day".
  { rule: 'date-named-day', pattern: /\b(?:on )?(Christmas Eve|Christmas Day|Boxing Day|New Year['’]s Eve|New Year['’]s Day|Valentine['’]s Day|Halloween)\b/g, cue: namedDayCue, read: (m) => namedDay(m[1]!) },
  { rule: 'date-day-month', pattern: new RegExp(`\\b(?:(?:${opening('on|of|dated|since|from|until')}) )?${ordinal} ${month}\\b`, 'g'), cue: monthCue, read: (m) => ({ day: Number(m[1]), month: monthOf(m[2]!) }) },
  { rule: 'date-day-month', pattern: new RegExp(`\\b(?:(?:${opening('on|dated|since|from|until')}) )?${month} ${ordinal}\\b(?!,? \\d{4})`, 'g'), cue: monthCue, read: (m) => ({ month: monthOf(m[1]!), day: Number(m[2]) }) },
  { rule: 'date-month-year', pattern: new RegExp(`\\b(?:(?:${opening('in|since|by|until|from')}) )?${month},? (\\d{4})\\b`, 'g'), cue: monthCue, read: (m) => ({ month: monthOf(m[1]!), year: Number(m[2]) }) },
  { rule: 'date-month', pattern: new RegExp(`\\b(?:${opening('in|since|by|until|from|during|through|last|this|next')}) ${month}\\b(?! \\d)`, 'g'), cue: monthCue, read: (m) => ({ month: monthOf(m[1]!), part: 'whole' }) },
  // "last autumn", "this spring", "in the summer of 2024", "winter 2025"; "fall" only where it cannot be the verb.
  { rule: 'date-season', pattern: /\b(?:(last|this|next) (spring|summer|autumn|fall|winter)|(?:in|during|over|through|by) (?:the )?(spring|summer|autumn|winter)(?: of (\d{4}))?|(?:in|during) the fall of (\d{4})|(spring|summer|autumn|winter) (\d{4}))\b/gi, cue: seasonCue, read: (m) => seasonOf(m) },
  { rule: 'date-year', pattern: /\b(?:in|since|during|by|until|through|from|early|late|mid-?) ((?:19|20)\d{2})\b(?![-/]\d)/gi, cue: digitCue, read: (m) => ({ year: Number(m[1]) }) },
  { rule: 'date-relative-year', pattern: /\b(?:(earlier|later|early|late) )?(last|this|next) year\b|\b(earlier|later) this year\b/gi, cue: yearCue, read: (m) => relativeYear(m) },
  // "at the start of the year", "by the end of the month": a part of this (or the last, or the next) year or month.
  { rule: 'date-relative-year', pattern: /\b(?:at|by|before|until|towards?|from) the (start|beginning|end) of (the|this|last|next) year\b/gi, cue: yearCue, read: (m) => ({ offset: relativeOffset(m[2]!), part: partOfEdge(m[1]!, m[0]!) }) },
  { rule: 'date-relative-month', pattern: /\b(?:at|by|before|until|towards?|from) the (start|beginning|end) of (the|this|last|next) month\b/gi, cue: monthWordCue, read: (m) => ({ offset: relativeOffset(m[2]!), part: partOfEdge(m[1]!, m[0]!) }) },
  // "from Monday to Wednesday": the days of one stretch, placed as its first day would be.
  { rule: 'date-weekday-range', pattern: new RegExp(`\\b(?:${opening('from|between')} )?${weekday} (?:to|until|through|and|-|–) ${weekday}\\b`, 'g'), cue: weekdayCue, read: (m) => ({ weekday: weekdayOf(m[1]!), endDay: (weekdayOf(m[2]!) - weekdayOf(m[1]!) + 7) % 7 }) },
  // "the previous Friday", "the following Monday", "that Sunday": a weekday counted from the day the story last named.
  { rule: 'date-anaphoric-weekday', pattern: new RegExp(`\\b(?:on )?(?:the (previous|following|next)|that) ${weekday}\\b`, 'gi'), cue: weekdayCue, read: (m) => ({ weekday: weekdayOf(m[2]!), offset: m[1] === undefined ? 0 : m[1].toLowerCase() === 'previous' ? -1 : 1 }) },
  { rule: 'date-last-weekday', pattern: new RegExp(`\\blast ${weekday}\\b`, 'gi'), cue: weekdayCue, read: (m) => ({ weekday: weekdayOf(m[1]!) }) },
  { rule: 'date-weekday', pattern: new RegExp(`\\b(?:on |by |until |since |from |late |early |this )?${weekday}(?:'s|’s)?(?: (?:morning|afternoon|evening|night))?\\b`, 'gi'), cue: weekdayCue, read: (m) => (/^this /i.test(m[0]) ? undefined : { weekday: weekdayOf(m[1]!) }) },
  { rule: 'date-relative-day', pattern: /\b(the day before yesterday|yesterday|today|tonight|tomorrow|the day after tomorrow|this (?:morning|afternoon|evening)|(?:earlier|later) today)\b/gi, cue: relativeDayCue, read: (m) => ({ offset: dayOffset(m[1]!.toLowerCase()) }) },
  { rule: 'date-anaphoric-week', pattern: /\b(later|earlier) that week\b|\b(?:that|the same) week\b|\bthe (following|previous|next) week\b/gi, cue: weekCue, read: (m) => ({ part: m[1] ? (m[1].toLowerCase() === 'later' ? 'later' : 'earlier') : 'whole', offset: m[2] ? (m[2].toLowerCase() === 'previous' ? -1 : 1) : 0 }) },
  { rule: 'date-relative-week', pattern: /\b(?:(earlier|later) )?(this|last|next) week\b/gi, cue: weekCue, read: (m) => ({ offset: m[2]!.toLowerCase() === 'last' ? -1 : m[2]!.toLowerCase() === 'next' ? 1 : 0, part: m[1] ? (m[1].toLowerCase() === 'earlier' ? 'earlier' : 'later') : 'whole' }) },
  // "the weekend before", "the following weekend", "that weekend": counted from the day the story last named.
  { rule: 'date-anaphoric-weekend', pattern: /\b(?:the weekend (before|after)|the (previous|following|next) weekend|that (?:same )?weekend)\b/gi, cue: weekCue, read: (m) => ({ offset: m[1] ? (m[1].toLowerCase() === 'before' ? -1 : 1) : m[2] ? (m[2].toLowerCase() === 'previous' ? -1 : 1) : 0 }) },
  { rule: 'date-weekend', pattern: /\b(?:(?:over|at|on|during) the|(this|last|next)) weekend\b/gi, cue: weekCue, read: (m) => (m[1] === undefined ? {} : { offset: m[1].toLowerCase() === 'last' ? -1 : m[1].toLowerCase() === 'next' ? 1 : 0 }) },
  { rule: 'date-relative-month', pattern: /\b(?:(earlier|later|early|mid|late) )?(this|last|next) month\b/gi, cue: monthWordCue, read: (m) => ({ offset: m[2]!.toLowerCase() === 'last' ? -1 : m[2]!.toLowerCase() === 'next' ? 1 : 0, part: m[1] ? m[1].toLowerCase() as NonNullable<Expression['part']> : 'whole' }) },
  { rule: 'date-ago', pattern: new RegExp(`\\b${number} (days?|weeks?|fortnights?) ago\\b`, 'gi'), cue: agoCue, read: (m) => agoOf(countOf(m[1]!), m[2]!.toLowerCase()) },
  { rule: 'date-anaphoric-offset', pattern: new RegExp(`\\b${number} (days?|weeks?) (later|earlier|before|after)\\b|\\bthe (following|next|previous) day\\b|\\bthe day (before|after)\\b`, 'gi'), cue: dayOrWeekCue, read: (m) => ({ offset: anaphoricOffset(m) }) },
  { rule: 'date-anaphoric-day', pattern: /\b(?:on )?(?:the same day|that same day|that day|the same date)\b/gi, cue: dayOrDateCue, read: () => ({ offset: 0 }) },
  { rule: 'date-anaphoric-day', pattern: /\b(?:the same|that(?: same)?) (?:morning|afternoon|evening|night)\b/gi, cue: relativeDayCue, read: () => ({ offset: 0 }) },
  // "48 hours later": whole days only; "36 hours later" falls on one of two.
  { rule: 'date-anaphoric-offset', pattern: /\b(\d{2,3}) hours (later|earlier|after|before)\b/gi, cue: hoursCue, read: (m) => (Number(m[1]) % 24 === 0 ? { offset: (/later|after/i.test(m[2]!) ? 1 : -1) * Number(m[1]) / 24 } : undefined) }
]

// Every pattern above needs a digit or one of these words: a sentence with none is passed over in one test.
const possibleExpression = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|tonight|tomorrow|date|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|christmas|new year|valentine|halloween/i

/** Find the date expressions of a sentence, in order, none overlapping. */
export function findExpressions(sentence: string): Expression[] {
  if (!possibleExpression.test(sentence)) return []
  const found: Expression[] = []
  const taken: Array<readonly [number, number]> = []
  const cues = new Map<RegExp, boolean>()
  for (const { rule, pattern, cue, read } of expressionPatterns) {
    let hasCue = cues.get(cue)
    if (hasCue === undefined) cues.set(cue, (hasCue = cue.test(sentence)))
    if (!hasCue) continue
    // `exec` from `lastIndex`, as `matchAll` would, without the copy of the pattern `matchAll` makes on every call.
    pattern.lastIndex = 0
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      const start = match.index
      const end = start + match[0].length
      if (end === start) pattern.lastIndex++
      if (taken.some(([from, to]) => start < to && from < end)) continue
      const values = read(match)
      if (!values || !isPlausible(values)) continue
      taken.push([start, end])
      if (isBirthDate(sentence, start) || (rule === 'date-weekday' && indefiniteBefore.test(sentence.slice(Math.max(0, start - 8), start)))) continue
      found.push({ ...stripUndefined(values), rule, phrase: match[0], index: start })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

// "who was born in Alderford in 1969", "who turns 58 on 2 February", "The trust, which was formed in 1994 and
// employs …", "Norvane, founded in 1998 and based in …": a profile's birth or birthday, and the founding told
// in passing, are no events of the story ("The company was founded in 2019." on its own may be). A year between
// the word and the phrase has told it already: "born in 1969, took over in 2014".
const bornBefore = /(?:\bborn\b|\bturns \d{1,3}\b|(?:\b(?:which|who|that) (?:was|were|is|are) |,\s*)(?:founded|formed|established|incorporated|set up)\b)(?:(?!\d{4})[^.;:()]){0,30}$/i
// "on a Sunday", "every Monday": no particular day.
const indefiniteBefore = /\b(?:a|an|every|each|one|any)\s+$/i

function isBirthDate(sentence: string, start: number): boolean {
  return bornBefore.test(sentence.slice(Math.max(0, start - 40), start))
}

function isPlausible(values: Partial<Expression>): boolean {
  if (values.day !== undefined && (values.day < 1 || values.day > 31)) return false
  return values.month === undefined || (values.month >= 1 && values.month <= 12)
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T
}

function monthOf(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase()
  return monthNames.findIndex((candidate) => candidate.startsWith(prefix)) + 1
}

function weekdayOf(name: string): number {
  return weekdayNames.indexOf(name.toLowerCase() as (typeof weekdayNames)[number])
}

function ordinalSuffixFits(day: number, suffix: string): boolean {
  if (day < 1 || day > 31) return false
  const expected = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'
  return suffix.toLowerCase() === expected
}

const namedDays: Record<string, readonly [number, number]> = {
  'christmas eve': [12, 24], 'christmas day': [12, 25], 'boxing day': [12, 26], "new year's eve": [12, 31],
  "new year's day": [1, 1], "valentine's day": [2, 14], halloween: [10, 31]
}

function namedDay(name: string): Partial<Expression> {
  const [month, day] = namedDays[name.toLowerCase().replace('’', "'")]!
  return { month, day }
}

function agoOf(count: number, unit: string): Partial<Expression> {
  if (unit.startsWith('fortnight')) return { offset: -14 * count }
  return unit.startsWith('week') ? { offset: -7 * count, part: 'whole' } : { offset: -count }
}

function dayRange(first: number, last: number, monthName: string, year: string | undefined): Partial<Expression> | undefined {
  if (last <= first || last > 31) return undefined
  return { day: first, endDay: last, month: monthOf(monthName), ...(year ? { year: Number(year) } : {}) }
}

function seasonOf(m: RegExpExecArray): Partial<Expression> {
  const name = (m[2] ?? m[3] ?? m[6] ?? 'autumn').toLowerCase()
  const season: Season = name === 'fall' ? 'autumn' : name as Season
  const year = m[4] ?? m[5] ?? m[7]
  if (year) return { season, year: Number(year) }
  return m[1] ? { season, offset: relativeOffset(m[1]) } : { season }
}

function relativeOffset(word: string): number {
  const lower = word.toLowerCase()
  return lower === 'last' ? -1 : lower === 'next' ? 1 : 0
}

// "by the end of the month": any day from now to its end; "at the end of …": its last part; "at the start of …": its first.
function partOfEdge(edge: string, phrase: string): NonNullable<Expression['part']> {
  if (edge.toLowerCase() !== 'end') return 'early'
  return /^(?:by|before|until)\b/i.test(phrase) ? 'later' : 'late'
}

function partOf(word: string): NonNullable<Expression['part']> {
  const lower = word.toLowerCase()
  if (lower === 'early' || lower.startsWith('beginning') || lower.startsWith('start')) return 'early'
  if (lower === 'mid') return 'mid'
  return 'late'
}

function relativeYear(m: RegExpExecArray): Partial<Expression> {
  if (m[3]) return { offset: 0, part: m[3].toLowerCase() === 'earlier' ? 'earlier' : 'later' }
  const offset = m[2]!.toLowerCase() === 'last' ? -1 : m[2]!.toLowerCase() === 'next' ? 1 : 0
  const modifier = m[1]?.toLowerCase()
  const part = modifier === 'early' ? 'early' : modifier === 'late' ? 'late' : modifier === 'earlier' ? 'earlier' : modifier === 'later' ? 'later' : 'whole'
  return { offset, part }
}

function dayOffset(phrase: string): number {
  switch (phrase) {
    case 'the day before yesterday': return -2
    case 'yesterday': return -1
    case 'tomorrow': return 1
    case 'the day after tomorrow': return 2
    default: return 0
  }
}

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

function countOf(word: string): number {
  const lower = word.toLowerCase()
  if (lower === 'a' || lower === 'an') return 1
  const index = numberWords.indexOf(lower)
  return index === -1 ? Number(lower) : index
}

function anaphoricOffset(m: RegExpExecArray): number {
  if (m[1]) {
    const direction = /later|after/i.test(m[3]!) ? 1 : -1
    return direction * countOf(m[1]) * (/^week/i.test(m[2]!) ? 7 : 1)
  }
  const word = (m[4] ?? m[5] ?? '').toLowerCase()
  return word === 'previous' || word === 'before' ? -1 : 1
}
