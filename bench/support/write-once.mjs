// A folder written in full once and reused after: a `.complete` file (skipped
// by news-digest, like every dot file) marks a folder that was finished.
import fs from 'node:fs/promises'
import path from 'node:path'

/** Return `folder`, first writing it with `write(folder)` unless an earlier run finished it. */
export async function writeFolderOnce(folder, write, markerText = 'complete') {
  const marker = path.join(folder, '.complete')
  try {
    await fs.access(marker)
    return folder
  } catch {
    // Not written yet (or half-written by an interrupted run): write it again.
  }
  await fs.rm(folder, { recursive: true, force: true })
  await fs.mkdir(folder, { recursive: true })
  await write(folder)
  await fs.writeFile(marker, `${markerText}\n`)
  return folder
}
