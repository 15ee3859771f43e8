// monaco-yaml's worker entry, imported through a local file so Vite's `?worker` can bundle it.
import 'monaco-yaml/yaml.worker.js';
