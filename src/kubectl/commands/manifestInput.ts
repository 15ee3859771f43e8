// Reading `-f FILE|-` for apply/create/delete: the objects, kubectl's client-side errors, and namespace filling.
import type { KObject, KindName } from '../../sim/index';
import { resourceOf } from '../../sim/index';
import { analyzeManifests } from '../manifest';
import type { KubectlEnv, NamespaceScope } from '../types';

export interface InputObject {
  readonly object: KObject;
  /** `STDIN` or the file name, for `error when creating "web.yaml"`. */
  readonly source: string;
}

export interface ManifestInput {
  readonly items: InputObject[];
  /** Client-side errors (kubectl's exact text, without `error: `), in document order. */
  readonly errors: string[];
}

export function readManifests(filenames: readonly string[], env: KubectlEnv, scope: NamespaceScope): ManifestInput | { fatal: string } {
  const items: InputObject[] = [];
  const errors: string[] = [];
  for (const f of filenames) {
    const source = f === '-' ? 'STDIN' : f;
    const text = f === '-' ? (env.stdin ?? '') : env.files?.[f];
    if (text === undefined) return { fatal: `the path "${f}" does not exist\n${filesHint(env.files)}` };
    const parsed = analyzeManifests(text, source);
    const stopAt = parsed.failures.find((x) => x.stop)?.docIndex ?? Infinity;
    for (const doc of parsed.docs) {
      if (doc.index > stopAt) break;
      const failure = parsed.failures.find((x) => x.docIndex === doc.index);
      if (failure) {
        errors.push(failure.message);
        continue;
      }
      if (doc.objectIndex === undefined) continue;
      const obj = parsed.objects[doc.objectIndex]!;
      const ns = obj.metadata.namespace;
      if (resourceOf(obj.kind as KindName).namespaced) {
        if (scope.explicit && ns && ns !== scope.namespace) {
          errors.push(
            `the namespace from the provided object "${ns}" does not match the namespace "${scope.namespace}". You must pass '--namespace=${ns}' to perform this operation.`,
          );
          continue;
        }
        items.push({ object: { ...obj, metadata: { ...obj.metadata, namespace: ns || scope.namespace } }, source });
      } else items.push({ object: obj, source });
    }
  }
  return { items, errors };
}

/** Podium's hint after kubectl's own error: which files the workspace holds (the editor's tabs). */
export function filesHint(files: KubectlEnv['files']): string {
  const names = Object.keys(files ?? {});
  if (names.length === 0) return "Podium: the workspace has no files; apply the editor's text with the Apply button, or use `kubectl apply -f -`";
  return `Podium: the workspace's files (the editor's tabs) are: ${names.join(', ')}`;
}
