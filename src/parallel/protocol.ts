import type { ArticleAnalysis } from '../analyze/index.js'
import type { CleaningContext } from '../clean/index.js'
import type { Article } from '../digest.js'
import type { MessageData } from './messages.js'

/** What the main thread asks a worker to do. */
export type WorkerRequest =
  /** Load these files (by their index in the sorted listing) and keep them for `clean`. */
  | { readonly type: 'load', readonly input: string, readonly files: ReadonlyArray<readonly [index: number, relative: string]> }
  /** Clean every article loaded before, with the context of the whole build and the ids the main thread assigned. */
  | { readonly type: 'clean', readonly context: CleaningContext, readonly ids: ReadonlyMap<number, string>, readonly partSize: number }

/** One file after `load`. */
export interface LoadReport {
  readonly index: number
  /** Whether it became an article (else it failed, with a fatal message). */
  readonly isArticle: boolean
  readonly messages: readonly MessageData[]
}

/** One article after `clean`: the article and its analysis alone, or why cleaning failed, and the messages cleaning added. */
export interface CleanReport {
  readonly index: number
  readonly article?: Article
  /** What analysis needs of the article alone, done here beside the cleaning. */
  readonly analysis?: ArticleAnalysis
  readonly error?: string
  readonly messages: readonly MessageData[]
}

/** What a worker answers. */
export type WorkerResponse =
  | { readonly type: 'loaded', readonly files: readonly LoadReport[], readonly lineCounts: ReadonlyMap<string, number> }
  /** Some of the articles of a `clean` request; more follow, then `cleaned` with the last. */
  | { readonly type: 'cleaned-part', readonly articles: readonly CleanReport[] }
  | { readonly type: 'cleaned', readonly articles: readonly CleanReport[] }
  | { readonly type: 'failed', readonly error: string }
