import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { securityHeadersPlugin } from './src/hosting/vite-plugin.js';

export default defineConfig({
  // The production build carries its Content-Security-Policy (a <meta> in index.html) and writes the headers for
  // nginx, Netlify/Cloudflare Pages and CloudFront into dist/ (src/hosting/). The dev server stays without a
  // policy: Vite's client and React's fast refresh need inline scripts and a WebSocket.
  plugins: [react(), securityHeadersPlugin()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // The Monaco editor chunk (about 2.7 MB raw, 680 kB gzip) is loaded lazily after the form is usable;
    // `npm run bench` measures what loads first.
    chunkSizeWarningLimit: 3000,
  },
});
