import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `vite` (dev server) sends API calls; the NestJS API listens on port 3000 by default. */
const api = process.env.SAMENWIJS_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
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
