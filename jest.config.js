/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Transpile-only (tsconfig.jest.json: isolatedModules): type errors are npm run typecheck's job, and a cold run is ~3x faster.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  // The end-to-end suites start servers on loopback; give them room on a busy 2-core machine.
  testTimeout: 20000,
  // Finds out once whether PostgreSQL and Redis are reachable; their tests skip with a notice when not (but not under CI=true).
  globalSetup: '<rootDir>/test/helpers/services-setup.js',
};
