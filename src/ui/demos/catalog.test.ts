// The demo list: every bundled scenario, titled from its `title:` line; each one opens (parses) as the page opens it.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenario';
import { DEMOS, titleOf } from './catalog';

describe('demo catalog', () => {
  it('lists every scenario in scenarios/, each valid, with its title', () => {
    const files = readdirSync(new URL('../../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.yaml'));
    expect(DEMOS.map((d) => d.file).sort()).toEqual(files.map((f) => `scenarios/${f}`).sort());
    for (const d of DEMOS) {
      const parsed = parseScenario(d.text, d.file);
      expect(parsed.ok, d.file).toBe(true);
      if (parsed.ok) expect(d.title, d.file).toBe(parsed.scenario.title ?? d.file.replace(/^scenarios\/|\.yaml$/g, ''));
    }
  });
  it('reads quoted and plain titles without parsing the file', () => {
    expect(titleOf('title: "A: b"\nsteps: []\n', 'x.yaml')).toBe('A: b');
    expect(titleOf("title: 'it''s'\n", 'x.yaml')).toBe("it's");
    expect(titleOf('title: Plain one\n', 'x.yaml')).toBe('Plain one');
    expect(titleOf('steps: []\n', 'x.yaml')).toBe('x');
  });
});
