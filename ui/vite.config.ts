import { defineConfig } from 'vite';

// The build goes to target/dist; Maven copies it under META-INF/resources so the Spoor server serves it at /.
// `npm run dev` proxies the API to a Spoor server on SPOOR_PORT (default 8080).
const api = `http://127.0.0.1:${process.env.SPOOR_PORT ?? '8080'}`;

export default defineConfig({
  build: { outDir: 'target/dist', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { '/graphql': api, '/api': api } },
});
