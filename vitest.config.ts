import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Every folder the tests make goes into one temporary root, removed when the run ends.
    globalSetup: ['tests/helpers/temporary-root.ts'],
    // West of Greenwich, so that a date read in local time instead of UTC is a day off and a test fails
    // (in UTC, the machine's usual zone, the two agree). The commands the tests start inherit it.
    env: { TZ: 'America/New_York' }
  }
})
