// The graph's minimap: a canvas that draws every card, pans the main view when dragged and zooms it on the wheel.
import { expect, test } from './fixtures/fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page.evaluate(() => window.__podium!.runToEnd());
});

test('the minimap draws the cards, pans the view when dragged and zooms it on the wheel', async ({ page }) => {
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  const minimap = graph.getByRole('img', { name: 'Mini map' });
  await expect(minimap).toBeVisible();
  // The draw reports how many cards it drew: every object of the graph (the demo has a dozen and more), whether
  // React Flow renders them (near) or the far-zoom canvas does.
  await expect.poll(async () => Number(await minimap.getAttribute('data-cards'))).toBeGreaterThan(12);
  // And they are on the canvas: cards are opaque, lanes and the mask are translucent, the rest is transparent.
  const opaque = await minimap.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] === 255) n++;
    return n;
  });
  expect(opaque).toBeGreaterThan(200);

  const viewport = graph.locator('.react-flow__viewport');
  const transform = () => viewport.evaluate((el) => (el as HTMLElement).style.transform);
  const parse = async () => {
    const m = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(await transform());
    return { x: Number(m?.[1]), y: Number(m?.[2]), zoom: Number(m?.[3]) };
  };
  // Wait out fitView's animation: the transform holds still between two looks.
  await expect.poll(async () => {
    const before = await transform();
    await page.waitForTimeout(150);
    return (await transform()) === before;
  }).toBe(true);
  // Everything in view (the demo fits): the map steps back, hidden. Zoomed in, part of the graph is out of view
  // and the map is there to pan with.
  await expect(minimap.locator('..')).toHaveCSS('opacity', '0');
  await graph.getByRole('button', { name: 'Zoom In' }).click();
  await graph.getByRole('button', { name: 'Zoom In' }).click();
  await expect(minimap.locator('..')).toHaveCSS('opacity', '1');
  await expect.poll(async () => {
    const before = await transform();
    await page.waitForTimeout(150);
    return (await transform()) === before;
  }).toBe(true);
  const fitted = await parse();

  // At fit the view covers the drawing, so the middle of the minimap is inside the view rectangle: dragging it
  // right and down moves the view right and down (the flow slides left and up), at the same zoom.
  const box = (await minimap.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 12, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await parse()).x).toBeLessThan(fitted.x - 1);
  const panned = await parse();
  expect(panned.y).toBeLessThan(fitted.y);
  expect(panned.zoom).toBe(fitted.zoom);

  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await parse()).zoom).toBeGreaterThan(panned.zoom);
  const zoomedIn = (await parse()).zoom;
  await page.mouse.wheel(0, 600);
  await expect.poll(async () => (await parse()).zoom).toBeLessThan(zoomedIn);
});
