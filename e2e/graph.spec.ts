// The cluster graph as a teaching tool: DNS names that follow pods, the inspector, hover, export for slides.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/fixtures';

const WEB0_DNS = 'web-0.nginx.default.svc.cluster.local';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
});

test('web-0 gets a DNS name when Ready; it stays in place when web-0 is recreated, with the new IP', async ({ page }) => {
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  const name = graph.locator(`[data-kind="DNSRecord"][data-name="${WEB0_DNS}"]`);
  const edge = graph.locator(`.react-flow__edge[data-relation="resolves-to"][aria-label^="DNSRecord ${WEB0_DNS} resolves to Pod web-0"]`);
  const ipOf = async () => /\((10\.244\.\d+\.\d+)\)$/.exec((await edge.getAttribute('aria-label')) ?? '')?.[1];

  await page.evaluate(() => window.__podium!.seekMs(1000)); // web-0 not Ready yet: no record
  await expect(name).toHaveCount(0);
  await expect(graph.locator('[data-kind="DNSRecord"][data-name="nginx.default.svc.cluster.local"]')).toHaveAttribute('data-status', 'NXDOMAIN');

  await page.evaluate(() => window.__podium!.runToEnd());
  await expect(name).toHaveAttribute('data-status', 'Resolves');
  await expect(name).toHaveAttribute('data-namespace', 'default');
  await expect(graph.getByLabel(`DNSRecord ${WEB0_DNS}: Resolves`)).toBeVisible();
  await expect(edge).toHaveCount(1);
  const oldIp = await ipOf();
  expect(oldIp).toBeTruthy();
  await expect(name).toContainText(oldIp!); // the name's card shows the address it resolves to
  const place = await name.evaluate((el) => (el as HTMLElement).style.transform);

  const deletedAt = await page.evaluate(() => window.__podium!.playheadMs()); // stopped at the end: the delete happens here
  const command = page.getByRole('textbox', { name: 'kubectl command' });
  await command.fill('kubectl delete pod web-0');
  await command.press('Enter');
  await expect.poll(() => page.evaluate(() => window.__podium!.liveEdgeMs())).toBeGreaterThan(deletedAt + 500);
  await page.evaluate((ms) => window.__podium!.seekMs(ms), deletedAt + 500);
  await expect(graph.locator('[data-kind="Pod"][data-name="web-0"]')).toHaveAttribute('data-status', /Terminating|Completed/);
  await expect(name).toHaveCount(0); // not Ready: out of the endpoints, out of DNS

  await page.evaluate(() => window.__podium!.runToEnd());
  await expect(graph.locator('[data-kind="Pod"][data-name="web-0"]')).toHaveAttribute('data-status', 'Running');
  await expect(name).toHaveAttribute('data-status', 'Resolves');
  expect(await name.evaluate((el) => (el as HTMLElement).style.transform)).toBe(place);
  const newIp = await ipOf();
  expect(newIp).toMatch(/^10\.244\./);
  expect(newIp).not.toBe(oldIp);
  await expect(name).toContainText(newIp!);
});

test('inspector: YAML, Describe, Events and Why for a pod', async ({ page }) => {
  await page.evaluate(() => window.__podium!.runToEnd());
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  await graph.locator('[data-kind="Pod"][data-name="web-1"]').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('heading')).toHaveText('Pod web-1');
  const panel = inspector.getByRole('tabpanel');
  await expect(panel).toContainText('kind: Pod');
  await inspector.getByRole('tab', { name: 'Describe' }).click();
  await expect(panel).toContainText(/Name:\s+web-1|describe not available yet/);
  await inspector.getByRole('tab', { name: 'Events' }).click();
  await expect(panel).toContainText('Scheduled');
  await inspector.getByRole('tab', { name: 'Why' }).click();
  await expect(panel).toContainText('web-1 is Running and Ready');
  await expect(inspector.getByRole('button', { name: /Show in editor \(StatefulSet web/ })).toBeVisible();
  await inspector.getByRole('button', { name: 'Close inspector' }).click();
  await expect(inspector).toHaveCount(0);
});

test('hovering an object lights its relations and dims the rest', async ({ page }) => {
  await page.evaluate(() => window.__podium!.runToEnd());
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  await graph.locator('[data-kind="Pod"][data-name="web-0"]').hover();
  await expect(graph.locator('[data-kind="PersistentVolumeClaim"][data-name="www-web-0"]')).toHaveClass(/\blit\b/);
  await expect(graph.locator('[data-kind="StatefulSet"][data-name="web"]')).toHaveClass(/\blit\b/);
  await expect(graph.locator('[data-kind="PersistentVolumeClaim"][data-name="www-web-1"]')).toHaveClass(/\bdimmed\b/);
  await expect(graph.locator('.react-flow__edge[data-relation="claim"].lit')).toHaveCount(1);
  await page.mouse.move(2, 2);
  await expect(graph.locator('.react-flow__node.dimmed')).toHaveCount(0);
});

test('Export PNG and Export SVG download the current view', async ({ page }) => {
  await page.evaluate(() => window.__podium!.runToEnd());
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  expect(png.suggestedFilename()).toMatch(/^podium-graph-\d+s\.png$/);
  const pngBytes = await readFile((await png.path())!);
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  expect(pngBytes.length).toBeGreaterThan(5000);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const text = await readFile((await svg.path())!, 'utf8');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain('web-0.nginx');
  expect(text).toContain('react-flow__edge-path'); // the relations are in the picture

  // Zoomed far out, the overview canvas goes into the picture as an image.
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  // Zoom out until the overview shows (a fit animation still running may undo an early click under load).
  await expect(async () => {
    await graph.getByRole('button', { name: 'Zoom Out' }).click();
    await expect(graph.locator('canvas.graph-far-canvas')).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  const [farSvg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
  expect(await readFile((await farSvg.path())!, 'utf8')).toContain('<img src="data:image/png;base64,');
  const [farPng] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  expect((await readFile((await farPng.path())!)).length).toBeGreaterThan(5000);
});

test('edges join the cards they relate: an owner edge runs from the StatefulSet’s bottom to the pod’s top', async ({ page }) => {
  await page.evaluate(() => window.__podium!.runToEnd());
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  const edge = graph.locator('.react-flow__edge[data-relation="owner"][aria-label="StatefulSet web owns Pod web-1"] path');
  await expect(edge).toHaveCount(1);
  const box = async (l: ReturnType<typeof graph.locator>) => (await l.boundingBox())!;
  const line = await box(edge);
  const sts = await box(graph.locator('[data-kind="StatefulSet"][data-name="web"]'));
  const pod = await box(graph.locator('[data-kind="Pod"][data-name="web-1"]'));
  // The path's box includes its stroke (about 3 flow units at the fitted zoom of about 1.2).
  const near = 4.5;
  expect(Math.abs(line.y - (sts.y + sts.height))).toBeLessThan(near);
  expect(Math.abs(line.y + line.height - pod.y)).toBeLessThan(near);
  // web-0 heads the row under web; the edge turns right along the gap to web-1's middle.
  expect(Math.abs(line.x - (sts.x + sts.width / 2))).toBeLessThan(near);
  expect(Math.abs(line.x + line.width - (pod.x + pod.width / 2))).toBeLessThan(near);
});

test('zoomed far out, the graph is one canvas with a named box per object; zoomed back in, the full cards return', async ({ page }) => {
  await page.evaluate(() => window.__podium!.runToEnd());
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  const edges = graph.locator('.react-flow__edge');
  const edgeCount = await edges.count();
  expect(edgeCount).toBeGreaterThan(15);
  const overview = graph.locator('canvas.graph-far-canvas');
  await expect(overview).toHaveCount(0);
  const zoomOut = graph.getByRole('button', { name: 'Zoom Out' });
  for (let i = 0; i < 7; i++) await zoomOut.click();
  await expect(page.getByRole('toolbar', { name: 'Graph tools' })).toContainText(/Overview at \d+%/); // says why the cards are plain
  // The picture: every card and every relation drawn on the canvas, no DOM cards or edges.
  await expect(overview).toBeVisible();
  const cards = await graph.locator('.graph-canvas [data-kind]').count(); // not the node chips over the graph
  await expect(overview).toHaveAttribute('data-cards', String(cards));
  await expect(overview).toHaveAttribute('data-edges', String(edgeCount));
  await expect(graph.locator('.k8s-node')).toHaveCount(0);
  await expect(edges).toHaveCount(0);
  // The objects: still one element each, named, with the contract's attributes, where the card is drawn.
  const pod = graph.locator('[data-kind="Pod"][data-name="web-0"]');
  await expect(pod).toHaveAttribute('aria-label', 'Pod web-0: Running');
  await expect(pod).toHaveAttribute('data-status', 'Running');
  await expect(graph.getByLabel('StatefulSet web: 3/3')).toBeVisible();
  const pixel = async (x: number, y: number) => overview.evaluate((c, [px, py]) => {
    const r = c.getBoundingClientRect();
    const ctx = (c as HTMLCanvasElement).getContext('2d')!;
    const k = (c as HTMLCanvasElement).width / r.width;
    return [...ctx.getImageData(Math.round((px! - r.left) * k), Math.round((py! - r.top) * k), 1, 1).data];
  }, [x, y]);
  const box = (await pod.boundingBox())!;
  expect((await pixel(box.x + box.width * 0.97, box.y + box.height / 2))[3]).toBe(255); // the card is painted under its box
  // Pointer and keyboard work on the boxes: hover, click opens the inspector, Enter too.
  // The picture follows the theme.
  const fill = () => pixel(box.x + box.width * 0.97, box.y + box.height / 2);
  const light = await fill();
  await page.getByRole('button', { name: 'Theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await fill())[0]).toBeLessThan(light[0]! - 100); // a dark card
  await page.getByRole('button', { name: 'Theme' }).click();
  await expect.poll(async () => (await fill()).join()).toBe(light.join());
  const other = (await graph.locator('[data-kind="Pod"][data-name="web-2"]').boundingBox())!;
  const otherAlpha = async () => (await pixel(other.x + other.width * 0.97, other.y + other.height / 2))[3];
  expect(await otherAlpha()).toBe(255);
  await pod.hover(); // web-0 and its relations stay, the rest (web-2) recedes
  await expect.poll(otherAlpha).toBeLessThan(100);
  await page.mouse.move(1, 1);
  await expect.poll(otherAlpha).toBe(255);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await pod.click();
  await expect(inspector.getByRole('heading')).toHaveText('Pod web-0');
  await inspector.getByRole('button', { name: 'Close inspector' }).click();
  await graph.locator('[data-kind="PersistentVolumeClaim"][data-name="www-web-1"]').focus();
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('heading')).toHaveText('PersistentVolumeClaim www-web-1');
  await inspector.getByRole('button', { name: 'Close inspector' }).click();

  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await expect(overview).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Graph tools' })).not.toContainText('Overview');
  await expect(pod.locator('.k8s-node-status')).toHaveText('Running');
  await expect(edges).toHaveCount(edgeCount);
});

test('legend, pan, zoom and the mini map', async ({ page }) => {
  await page.evaluate(() => window.__podium!.runToEnd());
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  await graph.getByText('Legend', { exact: true }).click();
  const legend = graph.locator('.legend');
  await expect(legend).toContainText('ContainerCreating');
  await expect(legend).toContainText('claim bound to volume');
  await expect(legend.locator('.legend-line.edge-bound')).toBeVisible();
  await graph.getByText('Legend', { exact: true }).click(); // closes again

  const viewport = graph.locator('.react-flow__viewport');
  const transform = () => viewport.evaluate((el) => (el as HTMLElement).style.transform);
  const scale = async () => Number(/scale\(([\d.]+)\)/.exec(await transform())?.[1]);
  await page.waitForTimeout(400); // fitView's 250 ms animation
  const fitted = await transform();
  const pane = (await graph.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + 15, pane.y + 15); // the top-left corner is empty at fit
  await page.mouse.down();
  await page.mouse.move(pane.x + 115, pane.y + 75, { steps: 6 });
  await page.mouse.up();
  await expect.poll(transform).not.toBe(fitted);
  expect(await scale()).toBe(Number(/scale\(([\d.]+)\)/.exec(fitted)?.[1])); // a pan does not zoom

  const before = await scale();
  await graph.getByRole('button', { name: 'Zoom In' }).click();
  await expect.poll(scale).toBeGreaterThan(before);
  await expect(graph.getByRole('img', { name: 'Mini map' })).toBeVisible();
  await expect.poll(async () => Number(await graph.getByRole('img', { name: 'Mini map' }).getAttribute('data-cards'))).toBeGreaterThan(0);
});

test('many cards in view: the canvas draws them in full, without animations; zoomed in to a few, the DOM cards return', async ({ page }) => {
  await page.evaluate(() => window.__podium!.runToEnd());
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  const tools = page.getByRole('toolbar', { name: 'Graph tools' });
  const overview = graph.locator('canvas.graph-far-canvas');
  await expect(graph.locator('.k8s-node').first()).toBeVisible(); // the default demo: DOM cards
  await expect(overview).toHaveCount(0);
  const dashes = () => graph.locator('.react-flow__edge.edge-selects path').first().evaluate((el) => getComputedStyle(el).strokeDasharray);
  await expect(graph.locator('.graph-canvas')).not.toHaveClass(/many-edges/);
  expect(await dashes()).not.toBe('none'); // a few relations: the selector is dashed
  const command = page.getByRole('textbox', { name: 'kubectl command' });
  await command.fill('kubectl scale statefulset web --replicas=14');
  await command.press('Enter');
  await page.evaluate(() => window.__podium!.runToEnd());
  await expect(graph.locator('[data-kind="Pod"][data-name="web-13"]')).toHaveAttribute('data-status', 'Running');
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await expect(overview).toBeVisible(); // 14 replicas fitted: the overview, or many full cards
  const zoomIn = graph.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 8 && !/Many objects in view/.test(await tools.innerText()); i++) await zoomIn.click();
  await expect(tools).toContainText('Many objects in view: drawn without animations');
  await expect(overview).toBeVisible();
  await expect(graph.locator('.k8s-node')).toHaveCount(0);
  expect(Number(await overview.getAttribute('data-cards'))).toBeGreaterThan(30);
  await graph.locator('[data-kind="StatefulSet"][data-name="web"]').click(); // the boxes still select
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading')).toHaveText('StatefulSet web');
  for (let i = 0; i < 8 && await overview.count() > 0; i++) await zoomIn.click();
  await expect(overview).toHaveCount(0);
  await expect(tools).not.toContainText('Many objects');
  await expect(graph.locator('.k8s-node').first()).toBeVisible();
  await expect(graph.locator('.graph-canvas')).toHaveClass(/many-edges/);
  expect(await dashes()).toBe('none'); // many relations: the selectors are solid and faint
});
