import path from 'node:path'

import { defineConfig } from 'vitest/config'

// Two projects: fast unit tests beside the code, and integration tests that
// start a real PostgreSQL (tests/int/globalSetup.ts) and use Payload's Local API.
export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
      '@': path.resolve(import.meta.dirname),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.{ts,tsx}',
            'tests/unit/**/*.test.ts',
            'collections/**/*.test.ts',
            'access/**/*.test.ts',
            'scripts/**/*.test.ts',
            'fields/**/*.test.ts',
            'components/**/*.test.tsx',
            'blocks/**/*.test.{ts,tsx}',
          ],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['tests/int/globalSetup.ts'],
          setupFiles: ['tests/int/setupEnv.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
