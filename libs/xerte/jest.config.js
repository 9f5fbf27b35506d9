module.exports = { ...require('../../jest.preset.js'), displayName: 'xerte', rootDir: __dirname, testTimeout: 60_000 };
