import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
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

// The editor's chunks (Monaco, loaded lazily by the editor pane), listed in index.html for the entry to fetch once the
// shell has painted (src/main.tsx): <link rel=modulepreload> fetches and compiles them without running them, so they
// arrive alongside the app without taking the main thread from it. A <meta>, not a script: the CSP allows no inline
// script. Fetched by nothing before first paint, so not part of the initial JavaScript (npm run sizes).
function listEditorChunks(): Plugin {
  let base = './';
  return {
    name: 'podium:list-editor-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const files = new Set<string>();
        const add = (file: string) => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk' || chunk.isEntry || files.has(file)) return;
          files.add(file);
          chunk.imports.forEach(add);
        };
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.isDynamicEntry && chunk.facadeModuleId?.endsWith('/src/ui/editor/YamlEditor.tsx')) add(chunk.fileName);
        }
        const meta = `<meta name="podium-editor-modules" content="${[...files].map((f) => base + f).join(' ')}">`;
        return html.replace('</head>', `  ${meta}\n  </head>`);
      },
    },
  };
}

// monaco-editor >= 0.56 publishes an "exports" map ("./*" -> "./esm/vs/*.js"). monaco-yaml's worker (through
// monaco-worker-manager) still imports the legacy deep path 'monaco-editor/esm/vs/editor/editor.worker.js',
// which that map turns into esm/vs/esm/vs/... . Point legacy deep paths straight at the files.
const monacoEsmDir = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url));

// Offline: a Workbox service worker (generated at build time from the local workbox-build package, nothing
// downloaded) precaches every file of the build, so after one visit the site opens with no network. All paths are
// relative to the service worker's own URL: it works from whatever sub-path dist/ is served. Registered by a small
// same-origin script (registerSW.js), which the CSP allows (no inline script).
const offline = VitePWA({
  injectRegister: 'script-defer',
  registerType: 'autoUpdate',
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,ico,json,woff2,ttf,wasm}'],
    // Monaco's chunk and the engine are large; the whole app must be there offline.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    // Any page address (?embed, ?lesson=…, #share=…) opens the cached page; the embed examples page is its own file.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/embed-examples\.html$/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  // Relative base: the same dist/ works from any sub-path. Override with BASE=/some/path/ if needed.
  base: process.env.BASE ?? './',
  plugins: [react(), injectCsp(), listEditorChunks(), offline],
  resolve: {
    alias: [{ find: /^monaco-editor\/esm\/vs\/(.*?)(\.js)?$/, replacement: `${monacoEsmDir}$1.js` }],
  },
  optimizeDeps: {
    // Dev server: pre-bundle the YAML worker entry up front; otherwise Vite discovers it late and
    // reloads the page a few seconds after start.
    include: ['monaco-yaml/yaml.worker.js'],
  },
  worker: { format: 'es' },
  build: {
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    // index.html loads only the entry chunk, which paints the shell; the app follows (src/main.tsx). No
    // <link rel=modulepreload> for the app's chunks: the dynamic import fetches them, all at once, after first paint.
    // The image catalogue (data that changes apart from the engine's code) is a chunk of its own, fetched alongside.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'imageTags', test: /src[\\/]sim[\\/]cluster[\\/]imageTags\.json$/ }] } },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
