import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY_META } from './electron/security/csp';

/** Writes the one Content-Security-Policy (electron/security/csp.ts) into index.html's meta tag. */
function cspMeta(): Plugin {
  return {
    name: 'plan-editor-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!html.includes('%CONTENT_SECURITY_POLICY%')) throw new Error('index.html lacks the %CONTENT_SECURITY_POLICY% placeholder');
        return html.replace('%CONTENT_SECURITY_POLICY%', CONTENT_SECURITY_POLICY_META);
      },
    },
  };
}

// The renderer: built to dist/renderer with relative paths, so the same files load from
// app://plan-editor/ in Electron and from the loopback host in a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [cspMeta(), react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 3000 },
});
