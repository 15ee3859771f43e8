// The console as a terminal (issue 11): workspace files for -f, pipes, blocking commands that print as the
// playhead moves, and split terminals where a watch keeps running while another terminal acts.
import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { realDeps } from './realDeps';
import { installTestApi } from '../e2eApi';
import { EXAMPLES } from '../examples';
import type { AppState } from './types';

const texts = (s: AppState, id = 1) => (id === 1 ? s.consoleLines : s.terminals.find((x) => x.id === id)!.lines).map((l) => l.text);

function seedWorkspace() {
  const app = createAppStore(realDeps);
  const ex = EXAMPLES.find((e) => e.id === 'seed-partition')!;
  app.store.getState().resetWorkspace({ files: ex.files, config: { ...realDeps.defaultConfig, defaultStorageClass: 'none' } });
  return app.store;
}

describe('console: files, pipes, blocking commands, split terminals', () => {
  it('apply -f reads the tabs; an unknown file names the tabs that exist', () => {
    const store = seedWorkspace();
    expect(store.getState().files.map((f) => f.name)).toEqual(['statefulset-pv.yaml', 'test-statefulset.yaml']);
    store.getState().runCommand('kubectl apply -f  statefulset-pv.yaml');
    store.getState().runCommand('kubectl apply -f test-deployment.yaml');
    expect(texts(store.getState())).toEqual([
      '$ kubectl apply -f  statefulset-pv.yaml',
      'persistentvolume/test-0 created', 'persistentvolume/test-1 created', 'persistentvolume/test-2 created',
      '$ kubectl apply -f test-deployment.yaml',
      'error: the path "test-deployment.yaml" does not exist',
      "Podium: the workspace's files (the editor's tabs) are: statefulset-pv.yaml, test-statefulset.yaml",
    ]);
  });

  it('tabs: add, rename, close; the active tab is the editor text', () => {
    const store = seedWorkspace();
    const s = () => store.getState();
    s().addFile();
    expect(s().activeFile).toBe('untitled.yaml');
    s().setText('kind: x\n');
    expect(s().renameFile('untitled.yaml', 'test-statefulset.yaml')).toBe('fileNameTaken');
    expect(s().renameFile('untitled.yaml', 'my file.yaml')).toBe('fileNameInvalid');
    expect(s().renameFile('untitled.yaml', 'x.yaml')).toBeUndefined();
    expect(s().files.find((f) => f.name === 'x.yaml')?.text).toBe('kind: x\n');
    s().selectFile('statefulset-pv.yaml');
    expect(s().text).toContain('name: test-0');
    s().closeFile('statefulset-pv.yaml');
    expect(s().files.map((f) => f.name)).toEqual(['test-statefulset.yaml', 'x.yaml']);
    expect(s().activeFile).toBe('test-statefulset.yaml');
  });

  it('the seed flow: get pod -w in terminal 1 keeps streaming while terminal 2 applies and greps', () => {
    const store = seedWorkspace();
    const s = () => store.getState();
    const t2 = s().addTerminal()!;
    expect(t2).toBe(2);
    s().runCommand('kubectl get pod -w');
    s().runCommand('kubectl apply -f  statefulset-pv.yaml', t2);
    s().runCommand('kubectl apply -f  test-statefulset.yaml', t2);
    expect(s().consoleWatch).not.toBeNull();
    installTestApi(store).runToEnd();
    const rows = texts(s()).slice(1);
    expect(rows[0]).toMatch(/^statefulset-test-0 +0\/1 +Pending +0 +0s$/);
    expect(rows.at(-1)).toMatch(/^statefulset-test-2 +1\/1 +Running +0 +\d+s$/);
    // Ordered start: statefulset-test-1 appears only after statefulset-test-0 runs.
    const firstRunning0 = rows.findIndex((r) => /^statefulset-test-0 +1\/1 +Running/.test(r));
    const first1 = rows.findIndex((r) => r.startsWith('statefulset-test-1 '));
    expect(firstRunning0).toBeGreaterThan(0);
    expect(first1).toBeGreaterThan(firstRunning0);
    s().runCommand('kubectl describe pod statefulset-test-2|grep Image', t2);
    const grep = texts(s(), t2).slice(-3);
    expect(grep[0]).toBe('    Image:          nginx');
    expect(grep[1]).toMatch(/^ {4}Image ID: {7}docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(s().consoleWatch).not.toBeNull();
    s().interrupt('', 1);
    expect(texts(s()).at(-1)).toBe('^C');
  });

  it('delete blocks until the pod is gone; rollout status prints as the playhead passes changes', () => {
    const app = createAppStore(realDeps);
    const s = () => app.store.getState();
    s().applyEditor();
    s().runCommand('kubectl rollout status sts/web');
    expect(s().consoleWatch?.mode).toBe('block');
    installTestApi(app.store).runToEnd();
    expect(s().consoleWatch).toBeNull();
    expect(texts(s()).at(-1)).toBe('partitioned roll out complete: 3 new pods have been updated...');
    s().clearConsole();
    s().runCommand('kubectl delete pod web-1');
    expect(texts(s())).toEqual(['$ kubectl delete pod web-1', 'pod "web-1" deleted from default namespace']);
    expect(s().consoleWatch?.mode).toBe('block');
    installTestApi(app.store).runToEnd();
    expect(s().consoleWatch).toBeNull();
    s().runCommand('kubectl wait --for=condition=Ready pod/web-1 --timeout=0');
    expect(texts(s()).at(-1)).toBe('pod/web-1 condition met');
  });

  it('logs -f stays attached until the container stops', () => {
    const app = createAppStore(realDeps);
    const s = () => app.store.getState();
    s().applyEditor();
    installTestApi(app.store).runToEnd();
    s().runCommand('kubectl logs -f web-0');
    expect(s().consoleWatch?.mode).toBe('block');
    const t2 = s().addTerminal()!;
    s().runCommand('kubectl delete pod web-0 --wait=false', t2);
    expect(s().consoleWatch?.mode).toBe('block');
    installTestApi(app.store).runToEnd();
    expect(s().consoleWatch).toBeNull();
  });
});
