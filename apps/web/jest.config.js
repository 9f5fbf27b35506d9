// Component tests run in jsdom. react-router 8 and two of its dependencies ship ES modules
// only; they are compiled to CommonJS by SWC as well (see test/esm-transform.js).
const path = require('node:path');
const preset = require('../../jest.preset.js');

const ESM_PACKAGES = ['react-router', '@remix-run/route-pattern', 'cookie-es'];
const [[, [, swcOptions]]] = Object.entries(preset.transform);
const esmTransform = [path.join(__dirname, 'test/esm-transform.js'), swcOptions];
const esmPaths = ESM_PACKAGES.map((name) => name.replace('/', '\\/')).join('|');

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/test/jsdom-globals.js'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  transform: {
    [`/node_modules/(${esmPaths})/.+\\.m?js$`]: esmTransform,
    ...preset.transform,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPaths})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.css$': '<rootDir>/test/style-stub.js' },
};
