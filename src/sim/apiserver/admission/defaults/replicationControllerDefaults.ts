// ReplicationController (core/v1) defaulting. Mirrors kubernetes/kubernetes pkg/apis/core/v1/defaults.go
// SetDefaults_ReplicationController: with template labels, an empty selector becomes those labels and so do empty
// object labels; replicas defaults to 1; the pod template gets the pod-spec defaults.
import { child, isRec, setDefault, type Json } from '../util';
import { defaultPodTemplate } from './podDefaults';

const isEmptyMap = (v: unknown): boolean => !isRec(v) || Object.keys(v).length === 0;

export function defaultReplicationController(obj: Json): void {
  const spec = child(obj, 'spec');
  const template = spec['template'];
  const labels = isRec(template) && isRec(template['metadata']) ? template['metadata']['labels'] : undefined;
  if (isRec(labels)) {
    if (isEmptyMap(spec['selector'])) spec['selector'] = { ...labels };
    const meta = child(obj, 'metadata');
    if (isEmptyMap(meta['labels'])) meta['labels'] = { ...labels };
  }
  setDefault(spec, 'replicas', 1);
  if (isRec(template)) defaultPodTemplate(template);
}
