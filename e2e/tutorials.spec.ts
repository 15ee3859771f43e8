// Manifests from the tutorials in the page: an init container that fails as on a real cluster (mysql:5.7 has no
// hostname), a database without its password setting, a PodDisruptionBudget and a protected namespace.
import { expect, test } from './fixtures/fixtures';

const MANIFEST = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: db-pdb}
spec:
  maxUnavailable: 1
  selector: {matchLabels: {app: db}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      initContainers:
      - name: init-mysql
        image: mysql:5.7
        command: [bash, -c, "set -ex\\n[[ \`hostname\` =~ -([0-9]+)$ ]] || exit 1"]
      containers:
      - name: mysql
        image: mysql:5.7
        env: [{name: MYSQL_ALLOW_EMPTY_PASSWORD, value: "1"}]
---
apiVersion: v1
kind: Pod
metadata: {name: pg}
spec:
  containers: [{name: pg, image: postgres:16}]
`;

test('init containers, database entrypoints, PDBs and namespaces behave as on a real cluster', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction(() => !!window.__editor);
  await page.evaluate((y) => window.__editor!.setValue(y), MANIFEST);
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page.evaluate(() => window.__podium!.runToEnd(120_000));
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  await expect(graph.locator('[data-kind="Pod"][data-name="db-0"]')).toHaveAttribute('data-status', /^Init:(Error|CrashLoopBackOff)$/);
  await expect(graph.locator('[data-kind="Pod"][data-name="pg"]')).toHaveAttribute('data-status', /^(Error|CrashLoopBackOff)$/);
  const command = page.getByRole('textbox', { name: 'kubectl command' });
  const log = page.getByRole('log', { name: 'Console output' });
  await command.fill('kubectl logs db-0 -c init-mysql');
  await command.press('Enter');
  await expect(log).toContainText('bash: line 2: hostname: command not found');
  await command.fill('kubectl get pdb');
  await command.press('Enter');
  await expect(log).toContainText(/db-pdb\s+N\/A\s+1\s+0/);
  await command.fill('kubectl delete namespace default');
  await command.press('Enter');
  await expect(log).toContainText('Error from server (Forbidden): namespaces "default" is forbidden: this namespace may not be deleted');
});
