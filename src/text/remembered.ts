/**
 * Bounded memos for work that repeats: the results of the last `size` keys,
 * oldest forgotten first. Watch mode rebuilds the stages that span all
 * sources on every save; remembering per-paragraph and per-article work
 * keeps a one-file edit from paying again for every other file. A single
 * build would mostly hold the memory (about 150 MB at 4,000 articles), so
 * the full memos are on only after `rememberAcrossBuilds(true)`; a memo made
 * with `recent` keeps that many keys in a single build too.
 */
let enabled = false

/** Turn the memos on (watch mode) or off. */
export function rememberAcrossBuilds(on: boolean): void {
  enabled = on
}

/**
 * A memo of the last `size` keys while `rememberAcrossBuilds` is on. With
 * `recent`, it also keeps up to that many keys when it is off, forgotten all
 * at once when full: for work one build asks for more than once (cleaning
 * and analysis fingerprint the same paragraphs; a boilerplate line recurs
 * in article after article).
 */
export function remembered<Value>(size: number, recent = 0): (key: string, compute: () => Value) => Value {
  const values = new Map<string, Value>()
  return (key, compute) => {
    if (!enabled) {
      if (values.size > recent) values.clear()
      if (recent === 0) return compute()
      const known = values.get(key)
      if (known !== undefined) return known
      const value = compute()
      values.set(key, value)
      return value
    }
    const known = values.get(key)
    if (known !== undefined) return known
    const value = compute()
    if (values.size >= size) values.delete(values.keys().next().value!)
    values.set(key, value)
    return value
  }
}
