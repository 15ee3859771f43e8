import { describe, expect, test, vi } from 'vitest';
import { locateField, parseManifests } from './index';
import { splitChunks } from './chunks';
import { analyzeManifests } from './manifest';
vi.mock('../sim/index', () => import('./testing/simApi'));

const MULTI = `# headless service
apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  replicas: 3
  template:
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.24
      - name: sidecar
        image: busybox
--- # trailing comment doc
# only a comment
`;

describe('parseManifests', () => {
  test('multi-document: objects, docs with 1-based line ranges, no problems', () => {
    const r = parseManifests(MULTI);
    expect(r.problems).toEqual([]);
    expect(r.objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Service/nginx', 'StatefulSet/web']);
    expect(r.docs).toEqual([
      { index: 0, startLine: 2, endLine: 9, kind: 'Service', name: 'nginx', objectIndex: 0 },
      { index: 1, startLine: 11, endLine: 23, kind: 'StatefulSet', name: 'web', objectIndex: 1 },
    ]);
  });
  test('separators: `---` lines only, with optional comment', () => {
    expect(splitChunks('a: 1\n---\nb: 2\n--- # x\nc: 3').map((c) => c.firstLine)).toEqual([1, 3, 5]);
    expect(splitChunks('a: "---"\n ---\n').length).toBe(1);
  });
  test('YAML syntax error: kubectl message with the line relative to its document; editor problem absolute', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: x: y\n';
    const r = analyzeManifests(text, 'STDIN');
    expect(r.objects.length).toBe(1);
    expect(r.failures).toEqual([
      { docIndex: 1, stop: true, message: 'error parsing STDIN: error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context' },
    ]);
    expect(r.problems[0]).toMatchObject({ line: 9, column: 9, severity: 'error', source: 'yaml', message: 'mapping values are not allowed in this context' });
  });
  test('common syntax errors in go-yaml words', () => {
    const msg = (t: string) => analyzeManifests(t, 'web.yaml').failures[0]?.message;
    expect(msg('a:\n\tb: 1\n')).toBe('error parsing web.yaml: error converting YAML to JSON: yaml: line 2: found character that cannot start any token');
    expect(msg('metadata:\n  name x\n  labels: {}\n')).toMatch(/line 2: could not find expected ':'$/);
    expect(msg('metadata:\n  name: x\n labels: y\n')).toMatch(/line 3: did not find expected key$/);
  });
  test('missing apiVersion/kind: kubectl validation error', () => {
    const r = analyzeManifests('metadata:\n  name: x\n');
    expect(r.failures[0]?.message).toBe(
      'error validating "STDIN": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false',
    );
    expect(analyzeManifests('apiVersion: v1\nmetadata:\n  name: x\n').failures[0]?.message).toContain('error validating data: kind not set;');
  });
  test('unknown kind or version: resource mapping not found (does not stop the stream)', () => {
    const r = analyzeManifests('apiVersion: apps/v1\nkind: StatefulSett\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n');
    expect(r.failures).toEqual([
      {
        docIndex: 0,
        stop: false,
        message: 'resource mapping not found for name: "web" namespace: "" from "STDIN": no matches for kind "StatefulSett" in version "apps/v1"\nensure CRDs are installed first',
      },
    ]);
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['s']);
    expect(r.problems[0]).toMatchObject({ line: 2, source: 'kubectl' });
    expect(analyzeManifests('apiVersion: v1\nkind: Deployment\nmetadata:\n  name: d\n').failures[0]?.message).toContain('no matches for kind "Deployment" in version "v1"');
  });
  test('alias bombs are refused', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    const r = analyzeManifests(bomb);
    expect(r.objects).toEqual([]);
    expect(r.failures[0]?.stop).toBe(true);
  });
});

describe('locateField', () => {
  test('nested list paths resolve to the key line', () => {
    expect(locateField(MULTI, 1, 'spec.template.spec.containers[1].image')).toEqual({ line: 23, column: 9, endLine: 23, endColumn: 14 });
    expect(locateField(MULTI, 1, 'spec.template.spec.containers[0]')).toMatchObject({ line: 20, column: 9 });
    expect(locateField(MULTI, 1, 'spec.replicas')).toMatchObject({ line: 16, column: 3 });
    expect(locateField(MULTI, 0, 'spec.ports[0].port')).toMatchObject({ line: 9, column: 5 });
    expect(locateField(MULTI, 1, 'metadata.name')).toMatchObject({ line: 14, column: 3 });
  });
  test('missing fields fall back to the nearest existing ancestor', () => {
    expect(locateField(MULTI, 1, 'spec.replicaz')).toMatchObject({ line: 15, column: 1 });
    expect(locateField(MULTI, 1, 'spec.template.spec.containers[5].image')).toMatchObject({ line: 19, column: 7 });
    expect(locateField(MULTI, 1, 'status.replicas')).toMatchObject({ line: 11, column: 1 });
  });
  test('unknown document index', () => {
    expect(locateField(MULTI, 2, 'spec')).toBeUndefined();
  });
});
