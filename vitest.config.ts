import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Every folder the tests make goes into one temporary root, removed when the run ends.
    globalSetup: ['tests/helpers/temporary-root.ts']
  }
})
