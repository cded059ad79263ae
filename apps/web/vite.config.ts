import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app lives in apps/web; the API serves its build from dist/web at `/`.
const webRoot = fileURLToPath(new URL('.', import.meta.url));
const libsRoot = fileURLToPath(new URL('../../libs', import.meta.url));
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    // `@app/<lib>` → libs/<lib>/src, as in the root tsconfig (only pure code may be imported).
    alias: [{ find: /^@app\/([^/]+)(.*)$/, replacement: `${libsRoot}/$1/src$2` }],
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 900,
  },
  // The Host header is passed on as the browser sent it, so it matches the page's Origin and the
  // API's cross-site check (docs/access.md) takes the dev server's writes as its own pages'.
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
