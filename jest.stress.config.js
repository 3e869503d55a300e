import base from './jest.config.js';

/**
 * `npm run test:stress`: the fuzzing and failure suites (test/stress), apart from
 * `npm test`, with the lock, isolation and outage cases that `npm test` runs too.
 */
const e2e = base.projects.find((project) => project.displayName === 'e2e');

/** @type {import('jest').Config} */
export default {
  testTimeout: 1_800_000,
  projects: [
    {
      ...e2e,
      displayName: 'stress',
      testMatch: [
        '<rootDir>/test/stress/**/*.stress-spec.ts',
        '<rootDir>/test/write-queue.e2e-spec.ts',
        '<rootDir>/test/concurrent-rules.e2e-spec.ts',
        '<rootDir>/test/database-outage.e2e-spec.ts',
      ],
    },
  ],
};
