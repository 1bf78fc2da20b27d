import fs from 'node:fs/promises'
import path from 'node:path'

/** Whether `absolute` is `folder` itself or lies below it (paths as given: resolve links first where they matter). */
export function isInside(absolute: string, folder: string): boolean {
  const relative = path.relative(folder, absolute)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}

/**
 * Where a chain of links starting at `file` ends, whether or not anything is
 * there (`realpath` fails on a link to nothing, and on `/dev/stdin` when it is
 * a deleted file): the path itself when it is no link. A loop ends after 32 links.
 */
export async function linkTarget(file: string): Promise<string> {
  let target = file
  for (let hops = 0; hops < 32; hops++) {
    try {
      if (!(await fs.lstat(target)).isSymbolicLink()) return target
      target = path.resolve(path.dirname(target), await fs.readlink(target))
    } catch {
      return target
    }
  }
  return target
}

/** How the `digest.json` that news-digest writes begins (`src/render/json.ts`); someone else's file of that name does not. */
const digestOpening = /^\{\n {2}"version": \d+,\n/

/** Whether `folder`, holding `entries`, is an output of news-digest: its `digest.json` begins as news-digest writes it. */
export async function isOutputFolder(folder: string, entries: readonly string[]): Promise<boolean> {
  return entries.includes('digest.json') && digestOpening.test(await readOpening(path.join(folder, 'digest.json')).catch(() => ''))
}

/** The first bytes of a regular file, as text; nothing for anything else (a pipe would never answer). */
async function readOpening(file: string): Promise<string> {
  if (!(await fs.lstat(file)).isFile()) return ''
  const handle = await fs.open(file, 'r')
  try {
    const buffer = Buffer.alloc(64)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}
