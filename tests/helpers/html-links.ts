/** A URL-valued attribute found in a page. */
export interface PageLink {
  readonly tag: string
  readonly attribute: string
  /** The value with character references decoded, as a browser reads it. */
  readonly value: string
}

const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'cite', 'background'])

/**
 * Every URL-valued attribute of every start tag. A small tokenizer over tags
 * and attributes, enough for pages whose text is escaped (ours): comments and
 * the contents of `<style>` and `<script>` are skipped, since they hold no tags.
 */
export function linksOf(html: string): PageLink[] {
  const links: PageLink[] = []
  for (const { tag, attributes } of startTags(html)) {
    for (const [name, value] of attributes) {
      if (!urlAttributes.has(name)) continue
      if (name === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0]
          if (url) links.push({ tag, attribute: name, value: url })
        }
      } else {
        links.push({ tag, attribute: name, value })
      }
    }
  }
  return links
}

/** Every `id` in the page (and `name` of `<a>`): what a fragment link may point at. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>()
  for (const { tag, attributes } of startTags(html)) {
    for (const [name, value] of attributes) {
      if (name === 'id' || (tag === 'a' && name === 'name')) ids.add(value)
    }
  }
  return ids
}

/** Start tags with their attributes (names lower-cased, values decoded). */
export function startTags(html: string): Array<{ tag: string, attributes: Array<[string, string]> }> {
  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '<$1>')
  const tags: Array<{ tag: string, attributes: Array<[string, string]> }> = []
  for (const match of source.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    const attributes: Array<[string, string]> = []
    for (const attribute of match[2]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attributes.push([attribute[1]!.toLowerCase(), decodeCharacterReferences(attribute[2] ?? attribute[3] ?? attribute[4] ?? '')])
    }
    tags.push({ tag: match[1]!.toLowerCase(), attributes })
  }
  return tags
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decode `&#x2F;`, `&#39;` and the named references escapers produce. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, reference: string) => {
    if (reference.startsWith('#x') || reference.startsWith('#X')) return String.fromCodePoint(Number.parseInt(reference.slice(2), 16))
    if (reference.startsWith('#')) return String.fromCodePoint(Number.parseInt(reference.slice(1), 10))
    return named[reference.toLowerCase()] ?? whole
  })
}
