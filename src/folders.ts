import path from 'node:path'

/** Whether `absolute` is `folder` itself or lies below it (paths as given: resolve links first where they matter). */
export function isInside(absolute: string, folder: string): boolean {
  const relative = path.relative(folder, absolute)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}
