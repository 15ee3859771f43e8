// The graph keeps every object in view as the cluster grows (toolchain §8.15: fitView after a relayout).
import { expect, test } from '../pages/fixtures';
import { nodesOutsideView } from '../pages/Graph';

test('the demo, applied, fits in the Cluster graph', async ({ editor, graph, timeline }) => {
  await editor.apply();
  await timeline.pause();
  await timeline.runToEnd();
  await expect(graph.node('StatefulSet', 'web')).toHaveAttribute('data-status', '3/3');
  await expect.poll(() => nodesOutsideView(graph)).toEqual([]);
});

// Regression guard: an earlier build left the new column (web-4, www-web-4 and its PV) right of the visible area
// after scaling 3 → 5, until a reload (fitView ran before React Flow had measured the new nodes).
test('after scaling up, the new pods and claims are inside the Cluster graph', async ({ editor, graph, timeline, kubectl }) => {
  await editor.apply();
  await timeline.pause();
  await timeline.runToEnd();
  await editor.replace('\n  replicas: 3\n', '\n  replicas: 5\n');
  await kubectl.outputOf('kubectl apply -f -', () => editor.apply());
  await timeline.pause();
  await timeline.runToEnd();
  await expect(graph.node('StatefulSet', 'web')).toHaveAttribute('data-status', '5/5');
  await expect.poll(() => nodesOutsideView(graph), { timeout: 5_000 }).toEqual([]);
});
