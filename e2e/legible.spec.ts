// The graph a class reads from the back row (issue 12): at 1280×720 with the default panes, the demo's card text
// renders at 12 px or more and the seed experiment's at 11 px or more (font size × zoom, measured on every text
// element of every card); names keep their ends; pods show image and revision; the nodes are chips; system
// objects are folded behind a toggle.
import type { Page } from '@playwright/test';
import { expect, test } from './pages/fixtures';
import { SEED_DEPLOYMENT, SEED_PARTITION } from '../src/examples/seedManifests';

test.use({ viewport: { width: 1280, height: 720 } });

/** The smallest rendered text size of any card (font size × the graph's zoom), once the fit has settled. */
async function smallestCardText(page: Page): Promise<{ px: number; zoom: number; where: string }> {
  const viewport = page.locator('.react-flow__viewport');
  await expect.poll(async () => {
    const before = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
    await page.waitForTimeout(200);
    return (await viewport.evaluate((el) => (el as HTMLElement).style.transform)) === before;
  }).toBe(true);
  return page.evaluate(() => {
    const zoom = Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)?.[1]);
    let px = Infinity;
    let where = '';
    for (const el of document.querySelectorAll('.react-flow__node[data-kind] *')) {
      const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!text || (el as HTMLElement).offsetParent === null) continue;
      const size = parseFloat(getComputedStyle(el).fontSize) * zoom;
      if (size < px) { px = size; where = `${el.className}: ${el.textContent}`; }
    }
    return { px, zoom, where };
  });
}

async function loadSeed(page: Page): Promise<void> {
  await page.evaluate((text) => {
    window.__podium!.getState().resetWorkspace({ text, config: { nodes: 3, defaultStorageClass: 'none', featureGates: {} } });
    window.__podium!.getState().applyEditor();
    window.__podium!.runToEnd();
  }, `${SEED_PARTITION}---\n${SEED_DEPLOYMENT}`);
}

test('the default demo’s cards read at 12 px or more, nodes are chips and pods show their node', async ({ page, editor, graph }) => {
  void editor;
  await page.evaluate(() => { window.__podium!.getState().applyEditor(); window.__podium!.runToEnd(); });
  await graph.expectStatus('Pod', 'web-2', 'Running');
  const m = await smallestCardText(page);
  console.log(`demo: smallest card text ${m.px.toFixed(2)} px at zoom ${m.zoom.toFixed(3)} (${m.where})`);
  expect(m.px).toBeGreaterThanOrEqual(12);
  // Play to watch: the editor folds away, the events and console shrink to a strip, the graph refits larger;
  // pausing brings the panes back (ui/stage/makeRoom.ts).
  await page.evaluate(() => { window.__podium!.seekMs(0); window.__podium!.setSpeed(0.25); });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.locator('.app.making-room')).toHaveCount(1);
  await expect.poll(() => page.locator('.editor-pane').evaluate((el) => el.getBoundingClientRect().width)).toBe(0);
  await page.waitForTimeout(700); // the refit after the panes moved
  const playing = await smallestCardText(page);
  console.log(`demo while playing: smallest card text ${playing.px.toFixed(2)} px at zoom ${playing.zoom.toFixed(3)} (${playing.where})`);
  expect(playing.px).toBeGreaterThan(m.px * 1.15);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.locator('.app.making-room')).toHaveCount(0);
  await expect.poll(() => page.locator('.editor-pane').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(300);
  await page.evaluate(() => window.__podium!.runToEnd());
  // The nodes: chips with the object contract, not columns; each pod names its node on its card.
  await expect(graph.nodesOf('Node')).toHaveCount(3);
  await expect(graph.region.getByRole('button', { name: 'Node node-2: Ready' })).toBeVisible();
  const on = await graph.pod('web-0').locator('.k8s-node-on').textContent();
  expect(on).toMatch(/^node-\d$/);
  await expect(graph.pod('web-0')).toContainText('nginx');
  // Ordinals read left to right.
  const xs = await Promise.all(['web-0', 'web-1', 'web-2'].map(async (n) => (await graph.pod(n).boundingBox())!.x));
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  // The cluster's own objects are folded away behind a toggle.
  await expect(graph.node('Service', 'kube-dns')).toHaveCount(0);
  const toggle = graph.region.getByRole('button', { name: 'System objects' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(graph.node('Service', 'kube-dns')).toHaveCount(1);
  await expect(graph.node('Service', 'kubernetes')).toHaveCount(1);
  await toggle.click();
  await expect(graph.node('Service', 'kube-dns')).toHaveCount(0);
});

test('the seed experiment reads at 11 px or more; names keep their ends; a partitioned update shows on one card', async ({ page, editor, graph }) => {
  void editor;
  await loadSeed(page);
  await graph.expectStatus('Pod', 'statefulset-test-2', 'Running');
  const m = await smallestCardText(page);
  console.log(`seed: smallest card text ${m.px.toFixed(2)} px at zoom ${m.zoom.toFixed(3)} (${m.where})`);
  expect(m.px).toBeGreaterThanOrEqual(11);
  // No StorageClass in this cluster, and none drawn.
  await expect(graph.nodesOf('StorageClass')).toHaveCount(0);
  // Every pod's card shows the end of its name (ordinal, random suffix), with the full name in its tooltip.
  for (const el of await graph.nodesOf('Pod').all()) {
    const name = (await el.getAttribute('data-name'))!;
    const shown = (await el.locator('.k8s-node-name').innerText()).replace(/\n/g, '');
    expect(shown.endsWith(name.slice(name.lastIndexOf('-')))).toBe(true);
    expect(await el.locator('.k8s-node').getAttribute('title')).toContain(name);
  }

  // The seed's partitioned update: the image changes, only ordinal 2 (>= partition) is updated.
  await page.evaluate(() => {
    const s = window.__podium!.getState();
    s.setText(s.text.replace('      - image: nginx\n        name: nginx\n        resources: {}\n        volumeMounts', '      - image: nginx:1.19\n        name: nginx\n        resources: {}\n        volumeMounts'));
    s.applyEditor();
    window.__podium!.runToEnd();
  });
  await expect(graph.pod('statefulset-test-2')).toContainText('nginx:1.19');
  await expect(graph.pod('statefulset-test-0')).not.toContainText('1.19');
  const swatch = (n: string) => graph.pod(n).locator('.k8s-node-detail-text').evaluate((el) => getComputedStyle(el).borderLeftColor);
  expect(await swatch('statefulset-test-2')).not.toBe(await swatch('statefulset-test-0'));
  expect(await swatch('statefulset-test-1')).toBe(await swatch('statefulset-test-0'));
  await graph.region.getByText('Legend', { exact: true }).click();
  await expect(graph.region.locator('.legend')).toContainText('statefulset-test r2 · nginx:1.19 · 1 pods');
});

test('keyboard and clicker: Space never re-runs the last clicked button, clicker keys step from anywhere, Enter opens a focused card', async ({ page, editor, graph, timeline, kubectl }) => {
  void editor;
  const apply = page.getByRole('button', { name: 'Apply', exact: true });
  await apply.click(); // focus stays on Apply, and playback starts
  await expect(kubectl.log).toContainText('statefulset.apps/web created');
  await expect(apply).toBeFocused();
  const playing = () => page.evaluate(() => window.__podium!.getState().playing);
  const before = await playing();
  await page.keyboard.press('Space');
  await expect.poll(playing).toBe(!before);
  await page.keyboard.press('Space');
  await expect.poll(playing).toBe(before);
  await expect(kubectl.log).not.toContainText('unchanged'); // Apply did not run again
  await timeline.pause();

  // The clicker steps one event from wherever focus is: a button, the graph.
  await page.evaluate(() => window.__podium!.seekMs(0));
  await apply.focus();
  const at0 = await timeline.value();
  await page.keyboard.press('PageDown');
  await expect.poll(() => timeline.value()).toBeGreaterThan(at0);
  const at1 = await timeline.value();
  await page.keyboard.press('.');
  await expect.poll(() => timeline.value()).toBeGreaterThan(at1);
  await page.keyboard.press('PageUp');
  await expect.poll(() => timeline.value()).toBe(at1);

  // A focused card shows a ring, and Enter opens it in the inspector.
  await page.evaluate(() => window.__podium!.runToEnd());
  const card = graph.pod('web-1');
  await card.focus();
  await page.keyboard.press('.'); // clicker keys work on a card too (at the end: nothing to step, no error)
  await expect(card.locator('.k8s-node')).not.toHaveCSS('outline-style', 'none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading')).toHaveText('Pod web-1');

  // The help overlay says how to leave the editor with the keyboard.
  await page.locator('body').press('?');
  await expect(page.getByRole('dialog')).toContainText('Ctrl+M');
});

test('while playing, the event list says each new line politely', async ({ page, editor }) => {
  void editor;
  const status = page.getByRole('region', { name: 'Events' }).getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await page.evaluate(() => { window.__podium!.getState().applyEditor(); window.__podium!.setSpeed(1); window.__podium!.play(); });
  await expect(status).toContainText(/\S/);
  const first = await status.textContent();
  await expect.poll(() => status.textContent()).not.toBe(first);
});

test('Download scenario saves the workspace as a scenario file; a full storage says so at once and offers it', async ({ page, editor }) => {
  void editor;
  await page.evaluate(() => { window.__podium!.getState().applyEditor(); window.__podium!.runToEnd(); });
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download scenario' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^podium-workspace-\d+s\.yaml$/);
  const { readFile } = await import('node:fs/promises');
  const text = await readFile((await file.path())!, 'utf8');
  expect(text).toContain('steps:');
  expect(text).toContain('kind: StatefulSet');
  expect(text).toContain('defaultStorageClass: standard');

  // The browser's storage fills up: the next save fails, and the page says so at once.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await page.evaluate(() => window.__podium!.getState().setText('kind: Pod # my unsaved work\n'));
  const notice = page.getByRole('status', { name: 'Notices' }).locator('.notice.error');
  await expect(notice).toContainText('could not be saved in this browser (storage is full)');
  const [again] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download scenario' }).click()]);
  expect(await readFile((await again.path())!, 'utf8')).toContain('#   kind: Pod # my unsaved work');
});

test('two tabs keep their own workspaces', async ({ page, editor, context }) => {
  void editor;
  await page.evaluate(() => window.__podium!.getState().setText('# tab one\n'));
  const other = await context.newPage();
  await other.goto('./');
  await other.waitForFunction(() => window.__podium !== undefined); // the app mounts after the first-paint shell
  await other.evaluate(() => window.__podium!.getState().setText('# tab two\n'));
  await other.waitForTimeout(600); // autosave
  await page.evaluate(() => window.__podium!.getState().setText('# tab one, edited\n'));
  await page.waitForTimeout(600);
  await other.reload();
  await expect.poll(() => other.evaluate(() => window.__podium?.getState().text)).toBe('# tab two\n');
  await page.reload();
  await expect.poll(() => page.evaluate(() => window.__podium?.getState().text)).toBe('# tab one, edited\n');
});

for (const size of [{ width: 800, height: 600 }, { width: 700, height: 450 }]) {
  test(`at ${size.width}×${size.height} nothing of the header or the timeline is off-screen`, async ({ page, editor }) => {
    void editor;
    await page.setViewportSize(size);
    const controls = [
      page.getByRole('button', { name: 'Apply', exact: true }), page.getByRole('button', { name: 'Download scenario' }),
      page.getByRole('button', { name: 'Keyboard shortcuts' }), page.getByLabel('Language'),
      page.getByRole('button', { name: 'Play', exact: true }), page.getByRole('button', { name: 'Step forward' }),
      page.getByRole('slider', { name: 'Timeline' }), page.getByLabel('Speed'),
    ];
    for (const c of controls) {
      const box = (await c.boundingBox())!;
      expect(box, await c.evaluate((el) => el.outerHTML.slice(0, 60))).toBeTruthy();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height + 0.5);
    }
  });
}

test('the seed lesson’s steps from the graph: change the image, scale, delete a pod, delete the workload', async ({ page, editor, graph, kubectl }) => {
  void editor;
  await page.evaluate(() => { window.__podium!.getState().applyEditor(); window.__podium!.runToEnd(); });
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const actions = inspector.getByRole('group', { name: 'Try it: act on this object' });
  await graph.node('StatefulSet', 'web').click();
  page.once('dialog', (d) => void d.accept('nginx:1.19'));
  await actions.getByRole('button', { name: 'Change image…' }).click();
  await expect(kubectl.log).toContainText('statefulset.apps/web image updated');
  await page.evaluate(() => window.__podium!.runToEnd());
  for (const n of ['web-0', 'web-1', 'web-2']) await expect(graph.pod(n)).toContainText('nginx:1.19'); // seen on each card
  await actions.getByRole('button', { name: 'Scale +1' }).click();
  await page.evaluate(() => window.__podium!.runToEnd());
  await graph.expectStatus('Pod', 'web-3', 'Running');
  await graph.pod('web-1').click();
  await actions.getByRole('button', { name: 'Delete pod' }).click();
  await expect(kubectl.log).toContainText('pod "web-1" deleted');
  await graph.node('StatefulSet', 'web').click();
  await actions.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(kubectl.log).toContainText('statefulset.apps "web" deleted');
  await page.evaluate(() => window.__podium!.runToEnd());
  await expect(graph.nodesOf('Pod')).toHaveCount(0);
});
