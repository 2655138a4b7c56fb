// A user's vitest config: one mock per run, started in the global setup.
export default {
  test: {
    include: ['generate-and-wait.test.js'],
    globalSetup: ['./global-setup.js'],
  },
};
