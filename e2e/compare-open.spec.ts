// Compare (?compare): a Deployment and a StatefulSet from one pod template, paired actions on one timeline, the
// differences called out as they happen (the image change, deleting both and a stopped node are unit-tested in
// src/ui/compare/differences.test.ts); Open: a scenario file by file chooser and by drop, and a bundled demo.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/fixtures';

const SHOTS = process.env.SHOTS_DIR;
const pods = (page: Page, region: string) => page.getByRole('region', { name: region }).locator('[data-kind="Pod"]');
const pause = (page: Page) => page.evaluate(() => window.__podium!.pause());
const runToEnd = (page: Page) => page.evaluate(() => window.__podium!.runToEnd());

test('compare: paired actions act on both at one moment and show both behaviours', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await page.getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\?compare$/);
  // Stands for the learner's saved workspace: the compare view neither reads nor overwrites it.
  const saved = '{"version":1,"text":"my own work"}';
  await page.evaluate((v) => localStorage.setItem('podium.workspace.v1', v), saved);
  const deploy = page.getByRole('region', { name: 'Deployment' });
  const sts = page.getByRole('region', { name: 'StatefulSet' });
  const diffs = page.getByRole('region', { name: 'Differences' });
  await expect(deploy.locator('[data-kind="Deployment"][data-name="web-deploy"]')).toBeVisible();
  await runToEnd(page);

  // Created together with random names vs one by one with ordinals; no claim vs a claim per pod; DNS per pod.
  await expect(pods(page, 'Deployment').and(page.locator('[data-status="Running"]'))).toHaveCount(3);
  for (const n of [0, 1, 2]) await expect(sts.getByLabel(`Pod web-sts-${n}: Running`)).toBeVisible();
  const deployNames = await pods(page, 'Deployment').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
  for (const n of deployNames) expect(n).toMatch(/^web-deploy-[a-z0-9]+-[a-z0-9]{5}$/);
  await expect(sts.locator('[data-kind="PersistentVolumeClaim"][data-name="www-web-sts-2"]')).toHaveAttribute('data-status', 'Bound');
  await expect(deploy.locator('[data-kind="PersistentVolumeClaim"]')).toHaveCount(0);
  await expect(sts.locator('[data-kind="DNSRecord"][data-name="web-sts-1.web-sts.default.svc.cluster.local"]')).toBeVisible();
  await expect(diffs.locator('[data-topic="start"]')).toContainText('one by one, each after the previous was Ready: web-sts-0');
  await expect(diffs.locator('[data-topic="start"]')).toContainText('3 pods created together');
  await expect(diffs.locator('[data-topic="dns"]')).toContainText('no name per pod');

  // Delete one pod of each: both requests at the same simulated moment; a new random name vs the same name.
  const victim = deployNames[0]!;
  await page.getByRole('button', { name: 'Delete one pod of each' }).click();
  const times = await page.evaluate(() => window.__podium!.getState().timeline!.log.actions.filter((a) => a.command.startsWith('kubectl delete pod')).map((a) => a.atMs));
  expect(times).toHaveLength(2);
  expect(times[0]).toBe(times[1]);
  await runToEnd(page);
  await expect(sts.getByLabel('Pod web-sts-0: Running')).toBeVisible();
  await expect(deploy.locator(`[data-name="${victim}"]`)).toHaveCount(0);
  await expect(pods(page, 'Deployment')).toHaveCount(3);
  await expect(diffs.locator('[data-topic="names"]')).toContainText('web-sts-0 came back as web-sts-0');

  // Scale both to 1, seen mid-action: the Deployment stops its two pods together, the StatefulSet one at a time.
  await page.getByRole('spinbutton', { name: 'Replicas' }).fill('1');
  await page.getByRole('button', { name: 'Scale both' }).click();
  await pause(page);
  // The moment the Deployment's pods start terminating (the controllers react a little after the request).
  const at = await page.evaluate(() => {
    const tl = window.__podium!.getState().timeline!;
    const from = tl.log.actions.at(-1)!.atMs;
    return tl.frames.find((f) => f.atMs >= from && f.changes.some((c) => c.object.kind === 'Pod'
      && c.object.metadata.labels?.app === 'web-deploy' && c.object.metadata.deletionTimestamp))!.atMs;
  });
  await page.evaluate((ms) => window.__podium!.seekMs(ms + 100), at);
  await expect(pods(page, 'Deployment').and(page.locator('[data-status="Terminating"]'))).toHaveCount(2);
  await expect(pods(page, 'StatefulSet').and(page.locator('[data-status="Terminating"]'))).toHaveCount(1);
  await expect(sts.getByLabel('Pod web-sts-2: Terminating')).toBeVisible();
  await expect(sts.getByLabel('Pod web-sts-1: Running')).toBeVisible();
  await expect(diffs.locator('[data-topic="stop"]')).toContainText('only web-sts-2 so far');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/compare-mid-scale.png` });
  await runToEnd(page);
  await expect(diffs.locator('[data-topic="stop"]')).toContainText('highest ordinal first, each after the previous was gone: web-sts-2');
  await expect(diffs.locator('[data-topic="stop"]')).toContainText('2 pods stopped together');
  await expect(sts.locator('[data-kind="PersistentVolumeClaim"]')).toHaveCount(3); // the claims outlive their pods
  await expect(diffs.locator('[data-topic="storage"]')).toContainText('www-web-sts-1, www-web-sts-2 outlive their pods');

  // The learner's saved workspace was never read or overwritten here.
  expect(await page.evaluate(() => localStorage.getItem('podium.workspace.v1'))).toBe(saved);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/compare-end.png` });
});

const MINI = `title: Mini demo
steps:
  - note: One pod called solo.
  - apply: |
      apiVersion: v1
      kind: Pod
      metadata:
        name: solo
      spec:
        containers:
        - name: c
          image: nginx
  - wait: {for: pod/solo, condition: Ready, timeout: 1m}
  - kubectl: get pods
`;

test('open: a scenario file by the file chooser and by drop, and a bundled demo', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const graph = page.getByRole('region', { name: 'Cluster graph' });

  // File chooser: the scenario runs; its narration is beside the timeline.
  await page.getByRole('button', { name: 'Open…' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a file…' }).click()]);
  await chooser.setFiles({ name: 'mini.yaml', mimeType: 'application/yaml', buffer: Buffer.from(MINI) });
  const demo = page.getByRole('region', { name: 'Demo' });
  await expect(demo).toContainText('One pod called solo.');
  await expect(demo).toContainText('$ kubectl get pods');
  await runToEnd(page);
  await expect(graph.getByLabel('Pod solo: Running')).toBeVisible();
  const before = await page.evaluate(() => ({ text: window.__podium!.getState().text, actions: window.__podium!.getState().timeline!.log.actions.length }));

  // Drop an invalid file: FILE:LINE reasons, and the workspace is untouched.
  const dt = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(new File(['steps:\n  - wait: 5\n'], 'bad.yaml', { type: 'application/yaml' }));
    return d;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText("bad.yaml:2: wait: duration '5' needs a unit");
  const after = await page.evaluate(() => ({ text: window.__podium!.getState().text, actions: window.__podium!.getState().timeline!.log.actions.length }));
  expect(after).toEqual(before);

  // Drop a valid one: it opens.
  const good = await page.evaluateHandle((text) => {
    const d = new DataTransfer();
    d.items.add(new File([text.replace('Mini demo', 'Dropped demo').replace(/solo/g, 'dropped')], 'dropped.yaml'));
    return d;
  }, MINI);
  await page.dispatchEvent('body', 'drop', { dataTransfer: good });
  await expect(demo.getByRole('heading', { name: 'Dropped demo' })).toBeVisible();

  // A bundled demo, with its narration.
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByRole('button', { name: /Deployment next to a StatefulSet: random names/ }).click();
  await expect(demo).toContainText('Apply a Deployment and a StatefulSet with 3 replicas each.');
  await runToEnd(page);
  await expect(graph.getByLabel('Pod web-2: Running')).toBeVisible();
  await expect(demo.locator('[aria-current="step"]')).toHaveCount(1);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/demo.png` });
});
