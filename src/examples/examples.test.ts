// Every example applies cleanly on the cluster it asks for and settles with its pods Running.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/createAppStore';
import { realDeps } from '../store/realDeps';
import { installTestApi } from '../e2eApi';
import { EXAMPLES } from './index';

describe('examples', () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s applies and settles', (_id, example) => {
    const { store } = createAppStore(realDeps);
    const api = installTestApi(store);
    store.getState().resetWorkspace({ text: example.text, config: { ...realDeps.defaultConfig, defaultStorageClass: example.storageClass } });
    store.getState().applyEditor();
    expect(store.getState().applyProblems).toEqual([]);
    expect(store.getState().consoleLines.filter((l) => l.kind === 'stderr')).toEqual([]);
    api.runToEnd();
    store.getState().runCommand('kubectl get pods,pvc');
    const out = store.getState().consoleLines.map((l) => l.text).join('\n');
    expect(out).not.toMatch(/Pending|ContainerCreating|ImagePull|Error/);
    expect(out).toMatch(/Running/);
  });

  it('the seed partition example binds the hand-made hostPath PVs', () => {
    const { store } = createAppStore(realDeps);
    const api = installTestApi(store);
    const ex = EXAMPLES.find((e) => e.id === 'seed-partition')!;
    store.getState().resetWorkspace({ text: ex.text, config: { ...realDeps.defaultConfig, defaultStorageClass: 'none' } });
    store.getState().applyEditor();
    api.runToEnd();
    store.getState().runCommand('kubectl get pv');
    const out = store.getState().consoleLines.map((l) => l.text).join('\n');
    for (const pv of ['test-0', 'test-1', 'test-2']) expect(out).toMatch(new RegExp(`${pv}\\s+1Gi\\s+RWO\\s+Retain\\s+Bound`));
  });
});
