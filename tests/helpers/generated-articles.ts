/**
 * A folder's worth of made-up articles (`name → contents`), the same for the
 * same arguments: for tests that need many or long inputs (a build that takes
 * long enough to be interrupted, the worker-thread path).
 */
export function generatedArticles(count: number, paragraphsEach: number): Record<string, string> {
  const files: Record<string, string> = {}
  let seed = 7
  const next = (): number => {
    // mulberry32: a small seeded generator, the same sequence every run.
    seed = (seed + 0x6d2b79f5) | 0
    let mixed = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return (mixed ^ (mixed >>> 14)) >>> 0
  }
  const pick = <T>(items: readonly T[]): T => items[next() % items.length]!
  for (let article = 0; article < count; article++) {
    const day = 1 + (article % 28)
    const paragraphs: string[] = []
    for (let paragraph = 0; paragraph < paragraphsEach; paragraph++) {
      const words = Array.from({ length: 24 + (next() % 24) }, () => (next() % 3 === 0 ? pick(vocabulary) : `${pick(syllables)}${pick(syllables)}${pick(syllables)}`))
      const when = paragraph === 0 ? ` on ${pick(weekdays)}` : ''
      paragraphs.push(`The ${pick(vocabulary)} council said${when} that ${words.join(' ')} (item ${article}-${paragraph}).`)
    }
    const name = `${String(article).padStart(4, '0')}_generated.txt`
    files[name] = `---\ntitle: Generated report number ${article}\nsource: Outlet ${article % 17}\ndate: 2025-11-${String(day).padStart(2, '0')}\n---\n${paragraphs.join('\n\n')}\n`
  }
  return files
}

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const

// Made-up words, so that paragraphs do not look alike and the build's time goes to size, not to comparing repeats.
const syllables = ['ka', 'lo', 'mi', 'ten', 'ra', 'sul', 'vo', 'dre', 'pa', 'nim', 'ho', 'zu', 'bel', 'qui', 'tor', 'fa'] as const

const vocabulary = [
  'budget', 'harbour', 'bridge', 'inquiry', 'minister', 'river', 'school', 'contract', 'vote', 'report',
  'railway', 'hospital', 'mayor', 'court', 'union', 'strike', 'tariff', 'museum', 'festival', 'storm',
  'approved', 'delayed', 'rejected', 'announced', 'reviewed', 'funded', 'opened', 'closed', 'moved', 'asked',
  'quickly', 'finally', 'again', 'openly', 'later', 'first', 'local', 'regional', 'national', 'public'
] as const
