// Component tests run in jsdom. react-router 8 and two of its dependencies ship ES modules only,
// so they go through the same SWC transform (to CommonJS) as our own sources.
const preset = require('../../jest.preset.js');

const ESM_PACKAGES = ['react-router', '@remix-run/route-pattern', 'cookie-es'];
const [[, swc]] = Object.entries(preset.transform);

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.map((p) => p.replace('/', '\\/')).join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.css$': '<rootDir>/test/style-stub.js' },
};
