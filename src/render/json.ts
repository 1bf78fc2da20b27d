/**
 * `digest.json` in pieces: the same text as `JSON.stringify(value, null, 2)`
 * followed by a newline, made one array item at a time, so that a digest of
 * thousands of articles is never one string of a hundred megabytes (and its
 * copy as bytes) in memory.
 */
export function* prettyJsonChunks(value: object): Generator<string> {
  const entries = Object.entries(value).filter(([, member]) => member !== undefined && typeof member !== 'function')
  if (entries.length === 0) {
    yield '{}\n'
    return
  }
  yield '{'
  for (const [index, [key, member]] of entries.entries()) {
    yield `${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `
    if (Array.isArray(member) && member.length > 0) {
      yield '['
      for (const [position, item] of member.entries()) {
        // JSON text has no raw line breaks inside strings: every one is the layout's, safe to indent.
        yield `${position === 0 ? '' : ','}\n    ${indented(JSON.stringify(item ?? null, null, 2), '    ')}`
      }
      yield '\n  ]'
    } else {
      yield indented(JSON.stringify(member, null, 2), '  ')
    }
  }
  yield '\n}\n'
}

function indented(json: string, indent: string): string {
  return json.replaceAll('\n', `\n${indent}`)
}
