// Page object: the `Cluster graph` region. Nodes are found by their data-kind/data-name/data-status contract only.
//
// `record()` installs a MutationObserver that snapshots every graph state the page renders (while it plays),
// so tests can assert orderings ("web-1 appears only once web-0 is Running") without sleeping or racing.
import { expect, type Locator, type Page } from '@playwright/test';

/** kind/name → data-status, for every node in the graph. */
export type GraphState = Record<string, string>;
export const ABSENT = '∅';

export class Graph {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Cluster graph' });
  }

  node(kind: string, name: string): Locator {
    return this.region.locator(`[data-kind="${kind}"][data-name="${name}"]`);
  }

  pod(name: string): Locator {
    return this.node('Pod', name);
  }

  pvc(name: string): Locator {
    return this.node('PersistentVolumeClaim', name);
  }

  nodesOf(kind: string): Locator {
    return this.region.locator(`[data-kind="${kind}"]`);
  }

  async expectStatus(kind: string, name: string, status: string): Promise<void> {
    await expect(this.node(kind, name)).toHaveAttribute('data-status', status);
  }

  /** The graph as rendered now. */
  state(): Promise<GraphState> {
    return this.region.evaluate((region) => {
      const out: Record<string, string> = {};
      for (const el of region.querySelectorAll<HTMLElement>('[data-kind][data-name]')) {
        out[`${el.dataset.kind}/${el.dataset.name}`] = el.dataset.status ?? '';
      }
      return out;
    });
  }

  /** The graph once it has stopped changing (two reads a frame apart agree). */
  async settledState(): Promise<GraphState> {
    let previous = '';
    let current = '';
    await expect
      .poll(async () => {
        previous = current;
        current = JSON.stringify(await this.state());
        return current === previous;
      }, { intervals: [30, 60, 100, 250] })
      .toBe(true);
    return JSON.parse(current) as GraphState;
  }

  /** Start (or restart) recording every distinct rendered graph state. */
  async record(): Promise<void> {
    await this.region.evaluate((region) => {
      const w = window as unknown as { __qaGraph?: { states: Record<string, string>[]; observer: MutationObserver } };
      w.__qaGraph?.observer.disconnect();
      const states: Record<string, string>[] = [];
      const snap = () => {
        const out: Record<string, string> = {};
        for (const el of region.querySelectorAll<HTMLElement>('[data-kind][data-name]')) {
          out[`${el.dataset.kind}/${el.dataset.name}`] = el.dataset.status ?? '';
        }
        if (JSON.stringify(out) !== JSON.stringify(states.at(-1))) states.push(out);
      };
      snap();
      const observer = new MutationObserver(snap);
      observer.observe(region, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status', 'data-name'] });
      w.__qaGraph = { states, observer };
    });
  }

  /** The states recorded since `record()` (the current one included). */
  recorded(): Promise<GraphState[]> {
    return this.page.evaluate(() => {
      const w = window as unknown as { __qaGraph?: { states: Record<string, string>[] } };
      return w.__qaGraph?.states ?? [];
    });
  }
}

/** The distinct successive statuses of one object across recorded states (ABSENT where it did not exist). */
export function trail(states: readonly GraphState[], key: string): string[] {
  const out: string[] = [];
  for (const s of states) {
    const status = s[key] ?? ABSENT;
    if (out.at(-1) !== status) out.push(status);
  }
  return out;
}

/** Index of the first recorded state satisfying `predicate` (-1 if none). */
export function firstIndex(states: readonly GraphState[], predicate: (s: GraphState) => boolean): number {
  return states.findIndex(predicate);
}

/** Names of graph nodes whose box sticks out of the `Cluster graph` region (i.e. the view does not show them). */
export function nodesOutsideView(graph: Graph): Promise<string[]> {
  return graph.region.evaluate((region) => {
    const view = region.getBoundingClientRect();
    const out: string[] = [];
    for (const el of region.querySelectorAll<HTMLElement>('[data-kind][data-name]')) {
      const b = el.getBoundingClientRect();
      if (b.left < view.left - 1 || b.right > view.right + 1 || b.top < view.top - 1 || b.bottom > view.bottom + 1) {
        out.push(`${el.dataset.kind}/${el.dataset.name}`);
      }
    }
    return out;
  });
}
