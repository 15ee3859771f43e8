// Issue "The sandbox end to end", step 4: scale 3 → 5 → 1 by editing replicas and pressing Apply.
import { expect, shot, test } from '../pages/fixtures';
import { ABSENT, trail, type GraphState } from '../pages/Graph';

test.slow(); // long journeys on 2 shared cores

const APPLY = 'kubectl apply -f -';
const GONE_OR_GOING = new Set([ABSENT, 'Terminating', 'Completed']);

test('scaling up adds web-3 then web-4 with their own claims; scaling down removes web-4…web-1 in reverse order and keeps the claims', async ({ page, editor, graph, timeline, kubectl }) => {
  await editor.apply();
  await timeline.pause();
  await timeline.runToEnd();
  await expect(graph.node('StatefulSet', 'web')).toHaveAttribute('data-status', '3/3');

  // 3 → 5
  await graph.record();
  await editor.replace('\n  replicas: 3\n', '\n  replicas: 5\n');
  const up = await kubectl.outputOf(APPLY, () => editor.apply());
  expect(up).toBe('service/nginx unchanged\nstatefulset.apps/web configured');
  await timeline.setSpeed(10);
  await expect(graph.node('StatefulSet', 'web')).toHaveAttribute('data-status', '5/5', { timeout: 30_000 });
  await shot(page, '05-scaled-to-5');
  let states = await graph.recorded();
  for (const pod of ['web-3', 'web-4']) {
    expect(trail(states, `Pod/${pod}`), `${pod} phases`).toEqual([ABSENT, 'Pending', 'ContainerCreating', 'Running']);
    expect(trail(states, `PersistentVolumeClaim/www-${pod}`), `www-${pod} phases`).toEqual([ABSENT, 'Pending', 'Bound']);
  }
  expect(states.filter((s) => 'Pod/web-4' in s && s['Pod/web-3'] !== 'Running'), 'web-4 shown while web-3 was not Running').toEqual([]);
  for (const pod of ['web-0', 'web-1', 'web-2']) {
    expect(trail(states, `Pod/${pod}`), `${pod} untouched by scale-up`).toEqual(['Running']);
  }
  // Five claims, each bound to its own volume.
  const pvcs = await kubectl.run('kubectl get pvc');
  const volumes = [0, 1, 2, 3, 4].map((i) => new RegExp(`^www-web-${i}\\s+Bound\\s+(pvc-[0-9a-f-]{36})\\s`, 'm').exec(pvcs)?.[1]);
  expect(volumes.every(Boolean), `kubectl get pvc:\n${pvcs}`).toBe(true);
  expect(new Set(volumes).size).toBe(5);

  // 5 → 1, watched at 2× so that every pod's short Terminating spell (~1 s simulated) is rendered.
  await timeline.setSpeed(2);
  await graph.record();
  await editor.replace('\n  replicas: 5\n', '\n  replicas: 1\n');
  const down = await kubectl.outputOf(APPLY, () => editor.apply());
  expect(down).toBe('service/nginx unchanged\nstatefulset.apps/web configured');
  await expect(graph.nodesOf('Pod')).toHaveCount(1, { timeout: 30_000 });
  await expect(graph.node('StatefulSet', 'web')).toHaveAttribute('data-status', '1/1');
  await shot(page, '06-scaled-to-1');
  states = await graph.recorded();
  const firstTerminating = (pod: string) => states.findIndex((s) => s[`Pod/${pod}`] === 'Terminating');
  const order = ['web-4', 'web-3', 'web-2', 'web-1'].map(firstTerminating);
  expect(order.every((i) => i >= 0), `each of web-4…web-1 was seen Terminating (${order})`).toBe(true);
  expect([...order].sort((a, b) => a - b), 'terminated highest ordinal first').toEqual(order);
  for (let k = 1; k <= 3; k++) {
    // web-k starts going only once web-(k+1) is gone from the graph.
    const early = states.filter((s: GraphState) => GONE_OR_GOING.has(s[`Pod/web-${k}`] ?? ABSENT) && `Pod/web-${k + 1}` in s);
    expect(early, `web-${k} terminating while web-${k + 1} still existed`).toEqual([]);
  }
  expect(trail(states, 'Pod/web-0'), 'web-0 stays').toEqual(['Running']);
  for (let i = 0; i < 5; i++) {
    expect(trail(states, `PersistentVolumeClaim/www-web-${i}`), `www-web-${i} stays Bound`).toEqual(['Bound']);
  }
  expect(await kubectl.run('kubectl get pvc')).toMatch(/^www-web-4\s+Bound\s/m);

  // Applying the same text again changes nothing.
  const again = await kubectl.outputOf(APPLY, () => editor.apply());
  expect(again).toBe('service/nginx unchanged\nstatefulset.apps/web unchanged');
});
