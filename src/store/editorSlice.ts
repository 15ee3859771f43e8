// The workspace editor: manifest text, problems, and the Apply / Delete buttons (kubectl apply|delete -f -).
import type { KObject } from '../sim';
import { DEFAULT_DEMO } from '../examples/defaultDemo';
import { outputLines } from './consoleSlice';
import { PODIUM_OWNER, problemsFromResult } from './apiProblems';
import type { EditorSlice, Problem, SliceCreator } from './types';
import type { SnapshotReader } from './selectors';

let revealNonce = 0;

export const createEditorSlice = (reader: SnapshotReader): SliceCreator<EditorSlice> => (deps) => (set, get) => {
  function runManifest(verb: 'apply' | 'delete') {
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
    const result = get().perform(plan.request, command);
    if (!result) return;
    const sent = 'objects' in plan.request ? plan.request.objects : [];
    const live = (kind: string, namespace: string, name: string) => (snapshot.objects as Record<string, Record<string, KObject> | undefined>)[kind]?.[`${namespace}/${name}`];
    set({ applyProblems: problemsFromResult(text, result, checked.docIndexOfObject, deps, { sent, live }) });
    for (const l of outputLines(plan.render(result))) get().print(l.kind, l.text);
  }

  return {
    text: DEFAULT_DEMO,
    applyProblems: [],
    schemaProblems: [],
    reveal: null,
    setText(text) {
      if (text !== get().text) set({ text });
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
