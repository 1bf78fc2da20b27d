import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'

/**
 * Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`.
 * No browser is downloaded by a package: CI installs Debian's (`.ci/run`).
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/**
 * Start headless Chromium with playwright-core. A missing browser fails the
 * test with the command that installs it, never a silent skip: a browser
 * suite that did not run must not look like one that passed.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`)
  }
  // Loaded here, not at the top: test files that never open a browser do not pay for it.
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs })
}
