/**
 * A bounded memo: the results of the last `size` keys, oldest forgotten
 * first. Watch mode rebuilds the stages that span all sources on every save;
 * remembering per-paragraph and per-article work across builds keeps a
 * one-file edit from paying again for every other file.
 */
export function remembered<Value>(size: number): (key: string, compute: () => Value) => Value {
  const values = new Map<string, Value>()
  return (key, compute) => {
    const known = values.get(key)
    if (known !== undefined) return known
    const value = compute()
    if (values.size >= size) values.delete(values.keys().next().value!)
    values.set(key, value)
    return value
  }
}
