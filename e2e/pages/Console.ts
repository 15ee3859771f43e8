// Page object: the kubectl console (`kubectl command` text box, `Console output` log).
import { expect, type Locator, type Page } from '@playwright/test';

export class Console {
  readonly input: Locator;
  readonly log: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('textbox', { name: 'kubectl command' });
    this.log = page.getByRole('log', { name: 'Console output' });
  }

  /** Run a command (as typed, e.g. `kubectl get pods`) and return its output: the lines after its `$ …` echo. */
  async run(command: string): Promise<string> {
    return this.outputOf(command, async () => {
      await this.input.fill(command);
      await this.input.press('Enter');
    });
  }

  /**
   * Do something that runs `command` in the console (e.g. click Apply, which echoes `kubectl apply -f -`), wait for
   * its new echo, and return the output printed after it.
   */
  async outputOf(command: string, action: () => Promise<void>): Promise<string> {
    const echoes = await this.echoCount(command);
    await action();
    await expect.poll(() => this.echoCount(command), { message: `the log echoes "$ ${command}"` }).toBe(echoes + 1);
    await expect.poll(() => this.lastOutput(command), { message: `output of "$ ${command}"` }).not.toBe('');
    return this.lastOutput(command);
  }

  /** The output printed after the last echo of `command` (up to the next prompt). */
  async lastOutput(command: string): Promise<string> {
    const lines = await this.lines();
    const start = lines.lastIndexOf(`$ ${command}`);
    if (start < 0) return '';
    const rest = lines.slice(start + 1);
    const end = rest.findIndex((l) => l.startsWith('$ '));
    return (end < 0 ? rest : rest.slice(0, end)).join('\n');
  }

  /** The log's lines (non-breaking spaces, used for empty lines, become empty strings). */
  async lines(): Promise<string[]> {
    return (await this.log.innerText()).split('\n').map((l) => l.replace(/\u00a0/g, ' ').trimEnd());
  }

  private async echoCount(command: string): Promise<number> {
    return (await this.lines()).filter((l) => l === `$ ${command}`).length;
  }
}

/**
 * A scalar field of `kubectl get … -o yaml` output, read with a regex (enough for the fields tests compare).
 * `indent` (spaces) picks the level, e.g. 2 for metadata.uid rather than ownerReferences[].uid.
 */
export function yamlField(yaml: string, key: string, indent?: number): string | undefined {
  const lead = indent === undefined ? '\\s*' : ' '.repeat(indent);
  const m = new RegExp(`^${lead}${key}: "?([^"\\n]*)"?$`, 'm').exec(yaml);
  return m?.[1];
}
