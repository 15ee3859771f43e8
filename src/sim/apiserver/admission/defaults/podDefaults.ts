// Pod and pod-template defaulting. Mirrors kubernetes/kubernetes pkg/apis/core/v1/defaults.go (SetDefaults_Pod,
// SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_Probe, SetDefaults_HTTPGetAction, SetDefaults_Volume)
// and the pod admission plugins DefaultTolerationSeconds, Priority and ServiceAccount.
// Deviations: no projected service-account token volume (it needs a random name suffix).
import { child, isRec, objects, setDefault, setDefaultString, str, type Json } from '../util';

/** The image tag as the kubelet's parser sees it: `latest` when neither tag nor digest is given. */
export function imageTag(image: string): string {
  if (image === '') return '';
  if (image.includes('@')) {
    const beforeDigest = image.slice(0, image.indexOf('@'));
    const last = beforeDigest.slice(beforeDigest.lastIndexOf('/') + 1);
    return last.includes(':') ? last.slice(last.indexOf(':') + 1) : '';
  }
  const last = image.slice(image.lastIndexOf('/') + 1);
  return last.includes(':') ? last.slice(last.indexOf(':') + 1) : 'latest';
}

/** SetDefaults_Container: `Always` for `:latest` or untagged images, else `IfNotPresent`. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  return imageTag(image) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultProbe(probe: unknown): void {
  if (!isRec(probe)) return;
  setDefault(probe, 'timeoutSeconds', 1);
  setDefault(probe, 'periodSeconds', 10);
  setDefault(probe, 'successThreshold', 1);
  setDefault(probe, 'failureThreshold', 3);
  const http = probe['httpGet'];
  if (isRec(http)) {
    setDefaultString(http, 'path', '/');
    setDefaultString(http, 'scheme', 'HTTP');
  }
}

function defaultContainer(c: Json): void {
  setDefaultString(c, 'imagePullPolicy', defaultPullPolicy(str(c['image']) ?? ''));
  setDefaultString(c, 'terminationMessagePath', '/dev/termination-log');
  setDefaultString(c, 'terminationMessagePolicy', 'File');
  for (const p of objects(c['ports'])) setDefaultString(p, 'protocol', 'TCP');
  for (const e of objects(c['env'])) {
    const fieldRef = isRec(e['valueFrom']) ? e['valueFrom']['fieldRef'] : undefined;
    if (isRec(fieldRef)) setDefaultString(fieldRef, 'apiVersion', 'v1');
  }
  defaultProbe(c['livenessProbe']);
  defaultProbe(c['readinessProbe']);
  defaultProbe(c['startupProbe']);
}

const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile',
  'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume',
  'scaleIO', 'storageos', 'csi', 'ephemeral', 'image',
] as const;

/** Volume source keys present on a pod volume. */
export function podVolumeSources(v: Json): string[] {
  return VOLUME_SOURCES.filter((k) => v[k] !== undefined && v[k] !== null);
}

function defaultVolume(v: Json): void {
  if (podVolumeSources(v).length === 0) v['emptyDir'] = {};
  for (const k of ['configMap', 'secret'] as const) {
    const src = v[k];
    if (isRec(src)) setDefault(src, 'defaultMode', 420);
  }
  const hostPath = v['hostPath'];
  if (isRec(hostPath)) setDefault(hostPath, 'type', '');
}

/** SetDefaults_PodSpec and its containers/volumes: applies to pods and to pod templates alike. */
export function defaultPodSpec(spec: Json): void {
  setDefaultString(spec, 'dnsPolicy', 'ClusterFirst');
  setDefaultString(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'securityContext', {});
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefaultString(spec, 'schedulerName', 'default-scheduler');
  for (const c of objects(spec['initContainers'])) defaultContainer(c);
  for (const c of objects(spec['containers'])) defaultContainer(c);
  for (const v of objects(spec['volumes'])) defaultVolume(v);
}

/** Defaults for a pod template (`spec.template` of workloads): the pod spec defaults only. */
export function defaultPodTemplate(template: unknown): void {
  if (!isRec(template)) return;
  defaultPodSpec(child(template, 'spec'));
}

const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

function tolerates(tolerations: Json[], key: string): boolean {
  return tolerations.some((t) => {
    const k = str(t['key']) ?? '';
    const effect = str(t['effect']) ?? '';
    return (k === key || k === '') && (effect === 'NoExecute' || effect === '');
  });
}

/** DefaultTolerationSeconds admission: tolerate not-ready/unreachable nodes for 300s unless already tolerated. */
function defaultTolerations(spec: Json): void {
  const tolerations = objects(spec['tolerations']);
  const out: Json[] = Array.isArray(spec['tolerations']) ? (spec['tolerations'] as Json[]) : [];
  for (const key of [NOT_READY, UNREACHABLE]) {
    if (!tolerates(tolerations, key)) {
      out.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
    }
  }
  if (out.length) spec['tolerations'] = out;
}

/** SetDefaults_Pod (requests from limits, enableServiceLinks) + pod admission plugins. For Pod objects only. */
export function defaultPod(pod: Json): void {
  const spec = child(pod, 'spec');
  defaultPodSpec(spec);
  for (const c of [...objects(spec['initContainers']), ...objects(spec['containers'])]) {
    const res = c['resources'];
    if (isRec(res) && isRec(res['limits'])) {
      const requests = child(res, 'requests');
      for (const [k, v] of Object.entries(res['limits'])) setDefault(requests, k, v);
    }
  }
  setDefault(spec, 'enableServiceLinks', true);
  // v1 conversion: the deprecated `serviceAccount` fills an empty serviceAccountName, and is always written back
  // from it; then the ServiceAccount admission plugin defaults the name to `default`.
  setDefaultString(spec, 'serviceAccountName', str(spec['serviceAccount']) || 'default');
  spec['serviceAccount'] = str(spec['serviceAccountName']) ?? 'default';
  setDefault(spec, 'priority', 0);
  setDefaultString(spec, 'preemptionPolicy', 'PreemptLowerPriority');
  defaultTolerations(spec);
}
