module.exports = { ...require('../../jest.preset.js'), displayName: 'editor-schema', rootDir: __dirname, testTimeout: 60_000 };
