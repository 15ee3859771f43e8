// Replicas outside int32: the API's decode error, on the replicas line of the editor.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO } from '../examples/defaultDemo';
import { createAppStore } from './createAppStore';
import { realDeps } from './realDeps';

describe('absurd replicas', () => {
  it('gets the API server’s int32 error on the replicas line, and nothing is applied', () => {
    const { store } = createAppStore(realDeps);
    const text = DEFAULT_DEMO.replace('  replicas: 3', '  replicas: 99999999999');
    store.getState().setText(text);
    store.getState().applyEditor();
    const [problem] = store.getState().applyProblems;
    expect(problem!.message).toContain('json: cannot unmarshal number 99999999999 into Go struct field StatefulSetSpec.spec.replicas of type int32');
    expect(problem!.line).toBe(text.split('\n').findIndex((l) => l.includes('replicas: 99999999999')) + 1);
    expect(store.getState().text).toBe(text);
  });
});

describe('a forbidden StatefulSet update', () => {
  it('points at the changed field’s line and says how to proceed', () => {
    const { store } = createAppStore(realDeps);
    store.getState().applyEditor();
    for (let i = 0; i < 40; i++) store.getState().tick(250);
    const text = DEFAULT_DEMO.replace('storage: 1Gi', 'storage: 2Gi');
    store.getState().setText(text);
    store.getState().applyEditor();
    const [problem] = store.getState().applyProblems;
    expect(problem!.message).toContain("updates to statefulset spec for fields other than 'replicas'");
    expect(problem!.line).toBe(text.split('\n').findIndex((l) => l.includes('storage: 2Gi')) + 1);
    expect(problem!.message).toContain('spec.volumeClaimTemplates[0].spec.resources.requests.storage');
    expect(problem!.message).toContain('kubectl delete statefulset web --cascade=orphan');
  });
});

describe('an unknown field', () => {
  it('gets the API’s strict decoding error on its line, with "did you mean"', () => {
    const { store } = createAppStore(realDeps);
    const text = DEFAULT_DEMO.replace('  replicas: 3', '  replicaz: 3').replace('          image: nginx', '          imagePullPolicyy: Always\n          image: nginx');
    store.getState().setText(text);
    store.getState().applyEditor();
    const messages = store.getState().applyProblems.map((p) => p.message);
    expect(messages.some((m) => m.includes('unknown field "spec.replicaz"') && m.includes('spec.replicaz: did you mean spec.replicas?'))).toBe(true);
    expect(messages.some((m) => m.includes('did you mean spec.template.spec.containers[0].imagePullPolicy?'))).toBe(true);
  });
});
