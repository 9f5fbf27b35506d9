// Shared jest settings: every project transforms TypeScript with SWC (decorator metadata on,
// which NestJS and TypeORM need) and resolves @samenwijs/* through tsconfig.base.json paths.
const path = require('node:path');
const fs = require('node:fs');

const root = __dirname;
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace('/', '\\/')}$`] = path.join(root, target);
}

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper,
  testMatch: ['**/?(*.)spec.ts?(x)'],
  // CI collects failed tests in one file (JEST_FAILURE_DIGEST) and prints it last.
  reporters: ['default', path.join(root, 'test', 'support', 'failure-digest-reporter.js')],
  // NestJS 12 and a few of its companions ship as ES modules only; jest's module system
  // (on Node 20) needs them compiled to CommonJS like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@as-integrations|react-router)/)'],
};
