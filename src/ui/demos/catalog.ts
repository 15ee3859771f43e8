// The bundled scenarios (scenarios/*.yaml) as demos. This module is loaded only when the open dialog shows them:
// the files stay out of the initial chunk.
const files = import.meta.glob('../../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface DemoFile {
  readonly file: string;
  readonly title: string;
  readonly text: string;
}

/** The `title:` line of a scenario (without parsing the whole file), or the file name. */
export function titleOf(text: string, file: string): string {
  const m = /^title:[ \t]*(.+)$/m.exec(text);
  if (!m) return file.replace(/\.yaml$/, '');
  const raw = m[1]!.trim();
  const quoted = /^(["'])(.*)\1$/.exec(raw);
  return quoted ? quoted[2]!.replace(/\\"/g, '"').replace(/''/g, "'") : raw;
}

export const DEMOS: readonly DemoFile[] = Object.entries(files)
  .map(([path, text]) => {
    const file = `scenarios/${path.slice(path.lastIndexOf('/') + 1)}`;
    return { file, title: titleOf(text, file.slice('scenarios/'.length)), text };
  })
  .sort((a, b) => a.title.localeCompare(b.title));
