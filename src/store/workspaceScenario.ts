// The workspace as a scenario file (DESIGN "Scenario files") that `npx podium run` replays to the same cluster:
// the action log's requests become steps, with `wait:` steps for the simulated time between them.
// A minimal serializer for the open/save round trip; the `Download scenario` button's may replace it (same name).
import { stringify } from 'yaml';
import type { ClientRequest, ObjectRef, WorkspaceLog } from '../sim';

export interface WorkspaceForScenario {
  readonly text: string;
  readonly log: WorkspaceLog;
  /** Simulated ms the scenario should run to before its final settle (the playhead or the live edge). */
  readonly untilMs?: number;
  readonly title?: string;
}

const CLUSTER_SCOPED = new Set(['PersistentVolume', 'StorageClass', 'Node', 'Namespace']);
const nsFlag = (ref: ObjectRef) => (CLUSTER_SCOPED.has(ref.kind) || !ref.namespace || ref.namespace === 'default' ? '' : ` -n ${ref.namespace}`);
const single = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** One request as scenario steps (plain objects, stringified together at the end). */
function stepsOf(request: ClientRequest): Record<string, unknown>[] {
  switch (request.type) {
    case 'apply':
    case 'create':
    case 'replace':
      // A create or replace of whole objects has the same effect as applying them to a cluster that does not have
      // them / has them: the page's `kubectl create|replace -f` and Apply all send full objects.
      return [{ apply: request.objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n') }];
    case 'delete': {
      const flags = [
        request.propagation && request.propagation !== 'Background' ? ` --cascade=${request.propagation.toLowerCase()}` : '',
        request.force ? ' --force' : '',
        request.gracePeriodSeconds !== undefined ? ` --grace-period=${request.gracePeriodSeconds}` : '',
      ].join('');
      return request.targets.map((t) => ({ kubectl: `delete ${t.kind.toLowerCase()} ${t.name}${nsFlag(t)}${flags}` }));
    }
    case 'scale':
      return [{ kubectl: `scale ${request.target.kind.toLowerCase()}/${request.target.name}${nsFlag(request.target)} --replicas=${request.replicas}` }];
    case 'patch':
      return [{ kubectl: `patch ${request.target.kind.toLowerCase()} ${request.target.name}${nsFlag(request.target)} --type ${request.patchType} -p ${single(JSON.stringify(request.patch))}` }];
    case 'fault':
      return [{ fault: { ...request.fault } }];
    default:
      throw new Error('unreachable: request ' + (request satisfies never));
  }
}

/**
 * The scenario text.
 * @example workspaceToScenario({ text, log: timeline.log, untilMs: playheadMs })
 */
export function workspaceToScenario(ws: WorkspaceForScenario): string {
  const { log } = ws;
  const steps: Record<string, unknown>[] = [];
  let now = 0;
  for (const action of log.actions) {
    if (action.atMs > now) steps.push({ wait: `${action.atMs - now}ms` });
    now = Math.max(now, action.atMs);
    steps.push(...stepsOf(action.request));
  }
  if (ws.untilMs !== undefined && ws.untilMs > now) steps.push({ wait: `${ws.untilMs - now}ms` });
  const doc: Record<string, unknown> = {
    ...(ws.title ? { title: ws.title } : {}),
    seed: log.seed,
    cluster: {
      nodes: log.config.nodes,
      defaultStorageClass: log.config.defaultStorageClass,
      ...(Object.keys(log.config.featureGates).length ? { featureGates: { ...log.config.featureGates } } : {}),
    },
    steps: steps.length ? steps : [{ note: 'An empty workspace.' }],
  };
  return stringify(doc, { lineWidth: 0, blockQuote: 'literal' });
}
