// Issue "The sandbox end to end", steps 1–2: the default demo on a fresh page, applied and watched while it plays.
import { ABSENT, trail, type GraphState } from '../pages/Graph';
import { expect, shot, test } from '../pages/fixtures';

const DEMO_FACTS: [string, string][] = [
  ['headless Service nginx', 'kind: Service\nmetadata:\n  name: nginx\n'],
  ['clusterIP None', '\n  clusterIP: None\n'],
  ['StatefulSet web', 'kind: StatefulSet\nmetadata:\n  name: web\n'],
  ['3 replicas', '\n  replicas: 3\n'],
  ['volumeClaimTemplate www', 'volumeClaimTemplates:\n    - metadata:\n        name: www\n'],
  ['ReadWriteOnce', 'accessModes: ["ReadWriteOnce"]'],
  ['1Gi', 'storage: 1Gi\n'],
];

test('a fresh page holds the default demo: headless Service nginx + StatefulSet web with per-pod storage', async ({ page, editor, graph }) => {
  const text = await editor.text();
  for (const [what, snippet] of DEMO_FACTS) expect(text, what).toContain(snippet);
  await expect(editor.problems).toContainText('No problems.');
  await expect(graph.nodesOf('Pod')).toHaveCount(0);
  await expect(graph.nodesOf('StatefulSet')).toHaveCount(0);
  await shot(page, '01-fresh');
});

test('Apply creates the Service and StatefulSet; pods start one at a time, each with a bound claim', async ({ page, editor, graph, timeline, kubectl }) => {
  await graph.record();
  await editor.apply();
  await expect(kubectl.log).toContainText('service/nginx created');
  await expect(kubectl.log).toContainText('statefulset.apps/web created');
  await expect(timeline.pauseButton).toBeVisible(); // Apply starts playback (at the default 2×: slow enough that
  // every phase is rendered even on a busy machine; the recorder catches them, so the test does not wait on them)

  // The slider's max (the live edge) grows while it plays.
  const firstMax = await timeline.max();
  await expect.poll(() => timeline.max()).toBeGreaterThan(firstMax);
  await shot(page, '02-playing');
  const laterMax = await timeline.max();
  expect(laterMax).toBeGreaterThan(firstMax);

  await expect(graph.node('StatefulSet', 'web')).toHaveAttribute('data-status', '3/3', { timeout: 30_000 });
  await expect(graph.pod('web-2')).toHaveAttribute('data-status', 'Running');
  await expect(timeline.playButton).toBeVisible(); // playback stops once the cluster settles
  expect(await timeline.max()).toBeGreaterThan(laterMax);
  await shot(page, '03-all-running');

  const states = await graph.recorded();
  expect(states.length, 'recorded graph states').toBeGreaterThan(5);
  // The StatefulSet shows up before (or with) its first claim; the claim before (or with) its pod.
  const firstWith = (key: string) => states.findIndex((s) => key in s);
  expect(firstWith('StatefulSet/web')).toBeGreaterThanOrEqual(0);
  expect(firstWith('StatefulSet/web')).toBeLessThanOrEqual(firstWith('PersistentVolumeClaim/www-web-0'));
  expect(firstWith('PersistentVolumeClaim/www-web-0')).toBeLessThanOrEqual(firstWith('Pod/web-0'));
  expect(trail(states, 'StatefulSet/web')).toEqual([ABSENT, '0/3', '1/3', '2/3', '3/3']);

  for (const [i, pod] of ['web-0', 'web-1', 'web-2'].entries()) {
    expect(trail(states, `Pod/${pod}`), `${pod} phases`).toEqual([ABSENT, 'Pending', 'ContainerCreating', 'Running']);
    expect(trail(states, `PersistentVolumeClaim/www-${pod}`), `www-${pod} phases`).toEqual([ABSENT, 'Pending', 'Bound']);
    // OrderedReady: web-N exists only while web-(N-1) is Running, in every rendered state.
    if (i > 0) {
      const prev = `Pod/web-${i - 1}`;
      const violations = states.filter((s: GraphState) => `Pod/${pod}` in s && s[prev] !== 'Running');
      expect(violations, `${pod} shown while ${prev} was not Running`).toEqual([]);
    }
    // Its claim is bound to a dynamically provisioned volume pvc-<uid> of StorageClass standard.
    const pvc = await kubectl.run(`kubectl get pvc www-${pod}`);
    const volume = /\bBound\s+(pvc-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s+1Gi\s+RWO\s+standard\b/.exec(pvc)?.[1];
    expect(volume, `kubectl get pvc www-${pod}:\n${pvc}`).toBeTruthy();
    await expect(graph.node('PersistentVolume', volume!)).toHaveAttribute('data-status', 'Bound');
    await expect(graph.region.getByLabel(`PersistentVolume ${volume}: Bound`)).toBeVisible();
    const pv = await kubectl.run(`kubectl get pv ${volume}`);
    expect(pv).toMatch(new RegExp(`${volume}\\s+1Gi\\s+RWO\\s+Delete\\s+Bound\\s+default/www-${pod}\\s+standard\\b`));
  }
  // Three pods, three claims, three volumes, and the default StorageClass.
  await expect(graph.nodesOf('Pod')).toHaveCount(3);
  await expect(graph.nodesOf('PersistentVolumeClaim')).toHaveCount(3);
  await expect(graph.nodesOf('PersistentVolume')).toHaveCount(3);
  await expect(graph.node('StorageClass', 'standard')).toBeVisible();
  await expect(graph.region.getByLabel('Pod web-0: Running')).toBeVisible();
});
