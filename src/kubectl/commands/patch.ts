// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]` (also TYPE/NAME). Mirrors kubectl
// pkg/cmd/patch/patch.go: the patch text goes through yaml.ToJSON (so YAML flow style works too), and the result
// prints `<kind.group>/<name> patched` or `patched (no change)`.
import { parseDocument } from 'yaml';
import { str, type FlagSpec, type ParsedArgs } from '../args';
import { fail } from '../errors';
import type { KubectlEnv, KubectlPlan } from '../types';
import { goYamlMessage } from '../yamlErrors';
import { GLOBAL_FLAGS, scopeOf } from './common';
import { patchPlan, resolveOne } from './target';

export const PATCH_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'patch', short: 'p', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'patch-file', type: 'string' },
  { name: 'dry-run', type: 'string' },
];

/** yaml.ToJSON of the patch text, or kubectl's parse error. */
export function parsePatch(text: string): { value: unknown } | { error: string } {
  const doc = parseDocument(text, { uniqueKeys: false, version: '1.1' });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line ?? 1;
    return { error: `unable to parse "${text}": error converting YAML to JSON: yaml: line ${line}: ${goYamlMessage(err)}` };
  }
  return { value: doc.toJS() as unknown };
}

export function planPatch(parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const out = (o: { stdout: string; stderr: string; exitCode: number }): KubectlPlan => ({ type: 'output', ...o });
  const type = str(parsed.flags['type']) ?? 'strategic';
  if (!['json', 'merge', 'strategic'].includes(type)) return out(fail(`--type must be one of [json merge strategic], not "${type}"`));
  let text = str(parsed.flags['patch']);
  const file = str(parsed.flags['patch-file']);
  if (file !== undefined) {
    if (text !== undefined) return out(fail('cannot specify --patch and --patch-file together'));
    text = env.files?.[file];
    if (text === undefined) return out(fail(`unable to read patch file: open ${file}: no such file or directory`));
  }
  if (text === undefined || text === '') return out(fail('must specify --patch or --patch-file containing the contents of the patch'));
  const target = resolveOne(parsed.args, scopeOf(parsed.flags).namespace, env);
  if ('error' in target) return out(target.error);
  const patch = parsePatch(text);
  if ('error' in patch) return out(fail(patch.error));
  if (type === 'json' && !Array.isArray(patch.value)) {
    return out({ stdout: '', stderr: 'Error from server (BadRequest): json: cannot unmarshal object into Go value of type jsonpatch.Patch\n', exitCode: 1 });
  }
  const ref = { kind: target.kind, namespace: target.obj.metadata.namespace ?? '', name: target.name };
  return patchPlan(ref, type as 'json' | 'merge' | 'strategic', patch.value, 'patched', 'patched (no change)');
}
