import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The reviewers' desk: built to dist/web, which the API serves at /.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: { outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)), emptyOutDir: true },
  server: { proxy: { '/v1': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
