// `kubectl rollout history` and `kubectl rollout undo`. Mirrors polymorphichelpers history.go
// (DeploymentHistoryViewer from ReplicaSets' deployment.kubernetes.io/revision; StatefulSetHistoryViewer +
// printHistory from owned ControllerRevisions; printTemplate = DescribePodTemplate without a tabwriter) and
// rollback.go (DeploymentRollbacker: deploymentRevision, equalIgnoreHash, getDeploymentPatch;
// StatefulSetRollbacker: findHistory, statefulsetMatch). Deviation: the StatefulSet undo is sent as a JSON patch
// replacing spec.template (kubectl sends the revision's strategic patch with `$patch: replace`: same result).
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { ControllerRevision, KObject, ReplicaSet } from '../../sim/index';
import { describePodTemplate } from '../describe/containers';
import { prefixWriter, tabwrite } from '../describe/writer';
import { fail } from '../errors';
import { listObjects } from '../resources';
import type { KubectlEnv, KubectlOutput, KubectlPlan } from '../types';
import { replicaSetsOf } from '../describe/workloads';
import { canonical, idOf, patchPlan, type Resolved } from './target';

type Target = Extract<Resolved, { kind: string }>;
const CHANGE_CAUSE = 'kubernetes.io/change-cause';

interface Revision {
  readonly number: number;
  readonly template: PodTemplateSpec;
  readonly changeCause?: string;
  readonly source: KObject;
}

/** Revisions by number, ascending. */
function revisionsOf(t: Target, env: KubectlEnv): Revision[] {
  const ns = t.obj.metadata.namespace;
  const out: Revision[] = [];
  if (t.kind === 'Deployment') {
    const sets = replicaSetsOf(env.snapshot, t.obj);
    for (const rs of [...sets.old, ...(sets.new ? [sets.new] : [])] as ReplicaSet[]) {
      const n = Number(rs.metadata?.annotations?.['deployment.kubernetes.io/revision']);
      if (!Number.isInteger(n)) continue;
      out.push({ number: n, template: rs.spec?.template ?? {}, changeCause: rs.metadata?.annotations?.[CHANGE_CAUSE], source: rs as unknown as KObject });
    }
  } else {
    for (const cr of listObjects(env.snapshot, 'ControllerRevision', ns) as unknown as ControllerRevision[]) {
      if (!cr.metadata?.ownerReferences?.some((r) => r.controller && r.uid === t.obj.metadata.uid)) continue;
      const tpl = { ...((cr.data as { spec?: { template?: PodTemplateSpec & { $patch?: string } } } | undefined)?.spec?.template ?? {}) };
      delete tpl.$patch;
      out.push({ number: cr.revision, template: tpl, changeCause: cr.metadata?.annotations?.[CHANGE_CAUSE], source: cr as unknown as KObject });
    }
  }
  return out.sort((a, b) => a.number - b.number);
}

export function runHistory(t: Target, revision: number, env: KubectlEnv): KubectlOutput {
  const revs = revisionsOf(t, env);
  let info: string;
  if (revs.length === 0) info = 'No rollout history found.';
  else if (revision > 0) {
    const r = revs.find((x) => x.number === revision);
    if (!r) return fail('unable to find the specified revision');
    const w = prefixWriter(true);
    const tpl = r.changeCause ? { ...r.template, metadata: { ...r.template.metadata, annotations: { ...r.template.metadata?.annotations, [CHANGE_CAUSE]: r.changeCause } } } : r.template;
    describePodTemplate(w, tpl);
    info = w.done();
  } else info = tabwrite('REVISION\tCHANGE-CAUSE\n' + revs.map((r) => `${r.number}\t${r.changeCause || '<none>'}\n`).join(''));
  const withRevision = revision > 0 ? `with revision #${revision}` : '';
  return { stdout: `${idOf(t.kind, t.name)} ${withRevision}\n${info}\n`, stderr: '', exitCode: 0 };
}

const stripHash = (tpl: PodTemplateSpec): PodTemplateSpec => {
  const labels = { ...tpl.metadata?.labels };
  delete labels['pod-template-hash'];
  return { ...tpl, metadata: { ...tpl.metadata, labels } };
};

const SKIP_ANNOTATIONS = new Set([
  'kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision', 'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas', 'deployment.kubernetes.io/max-replicas', 'deprecated.deployment.rollback.to',
]);

export function planUndo(t: Target, toRevision: number, env: KubectlEnv): KubectlPlan {
  const out = (o: KubectlOutput): KubectlPlan => ({ type: 'output', ...o });
  const notFound = out(fail(`unable to find specified revision ${toRevision} in history`));
  if (toRevision < 0) return notFound;
  const revs = revisionsOf(t, env);
  const ref = { kind: t.kind, namespace: t.obj.metadata.namespace ?? '', name: t.name };
  const current = (t.obj.spec as { template?: PodTemplateSpec } | undefined)?.template ?? {};
  if (t.kind === 'Deployment') {
    if ((t.obj.spec as { paused?: boolean } | undefined)?.paused) {
      return out(fail("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again"));
    }
    const target = toRevision > 0 ? revs.find((r) => r.number === toRevision) : revs[revs.length - 2];
    if (!target) return toRevision > 0 ? notFound : out(fail(`no rollout history found for deployment "${t.name}"`));
    if (canonical(stripHash(target.template)) === canonical(stripHash(current))) {
      return out({ stdout: `${idOf(t.kind, t.name)} skipped rollback (current template already matches revision ${toRevision})\n`, stderr: '', exitCode: 0 });
    }
    const annotations: Record<string, string> = {};
    for (const [k, v] of Object.entries(t.obj.metadata.annotations ?? {})) if (SKIP_ANNOTATIONS.has(k)) annotations[k] = v;
    for (const [k, v] of Object.entries(target.source.metadata.annotations ?? {})) if (!SKIP_ANNOTATIONS.has(k)) annotations[k] = v;
    const patch = [
      { op: 'replace', path: '/spec/template', value: stripHash(target.template) },
      { op: 'replace', path: '/metadata/annotations', value: annotations },
    ];
    return patchPlan(ref, 'json', patch, 'rolled back');
  }
  if (toRevision === 0 && revs.length <= 1) return out(fail('no last revision to roll back to'));
  const target = toRevision > 0 ? revs.find((r) => r.number === toRevision) : revs[revs.length - 2];
  if (!target) return notFound;
  if (canonical(target.template) === canonical(current)) {
    return out({ stdout: `${idOf(t.kind, t.name)} skipped rollback (current template already matches revision ${toRevision})\n`, stderr: '', exitCode: 0 });
  }
  return patchPlan(ref, 'json', [{ op: 'replace', path: '/spec/template', value: target.template }], 'rolled back');
}
