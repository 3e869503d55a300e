import base from './jest.config.js';

/** `npm run test:stress`: the fuzzing, load and failure suites, apart from `npm test`. */
const e2e = base.projects.find((project) => project.displayName === 'e2e');

/** @type {import('jest').Config} */
export default {
  testTimeout: 1_800_000,
  projects: [
    { ...e2e, displayName: 'stress', testMatch: ['<rootDir>/test/stress/**/*.stress-spec.ts'] },
  ],
};
