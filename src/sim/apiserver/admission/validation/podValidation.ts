// Pod and pod-template validation. Mirrors kubernetes/kubernetes pkg/apis/core/validation/validation.go
// (ValidatePodSpec, ValidateVolumes, validateVolumeSource, validateRestartPolicy, validateDNSPolicy,
// ValidatePodTemplateSpec, ValidatePodCreate, ValidatePodUpdate).
// Deviations: affinity, security contexts, topology spread and overhead are not validated.
import type { FieldCause } from '../../../api/errors';
import { forbidden, invalid, required, unsupported, duplicate, validateNonnegative } from '../fieldErrors';
import { isDNS1123Label, validateLabels, validateName } from '../names';
import { defaultPod, podVolumeSources } from '../defaults/podDefaults';
import { clone, deepEqual, isRec, num, objects, rec, str, type Json } from '../util';
import { validateContainers } from './containerValidation';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];

function validateVolumes(volumes: Json[], path: string): { causes: FieldCause[]; names: Set<string> } {
  const causes: FieldCause[] = [];
  const names = new Set<string>();
  volumes.forEach((v, i) => {
    const at = `${path}[${i}]`;
    const sources = podVolumeSources(v);
    if (sources.length === 0) causes.push(required(at, 'must specify a volume type'));
    else if (sources.length > 1) causes.push(forbidden(`${at}.${sources[1]}`, 'may not specify more than 1 volume type'));
    const pvc = rec(v['persistentVolumeClaim']);
    if (pvc && !str(pvc['claimName'])) causes.push(required(`${at}.persistentVolumeClaim.claimName`));
    const name = str(v['name']) ?? '';
    if (!name) causes.push(required(`${at}.name`));
    else causes.push(...validateName(name, isDNS1123Label, `${at}.name`));
    if (names.has(name)) causes.push(duplicate(`${at}.name`, name));
    names.add(name);
  });
  return { causes, names };
}

/** ValidatePodSpec at `path` (`spec` for pods, `spec.template.spec` for workload templates). */
export function validatePodSpec(spec: unknown, path: string): FieldCause[] {
  const s = rec(spec) ?? {};
  const { causes, names } = validateVolumes(objects(s['volumes']), `${path}.volumes`);
  const out = [...causes];
  const seen = new Set<string>();
  out.push(...validateContainers(s['containers'], names, `${path}.containers`, seen, true));
  out.push(...validateContainers(s['initContainers'], names, `${path}.initContainers`, seen, false));
  const restart = str(s['restartPolicy']) ?? '';
  if (!restart) out.push(required(`${path}.restartPolicy`));
  else if (!RESTART_POLICIES.includes(restart)) out.push(unsupported(`${path}.restartPolicy`, restart, RESTART_POLICIES));
  const dns = str(s['dnsPolicy']) ?? '';
  if (!dns) out.push(required(`${path}.dnsPolicy`));
  else if (!DNS_POLICIES.includes(dns)) out.push(unsupported(`${path}.dnsPolicy`, dns, DNS_POLICIES));
  out.push(...validateNonnegative(s['terminationGracePeriodSeconds'], `${path}.terminationGracePeriodSeconds`));
  const deadline = num(s['activeDeadlineSeconds']);
  if (deadline !== undefined && deadline <= 0) {
    out.push(invalid(`${path}.activeDeadlineSeconds`, deadline, 'must be between 1 and 2147483647, inclusive'));
  }
  const hostname = str(s['hostname']);
  if (hostname) out.push(...validateName(hostname, isDNS1123Label, `${path}.hostname`));
  const subdomain = str(s['subdomain']);
  if (subdomain) out.push(...validateName(subdomain, isDNS1123Label, `${path}.subdomain`));
  return out;
}

/** ValidatePodTemplateSpec at `path` (`spec.template`): template labels, then the pod spec. */
export function validatePodTemplateSpec(template: unknown, path: string): FieldCause[] {
  const t = rec(template);
  if (!t) return [required(path)];
  const meta = rec(t['metadata']);
  return [
    ...validateLabels(rec(meta?.['labels']) as Record<string, unknown> | undefined, `${path}.labels`),
    ...validatePodSpec(t['spec'], `${path}.spec`),
  ];
}

/**
 * The causes a Pod create would be rejected with (spec only, after pod defaulting; metadata is not checked).
 * For controllers that create pods: `Pod "web-0" is invalid: spec.containers[0].image: Required value`.
 */
export function validatePodSpecCauses(pod: { readonly spec?: unknown }): FieldCause[] {
  const copy: Json = { spec: clone(pod.spec ?? {}) };
  defaultPod(copy);
  return validatePodSpec(copy['spec'], 'spec');
}

const POD_UPDATE_MSG =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,' +
  '`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),' +
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** ValidatePodUpdate: only images, activeDeadlineSeconds, added tolerations (and binding to a node) may change. */
export function validatePodUpdate(spec: unknown, oldSpec: unknown): FieldCause[] {
  const a = clone(rec(spec) ?? {});
  const b = clone(rec(oldSpec) ?? {});
  for (const key of ['containers', 'initContainers'] as const) {
    const olds = objects(b[key]);
    objects(a[key]).forEach((c, i) => {
      if (olds[i]) c['image'] = olds[i]['image'];
    });
  }
  a['activeDeadlineSeconds'] = b['activeDeadlineSeconds'];
  const oldTol = objects(b['tolerations']);
  const newTol = objects(a['tolerations']);
  if (oldTol.every((t) => newTol.some((n) => deepEqual(n, t)))) a['tolerations'] = b['tolerations'];
  if (!str(b['nodeName'])) b['nodeName'] = a['nodeName'];
  if (isRec(a) && !deepEqual(a, b)) return [forbidden('spec', POD_UPDATE_MSG)];
  return [];
}
