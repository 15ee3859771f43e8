import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { fakeDeps } from './testing/fakeDeps';
import type { Deps } from './deps';

describe('console', () => {
  it('prints the command and its output; read-only commands create no frames', () => {
    const { store } = createAppStore(fakeDeps());
    store.getState().runCommand('get pods');
    expect(store.getState().consoleLines.map((l) => [l.kind, l.text])).toEqual([
      ['command', '$ kubectl get pods'], ['stdout', 'NAME'], ['stdout', 'web-0'],
    ]);
    expect(store.getState().timeline?.frames).toHaveLength(0);
    expect(store.getState().history).toEqual(['get pods']);
  });

  it('sends request plans through the timeline', () => {
    const deps = fakeDeps();
    const { store } = createAppStore(deps);
    store.getState().runCommand('kubectl scale sts web --replicas=1');
    expect(deps.calls).toEqual(['act kubectl scale sts web --replicas=1 after=-1 at=0']);
    expect(store.getState().consoleLines.at(-1)?.text).toBe('done');
  });
});

describe('editor apply', () => {
  it('structural problems stop the apply and keep the text', () => {
    const deps = fakeDeps();
    const { store } = createAppStore(deps);
    store.getState().setText('a:\n\tb');
    store.getState().applyEditor();
    expect(deps.calls).toEqual([]);
    expect(store.getState().applyProblems.map((p) => [p.line, p.message, p.owner])).toEqual([[2, 'tabs are not allowed', 'podium']]);
    expect(store.getState().text).toBe('a:\n\tb');
  });

  it('API errors become problems at the located field', () => {
    const deps: Deps = { ...fakeDeps(), act: (tl) => ({
      timeline: tl,
      discardedFrames: 0,
      result: { warnings: [], items: [{ ref: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, index: 1, error: { reason: 'BadRequest', message: 'strict decoding error: unknown field "spec.replicaz"' } }] },
    }) };
    const { store } = createAppStore(deps);
    store.getState().applyEditor();
    const [p] = store.getState().applyProblems;
    expect(p?.line).toBe(3);
    expect(p?.message).toMatch(/unknown field "spec.replicaz"/);
  });
});
