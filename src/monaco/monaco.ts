// Monaco + monaco-yaml, configured offline with the bundled Kubernetes schema. Reached only through React.lazy,
// so all of this lands in the lazy editor chunk (first paint never waits for it). See toolchain.md §3.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/yaml/register';
import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import YamlWorker from './yaml.worker?worker';
import k8sSchema from '../k8s/k8s-schema.json';

window.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string) {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker();
  },
};

// monaco-editor >= 0.53 requires an explicit `worker` in createWebWorker and no longer posts `createData`;
// monaco-yaml 5.5.1 still uses the old { moduleId, label, createData } form. Recreate the old behaviour.
type LegacyWorkerOpts = { moduleId?: string; label?: string; createData?: unknown; host?: unknown; keepIdleModels?: boolean };
function legacyCreateWebWorker(opts: LegacyWorkerOpts) {
  if ('worker' in (opts as object)) return monaco.editor.createWebWorker(opts as never);
  const label = opts.label ?? 'monaco-editor-worker';
  const worker = Promise.resolve(window.MonacoEnvironment!.getWorker!('workerMain.js', label)).then((w) => {
    w.postMessage('ignore');
    w.postMessage(opts.createData);
    return w;
  });
  return monaco.editor.createWebWorker({ worker, host: opts.host as never, keepIdleModels: opts.keepIdleModels } as never);
}
// A copy: the `monaco` module namespace itself must not be mutated.
const monacoForYaml = { ...monaco, editor: { ...monaco.editor, createWebWorker: legacyCreateWebWorker } };

export const MODEL_URI = 'file:///workspace/manifest.yaml';
export const PODIUM_MARKER_OWNER = 'podium';

configureMonacoYaml(monacoForYaml as unknown as typeof monaco, {
  enableSchemaRequest: false,
  validate: true,
  completion: true,
  hover: true,
  format: { enable: true },
  hoverSchemaSource: false,
  schemas: [{ uri: 'inmemory://schemas/podium-k8s.json', fileMatch: ['**/*.yaml', '**/*.yml'], schema: k8sSchema as never }],
});

export { monaco };
