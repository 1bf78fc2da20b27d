/**
 * Bounded memos for work that repeats from build to build: the results of
 * the last `size` keys, oldest forgotten first. Watch mode rebuilds the
 * stages that span all sources on every save; remembering per-paragraph and
 * per-article work keeps a one-file edit from paying again for every other
 * file. A single build gains nothing from them and would only hold the
 * memory (about 150 MB at 4,000 articles), so they are off until
 * `rememberAcrossBuilds` turns them on.
 */
let enabled = false

/** Turn the memos on (watch mode) or off. */
export function rememberAcrossBuilds(on: boolean): void {
  enabled = on
}

export function remembered<Value>(size: number): (key: string, compute: () => Value) => Value {
  const values = new Map<string, Value>()
  return (key, compute) => {
    if (!enabled) {
      values.clear()
      return compute()
    }
    const known = values.get(key)
    if (known !== undefined) return known
    const value = compute()
    if (values.size >= size) values.delete(values.keys().next().value!)
    values.set(key, value)
    return value
  }
}
