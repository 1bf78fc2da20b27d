import { fileURLToPath } from 'node:url'

// Files of the package found at run time. They are resolved from this module,
// at the top of `lib/`, because the command line runs from a bundle of `lib/`
// in that same folder (`lib/news-digest.cjs`, see scripts/bundle.mjs): paths
// relative to deeper modules would point elsewhere from there.

/** The package's `package.json`. */
export const packageJsonFile = fileURLToPath(new URL('../package.json', import.meta.url))

/** Folder of the templates shipped with the package. */
export const templatesFolder = fileURLToPath(new URL('../templates/', import.meta.url))

/** The worker thread's script; missing when running from the TypeScript sources. */
export const workerScript = fileURLToPath(new URL('./parallel/worker.js', import.meta.url))
