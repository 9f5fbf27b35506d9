#!/usr/bin/env node
// `npx samenwijs …`: runs the built CLI when there is a build, else the TypeScript source
// through @swc-node/register (a development dependency, present after `npm ci`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..', '..');
const built = join(root, 'dist', 'apps', 'cli', 'apps', 'cli', 'src', 'main.js');
if (existsSync(built)) {
  require(built);
} else {
  // The launcher, not the app: it tells swc-node which tsconfig resolves the @samenwijs/* paths.
  // eslint-disable-next-line no-restricted-syntax
  process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || join(root, 'tsconfig.base.json');
  require('@swc-node/register');
  require(join(root, 'apps', 'cli', 'src', 'main.ts'));
}
