// Download scenario: a workspace made in the page (editor Apply, console commands, a fault, time passing) becomes a
// scenario file that the real runner (`npx podium run`) replays to the same cluster, object for object.
import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot, KObject } from '../sim';
import { parseScenario, runScenario } from '../scenario';
import { workspaceToScenario } from '../scenario/fromWorkspace';
import { createAppStore } from './createAppStore';
import { realDeps } from './realDeps';
import { installTestApi } from '../e2eApi';

/** What must agree: every object's identity, version, placement and status. */
function digest(objects: ClusterSnapshot['objects']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [kind, byName] of Object.entries(objects)) {
    for (const [id, o] of Object.entries(byName ?? {})) {
      const obj = o as KObject & { spec?: { nodeName?: string; replicas?: number }; status?: unknown };
      out[`${kind}/${id}`] = { uid: obj.metadata.uid, rv: obj.metadata.resourceVersion, node: obj.spec?.nodeName, replicas: obj.spec?.replicas, status: obj.status };
    }
  }
  return out;
}

describe('Download scenario', () => {
  it('replays through the real runner to the same result', () => {
    const { store, reader } = createAppStore(realDeps);
    const api = installTestApi(store);
    const s = () => store.getState();
    s().applyEditor();
    api.runToEnd();
    s().runCommand('kubectl scale statefulset web --replicas=4');
    for (let i = 0; i < 8; i++) s().tick(250);
    s().runCommand('kubectl delete pod web-1');
    for (let i = 0; i < 4; i++) s().tick(250);
    s().perform({ type: 'fault', fault: { type: 'pod-unready', pod: 'web-0' } }, 'Break readiness of web-0');
    s().runCommand(`kubectl patch statefulset web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.19"}]}}}}'`);
    api.runToEnd();
    const actions = s().timeline!.log.actions;
    expect(actions.map((a) => a.request.type)).toEqual(['apply', 'scale', 'delete', 'fault', 'patch']);

    const text = workspaceToScenario(s().timeline!.log, { text: s().text, title: 'My workspace' });
    const parsed = parseScenario(text, 'workspace.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    const run = runScenario(parsed.scenario);
    expect(run.stable).toBe(true);
    // The page at the time the run settled shows the same cluster.
    s().seek(run.state.nowMs);
    const page = reader.snapshot(s())!;
    expect(page.nowMs).toBe(run.state.nowMs);
    expect(digest(run.state.objects)).toEqual(digest(page.objects));
    // The editor's text is kept, as comments.
    expect(text).toContain('#   kind: StatefulSet');
  });

  it('writes waits between actions, deletes that do not block, and the cluster settings', () => {
    const text = workspaceToScenario({
      seed: 7, config: { nodes: 2, defaultStorageClass: 'none', featureGates: {} },
      actions: [
        { afterFrame: -1, atMs: 0, command: 'kubectl apply -f -', request: { type: 'apply', objects: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }] } },
        { afterFrame: 3, atMs: 1500, command: 'kubectl delete pod web-0 --force --grace-period=0', request: { type: 'delete', targets: [{ kind: 'Pod', namespace: 'default', name: 'web-0' }], gracePeriodSeconds: 0, force: true } },
        { afterFrame: 9, atMs: 4000, command: 'Stop node', request: { type: 'fault', fault: { type: 'node-down', node: 'node-2' } } },
      ],
    });
    expect(text).toContain('seed: 7');
    expect(text).toContain('defaultStorageClass: none');
    expect(text).toContain('wait: 1500ms');
    expect(text).toContain('kubectl: delete pod web-0 -n default --wait=false --grace-period=0 --force');
    expect(text).toContain('wait: 2500ms');
    expect(parseScenario(text, 'x.yaml').ok).toBe(true);
  });
});
