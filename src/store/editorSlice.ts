// The workspace editor: manifest text, problems, and the Apply / Delete buttons (kubectl apply|delete -f -).
import { DEFAULT_FILES, fileNameProblem, freshName, MAX_FILES, withText } from './workspaceFiles';
import type { KObject } from '../sim';
import { outputLines } from './consoleSlice';
import { PODIUM_OWNER, problemsFromResult } from './apiProblems';
import type { EditorSlice, Problem, SliceCreator } from './types';
import type { SnapshotReader } from './selectors';

let revealNonce = 0;

export const createEditorSlice = (reader: SnapshotReader): SliceCreator<EditorSlice> => (deps) => (set, get) => {
  function runManifest(verb: 'apply' | 'delete') {
    get().finishActing(); // an action on its way answers first, and this one reads the cluster it made
    const { text } = get();
    const command = `kubectl ${verb} -f -`;
    get().print('command', `$ ${command}`);
    const checked = deps.checkManifests(text);
    const errors: Problem[] = checked.problems.filter((p) => p.severity === 'error').map((p) => ({ ...p, owner: PODIUM_OWNER }));
    if (errors.length > 0) {
      set({ applyProblems: errors });
      for (const p of errors) get().print('stderr', `error: line ${p.line}: ${p.message}`);
      return;
    }
    const snapshot = reader.snapshotForKubectl(get());
    if (!snapshot) return;
    let plan;
    try {
      plan = deps.planKubectl(command, { snapshot, stdin: text });
    } catch (err) {
      get().print('stderr', `error: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    if (plan.type === 'output') {
      set({ applyProblems: [] });
      for (const l of outputLines(plan)) get().print(l.kind, l.text);
      return;
    }
    if (plan.type !== 'request') return; // apply/delete -f always plan a single request
    const request = plan.request;
    const render = plan.render;
    get().performThen(request, command, (result) => {
      if (!result) return;
      const sent = 'objects' in request ? request.objects : [];
      const live = (kind: string, namespace: string, name: string) => (snapshot.objects as Record<string, Record<string, KObject> | undefined>)[kind]?.[`${namespace}/${name}`];
      set({ applyProblems: problemsFromResult(text, result, checked.docIndexOfObject, deps, { sent, live }) });
      for (const l of outputLines(render(result))) get().print(l.kind, l.text);
    });
  }

  return {
    text: DEFAULT_FILES[0]!.text,
    files: DEFAULT_FILES,
    activeFile: DEFAULT_FILES[0]!.name,
    applyProblems: [],
    schemaProblems: [],
    reveal: null,
    setText(text) {
      if (text !== get().text) set({ text, files: withText(get().files, get().activeFile, text) });
    },
    selectFile(name) {
      const f = get().files.find((x) => x.name === name);
      if (f && name !== get().activeFile) set({ activeFile: name, text: f.text, applyProblems: [] });
    },
    addFile(name, text = '') {
      const { files } = get();
      if (files.length >= MAX_FILES) return;
      const n = name && !fileNameProblem(files, name) ? name : freshName(files);
      set({ files: [...files, { name: n, text }], activeFile: n, text, applyProblems: [] });
    },
    renameFile(from, to) {
      const { files, activeFile } = get();
      if (from === to) return undefined;
      const problem = fileNameProblem(files, to, from);
      if (problem) return problem;
      set({ files: files.map((f) => (f.name === from ? { ...f, name: to } : f)), ...(activeFile === from ? { activeFile: to } : {}) });
      return undefined;
    },
    closeFile(name) {
      const { files, activeFile } = get();
      if (files.length <= 1) return;
      const i = files.findIndex((f) => f.name === name);
      if (i < 0) return;
      const rest = files.filter((f) => f.name !== name);
      if (activeFile !== name) return set({ files: rest });
      const next = rest[Math.min(i, rest.length - 1)]!;
      set({ files: rest, activeFile: next.name, text: next.text, applyProblems: [] });
    },
    setFiles(files, active) {
      if (files.length === 0) return;
      const a = files.find((f) => f.name === active) ?? files[0]!;
      set({ files, activeFile: a.name, text: a.text, applyProblems: [] });
    },
    setSchemaProblems(problems) {
      set({ schemaProblems: problems });
    },
    revealLine(line, column = 1) {
      set({ reveal: { line, column, nonce: ++revealNonce } });
    },
    applyEditor() {
      runManifest('apply');
    },
    deleteEditor() {
      runManifest('delete');
    },
  };
};
