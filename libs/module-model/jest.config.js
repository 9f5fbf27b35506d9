module.exports = { ...require('../../jest.preset.js'), displayName: 'module-model', rootDir: __dirname, testTimeout: 60_000 };
