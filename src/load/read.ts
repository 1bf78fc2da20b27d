import fs, { constants } from 'node:fs'

/**
 * Largest article file read, in bytes (10 MiB). A long news article is
 * under 100 kB; a file a hundred times that is a dump, a log or a mistake,
 * and reading it whole would cost seconds and hundreds of megabytes.
 */
export const maxArticleBytes = 10 * 1024 * 1024

/** Error for a file that is refused before it is decoded; `ruleId` names the reason. */
export class RefusedFileError extends Error {
  readonly ruleId: string

  constructor(reason: string, ruleId: string) {
    super(reason)
    this.ruleId = ruleId
  }
}

// Opening a FIFO for reading waits for a writer; O_NONBLOCK makes the open
// return at once so that `fstat` can refuse it (`man 7 fifo`). Windows has no such flag.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * Read an article file, refusing what is not a regular file (a FIFO, a
 * device such as `/dev/zero` behind a link) and files over `limit` bytes,
 * so that no input can make the build wait forever or run out of memory.
 * Other errors (a link loop, no permission) are rejections as they come.
 *
 * The calls are synchronous: an article is a few kilobytes, and the four
 * trips through libuv's thread pool that the promise API makes per file
 * (open, fstat, read, close) took longer than reading thousands of them.
 */
export async function readArticleBytes(absolute: string, limit: number = maxArticleBytes): Promise<Uint8Array> {
  const descriptor = fs.openSync(absolute, openFlags)
  try {
    // `fstat` on the open descriptor: the file checked is the file read.
    const stats = fs.fstatSync(descriptor)
    if (stats.isDirectory()) throw new RefusedFileError('Cannot read file: it is a folder, expected a text article', 'not-a-file')
    if (!stats.isFile()) throw new RefusedFileError('Cannot read file: it is not a regular file (a pipe, a socket or a device), expected a text article', 'not-a-file')
    if (stats.size > limit) throw tooLarge(stats.size, limit)
    return readAtMost(descriptor, limit, stats.size)
  } finally {
    fs.closeSync(descriptor)
  }
}

/** The refusal for a file of `size` bytes, over `limit`. */
export function tooLarge(size: number, limit: number): RefusedFileError {
  return new RefusedFileError(`File too large: ${formatBytes(size)}, over the limit of ${formatBytes(limit)} per article; split it or leave it out`, 'file-too-large')
}

// A file can grow between `fstat` and the read: read one byte past the limit to notice.
// The first chunk is the size `fstat` gave plus that byte: a regular file that
// fills less than a chunk has ended, so a file that did not grow takes one read.
function readAtMost(descriptor: number, limit: number, expected: number): Uint8Array {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(total === 0 ? expected + 1 : 64 * 1024, limit + 1 - total))
    const bytesRead = fs.readSync(descriptor, chunk, 0, chunk.length, null)
    if (bytesRead > 0) chunks.push(chunk.subarray(0, bytesRead))
    total += bytesRead
    if (total > limit) throw tooLarge(total, limit)
    if (bytesRead < chunk.length) break
  }
  return Buffer.concat(chunks, total)
}

/** `12.3 MB`, `10 MB`, `512 bytes`: sizes in the units people read (1 MB = 1024 × 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${trimZero(bytes / 1024)} kB`
  return `${trimZero(bytes / (1024 * 1024))} MB`
}

function trimZero(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '')
}
