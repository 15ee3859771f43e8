// Mirrors kubernetes/kubernetes component-helpers/scheduling/corev1/nodeaffinity (the required node selector of a
// PersistentVolume: terms are ORed, expressions within a term ANDed). Used when a WaitForFirstConsumer claim is
// matched against static volumes on the node the scheduler selected.
// Deviations: Gt/Lt compare integers only; matchFields supports metadata.name.
import type { KObject, PersistentVolume } from '../../api/types';

type Requirement = { key: string; operator: string; values?: string[] };

function requirementMatches(r: Requirement, value: string | undefined): boolean {
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In': return value !== undefined && values.includes(value);
    case 'NotIn': return value === undefined || !values.includes(value);
    case 'Exists': return value !== undefined;
    case 'DoesNotExist': return value === undefined;
    case 'Gt': return value !== undefined && Number.parseInt(value, 10) > Number.parseInt(values[0] ?? '', 10);
    case 'Lt': return value !== undefined && Number.parseInt(value, 10) < Number.parseInt(values[0] ?? '', 10);
    default: return false;
  }
}

/** True when the volume has no required node affinity, or one of its terms matches the node. */
export function volumeFitsNode(v: PersistentVolume, node: KObject): boolean {
  const terms = v.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!terms) return true;
  const labels = node.metadata.labels ?? {};
  return terms.some((t) => {
    const exprs = t.matchExpressions ?? [];
    const fields = t.matchFields ?? [];
    if (!exprs.length && !fields.length) return false;
    return exprs.every((r) => requirementMatches(r, labels[r.key]))
      && fields.every((r) => requirementMatches(r, r.key === 'metadata.name' ? node.metadata.name : undefined));
  });
}
