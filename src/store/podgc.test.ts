// Deleting a Node: its pods are force-deleted by the pod garbage collector after the 40s quarantine (upstream podgc).
import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { realDeps } from './realDeps';
import { installTestApi } from '../e2eApi';
import { renderReason } from '../sim';

describe('pod garbage collector', () => {
  it('force-deletes the pods of a deleted node after 40s; the StatefulSet recreates them elsewhere', () => {
    const { store, reader } = createAppStore(realDeps);
    const api = installTestApi(store);
    store.getState().applyEditor();
    api.runToEnd();
    const pods = () => Object.values(reader.snapshot(store.getState())!.objects.Pod ?? {}) as { metadata: { name?: string; uid?: string }; spec?: { nodeName?: string } }[];
    const victim = pods().find((p) => p.spec?.nodeName === 'node-2')!;
    store.getState().runCommand('kubectl delete node node-2');
    expect(store.getState().consoleLines.map((l) => l.text)).toContain('node "node-2" deleted');
    const deletedAt = store.getState().playheadMs;
    store.getState().setSpeed(20);
    store.getState().play();
    while (store.getState().playheadMs < deletedAt + 30_000) store.getState().tick(250);
    expect(pods().find((p) => p.metadata.name === victim.metadata.name)?.metadata.uid).toBe(victim.metadata.uid); // quarantine
    api.runToEnd();
    const after = pods().find((p) => p.metadata.name === victim.metadata.name);
    expect(after?.metadata.uid).not.toBe(victim.metadata.uid);
    expect(after?.spec?.nodeName).not.toBe('node-2');
    const frames = store.getState().timeline!.frames;
    expect(frames.some((f) => f.cause.actor === 'pod-garbage-collector' && /node node-2 no longer exists/.test(renderReason(f.cause.why)))).toBe(true);
  });
});
