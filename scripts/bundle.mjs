/**
 * Bundle the compiled command line (`lib/cli/main.js` and everything it
 * imports) into one CommonJS file, `lib/news-digest.cjs`, and drop the code
 * caches of the previous bundle (see `src/cli/launch.ts`).
 *
 * Why: on a small input most of a build's time is Node starting up. Loading
 * over a hundred modules one by one and compiling them costs more than building five
 * articles; one file that V8 can load from a code cache does not.
 * Run after `tsc` by `npm run compile` (and so by `prepare` and `pretest`).
 */
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const lib = new URL('../lib/', import.meta.url)
const bundleFile = fileURLToPath(new URL('news-digest.cjs', lib))
const codeCacheFolder = fileURLToPath(new URL('.code-cache/', lib))

/**
 * js-yaml 3 (under gray-matter) tries `require('esprima')` for its
 * `!!js/function` type, and esprima takes longer to load than a small
 * build. That type is only in js-yaml's unsafe schema; gray-matter reads
 * front matter with `safeLoad`, which never uses it. In the bundle the
 * lookup finds nothing, as it does in js-yaml's own browser build.
 */
const withoutEsprima = {
  name: 'without-esprima',
  setup(build) {
    build.onLoad({ filter: /[\\/]js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8')
      const lookup = "_require('esprima')"
      // A js-yaml that looks esprima up differently is bundled as it is: slower to start, still right.
      if (!source.includes(lookup)) return undefined
      return { contents: source.replace(lookup, 'undefined'), loader: 'js' }
    })
  }
}

const result = await build({
  entryPoints: [fileURLToPath(new URL('cli/main.js', lib))],
  outfile: bundleFile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // `src/package-files.ts` resolves the package's files from its own address; the bundle sits in the same folder.
  define: { 'import.meta.url': '__bundleUrl' },
  // Strict mode first, as the ES modules it comes from ran: a banner before esbuild's own "use strict" would end the directive prologue.
  banner: { js: "'use strict'; const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [withoutEsprima],
  metafile: true,
  logLevel: 'warning'
})
// In Node 20 a script run from a code cache cannot `import()`; what is imported late must be bundled (esbuild then turns it into a `require`).
const lateImports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((found) => found.kind === 'dynamic-import').map((found) => found.path))
if (lateImports.length > 0) throw new Error(`The bundle must hold no import(), but imports ${lateImports.join(', ')} late: import it statically`)
fs.rmSync(codeCacheFolder, { recursive: true, force: true })
