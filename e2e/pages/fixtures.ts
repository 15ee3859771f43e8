// Sandbox fixtures: the shared guards (offline + no console errors) plus page objects, on a fresh page
// (localStorage cleared, Monaco mounted). Import `test`/`expect` from here in e2e/sandbox/*.spec.ts.
import { expect, test as guarded } from '../fixtures/fixtures';
import { Console } from './Console';
import { Editor } from './Editor';
import { Graph } from './Graph';
import { Timeline } from './Timeline';

export interface Sandbox {
  editor: Editor;
  graph: Graph;
  timeline: Timeline;
  kubectl: Console;
}

export const test = guarded.extend<Sandbox & { fresh: void }>({
  fresh: [
    async ({ page }, use) => {
      await page.goto('./');
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await use();
    },
    { auto: true },
  ],
  editor: async ({ page, fresh }, use) => {
    void fresh;
    const editor = new Editor(page);
    await editor.ready();
    await use(editor);
  },
  graph: async ({ page, fresh }, use) => {
    void fresh;
    await use(new Graph(page));
  },
  timeline: async ({ page, fresh }, use) => {
    void fresh;
    await use(new Timeline(page));
  },
  kubectl: async ({ page, fresh }, use) => {
    void fresh;
    await use(new Console(page));
  },
});

export { expect };
export { Console, Editor, Graph, Timeline };

/** Save a screenshot to $E2E_SHOTS/<name>.png when E2E_SHOTS is set (for looking at each step by eye). */
export async function shot(page: import('@playwright/test').Page, name: string): Promise<void> {
  const dir = process.env.E2E_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}
