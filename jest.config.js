// Three jest projects, so the quick loop runs alone (`npm run test:unit`) and `npm test` runs all:
//   unit         specs beside the code (src/**/*.spec.ts[x]): pure and component tests, no servers
//   integration  test/** but e2e: contract, integration, CLI, manifest, Outlook and eval tests that
//                start emulators and servers on loopback
//   e2e          test/e2e: the real server and Debian's Chromium, all on one web build that the
//                project's globalSetup makes (or reuses while it is newer than its sources), and
//                one Chromium it starts that every file connects to
// swc transpiles; tsc checks types in `npm run lint`.
/** @type {import('jest').Config} */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }];

const common = {
  testEnvironment: '<rootDir>/test/support/jest/plain-global-environment.cjs',
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // ESM-only packages that jest must transpile
  transformIgnorePatterns: ['/node_modules/(?!(idb|jose|strip-bom|@fluentui/react-charts)/)'],
  moduleNameMapper: {
    '\\.(css)$': '<rootDir>/test/support/style-stub.js',
    // Fluent's two barrels load every component package and every icon for each test file (most of
    // a component spec's time); these give the same exports, each loaded when first used
    '^@fluentui/react-components$': '<rootDir>/test/support/jest/lazy-fluent-components.cjs',
    '^@fluentui/react-icons$': '<rootDir>/test/support/jest/lazy-fluent-icons.cjs',
  },
};

module.exports = {
  // global options: jest ignores them inside a project
  testTimeout: 30000,
  // jest's default is one worker fewer than the cores: on this two-core machine that ran every file
  // in one process while the other core idled
  maxWorkers: 2,
  // longest files first, so the two workers end together (test/support/jest/file-seconds.json
  // gives the times where jest has no record of the last run, as in a fresh clone)
  testSequencer: '<rootDir>/test/support/jest/longest-first-sequencer.cjs',
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
      setupFiles: ['<rootDir>/test/support/jest/react-owner-stacks.cjs'],
      // a query retried inside waitFor prints the page once, when it gives up, not on every attempt
      setupFilesAfterEnv: ['<rootDir>/test/support/jest/dom-errors-at-timeout.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
      // the bot's content (matcher and search indexes) built once per pack in a file, not per server,
      // the bundled pack validated once, not per in-process command line run, and the Teams
      // manifest's schemas compiled once per file, not per app package built
      setupFilesAfterEnv: [
        '<rootDir>/test/support/jest/shared-bot-content.ts',
        '<rootDir>/test/support/jest/validated-bundled-pack.ts',
        '<rootDir>/test/support/jest/compiled-manifest-schemas.ts',
      ],
    },
    {
      ...common,
      displayName: 'e2e',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
      // each file's server reads the bundled pack validated once on disk, and builds the bot's
      // indexes only if a test talks to the bot (none does yet)
      setupFilesAfterEnv: ['<rootDir>/test/support/jest/validated-bundled-pack.ts', '<rootDir>/test/support/jest/lazy-bot-content.ts'],
    },
  ],
};
