// The graph as a stage (issue 12): a workload beyond Podium's limits gets a clear message and a graph that still
// shows what exists; ConfigMaps, Secrets and PodDisruptionBudgets are cards with the page's data-* contract.
import { expect, test } from './pages/fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

const MANIFEST = `apiVersion: v1
kind: ConfigMap
metadata:
  name: big-config
data:
  mode: prod
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: big-pdb
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: big
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: big
spec:
  replicas: 100000
  selector:
    matchLabels:
      app: big
  template:
    metadata:
      labels:
        app: big
    spec:
      containers:
      - name: nginx
        image: nginx
        envFrom:
        - configMapRef:
            name: big-config
`;

test('replicas: 100000 stops at the pod limit with FailedCreate and a banner; the graph shows the pods that exist', async ({ page, editor, graph, kubectl }) => {
  void editor;
  test.setTimeout(90_000);
  await page.evaluate((text) => {
    window.__podium!.getState().resetWorkspace({ text });
    window.__podium!.getState().applyEditor();
    window.__podium!.runToEnd();
  }, MANIFEST);
  const banner = graph.region.getByRole('status', { name: "Podium's limits" });
  await expect(banner).toContainText("Podium's limit reached: at most 1,000 pods in the cluster");
  await expect(graph.nodesOf('Pod')).toHaveCount(1000);
  await expect(graph.node('ConfigMap', 'big-config')).toHaveAttribute('data-status', 'DATA 1');
  await expect(graph.node('PodDisruptionBudget', 'big-pdb')).toHaveAttribute('data-status', /^ALLOWED \d+$/);
  const events = await kubectl.run('kubectl get events --field-selector reason=FailedCreate');
  expect(events).toMatch(/FailedCreate\s+replicaset\/big-[0-9a-f]+\s+Error creating: pods "big-[0-9a-f]+-[a-z0-9]{5}" is forbidden: exceeds Podium's limit of 1000 pods in the cluster \(a limit of this simulator, not of Kubernetes\)/);
  // Scaling down makes room: the banner goes.
  await kubectl.run('kubectl scale deployment big --replicas=3');
  await page.evaluate(() => window.__podium!.runToEnd());
  await expect(banner).toHaveCount(0);
});
