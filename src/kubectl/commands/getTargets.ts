// Turn `get`/`delete` arguments into per-kind targets: `TYPE[,TYPE] [NAME...]` or `TYPE/NAME...`.
import { resolveType, resolveTypes, type RequestedType } from '../resources';

export interface Target {
  readonly type: RequestedType;
  /** Names asked for; undefined means "list". */
  readonly names?: string[];
}

export type TargetResult = { targets: Target[]; singleItem: boolean } | { error: string };

export function parseTargets(args: readonly string[]): TargetResult {
  if (args.some((a) => a.includes('/'))) {
    const targets: Target[] = [];
    for (const a of args) {
      const slash = a.indexOf('/');
      if (slash < 0) {
        return {
          error:
            "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
        };
      }
      const typeWord = a.slice(0, slash);
      const name = a.slice(slash + 1);
      const type = resolveType(typeWord);
      if (!type) return { error: `the server doesn't have a resource type "${typeWord}"` };
      if (name === '') return { error: `arguments in resource/name form must have a single resource and name` };
      const existing = targets.find((t) => t.type.kind === type.kind);
      if (existing) existing.names!.push(name);
      else targets.push({ type, names: [name] });
    }
    return { targets, singleItem: args.length === 1 };
  }
  const [typeList, ...names] = args;
  const types = resolveTypes(typeList ?? '');
  if ('unknown' in types) return { error: `the server doesn't have a resource type "${types.unknown}"` };
  if (names.length === 0) return { targets: types.map((type) => ({ type })), singleItem: false };
  return { targets: types.map((type) => ({ type, names: [...names] })), singleItem: types.length === 1 && names.length === 1 };
}
