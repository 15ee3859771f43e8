/* global window, document, requestAnimationFrame, MutationObserver, PerformanceObserver, HTMLInputElement, Event, getComputedStyle */
// Browser benchmark: playback frame times and scrub-to-paint latency for 50, 200 and 1,000 objects.
// Runs headless Chromium (/usr/bin/chromium) against `vite preview` of the current build (run `npx vite build`
// first). Each size applies a Parallel StatefulSet with N/3 replicas and a per-pod PVC (pods + PVCs + PVs ≈ N),
// runs it to the end, then:
//  - playback: plays from t=0 at 1× and at a speed covering the whole history, recording requestAnimationFrame
//    deltas (frames per second, median / p95 / dropped frames);
//  - scrub: sets the Timeline slider to random frames with input events and measures the time until the next
//    animation frame after the graph committed the new frame (its `data-graph-frame` attribute; on builds without
//    it, the scrubber's `data-frame-index`).
// Also: the page never blocks (1,000 replicas applied, played at 20×, scrubbed, acted on in the past: long tasks of
// each) and the JS heap after 10⁵ frames (--page-only: just those; --no-page: without them).
// Usage: npm run bench:browser [-- --sizes 50,200,1000] [--load-only] [--page-only] [--no-page] [--runs 3] [--zoom-in 6] [--hide '.react-flow'] [--css '* { animation: none }'] (BENCH_URL=http://… to use a running server).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const sizeArg = args[args.indexOf('--sizes') + 1];
/** `--load-only`: only the first-load figures. */
const SIZES = args.includes('--load-only') || args.includes('--page-only') ? [] : args.includes('--sizes') && sizeArg ? sizeArg.split(',').map(Number) : [50, 200, 1000];
/** `--runs N`: measure each size N times and report the median of each number (a busy machine is noisy). */
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 1;
/** `--hide '.react-flow'`: hide part of the page (display: none) to see what it costs. */
const HIDE = args.includes('--hide') ? args[args.indexOf('--hide') + 1] : undefined;
/** `--css '…'`: extra CSS for the page (e.g. turn animations off) to see what a style costs. */
const CSS = args.includes('--css') ? args[args.indexOf('--css') + 1] : undefined;
/** `--zoom-in N`: press the graph's Zoom In button N times after the fit (1.2× each), e.g. to measure the full
 * DOM cards of a 200-object graph instead of the far-zoom canvas overview. */
const ZOOM_IN = args.includes('--zoom-in') ? Number(args[args.indexOf('--zoom-in') + 1]) : 0;
const PORT = Number(process.env.BENCH_PORT ?? 4178);
const PLAY_WALL_MS = 4000;
const SCRUBS = 30;
/** Wall-clock cap on the scrub samples of one size (a slow machine still finishes). */
const SCRUB_BUDGET_MS = 20_000;

function manifest(objects, replicas = Math.max(1, Math.round(objects / 3))) {
  return `apiVersion: v1
kind: Service
metadata:
  name: bench
spec:
  clusterIP: None
  selector:
    app: bench
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: bench
spec:
  serviceName: bench
  replicas: ${replicas}
  podManagementPolicy: Parallel
  selector:
    matchLabels:
      app: bench
  template:
    metadata:
      labels:
        app: bench
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
}

async function startServer() {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, stop: () => {} };
  const child = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${PORT}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`vite preview did not start on ${url} (did you run npx vite build?)`);
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

async function benchSize(browser, url, objects) {
  // A fresh context per size: no workspace carried over from the previous size (a reload would save it again).
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    return await measure(page, url, objects);
  } finally {
    await context.close();
  }
}

/** Init script: every main-thread task over 50 ms (PerformanceObserver 'longtask'), into window.__longTasks. */
function observeLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}
/** The long tasks since the last call: count and the longest (ms). */
const takeLongTasks = (page) => page.evaluate(() => {
  const xs = window.__longTasks.splice(0);
  return xs.length ? `${xs.length} (max ${Math.round(Math.max(...xs))})` : '0';
});

async function measure(page, url, objects) {
  await page.addInitScript(observeLongTasks);
  await page.goto(url);
  await page.locator('.monaco-editor').waitFor();
  await page.waitForTimeout(500);
  await takeLongTasks(page);
  // Apply as the Apply button does, then let the page run a second (the timeline is computed ahead in chunks).
  await page.evaluate((text) => {
    window.__editor.setValue(text);
    window.__podium.getState().applyEditor();
  }, manifest(objects));
  await page.waitForTimeout(1000);
  const applyLong = await takeLongTasks(page);
  await page.evaluate(() => window.__podium.runToEnd());
  await takeLongTasks(page); // runToEnd is the test API's synchronous run to the end, not something a learner does
  if (HIDE) await page.addStyleTag({ content: `${HIDE} { display: none !important; }` });
  if (CSS) await page.addStyleTag({ content: CSS });
  const info = await page.evaluate(() => ({ frames: window.__podium.frameCount(), endMs: window.__podium.liveEdgeMs() }));
  await page.waitForTimeout(600); // the graph fits itself to the new layout (a 250 ms animation)
  for (let i = 0; i < ZOOM_IN; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  if (ZOOM_IN) await page.waitForTimeout(600);
  // Every object is an element with data-kind: a full card (near) or a box over the canvas overview (far).
  const nodes = await page.locator('.graph [data-kind]').count();
  const view = await page.evaluate(() => ({
    far: document.querySelector('canvas.graph-far-canvas') !== null,
    zoom: Number(/scale\(([\d.]+)\)/.exec(document.querySelector('.react-flow__viewport')?.style.transform ?? '')?.[1] ?? NaN),
  }));

  // Playback from t=0: at 1× (the default speed; the first PLAY_WALL_MS of the history, the busiest part), and at
  // a speed that covers the whole history in about PLAY_WALL_MS.
  const play = (speed) => page.evaluate(async ({ wallMs, speed }) => {
    const p = window.__podium;
    p.seekMs(0);
    p.setSpeed(speed);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const deltas = [];
    p.play();
    let last = performance.now();
    const start = last;
    await new Promise((resolve) => {
      requestAnimationFrame(function tick(now) {
        deltas.push(now - last);
        last = now;
        if (now - start < wallMs && p.getState().playing) requestAnimationFrame(tick);
        else resolve();
      });
    });
    p.pause();
    return { deltas: deltas.slice(1), speed: p.getState().speed };
  }, { wallMs: PLAY_WALL_MS, speed });
  await takeLongTasks(page);
  const playback1x = await play(1);
  const speeds = [0.25, 0.5, 1, 2, 5, 10, 20];
  const playback = await play(speeds.find((sp) => (info.endMs / sp) <= PLAY_WALL_MS) ?? 20);
  const playLong = await takeLongTasks(page);

  // Scrub: random frames, set through the slider's input event like a drag does.
  const scrub = await page.evaluate(async ({ n, budgetMs }) => {
    const p = window.__podium;
    const frames = p.getState().timeline.frames;
    const slider = document.querySelector('input[type="range"][aria-label]');
    // The graph's own frame (it follows the Timeline a task later: graph/useGraphSnapshot.ts), else the Timeline's.
    const marker = document.querySelector('[data-graph-frame]') ?? document.querySelector('[data-frame-index]');
    const attr = marker.hasAttribute('data-graph-frame') ? 'data-graph-frame' : 'data-frame-index';
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const out = [];
    const started = performance.now();
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < n && performance.now() - started < budgetMs; i++) {
      const current = Number(marker.getAttribute(attr));
      let target = current;
      while (target === current || frames[target].atMs === frames[Math.max(0, target - 1)]?.atMs && target > 0) target = Math.floor(rnd() * frames.length);
      const ms = frames[target].atMs;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      const done = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          mo.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        mo.observe(marker, { attributes: true, attributeFilter: [attr] });
      });
      setValue.call(slider, String(ms));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      out.push(await done);
    }
    return out;
  }, { n: SCRUBS, budgetMs: SCRUB_BUDGET_MS });

  const scrubLong = await takeLongTasks(page);
  const frameMs = 1000 / 60;
  const dropped = playback.deltas.reduce((sum, d) => sum + Math.max(0, Math.round(d / frameMs) - 1), 0);
  return {
    objects, graphNodes: nodes, view: `${view.far ? 'canvas' : 'cards'} ${Math.round(view.zoom * 100)}%`, frames: info.frames, historyS: (info.endMs / 1000).toFixed(1),
    '1× fps': (1000 / mean(playback1x.deltas)).toFixed(0), '1× p95 ms': quantile(playback1x.deltas, 0.95).toFixed(1),
    speed: `${playback.speed}×`, fps: (1000 / mean(playback.deltas)).toFixed(0),
    'play median ms': quantile(playback.deltas, 0.5).toFixed(1), 'play p95 ms': quantile(playback.deltas, 0.95).toFixed(1),
    'rAF count': playback.deltas.length, dropped,
    scrubs: scrub.length, 'scrub median ms': quantile(scrub, 0.5).toFixed(1), 'scrub p95 ms': quantile(scrub, 0.95).toFixed(1),
    'scrub p95 frames': (quantile(scrub, 0.95) / frameMs).toFixed(1),
    // Main-thread tasks over 50 ms: count (longest ms) while applying (1 s after Apply), playing, scrubbing.
    'long tasks apply': applyLong, 'long tasks play': playLong, 'long tasks scrub': scrubLong,
  };
}

/**
 * First load: first paint (the shell, from the entry chunk), app ready (the header's buttons: store and engine
 * loaded) and time-to-editable (Monaco's text showing), at full speed and on a CPU slowed `cpuSlowdown`× (CDP).
 * Also the JavaScript the page fetched before first paint.
 */
async function measureLoad(browser, url, cpuSlowdown = 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.addInitScript(() => {
      new MutationObserver((_, mo) => {
        if (!window.__appReadyMs && document.querySelector('.app-header button')) window.__appReadyMs = performance.now();
        if (document.querySelector('.monaco-editor .view-lines')) {
          window.__monacoReadyMs = performance.now();
          mo.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
    return await page.evaluate((cpu) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const js = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js'));
      const before = js.filter((r) => r.responseEnd <= fcp);
      return {
        cpu: `${cpu}×`,
        'first paint ms': Math.round(fcp),
        'app ready ms': Math.round(window.__appReadyMs),
        'editable ms': Math.round(window.__monacoReadyMs),
        'JS before paint': before.map((r) => r.name.split('/').pop()).join(' '),
      };
    }, cpuSlowdown);
  } finally {
    await context.close();
  }
}

/** Long tasks since the last call, as { count over 50 ms, longest ms, their total ms } (for the responsiveness table). */
const takeLong = (page) => page.evaluate(() => {
  const xs = window.__longTasks.splice(0);
  return { count: xs.length, max: xs.length ? Math.round(Math.max(...xs)) : 0, total: Math.round(xs.reduce((a, b) => a + b, 0)) };
});
/** Wait until the page is no longer computing (the history up to an action, or the future); returns the wall ms it took. */
const settle = (page, timeoutMs = 180_000) => page.evaluate(async (timeoutMs) => {
  const t0 = performance.now();
  const busy = (s) => s.actingPending || s.timeline?.computingUntilMs !== undefined;
  while (busy(window.__podium.getState()) && performance.now() - t0 < timeoutMs) await new Promise((r) => setTimeout(r, 50));
  return Math.round(performance.now() - t0);
}, timeoutMs);

/**
 * The page never blocks: 1,000 replicas (Parallel, a claim each) applied with the Apply action, their rollout played
 * at 20×, the Timeline scrubbed, and an action in the past (kubectl scale at mid-rollout: a fork). For each, the
 * long tasks (main-thread tasks over 50 ms: count and the longest), from a PerformanceObserver.
 */
async function measureResponsive(browser, url, replicas = 1000) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const row = (action, long, extra = {}) => ({ action, 'tasks > 50 ms': long.count, 'longest task ms': long.max, 'in long tasks ms': long.total, ...extra });
  try {
    await page.addInitScript(observeLongTasks);
    await page.goto(url);
    await page.locator('.monaco-editor').waitFor();
    await page.waitForTimeout(500);
    await takeLong(page);
    const t0 = Date.now();
    await page.evaluate((text) => {
      window.__editor.setValue(text);
      window.__podium.getState().applyEditor();
    }, manifest(0, replicas));
    const computeMs = await settle(page);
    await page.waitForTimeout(500);
    const wallMs = Date.now() - t0;
    // Only numbers come back from the page: the timeline itself (every frame) would take seconds to serialize.
    const frames = await page.evaluate(() => window.__podium.frameCount());
    const rows = [row(`apply ${replicas} replicas`, await takeLong(page), { 'wall ms': wallMs, 'compute ms': computeMs, frames })];
    
    // Play the rollout at 20× from the start for 5 s of wall time.
    await page.evaluate(() => { const p = window.__podium; p.pause(); p.seekMs(0); p.setSpeed(20); p.play(); });
    await page.waitForTimeout(5000);
    const reached = await page.evaluate(() => { window.__podium.pause(); return window.__podium.playheadMs(); });
    rows.push(row('play at 20×', await takeLong(page), { 'playhead s': (reached / 1000).toFixed(1) }));
    // Scrub: 30 random positions through the slider, one per animation frame pair.
    await page.evaluate(async () => {
      const slider = document.querySelector('input[type="range"][aria-label]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const max = Number(slider.max);
      let seed = 11;
      for (let i = 0; i < 30; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        setValue.call(slider, String(Math.floor((seed / 2147483648) * max)));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    rows.push(row('scrub (30 positions)', await takeLong(page)));
    // Act in the past: back to mid-rollout, scale down there (a fork), and compute the new future.
    const t1 = Date.now();
    await page.evaluate((n) => {
      const p = window.__podium;
      p.seekMs(Math.round(p.liveEdgeMs() / 2));
      p.getState().runCommand(`kubectl scale sts bench --replicas=${n}`);
    }, Math.round(replicas / 2));
    const forkMs = await settle(page);
    await page.waitForTimeout(500);
    rows.push(row('act in the past (scale)', await takeLong(page), { 'wall ms': Date.now() - t1, 'compute ms': forkMs, frames: await page.evaluate(() => window.__podium.frameCount()) }));
    return rows;
  } finally {
    await context.close();
  }
}

/**
 * Memory over a long classroom session: a Deployment of 50 nginx pods scaled between 50 and 0 over and over (as a
 * class would, `kubectl scale` in the console, each run to its end) until the timeline holds 10⁵ frames; the JS
 * heap (after a forced GC) before and after.
 */
async function measureHeap(browser, url, targetFrames = 100_000) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const heapMB = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return (usedSize / 1e6).toFixed(1);
    };
    await page.goto(url);
    await page.locator('.monaco-editor').waitFor();
    await page.waitForTimeout(500);
    const before = await heapMB();
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 50
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx
`;
    const t0 = Date.now();
    const out = await page.evaluate(async ({ text, targetFrames }) => {
      const p = window.__podium;
      window.__editor.setValue(text);
      p.getState().applyEditor();
      p.runToEnd();
      let cycles = 0;
      while (p.frameCount() < targetFrames && !p.getState().timeline.limit && cycles < 2000) {
        p.getState().runCommand(`kubectl scale deploy web --replicas=${cycles++ % 2 ? 50 : 0}`);
        p.runToEnd();
        if (cycles % 10 === 0) await new Promise((r) => setTimeout(r, 0));
      }
      return { frames: p.frameCount(), cycles, simH: (p.playheadMs() / 3_600_000).toFixed(1) };
    }, { text, targetFrames });
    const wallS = ((Date.now() - t0) / 1000).toFixed(0);
    await page.waitForTimeout(1000);
    const after = await heapMB();
    return { frames: out.frames, 'scale cycles': out.cycles, 'sim hours': out.simH, 'heap before MB': before, 'heap after MB': after, 'wall s': wallS };
  } finally {
    await context.close();
  }
}

/** The seed experiment's manifests (src/examples/seedManifests.ts: statefulset-pv.yaml + test-statefulset.yaml, and
 * test-deployment.yaml), read from the source so the bench shows what the page shows. */
function seedExperiment() {
  const src = readFileSync(new URL('../src/examples/seedManifests.ts', import.meta.url), 'utf8');
  const body = (name) => src.split(`export const ${name} = \``)[1].split('`;')[0];
  // SEED_PARTITION is SEED_PV_FILE + '---\n' + SEED_STATEFULSET_FILE (not a literal of its own).
  return `${body('SEED_PV_FILE')}---\n${body('SEED_STATEFULSET_FILE')}---\n${body('SEED_DEPLOYMENT')}`;
}

/** Legibility at 1280×720 with the default panes: the smallest card text as rendered (font size × fitted zoom) for
 * the default demo (target ≥ 12 px) and the seed experiment (target ≥ 11 px). e2e/legible.spec.ts asserts it. */
async function measureLegibility(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const smallest = async () => {
    await page.waitForTimeout(700); // the fit animation
    return page.evaluate(() => {
      const zoom = Number(/scale\(([\d.]+)\)/.exec(document.querySelector('.react-flow__viewport').style.transform)?.[1]);
      let px = Infinity;
      for (const el of document.querySelectorAll('.react-flow__node[data-kind] *')) {
        if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) || el.offsetParent === null) continue;
        px = Math.min(px, parseFloat(getComputedStyle(el).fontSize) * zoom);
      }
      return { px: px.toFixed(2), zoom: zoom.toFixed(3) };
    });
  };
  try {
    await page.goto(url);
    await page.locator('.monaco-editor').waitFor();
    await page.evaluate(() => { window.__podium.getState().applyEditor(); window.__podium.runToEnd(); });
    const demo = await smallest();
    await page.evaluate((text) => {
      window.__podium.getState().resetWorkspace({ text, config: { nodes: 3, defaultStorageClass: 'none', featureGates: {} } });
      window.__podium.getState().applyEditor();
      window.__podium.runToEnd();
    }, seedExperiment());
    const seed = await smallest();
    // While playing (Play pressed to watch), the panes make room and the graph refits (ui/stage/makeRoom.ts).
    await page.evaluate(() => { window.__podium.seekMs(0); window.__podium.setSpeed(0.25); });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(700);
    const playing = await smallest();
    return { 'demo text px': demo.px, 'demo zoom': demo.zoom, 'seed text px': seed.px, 'seed zoom': seed.zoom, 'seed playing px': playing.px };
  } finally {
    await context.close();
  }
}

/** Field by field, the median of several runs' rows (numbers and numeric strings; other fields from the first). */
function medianRow(runs) {
  if (runs.length === 1) return runs[0];
  const out = { ...runs[0], runs: runs.length };
  for (const key of Object.keys(runs[0])) {
    const values = runs.map((r) => Number(r[key]));
    if (values.some(Number.isNaN)) continue;
    const m = quantile(values, 0.5);
    out[key] = typeof runs[0][key] === 'number' ? m : String(m);
  }
  return out;
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
try {
  const pageOnly = args.includes('--page-only');
  // First load at 1× and 4× CPU, each the median of --runs fresh loads (alternating, so both see the same load).
  const loadRuns = { 1: [], 4: [] };
  for (let r = 0; r < (pageOnly ? 0 : RUNS); r++) for (const cpu of [1, 4]) loadRuns[cpu].push(await measureLoad(browser, server.url, cpu));
  const load = pageOnly ? [] : [medianRow(loadRuns[1]), medianRow(loadRuns[4])];
  console.error(JSON.stringify(load));
  const legible = pageOnly ? {} : await measureLegibility(browser, server.url);
  console.error(JSON.stringify(legible));
  const skipPage = args.includes('--load-only') || args.includes('--no-page');
  const responsive = skipPage || args.includes('--heap-only') ? [] : await measureResponsive(browser, server.url);
  console.error(JSON.stringify(responsive));
  const heap = skipPage || args.includes('--no-heap') ? undefined : await measureHeap(browser, server.url);
  console.error(JSON.stringify(heap));
  const rows = [];
  for (const n of SIZES) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      runs.push(await benchSize(browser, server.url, n));
      console.error(JSON.stringify(runs[r]));
    }
    rows.push(medianRow(runs));
  }
  if (load.length) console.table(load);
  if (!pageOnly) console.table([legible]);
  if (responsive.length) console.table(responsive);
  if (heap) console.table([heap]);
  if (rows.length) console.table(rows);
} finally {
  await browser.close();
  server.stop();
}
