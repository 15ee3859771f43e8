// The compare view's differences, derived from a real run of the engine driven like the page drives it (the
// store's console and faults): each paired action, then what the frames say about each side.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/createAppStore';
import { realDeps } from '../../store/realDeps';
import { COMPARE_MANIFEST } from './compareManifest';
import { differencesAt, type Difference, type Topic } from './differences';
import { busiestNode, changeImageBoth, deleteBoth, deleteOnePodEach, livePodsOf, nodeAction, scaleBoth, type PairedAction } from './pairedActions';
import { sideRows } from './sideObjects';

let app: ReturnType<typeof createAppStore>;
const s = () => app.store.getState();
const snap = () => app.reader.snapshot(s())!;

function settle(maxSimMs = 20 * 60_000): void {
  s().setSpeed(20);
  s().play();
  const start = s().playheadMs;
  while (s().playing && s().playheadMs - start < maxSimMs) s().tick(250);
  s().pause();
}
function run(action: PairedAction | undefined): void {
  if (!action) throw new Error('no action');
  if (action.type === 'kubectl') for (const c of action.commands) s().runCommand(c);
  else s().perform({ type: 'fault', fault: action.fault }, `fault ${action.fault.type}`);
}
function diffs(): Map<Topic, Difference> {
  const st = s();
  const tl = st.timeline!;
  const list = differencesAt(tl, app.reader.frameIndex(st), st.playheadMs, snap());
  return new Map(list.map((d) => [d.topic, d]));
}
const text = (d: Difference | undefined, side: 'deploy' | 'sts') => d && `${d[side].key} ${JSON.stringify(d[side].params)}`;

beforeEach(() => {
  app = createAppStore(realDeps);
  s().setText(COMPARE_MANIFEST);
  s().applyEditor();
});

describe('compare differences', () => {
  it('creating both: random vs ordinal names, together vs one by one, no claim vs a claim per pod, DNS', () => {
    expect(diffs().size).toBe(0); // nothing has happened yet at the playhead
    settle();
    const d = diffs();
    expect(text(d.get('names'), 'deploy')).toMatch(/^cmpNamesRandom .*web-deploy-[a-z0-9]+-[a-z0-9]{5}/);
    expect(text(d.get('names'), 'sts')).toBe('cmpNamesOrdinal {"names":"web-sts-0, web-sts-1, web-sts-2"}');
    expect(d.get('start')!.deploy.key).toBe('cmpStartTogether');
    expect(d.get('start')!.deploy.params.count).toBe(3);
    expect(d.get('start')!.sts.key).toBe('cmpStartOneByOne');
    expect(String(d.get('start')!.sts.params.order)).toMatch(/^web-sts-0 [\d.]+s → web-sts-1 [\d.]+s → web-sts-2 [\d.]+s$/);
    expect(d.get('storage')!.deploy.key).toBe('cmpStorageNone');
    expect(text(d.get('storage'), 'sts')).toBe('cmpStoragePerPod {"claims":"www-web-sts-0, www-web-sts-1, www-web-sts-2"}');
    expect(d.get('dns')!.deploy.key).toBe('cmpDnsNone');
    expect(text(d.get('dns'), 'sts')).toBe('cmpDnsPerPod {"names":"web-sts-0.web-sts, web-sts-1.web-sts, web-sts-2.web-sts"}');
    expect(d.has('stop')).toBe(false);
  });

  it('scrubbing back takes back what had not happened yet', () => {
    settle();
    const end = s().playheadMs;
    s().seek(2000);
    const early = diffs();
    expect(early.get('start')?.sts.key ?? 'none').not.toBe('cmpStartOneByOne');
    s().seek(end);
    expect(diffs().get('start')!.sts.key).toBe('cmpStartOneByOne');
  });

  it('delete one pod of each: a new random name vs the same name and claim', () => {
    settle();
    const before = s().playheadMs;
    run(deleteOnePodEach(snap()));
    settle();
    const d = diffs();
    expect(d.get('names')!.deploy.key).toBe('cmpNameNew');
    expect(text(d.get('names'), 'sts')).toBe('cmpNameSame {"name":"web-sts-0"}');
    expect(text(d.get('storage'), 'sts')).toBe('cmpStorageReused {"claims":"www-web-sts-0"}');
    // both deletions happened at one simulated moment
    const acts = s().timeline!.log.actions.filter((a) => a.command.startsWith('kubectl delete pod'));
    expect(acts.map((a) => a.atMs)).toEqual([before, before]);
  });

  it('scale down: together vs highest ordinal first; the claims outlive their pods', () => {
    settle();
    run(scaleBoth(5));
    settle();
    run(scaleBoth(1));
    settle();
    const d = diffs();
    expect(d.get('stop')!.deploy.key).toBe('cmpStopTogether');
    expect(d.get('stop')!.deploy.params.count).toBe(4);
    expect(d.get('stop')!.sts.key).toBe('cmpStopOneByOne');
    expect(String(d.get('stop')!.sts.params.order)).toMatch(/^web-sts-4 .* → web-sts-3 .* → web-sts-2 .* → web-sts-1 /);
    expect(text(d.get('storage'), 'sts')).toBe('cmpStorageOutlives {"claims":"www-web-sts-1, www-web-sts-2, www-web-sts-3 +1","count":5}');
  });

  it('change the image: a new ReplicaSet surging vs reverse ordinal one at a time', () => {
    settle();
    run(changeImageBoth(snap()));
    settle();
    const d = diffs();
    expect(d.get('update')!.deploy.key).toBe('cmpUpdateNewRs');
    expect(String(d.get('update')!.deploy.params.order)).toMatch(/^\+web-deploy-/);
    expect(text(d.get('update'), 'sts')).toBe('cmpUpdateReverse {"order":"web-sts-2 → web-sts-1 → web-sts-0"}');
    expect(d.has('stop')).toBe(false); // the rollout's stops are the update's, not a scale-down
  });

  it('delete both: the StatefulSet leaves its claims behind', () => {
    settle();
    run(deleteBoth());
    settle();
    const d = diffs();
    expect(d.get('storage')!.sts.key).toBe('cmpStorageOutlives');
    expect(d.get('stop')!.deploy.key).toBe('cmpStopTogether');
    // Create both again: the StatefulSet's new pods get the claims their predecessors left.
    s().setText(COMPARE_MANIFEST);
    s().applyEditor();
    settle();
    expect(text(diffs().get('storage'), 'sts')).toBe('cmpStorageReused {"claims":"www-web-sts-0, www-web-sts-1, www-web-sts-2"}');
  });

  it('stop the node they run on: the Deployment replaces its pods, the StatefulSet waits', () => {
    settle();
    const n = nodeAction(snap())!;
    expect(n.down).toBe(false);
    run(n.action);
    settle(60_000);
    expect(diffs().get('node')!.deploy.key).toMatch(/^cmpNode(DeployWaits|NoPods)$/);
    settle(10 * 60_000);
    const d = diffs().get('node')!;
    expect(d.sts.key).toBe('cmpNodeStsWaits');
    expect(d.deploy.key).toMatch(/^cmpNode(Replaced|NoPods)$/);
    expect(nodeAction(snap())!.down).toBe(true);
  });

  it('each region holds its own workload\'s objects; the node to stop runs pods of both', () => {
    settle();
    const d = sideRows(snap(), 'deploy');
    const st = sideRows(snap(), 'sts');
    expect(d.workload.map((o) => o.kind)).toEqual(['Service', 'Deployment', 'ReplicaSet']);
    expect(st.workload.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Service/web-sts', 'StatefulSet/web-sts']);
    expect(d.pods).toHaveLength(3);
    expect(st.pods.map((p) => p.metadata.name)).toEqual(['web-sts-0', 'web-sts-1', 'web-sts-2']);
    expect(d.storage).toEqual([]);
    expect(d.podVolumes).toEqual(['www: emptyDir']);
    expect(st.storage.map((c) => c.metadata.name)).toEqual(['www-web-sts-0', 'www-web-sts-1', 'www-web-sts-2']);
    expect(st.dns.some((r) => r.metadata.name === 'web-sts-0.web-sts.default.svc.cluster.local')).toBe(true);
    expect(d.dns.every((r) => !(r.spec as { pod?: string }).pod)).toBe(true);
    const node = busiestNode(snap());
    const on = (side: 'deploy' | 'sts') => livePodsOf(snap(), side).some((p) => (p.spec as { nodeName?: string }).nodeName === node);
    expect(on('deploy') && on('sts')).toBe(true);
  });
});
