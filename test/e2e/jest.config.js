module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'e2e',
  rootDir: __dirname,
  testTimeout: 120_000,
  // One browser and one server at a time on a 2-core machine.
  maxWorkers: 1,
};
