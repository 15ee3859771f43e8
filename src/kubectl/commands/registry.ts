// kubectl's command names (for "Did you mean this?") and the ones Podium simulates.
import type { FlagSpec, ParsedArgs } from '../args';
import type { KubectlEnv, KubectlPlan } from '../types';
import { APPLY_FLAGS, planApply } from './apply';
import { CREATE_FORM_FLAGS, planCreate } from './createForms';
import { DELETE_FLAGS, planDelete } from './delete';
import { DESCRIBE_FLAGS, runDescribe } from './describe';
import { GET_FLAGS, runGet } from './get';
import { API_RESOURCES_FLAGS, VERSION_FLAGS, runApiResources, runClusterInfo, runVersion } from './info';
import { GLOBAL_FLAGS } from './common';
import { EXPLAIN_FLAGS, runExplain } from './explain';
import { LOGS_FLAGS, runLogs } from './logs';
import { CORDON_FLAGS, DRAIN_FLAGS, planCordon, planDrain } from './drain';
import { LABEL_FLAGS, planLabel } from './label';
import { PATCH_FLAGS, planPatch } from './patch';
import { SET_FLAGS, planSet } from './set';
import { ROLLOUT_FLAGS, planRollout } from './rollout';
import { SCALE_FLAGS, planScale } from './scale';
import { EXEC_FLAGS, planExec } from './exec';
import { RUN_FLAGS, planRun } from './run';
import { WAIT_FLAGS, planWait } from './wait';
import { CREATE_SUB_FLAGS, CREATE_SUBCOMMANDS } from './createSub';
import { withWatch } from '../watch/spec';

/** `kubectl create`'s flags: those of its file form, its configmap/secret/namespace forms and its deployment/service forms. */
const CREATE_FLAGS: readonly FlagSpec[] = [...CREATE_FORM_FLAGS, ...CREATE_SUB_FLAGS.filter((f) => !CREATE_FORM_FLAGS.some((g) => g.name === f.name))];

export interface CommandDef {
  readonly flags: readonly FlagSpec[];
  readonly summary: string;
  plan(parsed: ParsedArgs, env: KubectlEnv): KubectlPlan;
}

const output = (o: { stdout: string; stderr: string; exitCode: number }): KubectlPlan => ({ type: 'output', ...o });

export const COMMANDS: Readonly<Record<string, CommandDef>> = {
  get: { flags: [...GET_FLAGS, { name: 'watch-only', type: 'bool' }], summary: 'Display one or many resources', plan: (p, env) => withWatch(p, env, () => output(runGet(p, env))) },
  exec: { flags: EXEC_FLAGS, summary: 'Execute a command in a container', plan: planExec },
  run: { flags: RUN_FLAGS, summary: 'Run a particular image on the cluster', plan: planRun },
  describe: { flags: DESCRIBE_FLAGS, summary: 'Show details of a specific resource or group of resources', plan: (p, env) => output(runDescribe(p, env)) },
  apply: { flags: APPLY_FLAGS, summary: 'Apply a configuration to a resource by file name or stdin', plan: (p, env) => planApply('apply', p, env) },
  create: { flags: CREATE_FLAGS, summary: 'Create a resource from a file or from stdin', plan: (p, env) => (p.args[0] !== undefined && CREATE_SUBCOMMANDS[p.args[0]] ? CREATE_SUBCOMMANDS[p.args[0]]!(p, env) : planCreate(p, env)) },
  delete: { flags: DELETE_FLAGS, summary: 'Delete resources by file names, stdin, resources and names, or by resources and label selector', plan: planDelete },
  rollout: { flags: ROLLOUT_FLAGS, summary: 'Manage the rollout of a resource', plan: planRollout },
  patch: { flags: PATCH_FLAGS, summary: 'Update fields of a resource', plan: planPatch },
  label: { flags: LABEL_FLAGS, summary: 'Update the labels on a resource', plan: (p, env) => planLabel('label', p, env) },
  annotate: { flags: LABEL_FLAGS, summary: 'Update the annotations on a resource', plan: (p, env) => planLabel('annotate', p, env) },
  set: { flags: SET_FLAGS, summary: 'Set specific features on objects', plan: planSet },
  cordon: { flags: CORDON_FLAGS, summary: 'Mark node as unschedulable', plan: (p, env) => planCordon(true, p, env) },
  uncordon: { flags: CORDON_FLAGS, summary: 'Mark node as schedulable', plan: (p, env) => planCordon(false, p, env) },
  drain: { flags: DRAIN_FLAGS, summary: 'Drain node in preparation for maintenance', plan: planDrain },
  logs: { flags: LOGS_FLAGS, summary: 'Print the logs for a container in a pod', plan: (p, env) => output(runLogs(p, env)) },
  explain: { flags: EXPLAIN_FLAGS, summary: 'Get documentation for a resource', plan: (p) => output(runExplain(p)) },
  wait: { flags: WAIT_FLAGS, summary: 'Experimental: Wait for a specific condition on one or many resources', plan: planWait },
  scale: { flags: SCALE_FLAGS, summary: 'Set a new size for a deployment, replica set, or stateful set', plan: planScale },
  version: { flags: VERSION_FLAGS, summary: 'Print the client and server version information', plan: (p) => output(runVersion(p)) },
  'cluster-info': { flags: GLOBAL_FLAGS, summary: 'Display cluster information', plan: () => output(runClusterInfo()) },
  'api-resources': { flags: API_RESOURCES_FLAGS, summary: 'Print the supported API resources on the server', plan: (p) => output(runApiResources(p)) },
};

/** Every top-level kubectl v1.34 command, sorted (cobra suggests from these). */
export const KUBECTL_COMMANDS: readonly string[] = [
  'alpha', 'annotate', 'api-resources', 'api-versions', 'apply', 'attach', 'auth', 'autoscale', 'certificate',
  'cluster-info', 'completion', 'config', 'cordon', 'cp', 'create', 'debug', 'delete', 'describe', 'diff', 'drain',
  'edit', 'events', 'exec', 'explain', 'expose', 'get', 'help', 'kustomize', 'label', 'logs', 'options', 'patch',
  'plugin', 'port-forward', 'proxy', 'replace', 'rollout', 'run', 'scale', 'set', 'taint', 'top', 'uncordon',
  'version', 'wait',
];

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** cobra SuggestionsFor: edit distance <= 2 (case-insensitive) or a prefix match. */
export function suggestCommands(typed: string): string[] {
  const t = typed.toLowerCase();
  return KUBECTL_COMMANDS.filter((c) => c !== 'help' && (levenshtein(t, c) <= 2 || c.startsWith(t)));
}
