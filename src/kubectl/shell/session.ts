// What the page console does after a command's output: enter a container shell, finish a `kubectl run`, or
// stream a watch. Plain data (it travels through the store); the CLI ignores it and prints only the output.
import type { DrainSpec } from '../block/drain';

/** The container a shell or exec talks to. `podUid` pins the instance: a recreated pod is another container. */
export interface ShellTarget {
  readonly namespace: string;
  readonly pod: string;
  readonly podUid: string;
  readonly container: string;
  /** The program that was started: `sh`, `bash`, `/bin/sh`, … */
  readonly shell: string;
}

/** `kubectl get … -w`: which rows to stream. */
export interface WatchSpec {
  readonly kind: string;
  /** undefined: all namespaces (`-A`), or a cluster-scoped kind. */
  readonly namespace?: string;
  readonly names?: readonly string[];
  /** A label selector as typed (`app=nginx`), already validated. */
  readonly selector?: string;
  readonly wide: boolean;
  readonly outputWatchEvents: boolean;
  /** `--watch-only`: no initial list. */
  readonly watchOnly: boolean;
}

export type FollowUp =
  /** `kubectl exec -it POD -- sh`: an interactive shell in the container. */
  | { readonly type: 'shell'; readonly target: ShellTarget }
  /**
   * `kubectl run NAME -i -t …`: once the pod runs, run `command` in it (one-shot) or open a shell; with `rm`,
   * delete the pod when done.
   */
  | {
      readonly type: 'run';
      readonly namespace: string;
      readonly pod: string;
      readonly container: string;
      readonly command?: readonly string[];
      /** The shell to talk to when there is no one-shot command (`sh` unless `-- bash`). */
      readonly shell: string;
      readonly rm: boolean;
      readonly tty: boolean;
    }
  /** `kubectl get -w`: stream rows as the playhead passes changes. */
  | { readonly type: 'watch'; readonly spec: WatchSpec }
  /** A command that blocks until the cluster reaches a state: see `BlockSpec` (src/kubectl/block). */
  | { readonly type: 'block'; readonly block: BlockSpec };

/** An object a blocking command follows; `uid` pins the instance (a recreated pod is another object). */
export interface BlockTarget {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly uid?: string;
}

/** What a blocking command waits for. `timeoutMs` undefined: no limit of its own (kubectl would wait on). */
export type BlockSpec =
  /** `kubectl rollout status`: prints the status line on every change of the object until it is done. */
  | { readonly type: 'rollout'; readonly target: BlockTarget; readonly timeoutMs?: number }
  /** `kubectl wait --for=condition=C|delete|jsonpath=…`: each target in turn, `<kind>/<name> condition met`. */
  | {
      readonly type: 'wait';
      readonly targets: readonly BlockTarget[];
      readonly for: { readonly type: 'condition'; readonly name: string; readonly value: string } | { readonly type: 'delete' } | { readonly type: 'jsonpath'; readonly path: string; readonly value?: string };
      readonly timeoutMs: number;
    }
  /**
   * `kubectl logs -f`: follows the container until it stops or the pod goes (no new lines: Podium models only
   * start-up output). Endless in a scenario: it returns at once there.
   */
  | { readonly type: 'logs'; readonly target: BlockTarget; readonly container: string; readonly timeoutMs?: undefined }
  /** `kubectl delete` (default `--wait=true`): silent until every deleted object is gone. */
  | { readonly type: 'gone'; readonly targets: readonly BlockTarget[]; readonly timeoutMs?: number }
  /** `kubectl drain`: evictions retried every 5 s while refused, evicted pods waited for (src/kubectl/block/drain.ts). */
  | DrainSpec;
