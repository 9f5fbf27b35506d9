import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `vite` (dev server) sends API calls; the NestJS API listens on port 3000 by default. */
const api = process.env.SAMENWIJS_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: [
      // The editor schema parses HTML with the browser's own DOMParser here, not htmlparser2 and
      // its entity table (see libs/editor-schema/src/html-parse.browser.ts): 25 KB gzip less.
      { find: /^\.\/html-parse$/, replacement: fileURLToPath(new URL('../../libs/editor-schema/src/html-parse.browser.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
    // Lets test/bench/editor/bundle-size.ts add up exactly what each route loads.
    manifest: true,
    // The editor route is one large chunk on purpose (it only loads on /modules/…); its size is
    // tracked by the bundle benchmark against the 350 KB gzip goal instead.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Our libraries (libs/*) are side-effect free: a barrel import of @samenwijs/module-model
      // must not pull the HTML rendering into the editor chunk when only the preview uses it.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]libs[\\/][^\\/]+[\\/]src[\\/]/.test(id) },
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: api },
      '/api': { target: api },
      '/collab': { target: api, ws: true },
    },
  },
  preview: { port: 4300 },
});
