/**
 * A count with thousands separators, as `count.toLocaleString('en')` writes
 * it ("1,250"). Not `toLocaleString` itself: its first call sets up ICU's
 * number formatting, which took longer than rendering a small page.
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0 || Object.is(count, -0)) return count.toLocaleString('en')
  return String(count).replace(/\B(?=(?:\d{3})+$)/g, ',')
}

/** `1 source`, `1,250 sources`. */
export function countLabel(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}
