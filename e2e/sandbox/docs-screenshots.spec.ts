// Regenerates the README screenshot and docs/screenshots/*.png. Skipped unless E2E_DOCS_SHOTS=1:
//   E2E_DOCS_SHOTS=1 npx playwright test e2e/sandbox/docs-screenshots
import { expect, test } from '../pages/fixtures';

const BIG = `apiVersion: v1
kind: Service
metadata:
  name: big
spec:
  clusterIP: None
  selector:
    app: big
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: big
spec:
  serviceName: big
  replicas: 60
  podManagementPolicy: Parallel
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
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 1Gi
`;

test.skip(!process.env.E2E_DOCS_SHOTS, 'set E2E_DOCS_SHOTS=1 to regenerate the docs screenshots');
test.use({ viewport: { width: 1280, height: 720 } });
test.slow();

test('docs screenshots: the default demo mid-rollout, scaled to 5, a bad manifest, a big rollout as an overview', async ({ page, editor, graph, timeline }) => {
  await editor.apply();
  await timeline.pause();
  await timeline.runToEnd();
  // Mid-rollout: web-0 Running, web-1 ContainerCreating, web-2 not created yet.
  await timeline.dragTo(10_000);
  await expect(graph.pod('web-1')).toHaveAttribute('data-status', 'ContainerCreating');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // no focus ring in the picture
  await page.waitForTimeout(400); // let fitView's 250 ms animation finish (a picture, not an assertion)
  await page.screenshot({ path: 'docs/screenshot.png' });

  await timeline.press('End');
  await editor.replace('\n  replicas: 3\n', '\n  replicas: 5\n');
  await editor.apply();
  await timeline.pause();
  await timeline.runToEnd();
  await expect(graph.node('StatefulSet', 'web')).toHaveAttribute('data-status', '5/5');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/screenshots/scaled-to-5.png' });

  await editor.replace('\n  replicas: 5\n', '\n  replicaz: 5\n');
  await editor.apply();
  await expect(editor.problems).toContainText('unknown field "spec.replicaz"');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/screenshots/unknown-field.png' });

  // 60 replicas in Parallel, mid-rollout: the fitted graph is the far-zoom canvas overview.
  await editor.setText(BIG);
  await editor.apply();
  await timeline.pause();
  const appliedAt = await timeline.value();
  await timeline.runToEnd();
  await timeline.dragTo(appliedAt + 5_000);
  await expect(page.locator('canvas.graph-far-canvas')).toBeVisible();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/screenshots/overview-60-replicas.png' });
});
