// End-to-end tests: the built add-in (dist/) in Debian's Chromium, on the workbench's simulated
// Office host. `npm run test:e2e`; the global setup builds what is stale and starts the server.
// CASA_E2E_FIXTURES=<set> runs the deliberately failing scenarios of test/e2e/fixtures/<set>/
// instead: the clean-runs test starts such runs to check that no Chromium outlives them.
const fixtures = process.env.CASA_E2E_FIXTURES;
if (fixtures !== undefined && !/^[a-z-]+$/.test(fixtures)) throw new Error(`CASA_E2E_FIXTURES: no set "${fixtures}"`);

// The browser runs in Europe/Rome (test/workbench/browser.ts), so the pane dates a plan by the
// Italian day. The expected plans these tests compute must see the same day: between 23:00 and
// 24:00 UTC the two days differ. Set here, before any test process starts (workers inherit it).
process.env.TZ = 'Europe/Rome';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: fixtures ? [`<rootDir>/test/e2e/fixtures/${fixtures}/*.fixture.ts`] : ['<rootDir>/test/e2e/**/*.e2e.ts'],
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // Each test file starts its own Chromium.
  maxWorkers: 2,
};
