import type { VFile } from 'vfile'
import type { BlockContainer } from '../digest.js'
import type { FrontMatter } from './front-matter.js'

/** A part of a paragraph that loading already left out (an image inside text), to be listed as removed. */
export interface InlineDrop {
  readonly text: string
  readonly reason: string
  readonly rule: string
}

/** A paragraph-sized piece of an input file, before cleaning. */
export interface RawBlock {
  /** Plain text, whitespace collapsed. */
  readonly text: string
  /** 1-based line of the file where the block starts. */
  readonly line: number
  /** How many lines of the file it spans. */
  readonly lineCount: number
  /** `heading` only where the markup says so (`## Title`); `image` for a paragraph that is only an image. */
  readonly kind: 'paragraph' | 'heading' | 'image'
  readonly depth?: number
  /** Sanitised inline HTML (markdown input only). */
  readonly html?: string
  readonly container?: BlockContainer
  readonly dropped?: readonly InlineDrop[]
}

/** One input file, read and split into raw blocks. */
export interface LoadedArticle {
  readonly file: VFile
  /** Path relative to the input folder, with `/` separators. */
  readonly path: string
  readonly format: 'markdown' | 'text'
  readonly frontMatter: FrontMatter
  readonly blocks: readonly RawBlock[]
}
