// A workspace as a scenario file (DESIGN "Scenario files"): the page's `Download scenario`. The action log becomes
// steps in order, each preceded by a `wait:` for the simulated time that passed since the previous one, so that
// `npx podium run` replays the same history (same seed, same cluster, same requests at the same times) to the
// same result. The editor's text goes in as a comment block at the top, so nothing the learner wrote is lost.
//   apply → `apply:` with the applied objects as YAML; delete / scale / patch → the equivalent `kubectl:` command
//   (deletes with --wait=false: the page's Delete does not block); fault → `fault:`; create / replace typed in
//   the console → the command as typed (it carries no file), else `apply:` of its objects with a note.
import { stringify } from 'yaml';
import type { ClientRequest, ObjectRef, RecordedAction, WorkspaceLog } from '../sim';

export interface WorkspaceText {
  /** The editor's text (kept as a comment block). */
  readonly text?: string;
  readonly title?: string;
}

const CLUSTER_SCOPED = new Set(['Node', 'Namespace', 'PersistentVolume', 'StorageClass']);
const ns = (ref: ObjectRef) => (CLUSTER_SCOPED.has(ref.kind) ? '' : ` -n ${ref.namespace || 'default'}`);
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function requestStep(action: RecordedAction): Record<string, unknown>[] {
  const r: ClientRequest = action.request;
  switch (r.type) {
    case 'apply':
      return [{ apply: r.objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n') }];
    case 'delete': {
      const flags = [
        '--wait=false',
        ...(r.gracePeriodSeconds !== undefined ? [`--grace-period=${r.gracePeriodSeconds}`] : []),
        ...(r.force ? ['--force'] : []),
        ...(r.propagation === 'Orphan' ? ['--cascade=orphan'] : r.propagation === 'Foreground' ? ['--cascade=foreground'] : []),
      ].join(' ');
      // One command per namespace/kind group keeps each `-n` right.
      return r.targets.map((t) => ({ kubectl: `delete ${t.kind.toLowerCase()} ${t.name}${ns(t)} ${flags}` }));
    }
    case 'scale':
      return [{ kubectl: `scale ${r.target.kind.toLowerCase()} ${r.target.name}${ns(r.target)} --replicas=${r.replicas}` }];
    case 'patch':
      return [{ kubectl: `patch ${r.target.kind.toLowerCase()} ${r.target.name}${ns(r.target)} --type=${r.patchType} -p ${quote(JSON.stringify(r.patch))}` }];
    case 'fault':
      return [{ fault: { ...r.fault } }];
    case 'create':
    case 'replace': {
      const typed = action.command.trim();
      if (/^kubectl\s/.test(typed) && !/(^|\s)(-f|--filename)(\s|=|$)/.test(typed)) return [{ kubectl: typed.replace(/^kubectl\s+/, '') }];
      return [{ note: `Was: ${typed} (replayed as apply)` }, { apply: r.objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n') }];
    }
    default:
      return [{ note: `Not replayable: ${(r as { type: string }).type}` }];
  }
}

/** The scenario YAML text of a workspace. */
export function workspaceToScenario(log: WorkspaceLog, ws: WorkspaceText = {}): string {
  const steps: Record<string, unknown>[] = [];
  let now = 0;
  for (const action of log.actions) {
    if (action.atMs > now) steps.push({ wait: `${action.atMs - now}ms` });
    now = Math.max(now, action.atMs);
    steps.push(...requestStep(action));
  }
  const gates = log.config.featureGates ?? {};
  const doc = {
    ...(ws.title ? { title: ws.title } : {}),
    seed: log.seed,
    cluster: {
      nodes: log.config.nodes,
      defaultStorageClass: log.config.defaultStorageClass,
      ...(Object.keys(gates).length ? { featureGates: gates } : {}),
    },
    steps,
  };
  const editor = ws.text === undefined ? '' : [
    '# The editor held this text when the scenario was downloaded (it is not applied unless a step says so):',
    ...ws.text.split('\n').map((l) => (l ? `#   ${l}` : '#')),
    '',
  ].join('\n');
  return `# A Podium workspace: \`npx podium run\` replays it.\n${editor}${stringify(doc, { lineWidth: 0, blockQuote: 'literal' })}`;
}
