// Share links, ?embed, presenter mode and the offline site (DESIGN "Share, embed, present").
// Screenshots go to test-results/share-present/ (look at them when changing the layouts).
import { zlibSync, strToU8 } from 'fflate';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures/fixtures';
import { Graph } from './pages/Graph';
import { decodeShare } from '../src/share/shareCodec';

const SHOTS = 'test-results/share-present';
const SAVED_KEY = 'podium.workspace.v1';

/** Every test has a new browser context, so its storage starts empty: one load is enough. */
async function fresh(page: Page, path = './') {
  await page.goto(path);
  await page.waitForFunction(() => Boolean(window.__podium));
}

/** A saved workspace of the learner's own, as the page stores it. */
const savedWorkspace = (text: string) => JSON.stringify({
  version: 1, text, log: { seed: 1, config: { nodes: 3, defaultStorageClass: 'standard', featureGates: {} }, actions: [] },
  playheadMs: 0, liveEdgeMs: 0, speed: 2,
});

/** The demo applied and run until it settles, then the playhead put back to `at` of the way. */
async function demoAt(page: Page, at: number) {
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page.evaluate(() => window.__podium!.runToEnd());
  await page.evaluate((f) => window.__podium!.seekMs(Math.round(window.__podium!.liveEdgeMs() * f)), at);
}

async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const box = page.getByRole('textbox', { name: 'Share link' });
  await expect(box).toHaveValue(/#share=1\./);
  return box.inputValue();
}

async function newPage(browser: Browser, viewport = { width: 1280, height: 720 }) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Init script: store a saved workspace before the page's first load (not over a later one; not on about:blank). */
function seedStorage([key, value]: string[]) {
  if (location.protocol.startsWith('http') && localStorage.getItem(key!) === null) localStorage.setItem(key!, value!);
}

const moment = (page: Page) => page.evaluate(() => ({ text: window.__podium!.getState().text, playheadMs: window.__podium!.playheadMs() }));

test('Share: the link reopens the same moment in a fresh browser, and saves nothing until the learner acts', async ({ page, browser }) => {
  await fresh(page);
  await demoAt(page, 0.5);
  const graph = new Graph(page);
  const url = await shareLink(page);
  expect(url.length).toBeLessThan(100_000);
  const want = { ...(await moment(page)), graph: await graph.state() };
  expect(Object.keys(want.graph).length).toBeGreaterThan(8);

  const other = await newPage(browser);
  // The other browser has a workspace of its own, saved.
  const mine = savedWorkspace('# my own work\n');
  await other.context.addInitScript(seedStorage, [SAVED_KEY, mine]);

  await other.page.goto(url);
  await other.page.waitForFunction((t) => window.__podium?.getState().text === t, want.text);
  await expect(other.page.getByRole('status', { name: 'Notices' })).toContainText('shared workspace');
  const otherGraph = new Graph(other.page);
  await expect.poll(() => moment(other.page)).toEqual({ text: want.text, playheadMs: want.playheadMs });
  await expect.poll(() => otherGraph.state()).toEqual(want.graph);
  await other.page.screenshot({ path: `${SHOTS}/share-opened.png` });
  // Looking around (scrubbing) keeps the saved workspace as it was...
  await other.page.evaluate(() => window.__podium!.seekMs(0));
  await other.page.evaluate(() => new Promise((r) => setTimeout(r, 600)));
  expect(await other.page.evaluate((k) => localStorage.getItem(k), SAVED_KEY)).toBe(mine);
  // ...acting keeps the shared one: it is saved and the link leaves the address bar.
  await other.page.evaluate(() => window.__podium!.getState().setText(`${window.__podium!.getState().text}# edited\n`));
  await expect.poll(() => other.page.evaluate((k) => localStorage.getItem(k) ?? '', SAVED_KEY)).toContain('# edited');
  expect(other.page.url()).not.toContain('#share=');
  await expect(other.page.getByRole('status', { name: 'Notices' })).not.toContainText('shared workspace');
  expect(other.errors).toEqual([]);
  await other.context.close();
});

test('Share: damaged, cut or hostile links get an alert; the page opens and the saved workspace is intact', async ({ page, context }) => {
  const saved = savedWorkspace('# saved before the bad links\n');
  await context.addInitScript(seedStorage, [SAVED_KEY, saved]);
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
  const ws = { version: 1, text: 'x: 1\n', log: { seed: 1, config: { nodes: 3, defaultStorageClass: 'standard', featureGates: {} }, actions: [] }, playheadMs: 0, liveEdgeMs: 0, speed: 2 };
  const pack = (json: unknown) => `1.${b64(zlibSync(strToU8(JSON.stringify(json))))}`;
  const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
  const good = pack({ format: 1, workspace: { ...ws, text: 'apiVersion: v1\nkind: Service\nmetadata: {name: nginx}\n'.repeat(40) }, lang: 'en' });
  const cases: [string, string, RegExp][] = [
    ['newer format', `9.${good.slice(2)}`, /another version/],
    ['truncated', good.slice(0, Math.floor(good.length / 2)), /damaged or cut short/],
    ['bad compression', '1.bm90IHpsaWIgZGF0YSBhdCBhbGwsIGp1c3QgdGV4dA', /damaged or cut short/],
    ['decompression bomb', `1.${b64(zlibSync(new Uint8Array(30_000_000), { level: 9 }))}`, /more than 4 MB/],
    ['YAML alias bomb', pack({ format: 1, workspace: { ...ws, text: aliasBomb }, lang: 'en' }), /alias bomb/],
    ['wrong shape', pack({ format: 1, workspace: { ...ws, log: { seed: 1, config: { nodes: 1e9 }, actions: [] } }, lang: 'en' }), /malformed/],
  ];
  expect(decodeShare(good.split('#share=').pop()!).workspace.text).toContain('kind: Service'); // the uncut link is good
  for (const [i, [name, data, reason]] of cases.entries()) {
    const dialog = page.waitForEvent('dialog');
    // The first opens with the page; the others are pasted into the address bar of the open page (hashchange).
    if (i === 0) {
      await page.goto('about:blank');
      await page.goto(`./#share=${data}`);
    } else {
      await page.evaluate((h) => { location.hash = h; }, `share=${data}`);
    }
    const d = await dialog;
    expect(d.message(), name).toMatch(/This share link cannot be opened/);
    expect(d.message(), name).toMatch(reason);
    await d.dismiss();
    await expect(page.getByRole('region', { name: 'Cluster graph' }), name).toBeVisible();
    expect(await page.evaluate(() => window.__podium!.getState().text), name).toBe('# saved before the bad links\n');
    expect(page.url(), name).not.toContain('#share=');
    if (name === 'decompression bomb') await page.screenshot({ path: `${SHOTS}/bad-link.png` });
  }
  await page.evaluate(() => new Promise((r) => setTimeout(r, 600)));
  expect(await page.evaluate((k) => localStorage.getItem(k), SAVED_KEY)).toBe(saved);

  // The other way round: a workspace too big for a link says so instead of making one.
  await page.evaluate(() => {
    let noise = '# ';
    for (let i = 0; i < 12000; i++) noise += `${Math.random().toString(36).slice(2)}${i % 4 === 3 ? '\n# ' : ''}`;
    window.__podium!.getState().setText(noise);
  });
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'too big' })).toContainText(/too big to share as a link: [\d,]+ characters, the limit is 100,000/);
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);
});

test('?embed in an <iframe> at 700×450: graph and timeline only, nothing from outside the site', async ({ page, guards }) => {
  await page.goto('./embed-examples.html');
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(2);
  const first = page.frameLocator('iframe').first();
  await frames.first().scrollIntoViewIfNeeded();
  await expect(first.getByRole('region', { name: 'Cluster graph' })).toBeVisible();
  await expect(first.getByRole('slider', { name: 'Timeline' })).toBeVisible();
  await expect(first.locator('[data-kind="StatefulSet"][data-name="web"]')).toBeVisible();
  await expect(first.getByRole('region', { name: 'Manifest editor' })).toHaveCount(0);
  await expect(first.getByRole('button', { name: 'Apply', exact: true })).toHaveCount(0);
  expect(await frames.first().boundingBox()).toMatchObject({ width: 700, height: 450 });
  await first.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(first.locator('[data-kind="Pod"][data-name="web-2"]')).toHaveAttribute('data-status', 'Running');
  await frames.first().screenshot({ path: `${SHOTS}/embed-700x450.png` });
  const second = page.frameLocator('iframe').nth(1);
  await frames.nth(1).scrollIntoViewIfNeeded();
  await expect(second.locator('html')).toHaveAttribute('lang', /^zh/);
  await expect(second.locator('[data-kind="PersistentVolumeClaim"][data-name="www-web-2"]')).toBeVisible();
  await frames.nth(1).screenshot({ path: `${SHOTS}/embed-zh.png` });
  expect(guards.blockedRequests).toEqual([]);
  // The Embed button gives the snippet.
  await fresh(page);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/^<iframe src="[^"]+\?embed#share=1\.[^"]+" width="700" height="450"/);
});

test('Presenter mode at 1280×720 and 1920×1080: editor folded, large type, clicker keys step, laser glow', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await fresh(page);
  await demoAt(page, 0.4);
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Manifest editor' })).toHaveCount(0);
  const before = await page.evaluate(() => window.__podium!.playheadMs());
  await page.keyboard.press('PageDown');
  await page.keyboard.press('.');
  const after = await page.evaluate(() => window.__podium!.playheadMs());
  expect(after).toBeGreaterThan(before);
  await page.keyboard.press('PageUp');
  expect(await page.evaluate(() => window.__podium!.playheadMs())).toBeLessThan(after);
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(viewport);
    // Large type: event lines and card names at projector sizes (CSS px, before the graph's own zoom).
    const px = (sel: string) => page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * (parseFloat(getComputedStyle(el.closest('.events') ?? el).zoom) || 1));
    expect(await px('.event button')).toBeGreaterThanOrEqual(viewport.width > 1600 ? 26 : 19);
    // Card names as rendered on the projector: font size × the graph's zoom (the card's on-screen scale).
    const rendered = (sel: string) => page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * (el.getBoundingClientRect().height / (el as HTMLElement).offsetHeight));
    expect(await rendered('.k8s-node .k8s-node-name')).toBeGreaterThanOrEqual(17);
    // The laser pointer: the object under the cursor glows.
    await page.locator('[data-kind="Pod"][data-name="web-0"]').hover();
    await expect(page.locator('.react-flow__node.hovered .k8s-node')).toHaveCSS('box-shadow', /255, 26, 26/);
    await page.waitForTimeout(700); // the refit after the resize, and its animation
    await page.screenshot({ path: `${SHOTS}/presenter-${viewport.width}x${viewport.height}.png` });
  }
  await toggle.click();
  await expect(page.getByRole('region', { name: 'Manifest editor' })).toBeVisible();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit the site reloads and works with the network cut', async ({ page, context }) => {
    await page.goto('./');
    await page.waitForFunction(() => Boolean(window.__podium));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => Boolean(window.__podium));
    await expect(page.getByRole('region', { name: 'Manifest editor' })).toBeVisible();
    await page.waitForFunction(() => Boolean(window.__editor?.getModel()));
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.evaluate(() => window.__podium!.runToEnd());
    await expect(page.locator('[data-kind="Pod"][data-name="web-2"]')).toHaveAttribute('data-status', 'Running');
    // Another address of the site opens offline too: ?embed alone runs the demo.
    await page.goto('./?embed');
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
    await expect(page.locator('[data-kind="StatefulSet"][data-name="web"]')).toBeVisible();
    await context.setOffline(false);
  });
});
