// Page object: the `Manifest editor` (Monaco, driven through window.__editor's model API) and the `Problems` list.
import { expect, type Locator, type Page } from '@playwright/test';

export type MarkerSeverity = 'error' | 'warning';

export class Editor {
  readonly region: Locator;
  readonly problems: Locator;
  readonly applyButton: Locator;
  readonly deleteButton: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Manifest editor' });
    this.problems = page.getByRole('region', { name: 'Problems' });
    this.applyButton = page.getByRole('button', { name: 'Apply', exact: true });
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
  }

  /** Wait until Monaco (lazy) has mounted and holds a model. */
  async ready(): Promise<void> {
    await expect(this.region).toBeVisible();
    await this.page.waitForFunction(() => Boolean(window.__editor?.getModel()));
  }

  text(): Promise<string> {
    return this.page.evaluate(() => window.__editor!.getModel()!.getValue());
  }

  async setText(text: string): Promise<void> {
    await this.page.evaluate((t) => window.__editor!.getModel()!.setValue(t), text);
  }

  /** Replace the first occurrence of `from` (which must be present: a changed demo should fail loudly). Returns the new text. */
  async replace(from: string, to: string): Promise<string> {
    const before = await this.text();
    expect(before, `editor text contains ${JSON.stringify(from)}`).toContain(from);
    const after = before.replace(from, to);
    await this.setText(after);
    return after;
  }

  async apply(): Promise<void> {
    await this.applyButton.click();
  }

  /** 1-based line numbers that carry a Monaco marker decoration of that severity (squiggly-error / squiggly-warning). */
  markerLines(severity: MarkerSeverity = 'error'): Promise<number[]> {
    return this.page.evaluate((cls) => {
      const model = window.__editor!.getModel()!;
      const lines = model
        .getAllDecorations()
        .filter((d) => (d.options.className ?? '').split(/\s+/).includes(cls))
        .map((d) => d.range.startLineNumber);
      return [...new Set(lines)].sort((a, b) => a - b);
    }, `squiggly-${severity}`);
  }

  /** 1-based number of the first line whose text contains `needle`. */
  async lineOf(needle: string): Promise<number> {
    const lines = (await this.text()).split('\n');
    const index = lines.findIndex((l) => l.includes(needle));
    expect(index, `a line containing ${JSON.stringify(needle)}`).toBeGreaterThanOrEqual(0);
    return index + 1;
  }

  /** The problems list entry for `line` whose message matches. */
  problem(line: number, message: string | RegExp): Locator {
    const text = typeof message === 'string' ? escapeRegExp(message) : message.source;
    return this.problems.getByRole('listitem').filter({ hasText: new RegExp(`^Line ${line}: .*${text}`) });
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
