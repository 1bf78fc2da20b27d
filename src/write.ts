import fs from 'node:fs/promises'
import path from 'node:path'

/** A file to write into the output folder. */
export interface OutputFile {
  /** Path inside the output folder, with `/` separators. */
  readonly path: string
  readonly contents: string
}

/** Error for an output folder news-digest must not touch; its message is shown as is. */
export class OutputError extends Error {}

const marker = 'digest.json'

/**
 * Write the output folder atomically: everything goes into a temporary folder
 * beside it, which then takes its place, so a failed build leaves the previous
 * output as it was and files of earlier builds do not linger. A folder that
 * exists, is not empty and holds no `digest.json` is not ours: it is refused.
 */
export async function writeOutput(out: string, files: readonly OutputFile[]): Promise<void> {
  await assertReplaceable(out)
  const parent = path.dirname(out)
  await fs.mkdir(parent, { recursive: true })
  const staging = await fs.mkdtemp(path.join(parent, `.${path.basename(out)}-new-`))
  try {
    for (const file of files) {
      const target = path.join(staging, ...file.path.split('/'))
      await fs.mkdir(path.dirname(target), { recursive: true })
      await fs.writeFile(target, file.contents)
    }
    await swapIn(staging, out)
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true })
    throw error
  }
}

async function assertReplaceable(out: string): Promise<void> {
  let entries: string[]
  try {
    entries = await fs.readdir(out)
  } catch (error) {
    if (isCode(error, 'ENOENT')) return
    if (isCode(error, 'ENOTDIR')) throw new OutputError(`Cannot write to \`${out}\`: it is a file, expected a folder`)
    throw error
  }
  if (entries.length > 0 && !entries.includes(marker)) {
    throw new OutputError(`Refusing to replace \`${out}\`: it is not empty and holds no \`${marker}\`, so it is not a news-digest output folder`)
  }
}

async function swapIn(staging: string, out: string): Promise<void> {
  const retired = `${staging}-old`
  let hadPrevious = true
  try {
    await fs.rename(out, retired)
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error
    hadPrevious = false
  }
  await fs.rename(staging, out)
  if (hadPrevious) await fs.rm(retired, { recursive: true, force: true })
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code
}
