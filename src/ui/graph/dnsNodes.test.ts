// DNS name nodes on the real engine: a per-pod name appears when the pod is Ready, disappears while it is gone,
// and returns at the same place with the new pod's IP on its resolves-to edge.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/createAppStore';
import { realDeps } from '../../store/realDeps';
import { installTestApi } from '../../e2eApi';
import { buildFlow, everObjects, stableLayout, type K8sFlowNode } from './graphModel';

/** The IP in a resolves-to edge's accessible name (`… resolves to Pod web-0 (10.244.1.2)`): the card shows it, not the line. */
const ipOf = (e: { ariaLabel?: string }) => /\(([\d.]+)\)$/.exec(e.ariaLabel ?? '')?.[1];

const WEB0 = 'DNSRecord/default/web-0.nginx.default.svc.cluster.local';

describe('DNS name nodes', () => {
  const { store, reader } = createAppStore(realDeps);
  const api = installTestApi(store);
  const flowNow = (showSystem = false) => {
    const s = store.getState();
    const layout = stableLayout(everObjects(reader.initial(s.timeline!), s.timeline!.frames), showSystem);
    return buildFlow(reader.snapshot(s)!, layout, null);
  };
  const node = (flow: ReturnType<typeof flowNow>, id: string) => flow.nodes.find((n) => n.id === id) as K8sFlowNode | undefined;

  it('shows the Service name and a per-pod name for each Ready pod of the headless Service', () => {
    store.getState().applyEditor();
    api.runToEnd();
    const flow = flowNow();
    const svcName = node(flow, 'DNSRecord/default/nginx.default.svc.cluster.local')!;
    expect(svcName.data.status).toBe('Resolves');
    expect(svcName.domAttributes).toMatchObject({ 'data-kind': 'DNSRecord', 'data-name': 'nginx.default.svc.cluster.local' });
    for (const i of [0, 1, 2]) expect(node(flow, `DNSRecord/default/web-${i}.nginx.default.svc.cluster.local`)?.data.status).toBe('Resolves');
    const edge = flow.edges.find((e) => e.source === WEB0 && e.data?.relation === 'resolves-to')!;
    expect(edge.target).toBe('Pod/default/web-0');
    expect(ipOf(edge)).toMatch(/^10\.244\.\d+\.\d+$/);
    expect(flow.edges.some((e) => e.source === 'Service/default/nginx' && e.target === WEB0 && e.data?.relation === 'dns')).toBe(true);
    // kube-system names are folded away by default, and shown (as system objects) with the toggle.
    expect(node(flow, 'DNSRecord/kube-system/kube-dns.kube-system.svc.cluster.local')).toBeUndefined();
    expect(node(flowNow(true), 'DNSRecord/kube-system/kube-dns.kube-system.svc.cluster.local')?.className).toBe('system');
  });

  it('keeps an unchanged card the same object from frame to frame (so React skips it), a changed one new', () => {
    const s = store.getState();
    const frames = s.timeline!.frames;
    const layout = stableLayout(everObjects(reader.initial(s.timeline!), frames));
    const at = (i: number) => buildFlow(reader.snapshot({ ...s, playheadMs: frames[i]!.atMs })!, layout, null);
    const last = at(frames.length - 1);
    const previous = at(frames.length - 2);
    const svc = 'DNSRecord/default/nginx.default.svc.cluster.local';
    expect(node(last, svc)).toBe(node(previous, svc));
    expect(node(last, WEB0)).toBe(node(previous, WEB0));
    const first = at(0);
    expect(node(first, svc)).not.toBe(node(last, svc)); // NXDOMAIN then, Resolves now
  });

  it('drops the name while web-0 is gone and brings it back in place with the new IP', () => {
    const before = flowNow();
    const oldIp = ipOf(before.edges.find((e) => e.source === WEB0)!);
    const place = node(before, WEB0)!.position;
    const from = store.getState().timeline!.frames.length;
    store.getState().runCommand('kubectl delete pod web-0');
    api.runToEnd();
    // Every frame from the delete on, as the scrubber would show it (deterministic, whatever the machine's speed).
    const s = store.getState();
    const frames = s.timeline!.frames;
    const layout = stableLayout(everObjects(reader.initial(s.timeline!), frames));
    let sawGap = false;
    for (let i = from; i < frames.length; i++) {
      if (!node(buildFlow(reader.snapshot({ ...s, playheadMs: frames[i]!.atMs })!, layout, null), WEB0)) sawGap = true;
    }
    expect(sawGap).toBe(true);
    const after = flowNow();
    expect(node(after, WEB0)?.position).toEqual(place);
    const newIp = ipOf(after.edges.find((e) => e.source === WEB0)!);
    expect(newIp).toMatch(/^10\.244\./);
    expect(newIp).not.toBe(oldIp);
  });
});
