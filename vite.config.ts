import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { firstLoadChunkPlugin } from './src/build/first-load-chunk-plugin.js';
import { formManifestPlugin } from './src/build/form-manifest-plugin.js';
import { securityHeadersPlugin } from './src/hosting/vite-plugin.js';

export default defineConfig({
  // The production build carries its Content-Security-Policy (a <meta> in index.html) and writes the headers for
  // nginx, Netlify/Cloudflare Pages and CloudFront into dist/ (src/hosting/). The dev server stays without a
  // policy: Vite's client and React's fast refresh need inline scripts and a WebSocket.
  // The form's field table and defaults come from the schema at build time (virtual:form-manifest), so the
  // page's first chunk renders the form without zod; that chunk is one file (first-load-chunk-plugin.ts).
  plugins: [
    react(),
    formManifestPlugin(),
    // What the page fetches once the form has painted (src/ui/App.tsx, lazy-part.tsx): one chunk.
    firstLoadChunkPlugin({
      afterPaint: [
        'src/config/schema.ts',
        'src/targets/index.ts',
        'src/ui/state/findings.ts',
        'src/ui/preview/PreviewPanel.tsx',
        'src/ui/warnings/WarningsPanel.tsx',
        'src/ui/share/ShareToolbar.tsx',
        'src/ui/share/PresetPickerPanel.tsx',
        'src/ui/share/SharedConfigReview.tsx',
      ],
    }),
    securityHeadersPlugin(),
  ],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // The Monaco editor chunk (about 2.7 MB raw, 680 kB gzip) is loaded lazily after the form is usable;
    // `npm run bench` measures what loads first.
    chunkSizeWarningLimit: 3000,
  },
});
