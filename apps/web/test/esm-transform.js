// Jest transform for the ES-module-only packages in node_modules (react-router 8 and its
// dependencies): SWC compiles them to CommonJS like our sources, after `import.meta` (only
// used there for Vite's HMR) is replaced, because CommonJS cannot contain it.
const { createTransformer: createSwcTransformer } = require('@swc/jest');

const withoutImportMeta = (source) => source.replace(/\bimport\.meta\b/g, '({ env: {} })');

module.exports = {
  createTransformer(options) {
    const swc = createSwcTransformer(options);
    return {
      ...swc,
      process: (source, filename, jestOptions) => swc.process(withoutImportMeta(source), filename, jestOptions),
      processAsync: (source, filename, jestOptions) => swc.processAsync(withoutImportMeta(source), filename, jestOptions),
      getCacheKey: (source, filename, ...rest) => `esm:${swc.getCacheKey(withoutImportMeta(source), filename, ...rest)}`,
    };
  },
};
