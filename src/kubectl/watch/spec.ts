// Which `kubectl get` invocations stream (-w / --watch-only) and what they watch.
import { bool, str, type ParsedArgs } from '../args';
import { fail } from '../errors';
import type { KubectlEnv, KubectlOutput, KubectlPlan } from '../types';
import { scopeOf } from '../commands/common';
import { parseTargets } from '../commands/getTargets';
import { isNamespaced } from '../resources';
import type { WatchSpec } from '../shell/session';
import { initialWatchLines } from './rows';

/** The watch a `get` asks for, undefined without -w, or kubectl's error for what cannot be watched. */
export function watchSpecOf(parsed: ParsedArgs): WatchSpec | { error: KubectlOutput } | undefined {
  const { flags, args } = parsed;
  const watchOnly = bool(flags['watch-only']);
  if (!bool(flags['watch']) && !watchOnly) return undefined;
  const output = str(flags['output']) ?? '';
  if (output !== '' && output !== 'wide') return undefined; // -o yaml/json/name: print once (Podium does not stream these)
  const targets = parseTargets(args);
  if ('error' in targets || targets.targets.length !== 1) {
    if (!('error' in targets) && targets.targets.length > 1) return { error: fail(`watch is only supported on individual resources and resource collections, but ${targets.targets.length} resources were found`) };
    return undefined;
  }
  const t = targets.targets[0]!;
  if (t.type.kind === 'Event') return undefined;
  const scope = scopeOf(flags);
  const selector = str(flags['selector']);
  return {
    kind: t.type.kind,
    ...(scope.all || !isNamespaced(t.type.kind) ? {} : { namespace: scope.namespace }),
    ...(t.names ? { names: t.names } : {}),
    ...(selector ? { selector } : {}),
    wide: output === 'wide',
    outputWatchEvents: bool(flags['output-watch-events']),
    watchOnly,
  };
}

/** Turn a `get` plan into a watch: the initial list (the CLI stops there) plus a follow-up for the console. */
export function withWatch(parsed: ParsedArgs, env: KubectlEnv, plain: () => KubectlPlan): KubectlPlan {
  const spec = watchSpecOf(parsed);
  if (spec === undefined) return plain();
  if ('error' in spec) return { type: 'output', ...spec.error };
  const base = plain();
  if (base.type !== 'output' || base.exitCode !== 0) return base;
  const first = initialWatchLines(spec, env.snapshot);
  return { type: 'output', stdout: first.lines.map((l) => l + '\n').join(''), stderr: base.stderr.replace(/^No resources found.*\n/m, ''), exitCode: 0, follow: { type: 'watch', spec } };
}
