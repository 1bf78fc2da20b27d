import fs from 'node:fs'
import { packageJsonFile } from './package-files.js'

/** The package version, read once from `package.json`. */
export const version: string = (JSON.parse(fs.readFileSync(packageJsonFile, 'utf8')) as { version: string }).version
