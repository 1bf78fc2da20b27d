/**
 * The one data model of news-digest.
 *
 * Every stage reads and writes these types; `digest.json` is the `Digest`
 * serialised as it is, and `schema/digest.schema.json` describes it.
 * Dates are ISO 8601 strings at the precision the text supports:
 * `2025-11-28`, `2025-11`, `2025`, or an interval `2025-11-01/2025-11-20`.
 */

/** Version of the `digest.json` format; bumped on breaking changes. */
export const DIGEST_VERSION = 1

/** Where a piece of metadata came from. */
export type Provenance = 'front-matter' | 'text' | 'fallback'

/** What a block of kept text is. */
export type BlockType = 'paragraph' | 'heading'

/** The markdown container a block sat in, kept so the page can group it again. */
export type BlockContainer = 'list' | 'ordered-list' | 'blockquote' | 'code'

/** One kept paragraph or subheading of an article. */
export interface Block {
  /** Stable anchor, unique in the digest: `<article id>-<n>`. */
  readonly id: string
  readonly type: BlockType
  /** Plain text, after inline cleaning. */
  readonly text: string
  /** Sanitised inline HTML, for markdown input only; plain text input has none. */
  readonly html?: string
  /** Heading depth (2–6) for headings. */
  readonly depth?: number
  readonly container?: BlockContainer
  /** 1-based line of the input file (front matter counted) where the block starts. */
  readonly line: number
  /** Ids of other articles that carry the same or a near-identical paragraph (the first 50, in input order). */
  readonly sharedWith?: readonly string[]
  /** How many other articles carry it, when that is more than `sharedWith` lists. */
  readonly sharedCount?: number
}

/** A paragraph (or a part of one) that cleaning took out, and why. */
export interface Removal {
  readonly text: string
  /** A sentence a reader understands: "call to subscribe". */
  readonly reason: string
  /** Name of the rule that decided, as in `--explain` and the README. */
  readonly rule: string
  readonly line: number
  /** For a part of a kept paragraph (an inline removal): the id of that block. */
  readonly inBlock?: string
}

/** Text that is not body but worth showing, such as "AP contributed to this report". */
export interface Note {
  readonly text: string
  readonly rule: string
  readonly line: number
}

/** Metadata of one article, and where each field came from. */
export interface ArticleMeta {
  readonly source: string
  readonly title: string
  readonly author: string | null
  /** Publication date: a day, or an interval when only a range is known. */
  readonly date: string | null
  readonly url: string | null
  readonly section: string | null
  readonly provenance: {
    readonly source: Provenance
    readonly title: Provenance
    readonly author: Provenance | null
    readonly date: Provenance | null
  }
}

/** One input article after cleaning. */
export interface Article extends ArticleMeta {
  /** Unique in the digest; derived from the file name. */
  readonly id: string
  /** Path relative to the input folder, with `/` separators. */
  readonly file: string
  readonly blocks: readonly Block[]
  readonly removed: readonly Removal[]
  readonly notes: readonly Note[]
}

/** One source's report of a timeline event. */
export interface TimelineMention {
  readonly article: string
  /** The block the sentence comes from. */
  readonly block: string
  /** The sentence that reports the event. */
  readonly text: string
  /** The date expression as written: "on Tuesday". */
  readonly phrase: string
  /** What this source's phrase resolves to. */
  readonly date: string
  /** Name of the date rule that resolved the phrase. */
  readonly rule: string
}

/** One event of the shared timeline. */
export interface TimelineEntry {
  readonly id: string
  readonly date: string
  /** The sentence of the first source, in article order. */
  readonly text: string
  readonly phrase: string
  /** Ids of the articles that report it. */
  readonly sources: readonly string[]
  readonly mentions: readonly TimelineMention[]
}

/** A date expression that could not be placed on the calendar, kept with its phrase. */
export interface UndatedMention {
  readonly article: string
  readonly block: string
  readonly text: string
  readonly phrase: string
  /** Why it has no date: "no publication date", "no anchor date before it". */
  readonly reason: string
  readonly rule: string
}

/** A problem found in an input file, in the vfile way. */
export interface Problem {
  readonly file: string
  readonly line: number | null
  readonly column: number | null
  readonly message: string
  readonly rule: string
  /** Fatal: the file could not be built at all. */
  readonly fatal: boolean
}

/** What the digest is about, for the page header. */
export interface Story {
  readonly title: string
  /** Earliest and latest publication day of the sources. */
  readonly start: string | null
  readonly end: string | null
}

/** The whole digest: what `digest.json` holds. */
export interface Digest {
  readonly version: typeof DIGEST_VERSION
  readonly story: Story
  readonly articles: readonly Article[]
  readonly timeline: readonly TimelineEntry[]
  readonly undated: readonly UndatedMention[]
  readonly problems: readonly Problem[]
}
