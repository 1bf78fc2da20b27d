/**
 * How many typing slips apart two short words are: letters changed, added,
 * dropped, or two neighbours swapped (the optimal string alignment distance).
 * For suggesting the name someone meant (`--quite` → `--quiet`,
 * `titel` → `title`); the words are short, so the full table is fine.
 */
export function typoDistance(a: string, b: string): number {
  let beforePrevious: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let row = 1; row <= a.length; row++) {
    const current = [row]
    for (let column = 1; column <= b.length; column++) {
      let value = Math.min(previous[column]! + 1, current[column - 1]! + 1, previous[column - 1]! + (a[row - 1] === b[column - 1] ? 0 : 1))
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) value = Math.min(value, beforePrevious[column - 2]! + 1)
      current.push(value)
    }
    beforePrevious = previous
    previous = current
  }
  return previous[b.length]!
}
