// The differences the seed documents teach, as the frames show them up to the playhead: names (random vs
// ordinal), start and stop order (together vs one by one), storage (none or shared vs a claim per pod that outlives
// it), DNS (no name vs a name per pod), update order, and what a stopped node does to each. Each topic says what
// each side did, with names and times from the history; the UI translates the message keys.
import type { ClusterSnapshot, KObject, Timeline } from '../../sim';
import { dnsObjects } from '../graph/dnsNodes';
import { CLAIM_TEMPLATE, SIDES, WORKLOAD_OF, type Side } from './compareManifest';
import type { CompareHistory, PodLife } from './history';
import { isReady, readHistory, sideOfPod } from './history';
import type { CompareMessageKey } from '../i18n/compare.en';

export type Topic = 'names' | 'start' | 'stop' | 'storage' | 'dns' | 'update' | 'node';
export const TOPICS: readonly Topic[] = ['names', 'start', 'stop', 'storage', 'dns', 'update', 'node'];

export interface Message {
  readonly key: CompareMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface Difference {
  readonly topic: Topic;
  /** When the evidence for this difference last changed (simulated ms): the newest one is highlighted. */
  readonly atMs: number;
  readonly deploy: Message;
  readonly sts: Message;
}

const msg = (key: CompareMessageKey, params: Record<string, string | number> = {}): Message => ({ key, params });
/** `web-sts-0 1.2s → web-sts-1 5.0s`. */
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
const list = (names: readonly string[], max = 3) =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} +${names.length - max}`;
const byName = new Intl.Collator('en', { numeric: true }).compare;
const ordinalOf = (name: string, side: Side) => {
  const m = new RegExp(`^${WORKLOAD_OF[side]}-(\\d+)$`).exec(name);
  return m ? Number(m[1]) : undefined;
};

export interface DifferenceInput {
  readonly history: CompareHistory;
  readonly snapshot: ClusterSnapshot;
  /** Simulated times of the user's actions up to the playhead, ascending (they split the history into rounds). */
  readonly actionTimes: readonly number[];
}

export function differences(input: DifferenceInput): Difference[] {
  const out = [names(input), startOrder(input), stopOrder(input), storage(input), dns(input), update(input), node(input)];
  return out.filter((d): d is Difference => d !== undefined);
}

const livePods = (input: DifferenceInput, side: Side): KObject[] =>
  Object.values(input.snapshot.objects.Pod ?? {}).filter((p) => sideOfPod(p) === side).sort((a, b) => byName(a.metadata.name ?? '', b.metadata.name ?? ''));

/** The round (between two actions) an event time falls in: the last action time ≤ t. */
function roundOf(times: readonly number[], t: number): number {
  let r = -1;
  for (const a of times) if (a <= t) r = a;
  return r;
}

/** Rounds in which a template changed are updates: their starts and stops belong to the update topic. */
function updateRounds(input: DifferenceInput): Set<number> {
  const rounds = new Set<number>();
  for (const side of SIDES) for (const t of input.history.templateChanges[side]) rounds.add(roundOf(input.actionTimes, t));
  return rounds;
}

/**
 * Both sides' pods for which `when(pod)` happened in one round: the latest round (skipping update rounds) in which
 * either side had two or more — one pod alone shows no order. Both sides are read in the same round, so the two
 * halves of a paired action are compared with each other.
 */
function pairedRound(input: DifferenceInput, when: (p: PodLife) => number | undefined): [PodLife[], PodLife[]] | undefined {
  const skip = updateRounds(input);
  const byRound = new Map<number, PodLife[]>();
  for (const p of input.history.pods) {
    const t = when(p);
    if (t === undefined) continue;
    const r = roundOf(input.actionTimes, t);
    if (skip.has(r)) continue;
    byRound.set(r, [...(byRound.get(r) ?? []), p]);
  }
  const rounds = [...byRound].filter(([, pods]) => SIDES.some((s) => pods.filter((p) => p.side === s).length > 1));
  const last = rounds.sort((a, b) => a[0] - b[0])[rounds.length - 1];
  if (!last) return undefined;
  const order = (side: Side) => last[1].filter((p) => p.side === side).sort((a, b) => when(a)! - when(b)! || byName(a.name, b.name));
  return [order('deploy'), order('sts')];
}

function names(input: DifferenceInput): Difference | undefined {
  const [deployPods, stsPods] = [livePods(input, 'deploy'), livePods(input, 'sts')];
  if (!deployPods.length && !stsPods.length) return undefined;
  const side = (s: Side, pods: KObject[]): Message => {
    const replaced = replacement(input, s);
    if (replaced) {
      return replaced.old === replaced.new
        ? msg('cmpNameSame', { name: replaced.new })
        : msg('cmpNameNew', { old: replaced.old, name: replaced.new });
    }
    const podNames = pods.map((p) => p.metadata.name ?? '');
    if (!podNames.length) return msg('cmpNoPods');
    const ordinal = podNames.every((n) => ordinalOf(n, s) !== undefined);
    return msg(ordinal ? 'cmpNamesOrdinal' : 'cmpNamesRandom', { names: list(podNames) });
  };
  const created = input.history.pods.map((p) => p.createdMs);
  return { topic: 'names', atMs: created.length ? Math.max(...created) : 0, deploy: side('deploy', deployPods), sts: side('sts', stsPods) };
}

/** In the latest round, one pod was deleted and one was created in its place (delete one pod of each). */
function replacement(input: DifferenceInput, side: Side): { old: string; new: string } | undefined {
  const last = input.actionTimes[input.actionTimes.length - 1];
  if (last === undefined) return undefined;
  const pods = input.history.pods.filter((p) => p.side === side);
  const stopped = pods.filter((p) => p.terminatingMs !== undefined && p.terminatingMs >= last);
  const started = pods.filter((p) => p.createdMs >= last);
  if (stopped.length !== 1 || started.length !== 1) return undefined;
  if (input.history.templateChanges[side].some((t) => t >= last)) return undefined;
  return { old: stopped[0]!.name, new: started[0]!.name };
}

/** `web-sts-0 1.2s → web-sts-1 5.0s` or, when all at one moment, undefined. */
function sequence(pods: readonly PodLife[], when: (p: PodLife) => number): string {
  return pods.map((p) => `${p.name} ${seconds(when(p))}`).join(' → ');
}

function startOrder(input: DifferenceInput): Difference | undefined {
  const rounds = pairedRound(input, (p) => p.createdMs);
  if (!rounds) return undefined;
  const side = (pods: PodLife[]): Message => {
    if (pods.length === 0) return msg('cmpNoPods');
    if (pods.length === 1) return msg('cmpOnlyOne', { name: pods[0]!.name, time: seconds(pods[0]!.createdMs) });
    const times = new Set(pods.map((p) => p.createdMs));
    if (times.size === 1) return msg('cmpStartTogether', { count: pods.length, time: seconds(pods[0]!.createdMs), names: list(pods.map((p) => p.name)) });
    const afterReady = pods.every((p, i) => i === 0 || (pods[i - 1]!.readyMs !== undefined && p.createdMs >= pods[i - 1]!.readyMs!));
    return msg(afterReady ? 'cmpStartOneByOne' : 'cmpStartSpread', { order: sequence(pods, (p) => p.createdMs) });
  };
  const atMs = Math.max(...rounds.flat().map((p) => p.createdMs));
  return { topic: 'start', atMs, deploy: side(rounds[0]!), sts: side(rounds[1]!) };
}

function stopOrder(input: DifferenceInput): Difference | undefined {
  const rounds = pairedRound(input, (p) => p.terminatingMs);
  if (!rounds) return undefined;
  const side = (pods: PodLife[]): Message => {
    if (pods.length === 0) return msg('cmpNoneStopped');
    const at = (p: PodLife) => p.terminatingMs!;
    if (pods.length === 1) return msg('cmpOnlyOne', { name: pods[0]!.name, time: seconds(at(pods[0]!)) });
    const times = new Set(pods.map(at));
    if (times.size === 1) return msg('cmpStopTogether', { count: pods.length, time: seconds(at(pods[0]!)), names: list(pods.map((p) => p.name)) });
    const afterGone = pods.every((p, i) => i === 0 || (pods[i - 1]!.goneMs !== undefined && at(p) >= pods[i - 1]!.goneMs!));
    return msg(afterGone ? 'cmpStopOneByOne' : 'cmpStopSpread', { order: sequence(pods, at) });
  };
  const atMs = Math.max(...rounds.flat().map((p) => p.terminatingMs!));
  return { topic: 'stop', atMs, deploy: side(rounds[0]!), sts: side(rounds[1]!) };
}

function claimsOf(pod: KObject): string[] {
  const volumes = (pod.spec as { volumes?: { persistentVolumeClaim?: { claimName?: string } }[] } | undefined)?.volumes ?? [];
  return volumes.map((v) => v.persistentVolumeClaim?.claimName).filter((c): c is string => !!c);
}

function storage(input: DifferenceInput): Difference | undefined {
  const claims = Object.values(input.snapshot.objects.PersistentVolumeClaim ?? {});
  const deployPods = livePods(input, 'deploy');
  const stsPods = livePods(input, 'sts');
  const prefix = `${CLAIM_TEMPLATE}-${WORKLOAD_OF.sts}-`;
  const stsClaims = claims.filter((c) => (c.metadata.name ?? '').startsWith(prefix)).map((c) => c.metadata.name ?? '').sort(byName);
  if (!deployPods.length && !stsPods.length && !stsClaims.length) return undefined;
  const deployClaims = [...new Set(deployPods.flatMap(claimsOf))];
  const deploy = !deployPods.length ? msg('cmpNoPods')
    : deployClaims.length === 0 ? msg('cmpStorageNone')
      : deployClaims.length === 1 ? msg('cmpStorageShared', { claim: deployClaims[0]!, count: deployPods.length })
        : msg('cmpStorageClaims', { claims: list(deployClaims) });
  const live = new Set(stsPods.map((p) => p.metadata.name));
  const orphans = stsClaims.filter((c) => !live.has(c.slice(`${CLAIM_TEMPLATE}-`.length)));
  const reused = reusedClaims(input, stsPods);
  const sts = orphans.length ? msg('cmpStorageOutlives', { claims: list(orphans), count: stsClaims.length })
    : reused.length ? msg('cmpStorageReused', { claims: list(reused) })
      : stsClaims.length ? msg('cmpStoragePerPod', { claims: list(stsClaims) }) : msg('cmpNoPods');
  const times = input.history.pods.flatMap((p) => [p.createdMs, p.goneMs ?? 0]);
  return { topic: 'storage', atMs: times.length ? Math.max(...times) : 0, deploy, sts };
}

/**
 * Claims of live StatefulSet pods that an earlier pod with the same name already used: the claim was created
 * before that earlier pod was gone, and the live pod is a later one.
 */
function reusedClaims(input: DifferenceInput, live: readonly KObject[]): string[] {
  const out: string[] = [];
  for (const pod of live) {
    const podName = pod.metadata.name ?? '';
    const lives = input.history.pods.filter((p) => p.side === 'sts' && p.name === podName).sort((a, b) => a.createdMs - b.createdMs);
    const current = lives.find((p) => p.uid === pod.metadata.uid) ?? lives[lives.length - 1];
    for (const claim of claimsOf(pod)) {
      const created = input.history.claimCreated.get(claim);
      if (created === undefined || !current) continue;
      const earlier = lives.some((p) => p !== current && p.createdMs < current.createdMs && p.goneMs !== undefined && created < p.goneMs);
      if (earlier) out.push(claim);
    }
  }
  return out.sort(byName);
}

function dns(input: DifferenceInput): Difference | undefined {
  const records = dnsObjects(input.snapshot);
  const perPod = (s: Side) => records.filter((r) => r.spec.service === WORKLOAD_OF[s] && r.spec.pod !== undefined)
    .map((r) => (r.metadata.name ?? '').split('.').slice(0, 2).join('.')).sort(byName);
  const ready = (s: Side) => livePods(input, s).filter(isReady).length;
  if (!livePods(input, 'deploy').length && !livePods(input, 'sts').length) return undefined;
  const side = (s: Side): Message => {
    const names = perPod(s);
    if (names.length) return msg('cmpDnsPerPod', { names: list(names) });
    if (!ready(s)) return msg('cmpDnsNoReady', { service: WORKLOAD_OF[s] });
    return msg('cmpDnsNone', { service: WORKLOAD_OF[s] });
  };
  const readyTimes = input.history.pods.flatMap((p) => [p.readyMs ?? 0, p.terminatingMs ?? 0]);
  return { topic: 'dns', atMs: Math.max(0, ...readyTimes), deploy: side('deploy'), sts: side('sts') };
}

function update(input: DifferenceInput): Difference | undefined {
  const last = (s: Side) => input.history.templateChanges[s][input.history.templateChanges[s].length - 1];
  if (last('deploy') === undefined && last('sts') === undefined) return undefined;
  /** Starts (+name) and stops (−name) after the change, in order. */
  const steps = (s: Side, from: number) => input.history.pods.filter((p) => p.side === s)
    .flatMap((p) => [
      ...(p.createdMs >= from ? [{ t: p.createdMs, text: `+${p.name}` }] : []),
      ...(p.terminatingMs !== undefined && p.terminatingMs >= from && p.createdMs < from ? [{ t: p.terminatingMs, text: `−${p.name}` }] : []),
    ])
    .sort((a, b) => a.t - b.t);
  const deployFrom = last('deploy');
  const stsFrom = last('sts');
  const deploy = deployFrom === undefined ? msg('cmpNoUpdate') : (() => {
    const newRs = input.history.pods.find((p) => p.side === 'deploy' && p.createdMs >= deployFrom)?.owner;
    const order = steps('deploy', deployFrom).map((x) => x.text);
    return newRs ? msg('cmpUpdateNewRs', { rs: newRs, order: list(order, 6) }) : msg('cmpUpdateWaiting');
  })();
  const sts = stsFrom === undefined ? msg('cmpNoUpdate') : (() => {
    const stopped = input.history.pods.filter((p) => p.side === 'sts' && p.createdMs < stsFrom && p.terminatingMs !== undefined && p.terminatingMs >= stsFrom)
      .sort((a, b) => a.terminatingMs! - b.terminatingMs!);
    if (!stopped.length) return msg('cmpUpdateWaiting');
    const ords = stopped.map((p) => ordinalOf(p.name, 'sts') ?? -1);
    const descending = ords.every((o, i) => i === 0 || o < ords[i - 1]!);
    return msg(descending ? 'cmpUpdateReverse' : 'cmpUpdateOrder', { order: stopped.map((p) => p.name).join(' → ') });
  })();
  const all = SIDES.flatMap((s) => (last(s) === undefined ? [] : steps(s, last(s)!).map((x) => x.t)));
  return { topic: 'update', atMs: Math.max(last('deploy') ?? 0, last('sts') ?? 0, ...all), deploy, sts };
}

function node(input: DifferenceInput): Difference | undefined {
  const down = Object.entries(input.snapshot.sim.nodesDown).sort((a, b) => a[1] - b[1]);
  const entry = down[down.length - 1];
  if (!entry) return undefined;
  const [nodeName, since] = entry;
  const side = (s: Side): Message => {
    const pods = input.history.pods.filter((p) => p.side === s);
    const stranded = pods.filter((p) => p.node === nodeName && p.createdMs <= since && (p.goneMs === undefined || p.goneMs > since));
    if (!stranded.length) return msg('cmpNodeNoPods', { node: nodeName });
    const replacements = pods.filter((p) => p.createdMs > since && p.node !== nodeName);
    const names = list(stranded.map((p) => p.name));
    if (s === 'sts') {
      const back = replacements.filter((p) => stranded.some((x) => x.name === p.name));
      return back.length ? msg('cmpNodeRecreated', { pods: names, node: nodeName })
        : msg('cmpNodeStsWaits', { pods: names, node: nodeName });
    }
    return replacements.length ? msg('cmpNodeReplaced', { pods: names, node: nodeName, replacements: list(replacements.map((p) => p.name)) })
      : msg('cmpNodeDeployWaits', { pods: names, node: nodeName });
  };
  const later = input.history.pods.filter((p) => p.createdMs > since).map((p) => p.createdMs);
  return { topic: 'node', atMs: Math.max(since, ...later), deploy: side('deploy'), sts: side('sts') };
}

/** The differences at the playhead of a timeline (the compare view and its tests call this). */
export function differencesAt(timeline: Timeline, frameIndex: number, playheadMs: number, snapshot: ClusterSnapshot): Difference[] {
  const actionTimes = [...new Set(timeline.log.actions.map((a) => a.atMs).filter((t) => t <= playheadMs))].sort((a, b) => a - b);
  return differences({ history: readHistory(timeline.frames, frameIndex), snapshot, actionTimes });
}
