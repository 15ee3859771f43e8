// Finding the container `kubectl exec`/`attach` talks to, with kubectl v1.34's and the API server's errors.
// Mirrors kubectl pkg/cmd/exec/exec.go (Run: completed-pod check, podcmd.FindOrDefaultContainerByName) and the
// apiserver's pod exec subresource (no host assigned, container not valid) and kubelet (container not found).
import type { ClusterSnapshot, KObject } from '../../sim/index';
import { getObject } from '../resources';
import type { KubectlOutput } from '../types';
import { toolboxOf } from './images';
import type { ContainerContext } from './programs';

interface PodBits {
  spec?: { nodeName?: string; containers?: { name: string; image?: string }[] };
  status?: { phase?: string; containerStatuses?: { name: string; state?: { running?: unknown } }[] };
}

export interface FoundContainer {
  readonly ctx: ContainerContext;
  readonly container: string;
  /** kubectl's note when it picked the first of several containers. */
  readonly notice: string;
}

const fail = (stderr: string): { error: KubectlOutput } => ({ error: { stdout: '', stderr, exitCode: 1 } });

export function findContainer(snapshot: ClusterSnapshot, namespace: string, podName: string, container?: string): FoundContainer | { error: KubectlOutput } {
  const pod = getObject(snapshot, 'Pod', namespace, podName) as (KObject & PodBits) | undefined;
  if (!pod) return fail(`Error from server (NotFound): pods "${podName}" not found\n`);
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return fail(`error: cannot exec into a container in a completed pod; current phase is ${phase}\n`);
  const containers = pod.spec?.containers ?? [];
  let name = container;
  let notice = '';
  if (!name) {
    const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
    name = containers.find((c) => c.name === annotated)?.name ?? containers[0]?.name ?? '';
    if (containers.length > 1 && !annotated) notice = `Defaulted container "${name}" out of: ${containers.map((c) => c.name).join(', ')}\n`;
  }
  if (!pod.spec?.nodeName) return fail(`Error from server (BadRequest): pod ${podName} does not have a host assigned\n`);
  const spec = containers.find((c) => c.name === name);
  if (!spec) return fail(`Error from server (BadRequest): container ${name} is not valid for pod ${podName}\n`);
  const status = pod.status?.containerStatuses?.find((s) => s.name === name);
  if (!status?.state?.running) return fail(`${notice}error: unable to upgrade connection: container not found ("${name}")\n`);
  return { ctx: { snapshot, pod, box: toolboxOf(spec.image ?? '') }, container: name, notice };
}
