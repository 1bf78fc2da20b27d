import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** A vfile message as plain data, to cross from a worker thread to the main thread. */
export interface MessageData {
  readonly reason: string
  readonly place: VFileMessage['place']
  readonly ruleId: string | undefined
  readonly source: string | undefined
  readonly fatal: VFileMessage['fatal']
}

/** The messages of `file` from index `from` on, as plain data. */
export function messagesOf(file: VFile, from = 0): MessageData[] {
  return file.messages.slice(from).map((message) => ({
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal
  }))
}

/** Add messages that a worker reported to the main thread's vfile of the same file. */
export function restoreMessages(file: VFile, messages: readonly MessageData[]): void {
  for (const data of messages) {
    const message = file.message(data.reason, {
      ...(data.place ? { place: data.place } : {}),
      ...(data.ruleId === undefined ? {} : { ruleId: data.ruleId }),
      ...(data.source === undefined ? {} : { source: data.source })
    })
    // `file.message` makes a warning; errors are fatal and `file.info` notes have no `fatal` at all.
    message.fatal = data.fatal
  }
}
