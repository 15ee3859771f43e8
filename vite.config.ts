import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Content-Security-Policy for the built site, as a <meta> tag so it also holds on plain static hosts.
// Build only: the dev server injects inline scripts (React Fast Refresh preamble) that it would block.
// Monaco needs style-src 'unsafe-inline' (it writes element.style and injects <style> for decorations).
// Workers are same-origin files, so worker-src 'self' is enough (no blob:).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function injectCsp(): Plugin {
  return {
    name: 'podium:inject-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
      // After <meta charset> when present (the charset declaration should come first), else first in <head>.
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      return charset.test(html) ? html.replace(charset, (m) => `${m}\n    ${meta}`) : html.replace('<head>', `<head>\n    ${meta}`);
    },
  };
}

// monaco-editor >= 0.56 publishes an "exports" map ("./*" -> "./esm/vs/*.js"). monaco-yaml's worker (through
// monaco-worker-manager) still imports the legacy deep path 'monaco-editor/esm/vs/editor/editor.worker.js',
// which that map turns into esm/vs/esm/vs/... . Point legacy deep paths straight at the files.
const monacoEsmDir = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url));

export default defineConfig({
  // Relative base: the same dist/ works from any sub-path. Override with BASE=/some/path/ if needed.
  base: process.env.BASE ?? './',
  plugins: [react(), injectCsp()],
  resolve: {
    alias: [{ find: /^monaco-editor\/esm\/vs\/(.*?)(\.js)?$/, replacement: `${monacoEsmDir}$1.js` }],
  },
  optimizeDeps: {
    // Dev server: pre-bundle the YAML worker entry up front; otherwise Vite discovers it late and
    // reloads the page a few seconds after start.
    include: ['monaco-yaml/yaml.worker.js'],
  },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 4000, sourcemap: false },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
