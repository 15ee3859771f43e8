// `kubectl get`: tables, -o wide|yaml|json|name, --show-labels, -l, -n/-A, by name(s), comma lists and `all`.
import { printJsonPath } from '../printers/jsonpath';
import type { ClusterSnapshot, KObject, KindName, KubeEvent } from '../../sim/index';
import { qualifiedResource } from '../../sim/index';
import { bool, str, type FlagSpec, type ParsedArgs } from '../args';
import { fail, formatApiError, flagError } from '../errors';
import { isoOfMs, SIM_EPOCH_UNIX_MS } from '../printers/duration';
import { EVENT_HEADERS, eventObject, eventRow, listEvents } from '../printers/events';
import { tableRows } from '../printers/index';
import { formatTable } from '../printers/table';
import { listOf, nameOf, toJson, toYaml } from '../printers/yaml';
import { getObject, isNamespaced, listObjects } from '../resources';
import { matchesSelector, parseSelector } from '../selector';
import { matchesFields, parseFieldSelector, unsupportedField } from '../fieldSelector';
import type { KubectlEnv, KubectlOutput, NamespaceScope } from '../types';
import { ALL_NAMESPACES_FLAG, GLOBAL_FLAGS, noResourcesMessage, scopeOf } from './common';
import { parseTargets } from './getTargets';

export const GET_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  ALL_NAMESPACES_FLAG,
  { name: 'output', short: 'o', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'show-labels', type: 'bool' },
  { name: 'no-headers', type: 'bool' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'output-watch-events', type: 'bool' },
  { name: 'ignore-not-found', type: 'bool' },
];

const FORMATS = ['', 'wide', 'yaml', 'json', 'name', 'jsonpath'];
const ALLOWED =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';
const ENDPOINTS_WARNING = 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n';

interface Group {
  readonly kind: KindName | 'Event';
  readonly objects: KObject[];
  /** For the Event group: the events listed (after field selection). */
  readonly events?: KubeEvent[];
}

export function runGet(parsed: ParsedArgs, env: KubectlEnv): KubectlOutput {
  const { flags, args } = parsed;
  const scope = scopeOf(flags);
  const rawOutput = str(flags['output']) ?? '';
  const jsonPath = /^jsonpath=/.exec(rawOutput) ? rawOutput.slice('jsonpath='.length) : undefined;
  const output = jsonPath !== undefined ? 'jsonpath' : rawOutput;
  if (!FORMATS.includes(output)) {
    return fail(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${ALLOWED}`);
  }
  if (args.length === 0) {
    return {
      stdout: '',
      stderr:
        'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
        'error: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
        "See 'kubectl get -h' for help and examples\n",
      exitCode: 1,
    };
  }
  const parsedTargets = parseTargets(args);
  if ('error' in parsedTargets) return fail(parsedTargets.error);
  const selectorText = str(flags['selector']);
  const selector = parseSelector(selectorText ?? '');
  if ('error' in selector) return fail(selector.error);
  const fieldText = str(flags['field-selector']) ?? '';
  const fields = parseFieldSelector(fieldText);
  if ('error' in fields) return fail(fields.error);
  for (const t of parsedTargets.targets) {
    const bad = unsupportedField(t.type.kind, fields);
    if (bad === undefined) continue;
    const gvr = t.type.kind === 'Event' ? '/v1, Resource=events' : `${t.type.info.group ? t.type.info.group + '/' : '/'}${t.type.info.version}, Resource=${t.type.info.plural}`;
    return { stdout: '', stderr: `Error from server (BadRequest): Unable to find "${gvr}" that match label selector "${selectorText ?? ''}", field selector "${fieldText}": field label not supported: ${bad}\n`, exitCode: 1 };
  }
  const named = parsedTargets.targets.some((t) => t.names);
  if (named && selectorText) return fail('name cannot be provided when a selector is specified');
  if (named && scope.all) return fail('a resource cannot be retrieved by name across all namespaces');

  const errors: string[] = [];
  const groups: Group[] = [];
  const listNs = scope.all ? undefined : scope.namespace;
  for (const t of parsedTargets.targets) {
    if (t.type.kind === 'Event') {
      const evs = listEvents(env.snapshot.events, listNs).filter((e) => matchesFields(fields, eventObject(e, SIM_EPOCH_UNIX_MS, isoOfMs)));
      groups.push({ kind: 'Event', objects: evs.map((e) => eventObject(e, SIM_EPOCH_UNIX_MS, isoOfMs)), events: evs });
      continue;
    }
    const kind = t.type.kind;
    if (!t.names) {
      const objs = listObjects(env.snapshot, kind, listNs).filter((o) => matchesSelector(selector, o.metadata.labels) && matchesFields(fields, o));
      groups.push({ kind, objects: objs });
      continue;
    }
    const found: KObject[] = [];
    for (const name of t.names) {
      const obj = getObject(env.snapshot, kind, scope.namespace, name);
      if (obj) found.push(obj);
      else if (!bool(flags['ignore-not-found'])) {
        errors.push(formatApiError({ reason: 'NotFound', resource: qualifiedResource(kind), name }));
      }
    }
    groups.push({ kind, objects: found });
  }

  let stderr = parsedTargets.targets.some((t) => t.type.kind === 'Endpoints') ? ENDPOINTS_WARNING : '';
  const errText = errors.map((e) => e + '\n').join('');
  const exitCode = errors.length > 0 ? 1 : 0;
  const all = groups.flatMap((g) => g.objects);

  if (output === 'yaml' || output === 'json' || output === 'jsonpath') {
    if (parsedTargets.singleItem && all.length <= 1 && errors.length > 0) return { stdout: '', stderr: stderr + errText, exitCode };
    const value = parsedTargets.singleItem && all.length === 1 ? all[0] : listOf(all);
    if (output === 'jsonpath') {
      try {
        return { stdout: printJsonPath(jsonPath ?? '', JSON.parse(JSON.stringify(value))), stderr: stderr + errText, exitCode };
      } catch (e) {
        return fail(`error parsing jsonpath ${jsonPath}, ${(e as Error).message}`);
      }
    }
    return { stdout: output === 'yaml' ? toYaml(value) : toJson(value), stderr: stderr + errText, exitCode };
  }
  if (all.length === 0) {
    if (errors.length === 0 && !named) {
      const namespaced = parsedTargets.targets.every((t) => t.type.kind === 'Event' || isNamespaced(t.type.kind));
      stderr += noResourcesMessage(scope, namespaced);
    }
    return { stdout: '', stderr: stderr + errText, exitCode };
  }
  if (output === 'name') return { stdout: all.map((o) => nameOf(o) + '\n').join(''), stderr: stderr + errText, exitCode };
  const stdout = printTables(groups, env.snapshot, scope, {
    wide: output === 'wide',
    showLabels: bool(flags['show-labels']),
    noHeaders: bool(flags['no-headers']),
    withKind: new Set(groups.map((g) => g.kind)).size > 1,
  });
  return { stdout, stderr: stderr + errText, exitCode };
}

function printTables(
  groups: readonly Group[],
  snapshot: ClusterSnapshot,
  scope: NamespaceScope,
  o: { wide: boolean; showLabels: boolean; noHeaders: boolean; withKind: boolean },
): string {
  const blocks: string[] = [];
  for (const g of groups) {
    if (g.objects.length === 0) continue;
    let rows: string[][];
    if (g.kind === 'Event') {
      const evs = g.events ?? listEvents(snapshot.events, scope.all ? undefined : scope.namespace);
      rows = [[...EVENT_HEADERS], ...evs.map((e) => eventRow(e, snapshot.nowMs))];
      if (scope.all) rows = rows.map((r, i) => [i === 0 ? 'NAMESPACE' : (evs[i - 1]?.involved.namespace || 'default'), ...r]);
    } else {
      const withNamespace = scope.all && isNamespaced(g.kind);
      rows = tableRows(g.kind, g.objects, { nowMs: snapshot.nowMs, wide: o.wide, showLabels: o.showLabels, withNamespace, withKind: o.withKind });
    }
    blocks.push(formatTable(o.noHeaders ? rows.slice(1) : rows));
  }
  return blocks.join('\n');
}

export function getUsageError(message: string): KubectlOutput {
  return flagError(message, 'get');
}
