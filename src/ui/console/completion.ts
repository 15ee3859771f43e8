// Tab completion for the console: kubectl commands, flags, resource types and object names from the snapshot
// at the playhead; in a container shell, its commands and the kubelet-managed files. Pure.
import type { ClusterSnapshot, KindName } from '../../sim';
import { RESOURCES, findResource } from '../../sim';
import { COMMANDS } from '../../kubectl/commands/registry';

export interface Completion {
  /** The line with the current word completed (as far as it is unambiguous). */
  readonly line: string;
  /** Every match when more than one remains (shown to the user), else empty. */
  readonly candidates: readonly string[];
}

const TYPE_COMMANDS = new Set(['get', 'describe', 'delete', 'scale', 'label', 'annotate', 'patch', 'edit', 'rollout', 'explain', 'wait']);
const POD_COMMANDS = new Set(['exec', 'logs', 'attach', 'port-forward']);
const SHELL_COMMANDS = ['cat', 'dig', 'echo', 'exit', 'hostname', 'ls', 'nslookup', 'pwd'];
const FILES = ['/etc/hostname', '/etc/hosts', '/etc/resolv.conf'];

function commonPrefix(words: readonly string[]): string {
  let p = words[0] ?? '';
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function namesOf(snap: ClusterSnapshot | null, kind: KindName, namespace: string): string[] {
  const objs = Object.values(snap?.objects[kind] ?? {});
  const namespaced = RESOURCES.find((r) => r.kind === kind)?.namespaced ?? true;
  return objs.filter((o) => !namespaced || (o.metadata.namespace ?? '') === namespace).map((o) => o.metadata.name ?? '').sort();
}

/** Candidates for the word being typed, given the words before it. */
function kubectlCandidates(before: readonly string[], word: string, snap: ClusterSnapshot | null, files: readonly string[]): string[] {
  const words = before[0] === 'kubectl' ? before.slice(1) : before;
  const last = words[words.length - 1];
  if (last === '-f' || last === '--filename') return [...files];
  const nsAt = words.findIndex((w) => w === '-n' || w === '--namespace');
  const namespace = (nsAt >= 0 ? words[nsAt + 1] : undefined) ?? 'default';
  const prev = words[words.length - 1];
  if (prev === '-n' || prev === '--namespace') return namesOf(snap, 'Namespace', '');
  const positional = words.filter((w, i) => !w.startsWith('-') && words[i - 1] !== '-n' && words[i - 1] !== '--namespace');
  const command = positional[0];
  if (!command) return Object.keys(COMMANDS).sort();
  if (word.startsWith('-')) return (COMMANDS[command]?.flags ?? []).map((f) => `--${f.name}`).sort();
  if (POD_COMMANDS.has(command) && positional.length === 1 && !words.includes('--')) return namesOf(snap, 'Pod', namespace);
  if (!TYPE_COMMANDS.has(command)) return [];
  const args = positional.slice(command === 'rollout' ? 2 : 1);
  if (args.length === 0) {
    const slash = word.indexOf('/');
    if (slash >= 0) {
      const info = findResource(word.slice(0, slash));
      return info ? namesOf(snap, info.kind, namespace).map((n) => `${word.slice(0, slash)}/${n}`) : [];
    }
    return [...RESOURCES.map((r) => r.plural), 'all', 'events'].sort();
  }
  const info = findResource(args[0]!.split(',')[0]!);
  return info && !args[0]!.includes('/') ? namesOf(snap, info.kind, namespace) : [];
}

/** Complete the last word of `line`. */
export function complete(line: string, snap: ClusterSnapshot | null, inShell: boolean, files: readonly string[] = []): Completion {
  const cut = line.search(/\S*$/);
  const word = line.slice(cut);
  const before = line.slice(0, cut).trim().split(/\s+/).filter(Boolean);
  const all = inShell ? (before.length === 0 ? SHELL_COMMANDS : before[0] === 'cat' ? FILES : []) : kubectlCandidates(before, word, snap, files);
  const matches = all.filter((c) => c.startsWith(word));
  if (matches.length === 0) return { line, candidates: [] };
  if (matches.length === 1) return { line: line.slice(0, cut) + matches[0] + ' ', candidates: [] };
  const prefix = commonPrefix(matches);
  return { line: line.slice(0, cut) + prefix, candidates: prefix.length > word.length ? [] : matches };
}
