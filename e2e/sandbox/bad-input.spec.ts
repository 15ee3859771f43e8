// Issue "The sandbox end to end", step 6: bad manifests are rejected with a marker on the offending line and a
// problem in the list; nothing of the rejected object is applied; the learner's text survives Apply and a reload.
import { expect, shot, test } from '../pages/fixtures';
import type { Editor } from '../pages/Editor';

interface BadCase {
  name: string;
  /** Edit of the default demo. */
  from: string;
  to: string;
  /** Offending lines (computed from the edited text) and the problem message expected on each. */
  problems: (editor: Editor) => Promise<[number, string | RegExp][]>;
  /** The whole output of `kubectl apply -f -`. */
  console: RegExp;
  /** Objects that kubectl still applies (the valid documents), as graph keys. */
  created: string[];
}

const CASES: BadCase[] = [
  {
    name: 'a YAML syntax error',
    from: 'metadata:\n  name: web\n',
    to: 'metadata:\n  name: web: bad\n',
    problems: async (e) => [[await e.lineOf('name: web: bad'), 'mapping values are not allowed in this context']],
    console: /^error: line 18: mapping values are not allowed in this context$/,
    created: [],
  },
  {
    name: 'an unknown kind',
    from: 'kind: StatefulSet\n',
    to: 'kind: StatefulSett\n',
    problems: async (e) => [[await e.lineOf('kind: StatefulSett'), 'no matches for kind "StatefulSett" in version "apps/v1"']],
    console: /no matches for kind "StatefulSett" in version "apps\/v1"$/,
    created: [],
  },
  {
    name: 'a StatefulSet without a selector (two causes)',
    from: '  selector:\n    matchLabels:\n      app: nginx\n  template:',
    to: '  template:',
    problems: async (e) => [
      [(await e.lineOf('  serviceName: nginx')) - 1, 'spec.selector: Required value'],
      [await e.lineOf('      labels:'), 'spec.template.metadata.labels: Invalid value'],
    ],
    console: new RegExp(
      '^service/nginx created\\nThe StatefulSet "web" is invalid: ?\\n' +
        '\\* spec\\.selector: Required value\\n' +
        '\\* spec\\.template\\.metadata\\.labels: Invalid value: .*`selector` does not match template `labels`$',
    ),
    created: ['Service/nginx'],
  },
  {
    name: 'an unknown field (replicaz)',
    from: '  replicas: 3\n',
    to: '  replicaz: 3\n',
    problems: async (e) => [[await e.lineOf('replicaz: 3'), 'strict decoding error: unknown field "spec.replicaz"']],
    console: /^service\/nginx created\nError from server \(BadRequest\): error when creating "STDIN": StatefulSet in version "v1" cannot be handled as a StatefulSet: strict decoding error: unknown field "spec\.replicaz"$/,
    created: ['Service/nginx'],
  },
];

for (const [i, c] of CASES.entries()) {
  test(`${c.name}: a marked line, a problem, nothing applied, the text kept across a reload`, async ({ page, editor, graph, timeline, kubectl }) => {
    const before = await graph.settledState();
    expect(workloadKeys(before)).toEqual([]);
    const text = await editor.replace(c.from, c.to);

    const output = await kubectl.outputOf('kubectl apply -f -', () => editor.apply());
    expect(output).toMatch(c.console);
    const problems = await c.problems(editor);
    for (const [line, message] of problems) {
      await expect(editor.problem(line, message), `problem on line ${line}`).toHaveCount(1);
      await expect.poll(() => editor.markerLines('error'), { message: `error marker on line ${line}` }).toContain(line);
    }
    // Clicking the problem goes to its line, where Monaco renders the squiggle.
    await editor.problem(problems[0]![0], problems[0]![1]).getByRole('button').click();
    await expect.poll(() => page.evaluate(() => window.__editor!.getPosition()!.lineNumber)).toBe(problems[0]![0]);
    await expect(editor.region.locator('.squiggly-error').first()).toBeAttached();
    await shot(page, `09-bad-input-${i}`);

    // Nothing of the rejected StatefulSet exists, even after letting the clock run; what was there stays as it was.
    await timeline.runToEnd();
    const after = await graph.settledState();
    expect(workloadKeys(after), 'no StatefulSet, pods, claims or volumes').toEqual([]);
    expect(after).toMatchObject(before);
    for (const key of c.created) expect(after, 'valid documents are still applied').toHaveProperty([key]);
    if (c.created.length === 0) expect(after, 'nothing applied').toEqual(before);
    expect(await editor.text(), 'the text is kept').toBe(text);

    const playhead = await timeline.value();
    await page.reload();
    await editor.ready();
    expect(await editor.text(), 'the text survives a reload').toBe(text);
    await expect(timeline.slider).toHaveValue(String(playhead));
    await expect.poll(() => graph.state()).toEqual(after);
  });
}

const WORKLOAD = /^(StatefulSet|Pod|PersistentVolumeClaim|PersistentVolume)\//;
function workloadKeys(state: Record<string, string>): string[] {
  return Object.keys(state).filter((k) => WORKLOAD.test(k));
}

// Regression: the Events pane once kept only the first line of a multi-line Invalid error (the bare header).
test('the Events pane says why a StatefulSet without a selector was rejected', async ({ page, editor, kubectl }) => {
  await editor.replace('  selector:\n    matchLabels:\n      app: nginx\n  template:', '  template:');
  await kubectl.outputOf('kubectl apply -f -', () => editor.apply());
  await expect(page.getByRole('region', { name: 'Events' })).toContainText(/statefulset\.apps\/web failed \(.*spec\.selector: Required value/, { timeout: 5_000 });
});
