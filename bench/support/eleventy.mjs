// The Eleventy side of the benchmark: the same articles as Markdown pages.
import fs from 'node:fs/promises'
import path from 'node:path'
import { writeFolderOnce } from './write-once.mjs'

/**
 * A folder with every article of `corpus` as a `.md` file with the same
 * text, written once and reused. Eleventy reads `date` in front matter as
 * the page date and stops on anything that is not one (the seeds have
 * intervals such as `2025-11-25/2025-11-26`), so that key is renamed.
 */
export async function ensureEleventyInput(corpus, folder = `${corpus}-eleventy-input`) {
  return writeFolderOnce(folder, async (target) => {
    for (const name of (await fs.readdir(corpus)).sort()) {
      if (name.startsWith('.') || !/\.(?:md|markdown|txt)$/.test(name)) continue
      const text = await fs.readFile(path.join(corpus, name), 'utf8')
      await fs.writeFile(path.join(target, name.replace(/\.(?:markdown|txt)$/, '.md')), renameDate(text))
    }
  })
}

function renameDate(text) {
  const end = text.startsWith('---\n') ? text.indexOf('\n---', 3) : -1
  if (end === -1) return text
  return text.slice(0, end).replace(/^date:/m, 'published:') + text.slice(end)
}
