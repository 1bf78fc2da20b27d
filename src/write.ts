import fs from 'node:fs/promises'
import path from 'node:path'
import { isInside, isOutputFolder, linkTarget } from './folders.js'

/** A file to write into the output folder. */
export interface OutputFile {
  /** Path inside the output folder, with `/` separators. */
  readonly path: string
  /** The text, or for a large file a function giving it in pieces, made and written one at a time. */
  readonly contents: string | (() => Iterable<string>)
}

/** Error for an output folder news-digest must not touch; its message is shown as is. */
export class OutputError extends Error {}

/**
 * Every name news-digest has written into an output folder. A build replaces
 * the whole folder, so a folder holding anything else is not replaced: the
 * user's own files (a `CNAME`, images) would be lost.
 */
export const outputNames: ReadonlySet<string> = new Set(['index.html', 'digest.json', 'feed.xml'])

/** Files that file browsers leave in any folder they show: replaced with the rest, as no one would miss them. */
const browserLitter: ReadonlySet<string> = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini'])

let stagingCount = 0

/**
 * Write the output folder of a build of `input` atomically: everything goes into a staging folder
 * beside it (`.dist-new-<pid>-<random>`), which then takes its place, so a
 * failed or killed build leaves the previous output as it was. Only an
 * earlier output is replaced: a folder that holds the input, or anything
 * news-digest did not write, is refused. A link to a folder is followed, so
 * that the folder it points to is the one replaced.
 *
 * Staging folders left by a build that was killed are removed by the next
 * build once their process is gone.
 */
export async function writeOutput(requestedOut: string, files: readonly OutputFile[], input: string): Promise<void> {
  try {
    // Through a link to where it points, there or not yet: replacing the link itself would leave that folder (a web root, say) stale.
    await writeReplacing(await linkTarget(requestedOut), files, input)
  } catch (error) {
    if (error instanceof OutputError || !hasCode(error)) throw error
    // The folder cannot be made or replaced here (permissions, a read-only or special file system): no build, and no stack trace.
    const beside = isCode(error, 'EACCES') || isCode(error, 'EPERM') ? ` (the new output is made beside it and swapped in, so \`${path.dirname(path.resolve(requestedOut))}\` must be writable too)` : ''
    throw new OutputError(`Cannot write the output folder \`${requestedOut}\`: ${fileSystemReason(error)}${beside}`)
  }
}

async function writeReplacing(out: string, files: readonly OutputFile[], input: string): Promise<void> {
  await assertNotHoldingInput(out, input)
  await assertReplaceable(out)
  const parent = path.dirname(out)
  await fs.mkdir(parent, { recursive: true })
  await cleanUpAfterKilledBuilds(out)
  // Not `mkdtemp`: its folders are private (0700), and this one becomes the published folder.
  // The name needs to be unique, not secret: `mkdir` fails on anything already there, a planted link included.
  const staging = path.join(parent, `${stagingPrefix(out)}${process.pid}-${Date.now().toString(36)}-${++stagingCount}`)
  await fs.mkdir(staging)
  try {
    // Sorted, so that even the order files appear on disk is the same every build.
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      const target = path.join(staging, ...file.path.split('/'))
      await fs.mkdir(path.dirname(target), { recursive: true })
      await (typeof file.contents === 'string' ? fs.writeFile(target, file.contents) : writePieces(target, file.contents()))
    }
    await swapIn(staging, out)
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true })
    throw error
  }
}

// Pieces are gathered up to about a megabyte per write: one write per piece would be thousands of calls.
async function writePieces(target: string, pieces: Iterable<string>): Promise<void> {
  const handle = await fs.open(target, 'w')
  try {
    let pending: string[] = []
    let pendingLength = 0
    for (const piece of pieces) {
      pending.push(piece)
      pendingLength += piece.length
      if (pendingLength < 1024 * 1024) continue
      await handle.write(pending.join(''))
      pending = []
      pendingLength = 0
    }
    if (pending.length > 0) await handle.write(pending.join(''))
  } finally {
    await handle.close()
  }
}

async function assertReplaceable(out: string): Promise<void> {
  let entries: string[]
  try {
    entries = await fs.readdir(out)
  } catch (error) {
    if (isCode(error, 'ENOENT')) return
    if (isCode(error, 'ENOTDIR')) {
      const isFile = await fs.lstat(out).then((stats) => !stats.isDirectory(), () => false)
      throw new OutputError(`Cannot write to \`${out}\`: ${isFile ? 'it is a file, expected a folder' : 'a part of its path is a file'}`)
    }
    throw error
  }
  // A file browser's litter alone is an empty folder to whoever made it.
  if (entries.every((name) => browserLitter.has(name))) return
  const foreign = entries.filter((name) => !outputNames.has(name) && !browserLitter.has(name)).sort()
  if (foreign.length > 0) {
    const listed = foreign.slice(0, 5).map((name) => `\`${name}\``).join(', ')
    const more = foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''
    throw new OutputError(`Refusing to replace \`${out}\`: a build replaces the whole folder, and it holds what news-digest did not write (${listed}${more}). Choose a new or empty output folder, or move those out`)
  }
  if (!(await isOutputFolder(out, entries))) {
    throw new OutputError(`Refusing to replace \`${out}\`: it holds no \`digest.json\` written by news-digest, so it is not a news-digest output folder`)
  }
}

/**
 * Refuse an output folder that is the input folder or holds it (replacing it
 * would delete the articles), or that is or holds the current folder (the
 * shell would be left in a deleted folder).
 */
async function assertNotHoldingInput(out: string, input: string): Promise<void> {
  const [realOut, realInput, realCwd] = await Promise.all([realPathOrResolved(out), realPathOrResolved(input), realPathOrResolved(process.cwd())])
  if (isInside(realInput, realOut)) {
    throw new OutputError(`Refusing to write to \`${out}\`: it ${realInput === realOut ? 'is' : 'holds'} the input folder \`${input}\`, and a build replaces the whole output folder. Choose another output folder`)
  }
  if (isInside(realCwd, realOut)) {
    throw new OutputError(`Refusing to write to \`${out}\`: it ${realCwd === realOut ? 'is' : 'holds'} the current folder, and a build replaces the whole output folder. Choose a folder inside it, such as \`dist\``)
  }
}

async function realPathOrResolved(folder: string): Promise<string> {
  try {
    return await fs.realpath(folder)
  } catch {
    return path.resolve(folder)
  }
}

// A build running at the same time can put its output in place between the two renames:
// the second then fails, and the swap is tried again with that output as the previous one.
async function swapIn(staging: string, out: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const retired = `${staging}-${attempt}${retiredSuffix}`
    let hadPrevious = true
    try {
      await fs.rename(out, retired)
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error
      hadPrevious = false
    }
    try {
      await fs.rename(staging, out)
    } catch (error) {
      if (attempt < 10 && (isCode(error, 'ENOTEMPTY') || isCode(error, 'EEXIST'))) continue
      throw error
    }
    if (hadPrevious) await removeFolder(retired)
    return
  }
}

/**
 * Remove a folder of an earlier output. The new output is already in place,
 * so a folder that cannot be removed (its owner made it read-only) is made
 * writable and tried again, and otherwise left: that is no failed build.
 */
async function removeFolder(folder: string): Promise<void> {
  try {
    await fs.rm(folder, { recursive: true, force: true })
  } catch {
    try {
      for (const entry of await fs.readdir(folder, { recursive: true, withFileTypes: true })) {
        if (entry.isDirectory()) await fs.chmod(path.join(entry.parentPath, entry.name), 0o755)
      }
      await fs.chmod(folder, 0o755)
      await fs.rm(folder, { recursive: true, force: true })
    } catch {
      // Left for the user, who owns it: its name ends in `-old`.
    }
  }
}

/** Folder names beside `out` that belong to builds of it: `.dist-new-`. */
function stagingPrefix(out: string): string {
  return `.${path.basename(out)}-new-`
}

const retiredSuffix = '-old'

/**
 * Remove staging folders of builds of `out` whose process no longer runs (a
 * build that was killed), and when such a build died between its two renames,
 * put the previous output back first. Folders of running builds are left alone.
 */
export async function cleanUpAfterKilledBuilds(out: string): Promise<void> {
  const parent = path.dirname(out)
  const prefix = stagingPrefix(out)
  const strays = (await fs.readdir(parent)).filter((name) => name.startsWith(prefix)).sort()
  for (const name of strays) {
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1])
    if (!Number.isSafeInteger(pid) || isRunning(pid)) continue
    const folder = path.join(parent, name)
    if (name.endsWith(retiredSuffix) && await restoreIfMissing(folder, out)) continue
    await removeFolder(folder)
  }
}

async function restoreIfMissing(retired: string, out: string): Promise<boolean> {
  try {
    await fs.access(out)
    return false
  } catch {
    await fs.rename(retired, out)
    return true
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return !isCode(error, 'ESRCH')
  }
}

function isCode(error: unknown, code: string): boolean {
  return hasCode(error) && error.code === code
}

function hasCode(error: unknown): error is { code: unknown } {
  return typeof error === 'object' && error !== null && 'code' in error
}

function fileSystemReason(error: { code: unknown }): string {
  switch (error.code) {
    case 'EACCES': case 'EPERM': return 'permission denied'
    case 'EROFS': return 'the file system is read-only'
    case 'ENOSPC': return 'the disk is full'
    case 'ENOENT': return 'a folder on its path cannot be made'
    case 'ENOTDIR': return 'a part of its path is a file'
    default: return `the file system refused (${String(error.code)})`
  }
}
