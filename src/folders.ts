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
