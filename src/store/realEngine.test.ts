// The store over the real engine and kubectl: the default demo end to end.
import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { realDeps } from './realDeps';
import { installTestApi } from '../e2eApi';
import { buildFlow, everObjects, stableLayout } from '../ui/graph/graphModel';

describe('default demo on the real engine', () => {
  it('Apply creates web-0..2 in order, all Running with Bound claims; the graph shows them', () => {
    const { store, reader } = createAppStore(realDeps);
    const api = installTestApi(store);
    store.getState().applyEditor();
    const out = store.getState().consoleLines.map((l) => l.text);
    expect(out).toContain('service/nginx created');
    expect(out).toContain('statefulset.apps/web created');
    expect(store.getState().playing).toBe(true);
    api.runToEnd();
    const s = store.getState();
    const snap = reader.snapshot(s)!;
    const flow = buildFlow(snap, stableLayout(everObjects(reader.initial(s.timeline!), s.timeline!.frames)), null);
    const label = (kind: string) => flow.nodes.filter((n) => 'kind' in n.data && n.data.kind === kind).map((n) => n.ariaLabel);
    expect(label('Pod')).toEqual(['Pod web-0: Running', 'Pod web-1: Running', 'Pod web-2: Running']);
    expect(label('PersistentVolumeClaim')).toEqual(['PersistentVolumeClaim www-web-0: Bound', 'PersistentVolumeClaim www-web-1: Bound', 'PersistentVolumeClaim www-web-2: Bound']);
    expect(label('StatefulSet')).toEqual(['StatefulSet web: 3/3']);
    const pos = (name: string) => flow.nodes.find((n) => 'name' in n.data && n.data.name === name)!.position;
    expect(pos('web-0').x).toBeLessThan(pos('web-1').x);
    expect(pos('web-1').x).toBeLessThan(pos('web-2').x);
    expect(flow.edges.some((e) => e.id.startsWith('selects:Service/default/nginx->Pod/default/web-0'))).toBe(true);

    store.getState().runCommand('kubectl get pods');
    expect(store.getState().consoleLines.at(-4)?.text).toMatch(/^NAME\s+READY\s+STATUS/);
  });

  it('deleting web-1 in the past forks the timeline', () => {
    const { store } = createAppStore(realDeps);
    const api = installTestApi(store);
    store.getState().applyEditor();
    const end = api.runToEnd();
    api.seekMs(Math.round(end / 2));
    store.getState().runCommand('kubectl delete pod web-0');
    expect(store.getState().notices.at(-1)?.text).toMatch(/^Changed the past: \d+ later frames were discarded\.$/);
    api.runToEnd();
  });

  it('Delete removes what the editor describes', () => {
    const { store } = createAppStore(realDeps);
    const api = installTestApi(store);
    store.getState().applyEditor();
    api.runToEnd();
    store.getState().deleteEditor();
    const out = store.getState().consoleLines.map((l) => l.text);
    expect(out).toContain('service "nginx" deleted from default namespace');
    expect(out).toContain('statefulset.apps "web" deleted from default namespace');
  });

  it('an invalid manifest shows API errors as problems on the offending line', () => {
    const { store } = createAppStore(realDeps);
    store.getState().setText('apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  replicas: -1\n  serviceName: nginx\n  selector:\n    matchLabels: {app: x}\n  template:\n    metadata:\n      labels: {app: x}\n    spec:\n      containers: [{name: c, image: nginx}]\n');
    store.getState().applyEditor();
    const problems = store.getState().applyProblems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ line: 6 });
  });
});
