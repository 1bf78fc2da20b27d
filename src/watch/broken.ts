import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/**
 * Problems that mean an edit broke a file rather than changed it: the file
 * could not be read or cleaned (a fatal message), or its front matter could
 * not be read (the `front-matter-*` rules), which would drop its title,
 * source or date from the page. Keys are `path` and rule.
 */
export function breakingProblems(files: readonly VFile[]): Set<string> {
  const keys = new Set<string>()
  for (const file of files) {
    for (const message of file.messages) {
      if (isBreaking(message)) keys.add(keyOf(file, message))
    }
  }
  return keys
}

/**
 * The files with a breaking problem that the last written output did not
 * have: a build with any is held back so that the last good output stays.
 * Problems the written output already had never hold a build back, so
 * editing other files goes on while an old problem waits to be fixed.
 */
export function newlyBrokenFiles(files: readonly VFile[], written: ReadonlySet<string>): VFile[] {
  return files.filter((file) => file.messages.some((message) => isBreaking(message) && !written.has(keyOf(file, message))))
}

function isBreaking(message: VFileMessage): boolean {
  return message.fatal === true || (message.ruleId?.startsWith('front-matter-') ?? false)
}

function keyOf(file: VFile, message: VFileMessage): string {
  return `${file.path}\u0000${message.ruleId ?? ''}`
}
