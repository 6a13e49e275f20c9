// One jest run covers unit tests beside the code (src/**/*.spec.ts[x]) and the contract,
// integration and end-to-end tests under test/. swc transpiles; tsc checks types in `npm run lint`.
/** @type {import('jest').Config} */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }];
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // ESM-only packages that jest must transpile
  transformIgnorePatterns: ['/node_modules/(?!(idb|jose|strip-bom|@fluentui/react-charts)/)'],
  moduleNameMapper: { '\\.(css)$': '<rootDir>/test/support/style-stub.js' },
  testTimeout: 30000,
};
