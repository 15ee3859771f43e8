// The scenario library parses, and the seed experiments use the seed's manifests verbatim.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';

const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const read = (f: string) => readFileSync(new URL(f, dir), 'utf8');

function applies(file: string): string[] {
  const r = parseScenario(read(file), file);
  if (!r.ok) throw new Error(r.errors.map((e) => `${file}:${e.line}: ${e.message}`).join('\n'));
  return r.scenario.steps.flatMap((s) => (s.type === 'apply' ? [s.manifest] : []));
}

describe('scenario library', () => {
  it('has the documented scenarios', () => {
    expect(files).toEqual(expect.arrayContaining(['parallel-pod-management.yaml', 'seed-deployment-vs-statefulset.yaml', 'seed-hostpath-partition.yaml', 'statefulset-basics.yaml']));
  });

  it.each(files)('%s is a valid scenario with a title', (f) => {
    const r = parseScenario(read(f), f);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.ok && r.scenario.title).toBeTruthy();
  });

  const seedFile = new URL('../../../shared/seeds/000_8a7132bbe8a12998.txt', import.meta.url);
  it.skipIf(!existsSync(seedFile))('copies the seed manifests exactly', () => {
    const blocks = [...readFileSync(seedFile, 'utf8').matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const [pv, sts, dep] = ['kind: PersistentVolume\n', 'kind: StatefulSet', 'kind: Deployment'].map((k) => blocks.find((b) => b.includes(k)) ?? '');
    const sts119 = sts!.replace('- image: nginx\n', '- image: nginx:1.19\n');
    const parallel = sts!.replace('  #podManagementPolicy: "Parallel"', '  podManagementPolicy: "Parallel" ');
    expect(applies('seed-hostpath-partition.yaml')).toEqual([pv, sts, sts119]);
    expect(applies('seed-deployment-vs-statefulset.yaml')).toEqual([pv, sts, dep]);
    expect(applies('parallel-pod-management.yaml')).toEqual([parallel]);
  });
});
