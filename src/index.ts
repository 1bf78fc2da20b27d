export { build, BuildError, idFromPath } from './build.js'
export type { BuildResult, StageTimings } from './build.js'
export type { Options } from './options.js'
export { watch } from './watch/index.js'
export type { ServeOptions, WatchEvent, WatchOptions, Watching } from './watch/index.js'
export { DIGEST_VERSION } from './digest.js'
export type {
  Article, ArticleMeta, Block, BlockContainer, BlockType, Digest, Note, Problem, Provenance,
  Removal, Story, TimelineEntry, TimelineMention, UndatedMention
} from './digest.js'
