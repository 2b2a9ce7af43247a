import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // The Monaco editor chunk (about 2.7 MB raw, 680 kB gzip) is loaded lazily after the form is usable;
    // `npm run bench` measures what loads first.
    chunkSizeWarningLimit: 3000,
  },
});
