// Eleventy configuration for `npm run bench:eleventy-seeds`: the five seed
// articles as plain Markdown pages, from the copy `npm run bench` writes
// (`date` renamed, see bench/support/eleventy.mjs) into the bench folder.
import os from 'node:os'
import path from 'node:path'

/** Where the Markdown copies of the seeds are, and where Eleventy writes. */
export function seedsEleventyFolders() {
  const root = path.join(os.tmpdir(), 'news-digest-bench')
  return { input: path.join(root, 'seeds-eleventy-input'), output: path.join(root, 'out', 'eleventy-seeds') }
}

export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true)
  return { dir: seedsEleventyFolders(), templateFormats: ['md'], markdownTemplateEngine: false }
}
