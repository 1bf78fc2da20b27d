import { type InjectionVector, injectionVectors, payloadOf } from './vectors.js'

/**
 * The hostile input folder: every vector in every place an article can hold
 * text. Per vector, a markdown file and a plain-text file carry it in every
 * front matter field and in the body (paragraph, heading, list, quote, code,
 * link target, raw HTML), and a third file carries it in its file name and
 * in its top lines, where the outlet, byline and headline are read from.
 */
export function hostileCorpus(vectors: readonly InjectionVector[] = injectionVectors): Record<string, string> {
  const files: Record<string, string> = {}
  vectors.forEach((vector, index) => {
    const payload = payloadOf(vector, index)
    const number = String(index + 1).padStart(3, '0')
    files[`${number}-body.md`] = markdownArticle(payload, vector, index)
    files[`${number}-body.txt`] = textArticle(payload, index)
    files[`${number} ${fileNamePart(payload)}.txt`] = `${payload}\nBy ${payload}\n\n${payload}\n\n${sentence(index)}\n`
  })
  return files
}

function frontMatter(payload: string, url: string): string {
  // JSON strings are YAML double-quoted strings: the payload arrives as written.
  const fields = { title: payload, source: payload, author: payload, section: payload, url, date: payload }
  return `---\n${Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')}\n---\n`
}

function markdownArticle(payload: string, vector: InjectionVector, index: number): string {
  const links = vector.kind === 'url'
    ? [`[Read the report](${payload})`, `<${payload}>`, `[Read it again][ref${index}]\n\n[ref${index}]: ${payload}`, `<a href="${payload}">Raw link</a>`]
    : [`[Read the report](https://example.com/?q=${encodeURIComponent(payload)})`]
  return [
    frontMatter(payload, payload),
    `${sentence(index)} ${payload} The vote is due next week.`,
    `## ${payload}`,
    `- ${payload}\n- A second point about the budget.`,
    `> ${payload}`,
    `Inline code: \`${payload.replaceAll('`', "'")}\` and *emphasis ${payload}*.`,
    ...links,
    payload,
    '```\n' + payload + '\n```',
    `${sentence(index + 1000)}`
  ].join('\n\n') + '\n'
}

function textArticle(payload: string, index: number): string {
  return [
    frontMatter(payload, `https://example.com/?q=${payload}`),
    payload,
    `${sentence(index)} ${payload}`,
    `The council said ${payload} on Tuesday.`
  ].join('\n\n') + '\n'
}

// Distinct prose per file, so that no file is removed as a repeat of another.
function sentence(seed: number): string {
  const places = ['Alder', 'Brenford', 'Calloway', 'Dunmore', 'Eastfield', 'Fairhaven', 'Glenrock', 'Hollins']
  const subjects = ['budget', 'bridge', 'school', 'water plan', 'bus route', 'library', 'clinic', 'park']
  return `The ${places[seed % places.length]} council debated the ${subjects[Math.floor(seed / 8) % subjects.length]} for the ${seed + 1}th time on Tuesday.`
}

// A file name holds any byte but `/` and NUL, up to 255 bytes.
function fileNamePart(payload: string): string {
  const safe = payload.replace(/[/\0]/g, '∕').replace(/[\r\n]/g, ' ')
  let part = ''
  for (const character of safe) {
    if (Buffer.byteLength(part + character) > 180) break
    part += character
  }
  return part
}
