import type { VFile } from 'vfile'
import type { Streams } from './main.js'

/** Print the problems of `files`, grouped by file; nothing when there are none. */
export async function reportProblems(files: readonly VFile[], streams: Streams): Promise<void> {
  // vfile-reporter (with its colour and width detection) takes longer to load than a small build; most builds have nothing to report.
  if (!files.some((file) => file.messages.length > 0)) return
  const report = (await import('vfile-reporter')).reporter([...files], { quiet: true })
  if (report) streams.stderr.write(`${report}\n`)
}
